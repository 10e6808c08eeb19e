/**
 * The period a column heading names — "Q3 RAG", "Status Sept", "2024/25 status", "RAG at 30/06/2024",
 * "Previous RAG", "This quarter" — so that of several status columns the latest can be taken.
 *
 * Periods are placed on a timeline of months. With a year they are absolute (Q3 24/25 is December
 * 2024, its last month); without one they are placed within a UK financial year, April first (GUIDE
 * §2: Q1 = April–June), so Q4 comes after Q1 and March after December, as councils report.
 */

export interface HeadingPeriod {
  /** +1 for current/latest/this/now, −1 for previous/last/prior/was, 0 when the heading says neither. */
  readonly relative: -1 | 0 | 1;
  /** Months since year 0 of the period's last month (plus a day fraction for a date); null without a year. */
  readonly absolute: number | null;
  /** Position within a financial year (April = 0 … March = 11); null when the heading names no month or quarter. */
  readonly withinYear: number | null;
  /** The period as written ("Q3", "Sept", "2024/25", "previous"), for the report; null when none. */
  readonly label: string | null;
}

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(uary)?$/, 0],
  [/^feb(ruary)?$/, 1],
  [/^mar(ch)?$/, 2],
  [/^apr(il)?$/, 3],
  [/^may$/, 4],
  [/^june?$/, 5],
  [/^july?$/, 6],
  [/^aug(ust)?$/, 7],
  [/^sept?(ember)?$/, 8],
  [/^oct(ober)?$/, 9],
  [/^nov(ember)?$/, 10],
  [/^dec(ember)?$/, 11],
];

const CURRENT = /\b(current|currently|latest|this|now|present|new|recent|most recent|today)\b/;
const PREVIOUS = /\b(previous|prev|last|prior|was|old|before|earlier|former|original)\b/;

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

function financialPosition(month: number): number {
  return (month + 9) % 12;
}

function monthOf(word: string): number | null {
  for (const [pattern, month] of MONTHS) if (pattern.test(word)) return month;
  return null;
}

/** Reads the period of a heading. Never throws; a heading with none gives all nulls and relative 0. */
export function headingPeriod(heading: string): HeadingPeriod {
  const text = heading.toLowerCase().replace(/[\u2013\u2014]/g, "-");
  const relative: -1 | 0 | 1 = CURRENT.test(text) ? 1 : PREVIOUS.test(text) ? -1 : 0;

  // A date: 30/06/2024, 30.06.24, 2024-06-30.
  const dmy = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b/.exec(text);
  const ymd = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (dmy || ymd) {
    const [day, month, year] = dmy ? [Number(dmy[1]), Number(dmy[2]) - 1, fullYear(dmy[3] as string)] : [Number(ymd?.[3]), Number(ymd?.[2]) - 1, Number(ymd?.[1])];
    if (month >= 0 && month < 12) {
      return { relative, absolute: year * 12 + month + day / 32, withinYear: financialPosition(month) + day / 32, label: (dmy ?? ymd)?.[0] ?? null };
    }
  }

  const financialYear = /\b(?:fy\s*)?(20\d{2}|\d{2})\s*[/-]\s*(\d{2}|20\d{2})\b/.exec(text);
  let fyStart: number | null = null;
  if (financialYear) {
    const start = fullYear(financialYear[1] as string);
    const end = fullYear(financialYear[2] as string);
    if (end === start + 1) fyStart = start;
  }

  const quarter = /\b(?:q|quarter\s*)([1-4])\b/.exec(text);
  if (quarter) {
    const q = Number(quarter[1]);
    const withinYear = q * 3 - 1;
    const calendarYear = fyStart === null ? /\b(20\d{2})\b/.exec(text) : null;
    // Q1 2024 with a calendar year: January–March 2024.
    const absolute = fyStart !== null ? fyStart * 12 + 3 + withinYear : calendarYear ? Number(calendarYear[1]) * 12 + q * 3 - 1 : null;
    const label = fyStart !== null ? `Q${q} ${financialYear?.[0] ?? ""}`.trim() : quarter[0].toUpperCase().replace(/\s+/g, " ");
    return { relative, absolute, withinYear, label };
  }

  for (const word of text.split(/[^a-z0-9]+/)) {
    const month = monthOf(word);
    if (month === null) continue;
    const after = new RegExp(`\\b${word}\\b\\s*'?(20\\d{2}|\\d{2})\\b`).exec(text);
    const year = after ? fullYear(after[1] as string) : null;
    return {
      relative,
      absolute: year !== null ? year * 12 + month : null,
      withinYear: financialPosition(month),
      label: after ? after[0] : word,
    };
  }

  if (fyStart !== null) return { relative, absolute: fyStart * 12 + 14, withinYear: null, label: financialYear?.[0] ?? null };
  const year = /\b(20\d{2})\b/.exec(text);
  if (year) return { relative, absolute: Number(year[1]) * 12 + 11, withinYear: null, label: year[1] as string };
  const relativeWord = relative === 0 ? null : ((relative === 1 ? CURRENT : PREVIOUS).exec(text)?.[0] ?? null);
  return { relative, absolute: null, withinYear: null, label: relativeWord };
}

/** True when the heading names any period at all. */
export function hasPeriod(period: HeadingPeriod): boolean {
  return period.relative !== 0 || period.absolute !== null || period.withinYear !== null;
}

/** Two headings name the same period ("Q2 RAG" and "Q2 update"). */
export function samePeriod(a: HeadingPeriod, b: HeadingPeriod): boolean {
  if (!hasPeriod(a) || !hasPeriod(b)) return false;
  if (a.absolute !== null && b.absolute !== null) return a.absolute === b.absolute;
  if (a.withinYear !== null && b.withinYear !== null) return a.withinYear === b.withinYear && a.relative === b.relative;
  return a.absolute === null && b.absolute === null && a.withinYear === null && b.withinYear === null && a.relative === b.relative;
}
