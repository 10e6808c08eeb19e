/**
 * Reads a timescale cell as officers write them: "July 2014", "April-Sept 2024", "2022/23 Q1",
 * "Ongoing until 2016/17.", "As 19 above", real Excel dates, several dates on separate lines…
 * (GUIDE §2 "Timescales as written"). The calendar conventions live in datePhrases.ts.
 *
 * A cell is read line by line. Each line is a status phrase ("Completed", "In place", "Ongoing"),
 * a pointer to another action ("As 19 above"), one or more dated phrases, or text we cannot read.
 * When lines disagree, the dated ones win: "Completed\nDecember 2024" still has work due in December.
 */
import { isErrorValue, type CellValue } from "../grid/Cell.js";
import { cellText, cleanText } from "./cleanText.js";
import { findDatePhrases, type DatePhrase } from "./datePhrases.js";
import { tokenizeDateLine, type DateToken } from "./dateTokens.js";
import { isoFromDate, isoFromExcelSerial } from "./dates.js";
import type { IsoDate } from "./IsoDate.js";
import { readRelativeDate } from "./relativeDates.js";
import type { DateWindow, Timescale, TimescaleKind } from "./Timescale.js";

export interface TimescaleOptions {
  /**
   * The date year-less phrases ("by year end", "end of March") count from: the plan's own date, or
   * the date it is checked as at (see relativeDates.ts). Without it they are not read.
   */
  readonly reference?: IsoDate | null;
}

/** "TBC", "To be confirmed", "TBA", "to be agreed": a date still to be set — a warning, not an error. */
const TO_BE_CONFIRMED = /^\s*(?:tbc|tba|tbd|to be (?:confirmed|agreed|determined|decided|set))(?![a-z])/i;

/**
 * Only the start of a cell is searched for dates: real timescales are short, and the cap keeps a
 * pasted essay (40,000 characters) as cheap as any other cell. `text` still holds the whole cell.
 */
const SCAN_LIMIT = 1000;

/** Excel serials from 1954-10-03 to 2119-01-10: numbers outside are amounts or counts, not dates. */
const MIN_DATE_SERIAL = 20000;
const MAX_DATE_SERIAL = 80000;

const ONGOING_WORDS = new Set(["ongoing", "continuous", "continuing", "continual", "onwards", "onward"]);
/** "Completed" is past tense and settles the line; "Complete" and "Done" only when nothing else is said ("Complete by March" is an instruction). */
const COMPLETED_WORDS = new Set(["completed", "complete", "done", "achieved", "finished"]);
/** Words that can sit beside a status without changing it: "Now complete", "Completed in March 2024", "Already in place". */
const STATUS_FILLER = new Set(["in", "on", "at", "since", "the", "of", "and", "fully", "now", "already", "all", "actions", "action", "date", "early", "mid", "late", "end"]);

/** What a timescale cell means. Never throws, whatever the cell holds. */
export function parseTimescale(value: CellValue, options: TimescaleOptions = {}): Timescale {
  if (value === null || value === undefined) return empty("blank", "");
  if (value instanceof Date) {
    const text = cellText(value).text;
    const iso = isoFromDate(value);
    return iso === null ? empty("unparsed", text) : oneDay(iso, text);
  }
  if (typeof value === "number") {
    const text = String(value);
    if (Number.isFinite(value) && value >= MIN_DATE_SERIAL && value <= MAX_DATE_SERIAL) {
      const iso = isoFromExcelSerial(value);
      if (iso !== null) return oneDay(iso, text);
    }
    // A whole number such as 2024 reads like the same text typed in: a bare year.
    return fromText(text, null);
  }
  if (typeof value === "string") return fromText(cleanText(value).text, options.reference ?? null);
  if (isErrorValue(value)) return empty("unparsed", String(value.error));
  return empty("unparsed", cellText(value).text);
}

/**
 * The first month or date stated in a plan title, e.g. "2024-02-01" for "CORPORATE PEER CHALLENGE
 * ACTION PLAN FEBRUARY 2024". Years and financial years alone ("Plan 2024/25") are not enough: null.
 */
export function findTitleDate(title: string): IsoDate | null {
  if (typeof title !== "string") return null;
  const text = cleanText(title.length > SCAN_LIMIT * 4 ? title.slice(0, SCAN_LIMIT * 4) : title).text.slice(0, SCAN_LIMIT);
  for (const line of text.split("\n")) {
    for (const phrase of findDatePhrases(tokenizeDateLine(line))) {
      if (phrase.precision === "day" || phrase.precision === "week" || phrase.precision === "month") return phrase.start;
    }
  }
  return null;
}

type LineKind = "seeOther" | "completed" | "inPlace" | "ongoing" | "dated" | "toBeConfirmed" | "unparsed" | "empty";

interface LineReading {
  readonly kind: LineKind;
  readonly windows: readonly DateWindow[];
  readonly ambiguities: readonly string[];
  readonly ongoing: boolean;
  readonly seeRef?: string;
}

