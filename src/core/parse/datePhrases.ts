/**
 * Finds the periods written in one line of a timescale ("April-Sept 2024", "2022/23 Q1",
 * "31/12/2018", "Spring/early Summer 2024", "w/c 12 March 2024", "Mar-24") and turns each into a
 * window of days.
 *
 * A small recursive-descent reader over tokens rather than one big regular expression: the forms
 * combine freely (lists of months, seasons and quarters sharing one year, ranges of anything), and
 * every step looks at a bounded number of tokens, so the whole line is read in linear time.
 *
 * Conventions (UK): numeric dates are day/month/year; two-digit years follow Excel (00–29 → 2000s,
 * 30–99 → 1900s); the financial year "2022/23" runs 1 April 2022 – 31 March 2023 and its Q1 is
 * April–June; Spring = March–May, Summer = June–August, Autumn = September–November and
 * Winter 2024 = December 2024 – February 2025.
 */
import type { IsoDate } from "./IsoDate.js";
import type { DateToken } from "./dateTokens.js";
import { addDays, daysInMonth, endOfMonth, isoDate, isValidDate } from "./dates.js";

export type DatePrecision = "day" | "week" | "month" | "season" | "quarter" | "year";

export interface DatePhrase {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Tokens the phrase was read from: [from, to). */
  readonly from: number;
  readonly to: number;
  /** How finely the (first part of the) phrase names a date; titles only trust day, week and month. */
  readonly precision: DatePrecision;
  /** Set when the words can be read another way; says which reading was taken. */
  readonly ambiguity?: string;
}

/** Tokens [from, to) that look like a date but name none, e.g. "31/02/2019": consumed so no part of them is misread. */
interface NotADate {
  readonly notADateTo: number;
}

type Element =
  | { readonly kind: "month"; readonly month: number; readonly day?: number; readonly dayEnd?: number }
  | { readonly kind: "season"; readonly startMonth: number }
  | { readonly kind: "quarter"; readonly quarter: number };

type Anchor = { readonly kind: "calendar"; readonly year: number } | { readonly kind: "financial"; readonly startYear: number };

const MONTHS: ReadonlyMap<string, number> = new Map([
  ["jan", 1], ["january", 1],
  ["feb", 2], ["february", 2], ["febuary", 2],
  ["mar", 3], ["march", 3],
  ["apr", 4], ["april", 4],
  ["may", 5],
  ["jun", 6], ["june", 6],
  ["jul", 7], ["july", 7],
  ["aug", 8], ["august", 8],
  ["sep", 9], ["sept", 9], ["september", 9],
  ["oct", 10], ["october", 10],
  ["nov", 11], ["november", 11],
  ["dec", 12], ["december", 12],
]);

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const SEASON_START_MONTH: ReadonlyMap<string, number> = new Map([
  ["spring", 3],
  ["summer", 6],
  ["autumn", 9],
  ["fall", 9],
  ["winter", 12],
]);

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);
/** Words joining the parts of a list that share one year: "April to June 2024", "February and March 2024". */
const LIST_CONNECTOR_WORDS = new Set(["to", "and", "or", "until", "till", "til", "through", "thru", "into"]);
/** Words joining two complete periods into one range: "February 2014 – March 2015", "2015/16 to 2016/17". */
const RANGE_CONNECTOR_WORDS = new Set(["to", "until", "till", "til", "through", "thru"]);
/** Qualifiers read as the whole period ("early Summer" is Summer); "end of" is handled on its own. */
const MODIFIER_WORDS = new Set(["early", "mid", "middle", "late", "beginning", "start", "end", "of", "the"]);

/** Year range accepted after a month, season or in a numeric date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
/** Narrower range for a year standing alone, so "2000 volunteers" style counts are rarely read as years. */
const MIN_BARE_YEAR = 1990;
const MAX_BARE_YEAR = 2100;
/** Bounds the parts of one list ("Jan/Feb/Mar…"), keeping each step constant-time. */
const MAX_LIST_ELEMENTS = 12;

/** Every date phrase in one line's tokens, in written order. */
export function findDatePhrases(tokens: readonly DateToken[]): DatePhrase[] {
  const phrases: DatePhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = readPeriod(tokens, i);
    if (found === null) {
      i++;
      continue;
    }
    if ("notADateTo" in found) {
      i = found.notADateTo;
      continue;
    }
    const phrase = extendToRange(tokens, withModifiers(tokens, found));
    phrases.push(phrase);
    i = phrase.to;
  }
  return phrases;
}

