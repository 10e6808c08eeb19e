/**
 * The RAG rules of computeRag.ts as Excel formulas, so a rating stays right when an officer edits a
 * status or a date after the refresh, with no add-in present.
 *
 * Written for Excel 2016+ and LibreOffice 7.4+: IF / CHOOSE / MAX / MATCH / ISNUMBER / INT / TRIM
 * and inline array constants, no dynamic arrays, no LET. Text comparison ignores case in both, which
 * is how the core matches status words.
 *
 * Shape: `IF(complete, "Blue", CHOOSE(1 + MAX(date severity, status severity), "Grey", "Green", …, "Red"))`
 * — each input appears once or, for the due date, three times. Without LET a "worse of the two"
 * written as nested IFs repeats the status lookup in every branch (over 1,000 characters a row on
 * the officer's sheet); ranking both sides by severity and taking the MAX says it once.
 *
 * The inputs are expressions (a cell reference or a fragment) so the same rules serve the committee
 * table, where each input is a working cell (`$N5`), and the optional RAG column on the officer's
 * sheet, where everything is written inline over the row's own cells.
 */
import { excelDateLiteral, excelString } from "./excelText.js";
import type { RagRules } from "./ragRules.js";
import { SEVERITY_ORDER, onScale, severityOf } from "./RagValue.js";
import type { StatusWords } from "./statusWords.js";

/** `{"a","b"}`: an inline array constant. */
function arrayConstant(values: ReadonlyArray<string | number>): string {
  return `{${values.map((value) => (typeof value === "number" ? String(value) : excelString(value))).join(",")}}`;
}

/**
 * The value to look a status up by. MATCH and VLOOKUP treat `*`, `?` and `~` as wildcards even in
 * an exact match, so when a plan's statuses contain them they are escaped with `~` (both engines
 * honour it).
 */
export function lookupValue(status: string, escapeWildcards: boolean): string {
  return escapeWildcards ? `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${status},"~","~~"),"*","~*"),"?","~?")` : status;
}

/** TRUE when the status is one of `words`; null when there are none to match. */
export function isOneOf(key: string, words: readonly string[]): string | null {
  return words.length === 0 ? null : `ISNUMBER(MATCH(${key},${arrayConstant(words)},0))`;
}

/**
 * State and RAG of a status from a lookup table of status words (word | state | RAG), e.g.
 * `$R$5:$T$19` — short formulas for the committee table's working columns. VLOOKUP with FALSE
 * compares without regard to case, as the core does.
 */
export function stateLookupFormula(key: string, table: string): string {
  return `IFERROR(VLOOKUP(${key},${table},2,FALSE),"Open")`;
}

export function declaredLookupFormula(key: string, table: string): string {
  return `IFERROR(VLOOKUP(${key},${table},3,FALSE)&"","")`;
}

/** The severity (1–5) of a RAG word in a cell, 0 for none ("", Grey, Blue). */
export function severityFromCell(cell: string): string {
  return `IFERROR(MATCH(${cell},${arrayConstant(SEVERITY_ORDER.slice(1))},0),0)`;
}

/** The severity of what a status word stands for, inline: `INDEX({1,3},MATCH(key,{"On track","Some slippage"},0))`. */
export function severityFromStatus(key: string, words: StatusWords): string {
  const entries = words.table.filter((entry) => severityOf(entry.declared) > 0);
  if (entries.length === 0) return "0";
  return `IFERROR(INDEX(${arrayConstant(entries.map((entry) => severityOf(entry.declared)))},MATCH(${key},${arrayConstant(entries.map((entry) => entry.word))},0)),0)`;
}

/**
 * A due date as a serial, or "" when there is none: the live cell when it holds a number (a real
 * date, typed now or later), otherwise `fallback` — a parsed date the tool wrote, or "".
 * INT drops a time of day, as the core does.
 */
export function dueFormula(liveCell: string | null, fallback: string): string {
  return liveCell === null ? fallback : `IF(ISNUMBER(${liveCell}),INT(${liveCell}),${fallback})`;
}

/** A date constant for a formula, or "" for none. */
export function dateOrBlank(iso: string | null): string {
  return iso === null ? '""' : excelDateLiteral(iso);
}

export interface RagFormulaInputs {
  /** A TRUE/FALSE expression, or a constant when the core already knows. */
  readonly complete: string | boolean;
  readonly notStarted: string | boolean;
  /** An expression giving the due serial or ""; null when the plan has no dates at all. */
  readonly due: string | null;
  /** An expression giving the severity (0–5) of what the status stands for. */
  readonly statusSeverity: string;
  /** Absolute reference to the as-at date, e.g. `'PT Summary'!$B$3`. */
  readonly asAt: string;
}

/** The RAG formula (without "="), mirroring {@link ragFromFacts}. */
export function ragFormula(inputs: RagFormulaInputs, rules: RagRules): string {
  const completeRag = excelString(onScale("Blue", rules.scale));
  if (inputs.complete === true) return completeRag;
  const { due, asAt, notStarted } = inputs;
  let dateSeverity = "0";
  if (due !== null) {
    const soon = `IF(${due}-${asAt}<=${rules.amberDays},3,1)`;
    const notYetDue = notStarted === false ? soon : notStarted === true ? "0" : `IF(${notStarted},0,${soon})`;
    dateSeverity = `IF(ISNUMBER(${due}),IF(${due}<${asAt},5,${notYetDue}),0)`;
  }
  const statusSeverity = inputs.statusSeverity;
  const severity = statusSeverity === "0" ? dateSeverity : dateSeverity === "0" ? statusSeverity : `MAX(${dateSeverity},${statusSeverity})`;
  const rating = `CHOOSE(1+${severity},${SEVERITY_ORDER.map(excelString).join(",")})`;
  return inputs.complete === false ? rating : `IF(${inputs.complete},${completeRag},${rating})`;
}