function fromText(text: string, reference: IsoDate | null): Timescale {
  if (text === "") return empty("blank", "");
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const readings = joinContinuedLines(scanned.split("\n")).map((line) => readLine(line, reference));
  const present = readings.filter((r) => r.kind !== "empty");
  if (present.length === 0) return empty("unparsed", text);

  if (present.every((r) => r.kind === "seeOther")) {
    const seeRef = present.find((r) => r.seeRef !== undefined)?.seeRef;
    return { ...empty("seeOther", text), ...(seeRef === undefined ? {} : { seeRef }) };
  }

  const kind = cellKind(present);
  const windows = present.flatMap((r) => r.windows);
  const ambiguities = [...new Set(present.flatMap((r) => r.ambiguities))];
  let start: IsoDate | null = null;
  let due: IsoDate | null = null;
  for (const window of windows) {
    if (start === null || window.start < start) start = window.start;
    if (due === null || window.end > due) due = window.end;
  }
  return {
    kind,
    windows,
    ongoing: present.some((r) => r.ongoing),
    start,
    due,
    text,
    ...(ambiguities.length === 0 ? {} : { ambiguity: ambiguities.join(" ") }),
  };
}

function cellKind(readings: readonly LineReading[]): TimescaleKind {
  for (const kind of ["dated", "ongoing", "inPlace", "completed", "toBeConfirmed"] as const) {
    if (readings.some((r) => r.kind === kind)) return kind;
  }
  return "unparsed";
}

/**
 * Re-joins a phrase that a line break split: "September 2018 and\nongoing", "February 2014 –\nMarch 2015",
 * "November\n2018". Separate dates on separate lines stay apart.
 */
function joinContinuedLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let previousTokens: DateToken[] = [];
  for (const line of lines) {
    const tokens = tokenizeDateLine(line);
    const previous = joined[joined.length - 1];
    if (previous !== undefined && continues(previousTokens, tokens)) {
      const merged = `${previous} ${line}`;
      joined[joined.length - 1] = merged;
      previousTokens = tokenizeDateLine(merged);
    } else {
      joined.push(line);
      previousTokens = tokens;
    }
  }
  return joined;
}

const TRAILING_JOINERS = new Set(["and", "until", "till", "to", "from", "through", "between", "of", "by", "end"]);
const LEADING_JOINERS = new Set(["and", "until", "till", "to", "through", "onwards"]);
const MONTH_OR_SEASON = /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|spring|summer|autumn|winter)$/;

function continues(before: readonly DateToken[], after: readonly DateToken[]): boolean {
  const last = before[before.length - 1];
  const first = after[0];
  if (last === undefined || first === undefined) return false;
  if (last.type === "dash" || last.type === "slash" || last.type === "amp") return true;
  if (last.type === "word" && TRAILING_JOINERS.has(last.text)) return true;
  if (first.type === "word" && LEADING_JOINERS.has(first.text)) return true;
  return last.type === "word" && MONTH_OR_SEASON.test(last.text) && first.type === "num" && first.text.length === 4;
}

function readLine(line: string, reference: IsoDate | null): LineReading {
  const tokens = tokenizeDateLine(line);
  if (tokens.length === 0) return { kind: line.trim() === "" ? "empty" : "unparsed", windows: [], ambiguities: [], ongoing: false };
  if (TO_BE_CONFIRMED.test(line)) return { kind: "toBeConfirmed", windows: [], ambiguities: [], ongoing: false };

  const see = seeOtherRef(line);
  if (see !== null) return { kind: "seeOther", windows: [], ambiguities: [], ongoing: false, ...(see === "" ? {} : { seeRef: see }) };

  const phrases = findDatePhrases(tokens);
  if (phrases.length === 0 && reference !== null) {
    const relative = readRelativeDate(line, reference);
    if (relative !== null) return { kind: "dated", windows: [{ ...relative, source: trimSource(line) }], ambiguities: [], ongoing: false };
  }
  const windows = windowsOf(line, tokens, phrases);
  const ambiguities = phrases.flatMap((p) => (p.ambiguity === undefined ? [] : [p.ambiguity]));
  const loose = wordsOutside(tokens, phrases);
  const ongoing = loose.some((w, index) => ONGOING_WORDS.has(w) || (w === "on" && loose[index + 1] === "going"));

  let kind: LineKind;
  if (isCompleted(loose)) kind = "completed";
  else if (isInPlace(loose)) kind = "inPlace";
  else if (ongoing) kind = "ongoing";
  else kind = phrases.length > 0 ? "dated" : "unparsed";
  return { kind, windows, ambiguities, ongoing };
}

/** Words not read as part of a date, in order. */
function wordsOutside(tokens: readonly DateToken[], phrases: readonly DatePhrase[]): string[] {
  const words: string[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phrases[next];
    if (phrase !== undefined && i >= phrase.from) {
      i = phrase.to - 1;
      next++;
      continue;
    }
    const token = tokens[i] as DateToken;
    if (token.type === "word") words.push(token.text);
  }
  return words;
}