/** One complete period starting at token `i`, before ranges and "end of" are considered. */
function readPeriod(tokens: readonly DateToken[], i: number): DatePhrase | NotADate | null {
  return readNumericDate(tokens, i) ?? readFinancialYear(tokens, i) ?? readList(tokens, i) ?? readBareYear(tokens, i);
}

/** "31/12/2018", "31.12.18", "2018-12-31", and month/year "03/2024". */
function readNumericDate(tokens: readonly DateToken[], i: number): DatePhrase | NotADate | null {
  const first = numberAt(tokens, i);
  const sep = tokens[i + 1];
  const second = numberAt(tokens, i + 2);
  if (first === null || sep === undefined || second === null) return null;
  if (sep.spaced || tokens[i + 2]?.spaced || !isDateSeparator(sep)) return null;
  const sep2 = tokens[i + 3];
  const third = numberAt(tokens, i + 4);
  const hasThird = sep2 !== undefined && third !== null && sep2.type === sep.type && !sep2.spaced && !tokens[i + 4]?.spaced;

  if (hasThird) {
    let year: number;
    let month: number;
    let day: number;
    if (first.text.length === 4 && second.text.length <= 2 && third.text.length <= 2) {
      [year, month, day] = [first.value, second.value, third.value];
    } else if (first.text.length <= 2 && second.text.length <= 2 && (third.text.length === 2 || third.text.length === 4)) {
      [day, month] = [first.value, second.value];
      year = third.text.length === 2 ? expandTwoDigitYear(third.value) : third.value;
    } else {
      return null;
    }
    if (!isValidDate(year, month, day) || year < MIN_YEAR || year > MAX_YEAR) return { notADateTo: i + 5 };
    const iso = isoDate(year, month, day);
    return { start: iso, end: iso, from: i, to: i + 5, precision: "day" };
  }

  if (sep.type === "slash" && first.text.length <= 2 && first.value >= 1 && first.value <= 12 && isYearNumber(second, MIN_YEAR, MAX_YEAR)) {
    return { start: isoDate(second.value, first.value, 1), end: endOfMonth(second.value, first.value), from: i, to: i + 3, precision: "month" };
  }
  return null;
}

/** "2022/23", "2022-23", "2022/2023", "FY 2022/23", "FY22/23", optionally followed by quarters: "2022/23 Q1". */
function readFinancialYear(tokens: readonly DateToken[], i: number): DatePhrase | NotADate | null {
  const fy = financialYearAt(tokens, i);
  if (fy === null) return null;
  const anchor: Anchor = { kind: "financial", startYear: fy.startYear };
  const quarters = readTrailingQuarters(tokens, fy.next);
  if (quarters !== null) return phraseFromElements(quarters.elements, anchor, i, quarters.next);
  return {
    start: isoDate(fy.startYear, 4, 1),
    end: isoDate(fy.startYear + 1, 3, 31),
    from: i,
    to: fy.next,
    precision: "year",
  };
}

function financialYearAt(tokens: readonly DateToken[], i: number): { startYear: number; next: number } | null {
  let j = i;
  const prefixed = wordAt(tokens, j) === "fy";
  if (prefixed) j++;
  const first = numberAt(tokens, j);
  if (first === null) return null;
  let startYear: number;
  if (isYearNumber(first, MIN_YEAR, MAX_YEAR - 1)) startYear = first.value;
  else if (prefixed && first.text.length === 2) startYear = 2000 + first.value;
  else return null;
  const sep = tokens[j + 1];
  const second = numberAt(tokens, j + 2);
  if (sep === undefined || second === null || (sep.type !== "slash" && sep.type !== "dash")) return null;
  const follows =
    (second.text.length === 2 && second.value === (startYear + 1) % 100) ||
    (second.text.length === 4 && second.value === startYear + 1);
  return follows ? { startYear, next: j + 3 } : null;
}

