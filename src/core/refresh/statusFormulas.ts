/**
 * Status counts as live formulas over the plan's own status column (the seed 002 table: statuses down,
 * themes across). `SUMPRODUCT(--(TRIM(range)="On track"))` counts "on track " as the core does —
 * TRIM for stray spaces, `=` ignoring case — and each vocabulary spelling is added in, so "Complete"
 * typed later still counts as Completed. No IF inside SUMPRODUCT: Excel 2016 would need Ctrl+Shift+Enter.
 */
import { columnLetters, quoteSheetName } from "../grid/Address.js";
import { cellAt, type SheetGrid } from "../grid/SheetGrid.js";
import type { StatusLookup } from "../plan/StatusVocabulary.js";
import { EXCEL_FORMULA_STRING_LIMIT, excelString, excelTrim, trimmedCellText } from "../rag/excelText.js";
import type { RagRules } from "../rag/ragRules.js";
import type { ActionAssessment, PlanAnalysis, ThemeRun } from "./planAnalysis.js";

/** One row of the status table: a label and the written forms it counts. */
export interface StatusRow {
  readonly label: string;
  /** Written forms, compared after TRIM and without regard to case. Empty for the "No status" row. */
  readonly words: readonly string[];
  readonly blank: boolean;
}

export const NO_STATUS_LABEL = "No status";

/** Excel's limit on a formula's length (Excel specifications and limits), with room for the "=". */
const MAX_FORMULA_LENGTH = 8000;

/**
 * The rows of the status table: the statuses listed in the settings (zero counts included: the
 * committee wants to see "Major slippage 0"), then any other status in the plan (vocabulary order,
 * then unknown words as written), then `extraLabels` (statuses of the last snapshot), then "No
 * status" when an action has none. Each written form belongs to one row, so the rows add up.
 */
export function statusRows(analysis: PlanAnalysis, rules: RagRules, statuses: StatusLookup, extraLabels: readonly string[] = []): StatusRow[] {
  const rows: StatusRow[] = [];
  const covered = new Set<string>();
  const labels = new Set<string>();
  const addRow = (label: string, words: readonly string[]): void => {
    const fresh = words.filter((word) => !covered.has(excelTrim(word).toLowerCase()));
    if (fresh.length === 0 || labels.has(label.toLowerCase())) return;
    for (const word of fresh) covered.add(excelTrim(word).toLowerCase());
    labels.add(label.toLowerCase());
    rows.push({ label, words: fresh, blank: false });
  };
  const addWord = (word: string): void => {
    const definition = statuses.canonical(excelTrim(word));
    if (definition) addRow(definition.name, [definition.name, ...(definition.aliases ?? [])]);
    else addRow(excelTrim(word), [word]);
  };

  for (const listed of rules.statuses) addWord(listed.word);
  const seen = analysis.actions.map((a) => a.facts.status).filter((status) => status !== "");
  const order = new Map(statuses.names.map((name, index) => [name, index]));
  const known = seen.filter((status) => statuses.canonical(status) !== null);
  known.sort((a, b) => (order.get(statuses.canonical(a)?.name ?? "") ?? 0) - (order.get(statuses.canonical(b)?.name ?? "") ?? 0));
  for (const status of known) addWord(status);
  for (const status of seen) if (statuses.canonical(status) === null) addWord(status);
  for (const label of extraLabels) addWord(label);
  if (analysis.actions.some((a) => a.facts.status === "")) rows.push({ label: NO_STATUS_LABEL, words: [], blank: true });
  return rows;
}

/** Whether an action is counted in a row (the core's mirror of the row's formula). */
export function rowCounts(row: StatusRow, assessment: ActionAssessment): boolean {
  const status = assessment.facts.status.toLowerCase();
  return row.blank ? status === "" : row.words.some((word) => excelTrim(word).toLowerCase() === status);
}

/** An absolute range of the plan's status column over rows first..last: `'CIP monitoring'!$G$4:$G$9`. */
export function statusRange(analysis: PlanAnalysis, first: number, last: number): string {
  const letter = columnLetters(analysis.plan.columns.fields.status as number);
  return `${quoteSheetName(analysis.plan.sheet)}!$${letter}$${first}:$${letter}$${last}`;
}

/** The row span of a run of actions (rows in between that are not actions are inside it). */
export function runSpan(actions: readonly ActionAssessment[]): { first: number; last: number } {
  return { first: actions[0]?.action.row ?? 0, last: actions[actions.length - 1]?.action.row ?? 0 };
}

/**
 * Non-action rows inside a span whose status cell is blank too — the "No status" formula subtracts
 * them, since SUMPRODUCT sees every row of the range (repeated headers, theme rows, gaps).
 */
function blankNonActionRows(sheet: SheetGrid, analysis: PlanAnalysis, first: number, last: number): number {
  const column = analysis.plan.columns.fields.status as number;
  const actionRows = new Set(analysis.actions.map((a) => a.action.row));
  let blanks = 0;
  for (let row = first; row <= last; row++) {
    if (!actionRows.has(row) && trimmedCellText(cellAt(sheet, row, column)?.value) === "") blanks++;
  }
  return blanks;
}

/**
 * The count formula of one status row over some spans of the plan (a theme's runs, or the whole plan).
 * Null when a word of the row is too long for a formula's string constant (text over 255 characters
 * typed in the status column): the caller writes the count as a number instead.
 */
export function statusCountFormula(row: StatusRow, analysis: PlanAnalysis, sheet: SheetGrid, spans: ReadonlyArray<{ first: number; last: number }>): string | null {
  if (row.words.some((word) => excelTrim(word).length > EXCEL_FORMULA_STRING_LIMIT)) return null;
  const parts = spans.map(({ first, last }) => {
    const range = statusRange(analysis, first, last);
    if (row.blank) {
      const structural = blankNonActionRows(sheet, analysis, first, last);
      return `SUMPRODUCT(--(TRIM(${range})=""))${structural > 0 ? `-${structural}` : ""}`;
    }
    const tests = row.words.map((word) => `(TRIM(${range})=${excelString(excelTrim(word))})`);
    return tests.length === 1 ? `SUMPRODUCT(--${tests[0] as string})` : `SUMPRODUCT(${tests.join("+")})`;
  });
  const joined = parts.join("+");
  // Excel refuses a formula over 8,192 characters; a theme split into very many runs (a long plan
  // sorted by date) gets its count as a number instead, as for an over-long word.
  return joined.length > MAX_FORMULA_LENGTH ? null : joined;
}

/** The runs of a theme, as spans. */
export function themeSpans(runs: readonly ThemeRun[], theme: string | null): Array<{ first: number; last: number }> {
  return runs.filter((run) => run.theme === theme).map((run) => runSpan(run.actions));
}
