/**
 * Timescales that name no year: "end of the financial year", "by year end", "end of March". They are
 * read relative to a reference date — the plan's own date when its title states one, otherwise the
 * date the plan is checked "as at":
 *
 * - "year end", "end of the (financial) year", "financial year end" → 31 March ending the UK financial
 *   year (1 April – 31 March) that holds the reference date. Council plans run on the financial year,
 *   so a bare "year end" is its end; "end of the calendar year" is 31 December of the reference year.
 * - "end of March", "by March", "March" → the end of the next such month on or after the reference
 *   date (a plan dated November 2024 that says "end of March" means March 2025).
 */
import type { IsoDate } from "./IsoDate.js";
import { endOfMonth, isoDate } from "./dates.js";

export interface RelativeWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Words around the phrase that do not change it: "by", "the", "end of", "before", "no later than". */
const LEAD_IN = String.raw`^(?:(?:by|before|no later than|at|for|to|until|due)\s+)?(?:the\s+)?(?:(?:end|close)\s+(?:of\s+)?(?:the\s+)?)?`;
const FINANCIAL_YEAR_END = new RegExp(`${LEAD_IN}(?:(?:financial|fiscal|budget|council)\\s+year(?:\\s*[-\\s]?\\s*end)?|year\\s*[-\\s]?\\s*end|year|fy\\s*[-\\s]?\\s*end|fye)$`);
const CALENDAR_YEAR_END = new RegExp(`${LEAD_IN}calendar\\s+year(?:\\s*[-\\s]?\\s*end)?$`);
const MONTH_ONLY = new RegExp(`${LEAD_IN}([a-z]+)$`);

function parts(reference: IsoDate): { year: number; month: number } {
  return { year: Number(reference.slice(0, 4)), month: Number(reference.slice(5, 7)) };
}

/** The window a year-less phrase names, or null when the line is not one. Lines are short (a cell's line). */
export function readRelativeDate(line: string, reference: IsoDate): RelativeWindow | null {
  if (line.length > 60) return null;
  const text = line.toLowerCase().replace(/[.,;:!*]+/g, " ").replace(/\s+/g, " ").trim();
  const { year, month } = parts(reference);
  if (FINANCIAL_YEAR_END.test(text)) {
    const endYear = month >= 4 ? year + 1 : year;
    return { start: isoDate(endYear - 1, 4, 1), end: isoDate(endYear, 3, 31) };
  }
  if (CALENDAR_YEAR_END.test(text)) return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
  const named = MONTH_ONLY.exec(text)?.[1];
  const target = named === undefined ? undefined : MONTHS[named];
  if (target !== undefined) {
    const targetYear = target >= month ? year : year + 1;
    return { start: isoDate(targetYear, target, 1), end: endOfMonth(targetYear, target) };
  }
  return null;
}