/** "Q1", "Q1-Q2" after a year: "2022/23 Q1", "2024 Q3". */
function readTrailingQuarters(tokens: readonly DateToken[], i: number): { elements: Element[]; next: number } | null {
  let j = i;
  while (tokens[j]?.type === "dash" || tokens[j]?.type === "comma" || tokens[j]?.type === "colon") j++;
  const first = readElement(tokens, j);
  if (first === null || first.element.kind !== "quarter") return null;
  const elements: Element[] = [first.element];
  let next = first.next;
  while (elements.length < 4) {
    const k = skipListConnectors(tokens, next);
    if (k === null) break;
    const more = readElement(tokens, k);
    if (more === null || more.element.kind !== "quarter") break;
    elements.push(more.element);
    next = more.next;
  }
  return { elements, next };
}

/**
 * Months, days, seasons or quarters sharing one year: "July 2014", "12 March 2024", "April-Sept 2024",
 * "Spring/early Summer 2024", "Q3 2022/23", "12-14 March 2024".
 */
function readList(tokens: readonly DateToken[], i: number): DatePhrase | NotADate | null {
  const first = readElement(tokens, i);
  if (first === null) return null;
  const elements: Element[] = [first.element];
  let next = first.next;
  while (elements.length < MAX_LIST_ELEMENTS) {
    const k = skipListConnectors(tokens, next);
    if (k === null) break;
    const more = readElement(tokens, k);
    if (more === null) break;
    elements.push(more.element);
    next = more.next;
  }
  let k = next;
  while (tokens[k]?.type === "comma" || tokens[k]?.type === "dot") k++;
  // "March-2024", and Excel's mmm-yy / d-mmm-yy text ("Mar-24", "24-Mar-24") when a date was pasted as text.
  const dashed = tokens[k]?.type === "dash";
  if (dashed) k++;
  const shortYear = tokens[k];
  if (
    dashed &&
    shortYear !== undefined &&
    shortYear.type === "num" &&
    shortYear.text.length === 2 &&
    !shortYear.spaced &&
    !tokens[k - 1]?.spaced &&
    !joinedToLetters(tokens, k)
  ) {
    return phraseFromElements(elements, { kind: "calendar", year: expandTwoDigitYear(shortYear.value) }, i, k + 1);
  }
  const fy = financialYearAt(tokens, k) ?? (dashed ? null : shortFinancialYearAt(tokens, k));
  if (fy !== null) {
    return phraseFromElements(elements, { kind: "financial", startYear: fy.startYear }, i, fy.next);
  }
  // "Dec 24", "Mar 25": a month and a two-digit year. UK plans put the day first ("25 March"), so a
  // number after a month is its year; 15–49 only, so "June 12" is not read as 2012.
  const last = elements[elements.length - 1] as Element;
  if (
    !dashed &&
    last.kind === "month" &&
    last.day === undefined &&
    shortYear !== undefined &&
    shortYear.type === "num" &&
    shortYear.text.length === 2 &&
    shortYear.value >= MIN_SHORT_YEAR &&
    shortYear.value <= MAX_SHORT_YEAR &&
    !joinedToLetters(tokens, k) &&
    !isFollowedByDatePart(tokens, k)
  ) {
    return phraseFromElements(elements, { kind: "calendar", year: 2000 + shortYear.value }, i, k + 1);
  }
  const year = tokens[k];
  if (year !== undefined && year.type === "num" && isYearNumber(year, MIN_YEAR, MAX_YEAR) && !joinedToLetters(tokens, k)) {
    return phraseFromElements(elements, { kind: "calendar", year: year.value }, i, k + 1);
  }
  return null;
}