function isCompleted(words: readonly string[]): boolean {
  if (words[0] === "completed") return true;
  return words.some((w) => COMPLETED_WORDS.has(w)) && words.every((w) => COMPLETED_WORDS.has(w) || STATUS_FILLER.has(w));
}

function isInPlace(words: readonly string[]): boolean {
  const at = words.indexOf("place");
  if (at < 1 || words[at - 1] !== "in") return false;
  // "In place – reviewed annually" still says the measure exists; "Plan in place by June" would not start with it.
  if (at === 1) return true;
  return words.every((w) => w === "place" || STATUS_FILLER.has(w));
}

/**
 * "As 19 above", "As per 19 above", "See 2.4", "Refer to action 3.1", "Point 9 refers", "As above".
 * Returns the reference ("" when none is named) or null. Tested on short lines only, so the
 * regular expressions never see long input.
 */
const SEE_OTHER =
  /^(?:as(?: per| for| in)?|see(?: also)?|please see|refer to|same as|covered (?:in|by|under)|included (?:in|under)|per)(?: (?:action|item|row|point|ref|reference|rec|recommendation|para|paragraph|objective|no|number))?(?: ([0-9]+(?:\.[0-9]+)*[a-z]?(?:\([a-z0-9]{1,3}\))?))?(?: (above|below))?$/i;
const REFERS = /^(?:see )?(?:(?:action|item|point|rec|recommendation|para|paragraph) )?([0-9]+(?:\.[0-9]+)*[a-z]?) refers$/i;

function seeOtherRef(line: string): string | null {
  if (line.length > 80) return null;
  const normal = line
    .replace(/[*\u2020\u2021\u00b9\u00b2\u00b3]/g, "")
    .replace(/[\s.:;,]+$/, "")
    .replace(/^[\s(]+|[\s)]+$/g, "")
    .replace(/\s+/g, " ");
  const see = SEE_OTHER.exec(normal);
  if (see !== null) {
    if (see[1] === undefined && see[2] === undefined) return null;
    return see[1] ?? "";
  }
  const refers = REFERS.exec(normal);
  return refers?.[1] ?? null;
}

/**
 * One window per phrase, each quoting the words that belong to it: the whole line when it holds one
 * date ("Working Group – March 2024"), otherwise the date with its own label. Between two dates, a
 * bracket right after the first belongs to it ("September 2014 (Leadership) 2015/16 (Lean)"), text after
 * a comma, semicolon or "and" belongs to the next, and any other text is the next date's label.
 */
function windowsOf(line: string, tokens: readonly DateToken[], phrases: readonly DatePhrase[]): DateWindow[] {
  if (phrases.length === 0) return [];
  if (phrases.length === 1) {
    const only = phrases[0] as DatePhrase;
    return [{ start: only.start, end: only.end, source: trimSource(line) }];
  }
  const spans = phrases.map((p) => ({ start: (tokens[p.from] as DateToken).start, end: (tokens[p.to - 1] as DateToken).end }));
  const leads: number[] = spans.map(() => 0);
  const trails: number[] = spans.map(() => line.length);
  for (let index = 0; index + 1 < spans.length; index++) {
    const gapStart = (spans[index] as { end: number }).end;
    const gapEnd = (spans[index + 1] as { start: number }).start;
    const split = splitGap(line, gapStart, gapEnd);
    trails[index] = split.trailEnd;
    leads[index + 1] = split.leadStart;
  }
  return phrases.map((phrase, index) => ({
    start: phrase.start,
    end: phrase.end,
    source: trimSource(line.slice(leads[index] as number, trails[index] as number)),
  }));
}

function splitGap(line: string, gapStart: number, gapEnd: number): { trailEnd: number; leadStart: number } {
  const gap = line.slice(gapStart, gapEnd);
  const opened = gap.search(/\S/);
  if (opened >= 0 && (gap[opened] === "(" || gap[opened] === "[")) {
    const closed = gap.indexOf(gap[opened] === "(" ? ")" : "]", opened);
    if (closed >= 0) return { trailEnd: gapStart + closed + 1, leadStart: gapStart + closed + 1 };
  }
  const separator = /[,;|&]| and /.exec(gap);
  if (separator !== null) {
    return { trailEnd: gapStart + separator.index, leadStart: gapStart + separator.index + separator[0].length };
  }
  return { trailEnd: gapStart, leadStart: gapStart };
}

/** Drops spaces and dangling separators from the ends of a quoted phrase. */
function trimSource(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSourceEdge(text.charCodeAt(start))) start++;
  while (end > start && isSourceEdge(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isSourceEdge(code: number): boolean {
  // space, tab, comma, semicolon, colon, |, -, en dash, em dash
  return code === 32 || code === 9 || code === 44 || code === 59 || code === 58 || code === 124 || code === 45 || code === 0x2013 || code === 0x2014;
}

function oneDay(iso: IsoDate, text: string): Timescale {
  return { kind: "dated", windows: [{ start: iso, end: iso, source: text }], ongoing: false, start: iso, due: iso, text };
}

function empty(kind: TimescaleKind, text: string): Timescale {
  return { kind, windows: [], ongoing: false, start: null, due: null, text };
}