/** A bare year: "2024" (read as the calendar year, with a note), or "2022-2024" via extendToRange. */
function readBareYear(tokens: readonly DateToken[], i: number): DatePhrase | NotADate | null {
  const token = tokens[i];
  if (token === undefined || token.type !== "num" || !isYearNumber(token, MIN_BARE_YEAR, MAX_BARE_YEAR)) return null;
  if (joinedToLetters(tokens, i)) return null;
  const year = token.value;
  const quarters = readTrailingQuarters(tokens, i + 1);
  if (quarters !== null) return phraseFromElements(quarters.elements, { kind: "calendar", year }, i, quarters.next);
  const shortRange = shortYearRangeEnd(tokens, i, year);
  if (shortRange !== null) {
    return {
      start: isoDate(year, 1, 1),
      end: isoDate(shortRange, 12, 31),
      from: i,
      to: i + 3,
      precision: "year",
      ambiguity: yearRangeNote(year, shortRange),
    };
  }
  const fyLabel = `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
  return {
    start: isoDate(year, 1, 1),
    end: isoDate(year, 12, 31),
    from: i,
    to: i + 1,
    precision: "year",
    ambiguity: `${year} alone could mean the calendar year or the financial year ${fyLabel}; read as January–December ${year}`,
  };
}

/** The end year of "2015-18" (a plan period of several years; "2015-16" is a financial year and read earlier). */
function shortYearRangeEnd(tokens: readonly DateToken[], i: number, year: number): number | null {
  const sep = tokens[i + 1];
  const end = numberAt(tokens, i + 2);
  if (sep === undefined || end === null || (sep.type !== "dash" && sep.type !== "slash")) return null;
  if (end.text.length !== 2 || joinedToLetters(tokens, i + 2)) return null;
  const endYear = Math.floor(year / 100) * 100 + end.value;
  return endYear > year + 1 && endYear <= year + 20 ? endYear : null;
}

function yearRangeNote(from: number, to: number): string {
  return `${from}–${to} could mean calendar or financial years; read as January ${from} – December ${to}`;
}

/** One month (optionally with a day or day range), season or quarter, without its year. */
function readElement(tokens: readonly DateToken[], i: number): { element: Element; next: number } | null {
  const token = tokens[i];
  if (token === undefined) return null;
  if (token.type === "word") {
    const month = MONTHS.get(token.text);
    if (month !== undefined) {
      let next = i + 1;
      if (tokens[next]?.type === "dot" && !tokens[next]?.spaced) next++;
      // "March 12th, 2024": a day after the month only counts when a year follows it.
      const day = numberAt(tokens, next);
      if (day !== null && day.text.length <= 2 && day.value >= 1 && day.value <= 31) {
        let k = skipOrdinal(tokens, next + 1);
        if (tokens[k]?.type === "comma") k++;
        const year = tokens[k];
        if (year !== undefined && year.type === "num" && isYearNumber(year, MIN_YEAR, MAX_YEAR)) {
          return { element: { kind: "month", month, day: day.value }, next: k };
        }
      }
      return { element: { kind: "month", month }, next };
    }
    const startMonth = SEASON_START_MONTH.get(token.text);
    if (startMonth !== undefined) return { element: { kind: "season", startMonth }, next: i + 1 };
    if (token.text === "q" || token.text === "quarter" || token.text === "qtr") {
      const quarter = numberAt(tokens, i + 1);
      if (quarter !== null && quarter.text.length === 1 && quarter.value >= 1 && quarter.value <= 4) {
        if (token.text !== "q" || !quarter.spaced) {
          return { element: { kind: "quarter", quarter: quarter.value }, next: i + 2 };
        }
      }
    }
    return null;
  }
  if (token.type === "num" && token.text.length <= 2 && token.value >= 1 && token.value <= 31) {
    const afterDay = skipOrdinal(tokens, i + 1);
    if (token.value <= 4 && (wordAt(tokens, afterDay) === "quarter" || wordAt(tokens, afterDay) === "qtr")) {
      return { element: { kind: "quarter", quarter: token.value }, next: afterDay + 1 };
    }
    const ranged = readDayRangeEnd(tokens, afterDay);
    if (ranged !== null && ranged.dayEnd >= token.value) {
      const month = monthAfterDay(tokens, ranged.next);
      if (month !== null) return { element: { kind: "month", month: month.month, day: token.value, dayEnd: ranged.dayEnd }, next: month.next };
    }
    const month = monthAfterDay(tokens, afterDay);
    if (month !== null) return { element: { kind: "month", month: month.month, day: token.value }, next: month.next };
    if (tokens[afterDay]?.type === "dash" && !tokens[afterDay]?.spaced && !tokens[afterDay + 1]?.spaced) {
      const dashedMonth = monthAfterDay(tokens, afterDay + 1);
      if (dashedMonth !== null) return { element: { kind: "month", month: dashedMonth.month, day: token.value }, next: dashedMonth.next };
    }
  }
  return null;
}

/** The "-14" in "12-14 March". */
function readDayRangeEnd(tokens: readonly DateToken[], i: number): { dayEnd: number; next: number } | null {
  const sep = tokens[i];
  if (sep === undefined || !(sep.type === "dash" || (sep.type === "word" && (sep.text === "to" || sep.text === "until")))) return null;
  const end = numberAt(tokens, i + 1);
  if (end === null || end.text.length > 2 || end.value < 1 || end.value > 31) return null;
  return { dayEnd: end.value, next: skipOrdinal(tokens, i + 2) };
}

/** The month in "12 March" or "12th of March". */
function monthAfterDay(tokens: readonly DateToken[], i: number): { month: number; next: number } | null {
  const j = wordAt(tokens, i) === "of" ? i + 1 : i;
  const word = wordAt(tokens, j);
  const month = word === null ? undefined : MONTHS.get(word);
  if (month === undefined) return null;
  const next = tokens[j + 1]?.type === "dot" && !tokens[j + 1]?.spaced ? j + 2 : j + 1;
  return { month, next };
}

/** Turns a list of elements and the year they share into one window. */
function phraseFromElements(elements: readonly Element[], anchor: Anchor, from: number, to: number): DatePhrase | NotADate {
  const years = anchor.kind === "calendar" ? calendarYears(elements, anchor.year) : null;
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index] as Element;
    const window = anchor.kind === "calendar" ? calendarWindow(element, years?.[index] ?? anchor.year) : financialWindow(element, anchor.startYear);
    if (window === null) return { notADateTo: to };
    if (start === null || window[0] < start) start = window[0];
    if (end === null || window[1] > end) end = window[1];
  }
  if (start === null || end === null) return { notADateTo: to };
  const first = elements[0] as Element;
  const precision: DatePrecision = first.kind === "month" ? (first.day === undefined ? "month" : "day") : first.kind;
  const phrase: DatePhrase = { start, end, from, to, precision };
  if (anchor.kind === "calendar" && elements.some((e) => e.kind === "quarter")) {
    return { ...phrase, ambiguity: calendarQuarterNote(elements, anchor.year, start, end) };
  }
  return phrase;
}

/**
 * The calendar year of each element of a list that names its year once, at the end: an element
 * starting later in the year than the one after it belongs to the year before
 * ("November–February 2025" starts in November 2024; "Winter/Spring 2025" in December 2024).
 */
function calendarYears(elements: readonly Element[], lastYear: number): number[] {
  const years = new Array<number>(elements.length).fill(lastYear);
  for (let index = elements.length - 2; index >= 0; index--) {
    const here = startMonthOf(elements[index] as Element);
    const after = startMonthOf(elements[index + 1] as Element);
    years[index] = here > after ? (years[index + 1] as number) - 1 : (years[index + 1] as number);
  }
  return years;
}

function startMonthOf(element: Element): number {
  if (element.kind === "month") return element.month;
  if (element.kind === "season") return element.startMonth;
  return element.quarter * 3 - 2;
}

function calendarWindow(element: Element, year: number): [IsoDate, IsoDate] | null {
  if (year < MIN_YEAR - 1 || year > MAX_YEAR) return null;
  switch (element.kind) {
    case "month":
      return monthWindow(element, year);
    case "season":
      return threeMonths(year, element.startMonth);
    case "quarter":
      return threeMonths(year, element.quarter * 3 - 2);
  }
}

/** Where an element falls in the financial year starting 1 April `startYear`. */
function financialWindow(element: Element, startYear: number): [IsoDate, IsoDate] | null {
  switch (element.kind) {
    case "month":
      return monthWindow(element, element.month >= 4 ? startYear : startYear + 1);
    case "season":
      // Seasons are read in the calendar year the financial year starts in; Winter then spans the turn of the year inside it.
      return threeMonths(startYear, element.startMonth);
    case "quarter":
      return element.quarter === 4 ? threeMonths(startYear + 1, 1) : threeMonths(startYear, element.quarter * 3 + 1);
  }
}

function monthWindow(element: Extract<Element, { kind: "month" }>, year: number): [IsoDate, IsoDate] | null {
  if (element.day === undefined) return [isoDate(year, element.month, 1), endOfMonth(year, element.month)];
  const lastDay = element.dayEnd ?? element.day;
  if (!isValidDate(year, element.month, element.day) || !isValidDate(year, element.month, lastDay)) return null;
  return [isoDate(year, element.month, element.day), isoDate(year, element.month, lastDay)];
}

/** Three whole months from `startMonth` of `year`, running into the next year when needed (Winter). */
function threeMonths(year: number, startMonth: number): [IsoDate, IsoDate] {
  const endMonthRaw = startMonth + 2;
  const endYear = endMonthRaw > 12 ? year + 1 : year;
  const endMonth = endMonthRaw > 12 ? endMonthRaw - 12 : endMonthRaw;
  return [isoDate(year, startMonth, 1), isoDate(endYear, endMonth, daysInMonth(endYear, endMonth))];
}

function calendarQuarterNote(elements: readonly Element[], year: number, start: IsoDate, end: IsoDate): string {
  const quarters = elements.filter((e): e is Extract<Element, { kind: "quarter" }> => e.kind === "quarter").map((e) => e.quarter);
  const first = quarters[0] ?? 1;
  const last = quarters[quarters.length - 1] ?? first;
  const label = first === last ? `Q${first} ${year}` : `Q${first}–Q${last} ${year}`;
  const what = first === last ? "a calendar or a financial quarter" : "calendar or financial quarters";
  return `${label} could be ${what}; read as ${describeMonths(start, end)}`;
}

/** "January–March 2024", or "December 2024 – February 2025" across a year end. */
function describeMonths(start: IsoDate, end: IsoDate): string {
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  const startMonth = MONTH_NAMES[Number(start.slice(5, 7)) - 1] ?? "";
  const endMonth = MONTH_NAMES[Number(end.slice(5, 7)) - 1] ?? "";
  return startYear === endYear ? `${startMonth}–${endMonth} ${endYear}` : `${startMonth} ${startYear} – ${endMonth} ${endYear}`;
}

/**
 * Applies the words just before a phrase: "end of October 2018" is its last day, and
 * "w/c 12 March 2024" (week commencing) or "w/e 15 March 2024" (week ending) a week.
 */
function withModifiers(tokens: readonly DateToken[], phrase: DatePhrase): DatePhrase {
  let k = phrase.from - 1;
  if (wordAt(tokens, k) === "the") k--;
  if (wordAt(tokens, k) === "of") k--;
  if (tokens[k]?.type === "dash") k--;
  if (wordAt(tokens, k) === "end") {
    const { ambiguity, ...rest } = phrase;
    // A bare year's note is about which twelve months are meant; its last day settles that.
    const keep = phrase.precision === "year" ? undefined : ambiguity;
    return { ...rest, start: phrase.end, precision: "day", ...(keep === undefined ? {} : { ambiguity: keep }) };
  }
  if (phrase.precision !== "day" || phrase.start !== phrase.end) return phrase;
  const week = weekMarkerBefore(tokens, phrase.from);
  if (week === "commencing") return { ...phrase, end: addDays(phrase.start, 6), precision: "week" };
  if (week === "ending") return { ...phrase, start: addDays(phrase.end, -6), precision: "week" };
  return phrase;
}

function weekMarkerBefore(tokens: readonly DateToken[], from: number): "commencing" | "ending" | null {
  const word = wordAt(tokens, from - 1);
  if (word === "commencing" || word === "wc" || word === "beginning") return "commencing";
  if (word === "ending" || word === "we") return "ending";
  // "w/c" and "w/e" tokenise as w, /, c.
  if ((word === "c" || word === "e") && tokens[from - 2]?.type === "slash" && wordAt(tokens, from - 3) === "w") {
    return word === "c" ? "commencing" : "ending";
  }
  return null;
}

/** Joins "February 2014 – March 2015" or "2015/16 to 2016/17" into one window. */
function extendToRange(tokens: readonly DateToken[], first: DatePhrase): DatePhrase {
  let k = first.to;
  let connected = false;
  const between = wordAt(tokens, first.from - 1) === "between";
  for (;;) {
    const token = tokens[k];
    if (token === undefined) break;
    if (token.type === "dash" || token.type === "slash") connected = true;
    else if (token.type === "word" && (RANGE_CONNECTOR_WORDS.has(token.text) || (between && token.text === "and"))) connected = true;
    else if (!(token.type === "word" && MODIFIER_WORDS.has(token.text))) break;
    k++;
    if (k - first.to > 6) return first;
  }
  if (!connected) return first;
  const found = readPeriod(tokens, k);
  if (found === null || "notADateTo" in found) return first;
  const second = withModifiers(tokens, found);
  if (second.end < first.start) return first;
  const ambiguity = rangeNote(first, second);
  return {
    start: first.start,
    end: second.end,
    from: first.from,
    to: second.to,
    precision: first.precision,
    ...(ambiguity === undefined ? {} : { ambiguity }),
  };
}

function rangeNote(first: DatePhrase, second: DatePhrase): string | undefined {
  if (first.precision === "year" && second.precision === "year" && first.ambiguity !== undefined && second.ambiguity !== undefined) {
    return yearRangeNote(Number(first.start.slice(0, 4)), Number(second.end.slice(0, 4)));
  }
  if (first.ambiguity !== undefined && second.ambiguity !== undefined && first.ambiguity !== second.ambiguity) {
    return `${first.ambiguity}. ${second.ambiguity}`;
  }
  return first.ambiguity ?? second.ambiguity;
}

/** The index after one or more list connectors (and qualifiers such as "early"), or null if none follows. */
function skipListConnectors(tokens: readonly DateToken[], i: number): number | null {
  let k = i;
  let connected = false;
  while (k - i < 6) {
    const token = tokens[k];
    if (token === undefined) break;
    if (token.type === "dash" || token.type === "slash" || token.type === "amp" || token.type === "comma") connected = true;
    else if (token.type === "word" && LIST_CONNECTOR_WORDS.has(token.text)) connected = true;
    else if (!(token.type === "word" && MODIFIER_WORDS.has(token.text))) break;
    k++;
  }
  return connected ? k : null;
}

function skipOrdinal(tokens: readonly DateToken[], i: number): number {
  const token = tokens[i];
  return token !== undefined && token.type === "word" && !token.spaced && ORDINAL_SUFFIXES.has(token.text) ? i + 1 : i;
}

function numberAt(tokens: readonly DateToken[], i: number): DateToken | null {
  const token = tokens[i];
  return token !== undefined && token.type === "num" && !Number.isNaN(token.value) ? token : null;
}

function wordAt(tokens: readonly DateToken[], i: number): string | null {
  const token = tokens[i];
  return token !== undefined && token.type === "word" ? token.text : null;
}

function isYearNumber(token: DateToken, min: number, max: number): boolean {
  return token.type === "num" && token.text.length === 4 && token.value >= min && token.value <= max;
}

/** "2024k", "2024th": digits run straight into letters, so they are not a year. */
function joinedToLetters(tokens: readonly DateToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.type === "word" && !next.spaced;
}

function isDateSeparator(token: DateToken): boolean {
  return token.type === "slash" || token.type === "dot" || token.type === "dash";
}

/** Two-digit years read after a month ("Dec 24"): 2015–2049. */
const MIN_SHORT_YEAR = 15;
const MAX_SHORT_YEAR = 49;

/** "24/25" or "24-25": a financial year in two-digit years, read only after quarters or months ("Q3 24/25"). */
function shortFinancialYearAt(tokens: readonly DateToken[], i: number): { startYear: number; next: number } | null {
  const first = numberAt(tokens, i);
  const sep = tokens[i + 1];
  const second = numberAt(tokens, i + 2);
  if (first === null || sep === undefined || second === null) return null;
  if (first.text.length !== 2 || second.text.length !== 2 || (sep.type !== "slash" && sep.type !== "dash")) return null;
  if (sep.spaced || tokens[i + 2]?.spaced || second.value !== (first.value + 1) % 100 || joinedToLetters(tokens, i + 2)) return null;
  return { startYear: 2000 + first.value, next: i + 3 };
}

/** A number followed straight on by "/", "." or "-" and another number is part of a date, not a year. */
function isFollowedByDatePart(tokens: readonly DateToken[], i: number): boolean {
  const sep = tokens[i + 1];
  return sep !== undefined && !sep.spaced && isDateSeparator(sep) && tokens[i + 2]?.type === "num";
}

/** Excel's pivot: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function expandTwoDigitYear(twoDigits: number): number {
  return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
}
