/**
 * The hidden "PT Plan rows" sheet: one row per plan-row slot, reading the officer's plan live, so every
 * generated table stays right when the plan is sorted, filtered, appended to, or has rows inserted or
 * deleted — and says so, live, when the plan changes in a way it cannot follow.
 *
 * How it reads the plan:
 * - Slot i reads plan row `ROW(anchor) + i`, where the anchor is a plain reference to the plan's header
 *   cell. Excel and LibreOffice move that reference when rows are inserted or deleted above it, so the
 *   slots follow the plan down the sheet; a deleted header row turns it into #REF!, which the
 *   out-of-date check catches.
 * - Every value comes through `INDEX('Plan'!$G:$G, row)` over a whole column, never a fixed span: a row
 *   inserted, appended, deleted or moved by a sort is read where it now is. Inserting or deleting other
 *   columns moves the `$G:$G` reference with the column (both engines rewrite it).
 * - Each slot carries whether its row is an action (the plan reader's row rules, as formulas), the
 *   theme (carried down from a theme column or a theme row), the status, state, dues, RAG, the reason
 *   it is an exception, and whether its status disagrees with its dates.
 *
 * What the other sheets do with it: counts are `COUNTIFS` over the slot columns (their length does not
 * depend on the number of actions); a committee or exceptions row finds "the next action of theme 3
 * after slot 41" with one `MATCH` over `INDEX(…):INDEX(…)`, and reads every printed cell of that row
 * from the same plan row, so a printed row can never mix two actions.
 *
 * Small tables beside the slots, written at the refresh: the themes (with the rows the committee sheet
 * gives each), the status words (state, the RAG each stands for, its row in the summary's count table),
 * and the dates read from text timescales ("Dec 2018" → 31/12/2018; text typed later that the table
 * does not know makes the sheets say they are out of date rather than guess).
 */
import { dataHeaderRow, firstHeaderRows } from "../plan/dataHeaderRow.js";
import { columnLetters, quoteSheetName, type CellRange } from "../grid/Address.js";
import type { CellValue } from "../grid/Cell.js";
import { cellAt, type SheetGrid } from "../grid/SheetGrid.js";
import { excelSerialFromIso, isoFromDate } from "../parse/dates.js";
import { excelString, excelTrim } from "../rag/excelText.js";
import { lookupValue, ragFormula, severityFromCell } from "../rag/ragFormula.js";
import { SCALE_VALUES } from "../rag/RagValue.js";
import { SheetSpecBuilder, blank, date, formula, num, text, type SheetSpec } from "../sheets/SheetSpec.js";
import { holdsDate } from "../refresh/actionCells.js";
import type { ActionAssessment, PlanAnalysis } from "../refresh/planAnalysis.js";
import { rowCounts, type StatusRow } from "../refresh/statusFormulas.js";
import { PREVIOUS_ROW_MARK, ROW_MARK, rowTemplate } from "./rowTemplate.js";
import { OUT_OF_DATE_PREFIX } from "./staleness.js";

/** Longest text compared in a lookup: Excel's MATCH and VLOOKUP refuse lookup values over 255 characters. */
export const LOOKUP_TEXT_LIMIT = 200;
/** The theme key of actions with no theme, when others have one. */
export const NO_THEME_KEY = "(no theme)";
/** Plan rows checked below the last slot for anything typed there (the "plan outgrew its slots" check). */
const OVERFLOW_WINDOW = 200;
/** First slot row on the sheet (header row 4; rows 2–3 hold the out-of-date reason and its checks). */
export const FIRST_SLOT_ROW = 5;
const HEADER_ROW = 4;

/** Exception reasons, as numbered in the slot table's reason column. */
export const REASON_CODE = { overdue: 1, slipped: 2, notStarted: 3 } as const;

/** Slot columns, in order: the letter of each is fixed, whatever the plan has. */
const SLOT_COLUMNS = [
  "planRow",
  "inPlan",
  "filled",
  "section",
  "action",
  "theme",
  "themeIndex",
  "status",
  "statusRow",
  "state",
  "declared",
  "originalDue",
  "revisedDue",
  "currentDue",
  "rag",
  "reason",
  "mismatch",
  // Working columns: each plan cell the row rules test several times is read and trimmed once here,
  // and each lookup done once, so the columns above compare short references instead of repeating
  // INDEX/TRIM/LOWER over the plan (measured in docs/LIVE-SHEETS.md "Recalculation").
  "labelText",
  "descriptionText",
  "themeText",
  "statusWord",
  "targetRead",
  "revisedRead",
  // One number per action for each count table of the Summary (theme × status row, theme × RAG), so
  // each count there is a single COUNTIF: COUNTIFS with three criteria in every cell of the tables
  // was a third of the recalculation (docs/LIVE-SHEETS.md "Recalculation").
  "themeStatus",
  "themeRag",
] as const;
export type SlotColumn = (typeof SLOT_COLUMNS)[number];

const SLOT_HEADERS: Readonly<Record<SlotColumn, string>> = {
  planRow: "Plan row",
  inPlan: "In the plan",
  filled: "Cells filled",
  section: "Theme row",
  action: "Action",
  theme: "Theme",
  themeIndex: "Theme no.",
  status: "Status",
  statusRow: "Status row",
  state: "State",
  declared: "RAG the status stands for",
  originalDue: "Original due",
  revisedDue: "Revised due",
  currentDue: "Current due",
  rag: "RAG",
  reason: "Exception",
  mismatch: "Status disagrees with dates",
  labelText: "First cell",
  descriptionText: "Description",
  themeText: "Theme cell",
  statusWord: "Status word no.",
  targetRead: "Target as read",
  revisedRead: "Revised as read",
  themeStatus: "Theme × status row",
  themeRag: "Theme × RAG",
};

/** Theme number × this + status row (or RAG number) is an action's key in the Summary's count tables. */
export const THEME_KEY_FACTOR = 1000;

export function slotLetter(column: SlotColumn): string {
  return columnLetters(SLOT_COLUMNS.indexOf(column) + 1);
}

/** Side tables, right of the slot columns. */
const THEME_TABLE = SLOT_COLUMNS.length + 2; // key | name | actions | rows given | first slot | order | theme at order
const WORDS_TABLE = THEME_TABLE + 8; // word | state | RAG | status row
const DATES_TABLE = WORDS_TABLE + 5; // text | due | complete
const LISTS_TABLE = DATES_TABLE + 4; // list | items | rows given

/** A generated list whose rows are allocated at the refresh: exceptions by reason, and mismatches. */
export type ListKey = "overdue" | "slipped" | "notStarted" | "mismatch";
const LIST_KEYS: readonly ListKey[] = ["overdue", "slipped", "notStarted", "mismatch"];

/** One theme as the slots key it. */
export interface ThemeEntry {
  /** 1-based, as in the slot table's theme-number column. */
  readonly index: number;
  /** What the theme formula gives (Excel's TRIM of the cell, cut to {@link LOOKUP_TEXT_LIMIT}). */
  readonly key: string;
  /** The theme as the committee heading shows it (the plan reader's cleaned text), or null for none. */
  readonly name: string | null;
  /** Its actions at the refresh, in plan order. */
  readonly actions: readonly ActionAssessment[];
  /** Rows the committee sheet gives it: its actions now plus room for a few more. */
  readonly rows: number;
}

/** Where things are on a plan-rows sheet, for the formulas of the other sheets. */
export interface PlanRows {
  readonly spec: SheetSpec;
  readonly analysis: PlanAnalysis;
  readonly sheetName: string;
  readonly firstSlotRow: number;
  readonly lastSlotRow: number;
  readonly themes: readonly ThemeEntry[];
  readonly statusRows: readonly StatusRow[];
  /** Rows each list was given (its length at the refresh plus headroom). */
  readonly listRows: Readonly<Record<ListKey, number>>;
  /** `'PT Plan rows'!$P$5:$P$900`. */
  range(column: SlotColumn): string;
  /** `'PT Plan rows'!$P:$P` — for INDEX by slot row. */
  wholeColumn(column: SlotColumn): string;
  /** The cell holding the theme index shown at order `n` (1-based), for live-ordered summary columns. */
  themeAtOrder(n: number): string;
  /** The cell naming the theme at order `n`. */
  themeNameAtOrder(n: number): string;
  /** The actions each theme has now, one cell per theme. */
  readonly themeCountRange: string;
  /** `""` while the sheets are right; otherwise why not (a sentence). */
  readonly reasonCell: string;
  /** A live banner formula: "" or "Out of date: <reason> Refresh the summary." */
  banner(): string;
  /** A plan column, whole: `'Plan'!$G:$G`. */
  planColumn(column: number): string;
  /** The dates read from text at the refresh: `'PT Plan rows'!$AI$5:$AK$30` (text | due | complete). */
  readonly datesTable: string;
  /** Its first column, the texts. */
  readonly datesKeys: string;
  /** Plan columns whose text every slot holds already trimmed (`TRIM(INDEX(…)&"")`), and the slot column holding it. */
  readonly trimmedColumns: ReadonlyMap<number, SlotColumn>;
}

/**
 * A due date read live from a plan cell `x` (e.g. `$E5` or an INDEX): the date when it holds one; else
 * the date the refresh read from the same text; "" when none. `unknown` is 1 for text the table does
 * not know (typed after the refresh), so the sheets can say they need a refresh rather than guess.
 */
export function dueFromCell(x: string, datesTable: string, datesKeys: string): { due: string; unknown: string; complete: string } {
  const key = `LEFT(TRIM(${x}&""),${LOOKUP_TEXT_LIMIT})`;
  const isDate = `AND(ISNUMBER(${x}),${x}>=20000,${x}<=80000)`;
  return {
    due: `IF(${isDate},INT(${x}),IFERROR(VLOOKUP(${key},${datesTable},2,FALSE)+0,""))`,
    unknown: `IF(OR(${isDate},${key}=""),0,IF(ISNA(MATCH(${key},${datesKeys},0)),1,0))`,
    complete: `IFERROR(VLOOKUP(${key},${datesTable},3,FALSE)="Yes",FALSE)`,
  };
}

/** TRUE when a progress note says the action is done ("Complete", "Done", "Achieved", "In place"), for plans with no status. */
export function progressDoneFormula(x: string): string {
  const p = `LOWER(TRIM(${x}&""))`;
  return `OR(LEFT(${p},8)="complete",LEFT(${p},4)="done",LEFT(${p},8)="achieved",LEFT(${p},8)="in place")`;
}

/**
 * Rows a list or theme is given beyond its length at the refresh: a quarter more, at least 3, at most
 * {@link MOST_SPARE_ROWS}. Every spare row is a row of live formulas to recalculate (about 4 µs a cell
 * in LibreOffice, docs/LIVE-SHEETS.md "Recalculation"); a theme that outgrows them says so live.
 */
export function headroom(length: number): number {
  return Math.max(3, Math.min(MOST_SPARE_ROWS, Math.ceil(length * 0.25)));
}

/** Spare rows of one theme or list at most: more new actions in one theme between two refreshes than a committee reads. */
const MOST_SPARE_ROWS = 50;
/** Empty slots at most: 1,500 empty slots of 28 formulas each were a tenth of a 6,000-action plan's recalculation. */
const MOST_SLOTS_TO_GROW = 500;

function quote(name: string): string {
  return quoteSheetName(name);
}

/** What Excel's TRIM(cell & "") gives for a raw plan value (dates as their serial). */
function excelTextOf(raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return excelTrim(raw);
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date) {
    const iso = isoFromDate(raw);
    return iso === null ? "" : String(excelSerialFromIso(iso));
  }
  return "";
}

function lookupKey(value: string): string {
  return value.slice(0, LOOKUP_TEXT_LIMIT);
}

export interface PlanRowsInput {
  readonly analysis: PlanAnalysis;
  readonly planSheet: SheetGrid | undefined;
  /** The header row of the next plan on the same sheet, which ends this one's slots. */
  readonly nextPlanHeaderRow?: number;
  readonly sheetName: string;
  readonly asAtRef: string;
  readonly statusRows: readonly StatusRow[];
}

/**
 * Whether a blank theme cell on an action means "no theme" rather than "same as above": the plan names
 * each action's theme on its own row (sorted by date or lead) and has no theme rows, as the reader
 * decided ({@link Plan.themeOnEveryRow}). With theme rows as well, the slots carry the theme down.
 */
function themeGaps(analysis: PlanAnalysis): boolean {
  return analysis.plan.themeOnEveryRow === true && analysis.plan.themeRows.length === 0;
}

/**
 * The themes as the slot formulas key them, in order of first appearance, from the plan as read. The
 * committee table model is built on these, so a document made from it groups as the sheets do.
 */
export function themeEntries(analysis: PlanAnalysis, planSheet: SheetGrid | undefined): ThemeEntry[] {
  const { plan } = analysis;
  const themeColumn = plan.columns.fields.theme;
  const headerRow = dataHeaderRow(plan);
  const sectionRows = new Set(plan.themeRows);
  const actionAt = new Map(analysis.actions.map((a) => [a.action.row, a] as const));
  const raw = (row: number, column: number | undefined): CellValue | undefined => (column === undefined || !planSheet ? undefined : cellAt(planSheet, row, column)?.value);
  const preamble = plan.themeRows.filter((row) => row < headerRow).pop();
  let carried = preamble === undefined ? "" : excelTextOf(raw(preamble, plan.range.left));
  const byKey = new Map<string, { key: string; name: string | null; actions: ActionAssessment[] }>();
  const last = Math.max(plan.range.bottom, ...analysis.actions.map((a) => a.action.row));
  for (let row = headerRow + 1; row <= last; row++) {
    if (sectionRows.has(row)) {
      carried = excelTextOf(raw(row, plan.range.left)) || excelTextOf(raw(row, themeColumn));
      continue;
    }
    const assessment = actionAt.get(row);
    if (!assessment) continue;
    const own = excelTextOf(raw(row, themeColumn));
    if (own !== "") carried = own;
    const theme = own === "" && themeGaps(analysis) ? "" : carried;
    const key = analysis.hasThemes ? lookupKey(theme === "" ? NO_THEME_KEY : theme) : NO_THEME_KEY;
    let entry = byKey.get(key.toLowerCase());
    if (!entry) {
      entry = { key, name: analysis.hasThemes ? assessment.action.theme : null, actions: [] };
      byKey.set(key.toLowerCase(), entry);
    }
    entry.actions.push(assessment);
  }
  return [...byKey.values()].map((entry, i) => ({ ...entry, index: i + 1, rows: entry.actions.length + headroom(entry.actions.length) }));
}

/** Exceptions and mismatches at the refresh, per list. */
function listLengths(analysis: PlanAnalysis): Record<ListKey, number> {
  return {
    overdue: analysis.actions.filter((a) => a.exception === "overdue").length,
    slipped: analysis.actions.filter((a) => a.exception === "slipped").length,
    notStarted: analysis.actions.filter((a) => a.exception === "notStarted").length,
    mismatch: analysis.actions.filter((a) => a.mismatch).length,
  };
}

/** Empty slots below the last plan row, for actions appended after the refresh: a quarter more, 50 to {@link MOST_SLOTS_TO_GROW}. */
function roomToGrow(planRows: number): number {
  return Math.max(50, Math.min(MOST_SLOTS_TO_GROW, Math.ceil(planRows * 0.25)));
}

/**
 * The last plan-sheet row the slots cover, from the plan's own last row. Anything in the plan's
 * columns below it (notes, a sign-off block) where the slots or the "plan outgrew its slots" check
 * would see it is given slots too, so a fresh refresh never says it is out of date. Anything further
 * down is beyond both: a stray value in row 1,048,576 does not give the sheet a million slots.
 */
function lastRowFollowed(planSheet: SheetGrid | undefined, range: CellRange, headerRow: number, planEnd: number): number {
  if (!planSheet) return planEnd;
  let last = planEnd;
  for (let row = planEnd + 1; row <= planSheet.rowCount; row++) {
    if (row > last + roomToGrow(last - headerRow) + OVERFLOW_WINDOW) break;
    const cells = planSheet.rows[row - 1];
    if (!cells) continue;
    for (let column = range.left; column <= range.right; column++) {
      const cell = cells[column - 1];
      // COUNTA, which the check uses, counts any value, even "" from a formula.
      if (cell !== undefined && (cell.value !== null || cell.formula !== undefined)) {
        last = row;
        break;
      }
    }
  }
  return last;
}

export function buildPlanRows(input: PlanRowsInput): PlanRows {
  const { analysis, planSheet, sheetName, asAtRef, statusRows } = input;
  const { plan, context } = analysis;
  const { rules } = context;
  const f = plan.columns.fields;
  const S = quote(plan.sheet);
  const H = quote(sheetName);
  const headerRow = dataHeaderRow(plan);
  const col = (column: number): string => `${S}!$${columnLetters(column)}:$${columnLetters(column)}`;
  const anchor = `${S}!$${columnLetters(plan.range.left)}$${headerRow}`;
  const next = input.nextPlanHeaderRow;
  const lastPlanRow =
    next !== undefined ? next - 1 : lastRowFollowed(planSheet, plan.range, headerRow, Math.max(plan.range.bottom, ...analysis.actions.map((a) => a.action.row)));
  const planRows = Math.max(1, lastPlanRow - headerRow);
  const slots = next !== undefined ? planRows : planRows + roomToGrow(planRows);
  const firstSlot = FIRST_SLOT_ROW;
  const lastSlot = firstSlot + slots - 1;
  const themes = themeEntries(analysis, planSheet);
  const lengths = listLengths(analysis);
  const listRows = Object.fromEntries(LIST_KEYS.map((key) => [key, lengths[key] + headroom(lengths[key])])) as Record<ListKey, number>;

  const L = Object.fromEntries(SLOT_COLUMNS.map((c) => [c, slotLetter(c)])) as Record<SlotColumn, string>;
  const here = (c: SlotColumn): string => `$${L[c]}${ROW_MARK}`;
  const prev = (c: SlotColumn): string => `$${L[c]}${PREVIOUS_ROW_MARK}`;
  const range = (c: SlotColumn): string => `$${L[c]}$${firstSlot}:$${L[c]}$${lastSlot}`;
  const at = (column: number): string => `INDEX(${col(column)},${here("planRow")})`;
  const textAt = (column: number | undefined): string => (column === undefined ? '""' : `TRIM(${at(column)}&"")`);

  // Side tables (absolute ranges on this sheet).
  const tableRange = (left: number, width: number, length: number): string =>
    `$${columnLetters(left)}$${firstSlot}:$${columnLetters(left + width - 1)}$${firstSlot + Math.max(length, 1) - 1}`;
  const themeKeys = tableRange(THEME_TABLE, 1, themes.length);
  const themeCounts = tableRange(THEME_TABLE + 2, 1, themes.length);
  const themeGiven = tableRange(THEME_TABLE + 3, 1, themes.length);
  const themeFirst = tableRange(THEME_TABLE + 4, 1, themes.length);
  const themeOrder = tableRange(THEME_TABLE + 5, 1, themes.length);

  // Status words: every written form the core knows, each with its row in the summary's count table.
  const words = new Map<string, { word: string; state: string; declared: string; row: number }>();
  for (const entry of context.words.table) {
    const row = statusRows.findIndex((r) => !r.blank && r.words.some((w) => excelTrim(w).toLowerCase() === entry.word.toLowerCase()));
    words.set(entry.word.toLowerCase(), { word: entry.word, state: entry.state, declared: entry.declared ?? "", row: row + 1 });
  }
  statusRows.forEach((r, i) => {
    if (r.blank) return;
    for (const word of r.words) {
      const k = excelTrim(word).toLowerCase();
      if (!words.has(k)) words.set(k, { word: excelTrim(word), state: "Open", declared: "", row: i + 1 });
    }
  });
  const wordList = [...words.values()].filter((w) => w.word.length <= LOOKUP_TEXT_LIMIT);
  const wordsKeys = tableRange(WORDS_TABLE, 1, wordList.length);
  const wordsStates = tableRange(WORDS_TABLE + 1, 1, wordList.length);
  const wordsRags = tableRange(WORDS_TABLE + 2, 1, wordList.length);
  const wordsRows = tableRange(WORDS_TABLE + 3, 1, wordList.length);
  const blankStatusRow = statusRows.findIndex((r) => r.blank) + 1;
  const escape = analysis.actions.some((a) => /[*?~]/.test(a.facts.status));

  // Dates read from text timescales: the text as TRIM(cell&"") gives it → the due date the core read.
  const dates = new Map<string, { key: string; due: string | null; complete: boolean }>();
  const addDate = (raw: CellValue | undefined, due: string | null, complete: boolean): void => {
    if (raw === undefined || raw === null || holdsDate(raw)) return;
    const key = lookupKey(excelTextOf(raw));
    if (key === "" || dates.has(key.toLowerCase())) return;
    dates.set(key.toLowerCase(), { key, due, complete });
  };
  for (const a of analysis.actions) {
    addDate(a.action.cells.target?.raw, a.facts.originalDue, a.facts.completeByText && (a.action.target?.kind === "completed" || a.action.target?.kind === "inPlace"));
    addDate(a.action.cells.revisedTarget?.raw, a.action.revisedTarget?.due ?? null, false);
  }
  const dateList = [...dates.values()];
  const datesTable = tableRange(DATES_TABLE, 3, dateList.length);
  const datesKeys = tableRange(DATES_TABLE, 1, dateList.length);
  const datesDue = tableRange(DATES_TABLE + 1, 1, dateList.length);
  const datesComplete = tableRange(DATES_TABLE + 2, 1, dateList.length);

  const b = new SheetSpecBuilder(sheetName, "planRows").visibility("hidden").fitRowHeights(false);
  b.style("header", { bold: true, fill: "E7E6E6", wrap: true, border: "thin" });
  b.style("date", { numberFormat: "dd/mm/yyyy" });
  b.style("note", { italic: true, fontColor: "595959" });

  // ----- Slot formulas -------------------------------------------------------------------------
  const left = plan.range.left;
  const right = plan.range.right;
  const filledF = `COUNTA(INDEX(${col(left)},${here("planRow")}):INDEX(${col(right)},${here("planRow")}))`;
  const description = f.action ?? f.outcome ?? f.recommendation ?? left;
  // A header repeated lower down is known by its heading over the description (the upper row of a two-row header when the lower is blank there).
  const headerText = planSheet
    ? lookupKey(
        firstHeaderRows(plan)
          .map((row) => excelTextOf(cellAt(planSheet, row, description)?.value))
          .reverse()
          .find((heading) => heading !== "") ?? "",
      )
    : "";
  const isHeader = headerText === "" ? "FALSE" : `LEFT(${here("descriptionText")},${LOOKUP_TEXT_LIMIT})=${excelString(headerText)}`;
  // Text compared with "=" needs no LOWER: "=" ignores case in Excel, and in LibreOffice for xlsx
  // files (the status lookups rely on the same rule). Each test is guarded by a cheap one (IF
  // evaluates only the branch taken), since string functions are most of a slot's cost.
  const label = here("labelText");
  const isFootnote = `IF(${here("filled")}<=2,OR(LEFT(${label},1)="*",LEFT(${label},1)="†",LEFT(${label},1)="‡",LEFT(${label},5)="note:",LEFT(${label},6)="notes:"),FALSE)`;
  const labels = [here("labelText"), ...(description !== left ? [here("descriptionText")] : [])];
  const isSubtotal = `OR(${labels.map((x) => `IF(LEFT(${x},3)="sub",OR(LEFT(${x},9)="sub-total",LEFT(${x},9)="sub total",LEFT(${x},8)="subtotal"),FALSE)`).join(",")})`;
  // A totals row is recognised by its label; an unlabelled row of SUM formulas is not (ISFORMULA over
  // INDEX gives #VALUE! in LibreOffice 7.4, so the formula cannot see it).
  // One SEARCH first: a label without "total" anywhere cannot start or end with it, so most rows skip
  // the eight LEFT/RIGHT tests (a fifth of the plan-rows sheet's recalculation, docs/LIVE-SHEETS.md).
  const isTotal = `IF(ISERROR(SEARCH("total",${labels.join("&")})),FALSE,OR(${labels.map((x) => `IF(LEN(${x})<80,OR(LEFT(${x},5)="total",LEFT(${x},11)="grand total",RIGHT(${x},5)="total",RIGHT(${x},6)="totals"),FALSE)`).join(",")}))`;
  const themeCell = f.theme;
  const sectionText = themeCell !== undefined && themeCell !== left ? `TRIM(${at(left)}&${at(themeCell)}&"")` : here("labelText");
  const sectionHasText = `OR(ISTEXT(${at(left)})${themeCell !== undefined && themeCell !== left ? `,ISTEXT(${at(themeCell)})` : ""})`;
  const evidenceFields = (["action", "ref", "lead", "target", "revisedTarget", "status", "investment", "stage"] as const).map((k) => f[k]).filter((c): c is number => c !== undefined);
  const evidenceColumns = [...new Set([...evidenceFields, ...Object.values(plan.columns.benefitYears)])];
  // A first or description cell already read and trimmed in its working column, when it is evidence:
  // text there is evidence at once, so most actions skip the whole-column lookups (TRIM(x&"")<>""
  // implies x<>"", and a blank or spaces-only cell falls through to the full test).
  const readAlready = [...new Set([left, description])].filter((c) => evidenceColumns.includes(c)).map((c) => (c === left ? here("labelText") : here("descriptionText")));
  const fullEvidence = `OR(${evidenceColumns.map((c) => `${at(c)}<>""`).join(",")})`;
  const evidence =
    evidenceColumns.length === 0 ? "FALSE" : readAlready.length === 0 ? fullEvidence : `IF(OR(${readAlready.map((x) => `${x}<>""`).join(",")}),TRUE,${fullEvidence})`;

  const firstTheme = plan.themeRows.filter((row) => row < headerRow).pop();
  const initialTheme = analysis.hasThemes && firstTheme !== undefined ? `TRIM(${S}!$${columnLetters(left)}$${firstTheme}&"")` : '""';
  const nextAnchor = next !== undefined ? `${S}!$${columnLetters(left)}$${next}` : null;
  const beforeNextPlan = nextAnchor ? `IF(${here("planRow")}<ROW(${nextAnchor}),1,0)` : "1";

  const isAction = here("action");
  const status = f.status !== undefined ? here("status") : '""';
  const statusKey = lookupValue(status, escape);
  // A timescale as read, once per date column: the date (a positive serial) when the cell holds one;
  // minus its row in the dates table when it is text the refresh read; "?" for text the table does
  // not know; "" for a blank. The due, "complete" and "not read" columns then look no further.
  const readDate = (column: number): string => {
    const x = at(column);
    const key = `LEFT(TRIM(${x}&""),${LOOKUP_TEXT_LIMIT})`;
    return `IF(${isAction}=1,IF(AND(ISNUMBER(${x}),${x}>=20000,${x}<=80000),INT(${x}),IFERROR(-MATCH(${key},${datesKeys},0),IF(${key}="","","?"))),"")`;
  };
  const dueOf = (read: string): string => `IF(ISNUMBER(${read}),IF(${read}>0,${read},IFERROR(INDEX(${datesDue},-${read})+0,"")),"")`;
  const completeOf = (read: string): string => `IF(ISNUMBER(${read}),IF(${read}<0,INDEX(${datesComplete},-${read})="Yes",FALSE),FALSE)`;
  const targetRead = here("targetRead");
  const revisedRead = here("revisedRead");
  const progressDone = (() => {
    if (context.hasStatus || f.progress === undefined) return "FALSE";
    return progressDoneFormula(at(f.progress));
  })();
  const targetComplete = f.target !== undefined ? completeOf(targetRead) : null;
  const completeByText = targetComplete ? (progressDone === "FALSE" ? targetComplete : `OR(${targetComplete},${progressDone})`) : progressDone;
  const due = rules.date === "original" ? here("originalDue") : here("currentDue");
  const word = here("statusWord");

  const F: Record<SlotColumn, string> = {
    planRow: `ROW(${anchor})+ROW()-${firstSlot - 1}`,
    // Nested IFs rather than AND: IF evaluates only the branch taken, AND every argument.
    inPlan: `IF(${prev("inPlan")}<>1,0,IF(${isTotal},0,${beforeNextPlan}))`,
    filled: filledF,
    section: `IF(${here("inPlan")}<>1,0,IF(${here("filled")}<>1,0,IF(AND(${sectionHasText},LEN(${sectionText})<=250),1,0)))`,
    action: `IF(${here("inPlan")}<>1,0,IF(${here("filled")}=0,0,IF(${here("section")}<>0,0,IF(OR(${isHeader},${isFootnote},${isSubtotal}),0,IF(${evidence},1,0)))))`,
    theme: `IF(${here("section")}=1,${sectionText},${
      themeCell === undefined
        ? prev("theme")
        : `IF(AND(${isAction}=1,${here("themeText")}<>""),${here("themeText")},${themeGaps(analysis) ? `IF(${isAction}=1,"",${prev("theme")})` : prev("theme")})`
    })`,
    themeIndex: analysis.hasThemes
      ? `IF(${isAction}=1,IFERROR(MATCH(IF(${here("theme")}="",${excelString(NO_THEME_KEY)},LEFT(${here("theme")},${LOOKUP_TEXT_LIMIT})),${themeKeys},0),0),"")`
      : `IF(${isAction}=1,1,"")`,
    status: f.status !== undefined ? `IF(${isAction}=1,${textAt(f.status)},"")` : '""',
    statusRow: statusRows.length === 0 ? '""' : `IF(${isAction}=1,IF(${status}="",${blankStatusRow},IF(${word}>0,INDEX(${wordsRows},${word}),0)),"")`,
    state: `IF(${isAction}=1,IF(${completeByText},"Complete",${f.status !== undefined ? `IF(${word}>0,INDEX(${wordsStates},${word}),"Open")` : '"Open"'}),"")`,
    declared: f.status !== undefined ? `IF(${isAction}=1,IF(${word}>0,INDEX(${wordsRags},${word})&"",""),"")` : '""',
    originalDue: f.target !== undefined ? dueOf(targetRead) : '""',
    revisedDue: f.revisedTarget !== undefined ? dueOf(revisedRead) : '""',
    currentDue: `IF(${isAction}=1,IF(ISNUMBER(${here("revisedDue")}),${here("revisedDue")},${here("originalDue")}),"")`,
    rag: `IF(${isAction}=1,${ragFormula(
      {
        complete: `${here("state")}="Complete"`,
        notStarted: `${here("state")}="Not started"`,
        due: f.target !== undefined ? due : null,
        statusSeverity: f.status !== undefined ? severityFromCell(here("declared")) : "0",
        asAt: asAtRef,
      },
      rules,
    )},"")`,
    reason: `IF(${isAction}=1,IF(AND(${here("state")}<>"Complete",ISNUMBER(${due}),${due}<${asAtRef}),1,IF(AND(${here("state")}="Open",OR(${here("declared")}="Amber",${here("declared")}="Amber/Red",${here("declared")}="Red")),2,IF(${here("state")}="Not started",3,0))),0)`,
    mismatch: `IF(AND(${isAction}=1,${here("rag")}="Red",${here("state")}<>"Complete",${here("declared")}<>"",${here("declared")}<>"Red"),1,0)`,
    labelText: textAt(left),
    descriptionText: description === left ? here("labelText") : textAt(description),
    themeText: themeCell === undefined ? '""' : `IF(${isAction}=1,${textAt(themeCell)},"")`,
    statusWord: f.status !== undefined ? `IF(${isAction}=1,IF(${status}="",0,IFERROR(MATCH(${statusKey},${wordsKeys},0),0)),0)` : "0",
    targetRead: f.target !== undefined ? readDate(f.target) : '""',
    revisedRead: f.revisedTarget !== undefined ? readDate(f.revisedTarget) : '""',
    themeStatus: statusRows.length === 0 ? "0" : `IF(${isAction}=1,IFERROR(${here("themeIndex")}*${THEME_KEY_FACTOR}+${here("statusRow")},0),0)`,
    themeRag: `IF(${isAction}=1,IFERROR(${here("themeIndex")}*${THEME_KEY_FACTOR}+MATCH(${here("rag")},{${SCALE_VALUES[rules.scale].map((v) => excelString(v)).join(",")}},0),0),0)`,
  };
  // The first slot has no previous row: its carried values start from the plan's first theme and "in the plan".
  const firstRowF: Partial<Record<SlotColumn, string>> = {
    inPlan: `IF(${isTotal},0,${beforeNextPlan})`,
    theme: F.theme.split(prev("theme")).join(initialTheme),
  };
  const templates = Object.fromEntries(SLOT_COLUMNS.map((c) => [c, rowTemplate(F[c])])) as Record<SlotColumn, (row: number) => string>;
  const firstTemplates = Object.fromEntries(Object.entries(firstRowF).map(([c, source]) => [c, rowTemplate(source)])) as Partial<Record<SlotColumn, (row: number) => string>>;

  // Expected results, from the plan as read (the formulas must agree; the recalculation tests check it).
  const assessmentAt = new Map(analysis.actions.map((a) => [a.action.row, a] as const));
  const themeOf = new Map<ActionAssessment, ThemeEntry>();
  for (const entry of themes) for (const a of entry.actions) themeOf.set(a, entry);
  const serial = (iso: string | null): number | string => (iso === null ? "" : (excelSerialFromIso(iso) as number));
  const reasonOf = (a: ActionAssessment): number => (a.exception === null ? 0 : REASON_CODE[a.exception]);
  const statusRowOf = (a: ActionAssessment): number | string => {
    if (statusRows.length === 0) return "";
    const i = statusRows.findIndex((r) => rowCounts(r, a));
    return i + 1;
  };
  const expectedFor = (c: SlotColumn, a: ActionAssessment | undefined, planRow: number): number | string | undefined => {
    if (c === "planRow") return planRow;
    if (c === "action") return a ? 1 : planRow > lastPlanRow ? 0 : undefined;
    if (!a) {
      if (planRow <= lastPlanRow) return undefined;
      return c === "reason" || c === "mismatch" ? 0 : undefined;
    }
    switch (c) {
      case "theme":
        return themeOf.get(a)?.key === NO_THEME_KEY ? undefined : themeOf.get(a)?.key;
      case "themeIndex":
        return themeOf.get(a)?.index ?? 0;
      case "status":
        return f.status !== undefined ? a.facts.status : "";
      case "statusRow":
        return statusRowOf(a);
      case "state":
        return a.facts.state;
      case "declared":
        return f.status !== undefined ? (a.facts.declared ?? "") : "";
      case "originalDue":
        return f.target !== undefined ? serial(a.facts.originalDue) : "";
      case "revisedDue":
        return f.revisedTarget !== undefined ? serial(a.action.revisedTarget?.due ?? null) : "";
      case "currentDue":
        return serial(f.revisedTarget !== undefined ? a.facts.currentDue : a.facts.originalDue);
      case "rag":
        return a.rag;
      case "reason":
        return reasonOf(a);
      case "mismatch":
        return a.mismatch ? 1 : 0;
      default:
        return undefined;
    }
  };

  SLOT_COLUMNS.forEach((c, i) => b.cell(HEADER_ROW, i + 1, text(SLOT_HEADERS[c], "header")));
  // Each slot column is one formula filled down (a run): the formula is built once, not once per slot.
  const assessments = Array.from({ length: lastSlot - firstSlot + 1 }, (_, i) => assessmentAt.get(headerRow + i + 1));
  SLOT_COLUMNS.forEach((c, i) => {
    const style = c.endsWith("Due") ? "date" : undefined;
    const expected = assessments.map((a, slot) => expectedFor(c, a, headerRow + slot + 1));
    const first = firstTemplates[c];
    if (first) b.cell(firstSlot, i + 1, formula(first(firstSlot), expected[0], style));
    const from = first ? firstSlot + 1 : firstSlot;
    b.formulaRun(i + 1, from, lastSlot, templates[c](from), { ...(style !== undefined ? { style } : {}), expected: first ? expected.slice(1) : expected });
  });

  // ----- Side tables ---------------------------------------------------------------------------
  const sideHeader = (left: number, headers: readonly string[], note: string): void => {
    b.cell(HEADER_ROW - 1, left, text(note, "note"));
    headers.forEach((h, i) => b.cell(HEADER_ROW, left + i, text(h, "header")));
  };
  sideHeader(THEME_TABLE, ["Theme key", "Theme", "Actions", "Committee rows", "First slot", "Order", "Theme at order"], "Themes at the refresh.");
  themes.forEach((entry, i) => {
    const row = firstSlot + i;
    b.row(
      row,
      [
        text(entry.key),
        text(entry.name ?? "No theme"),
        formula(`COUNTIF(${range("themeIndex")},${entry.index})`, entry.actions.length),
        num(entry.rows),
        formula(`IFERROR(MATCH(${entry.index},${range("themeIndex")},0),1E+9)`),
        formula(`COUNTIF(${themeFirst},"<"&$${columnLetters(THEME_TABLE + 4)}${row})+1`, entry.index),
        formula(`IFERROR(MATCH(${i + 1},${themeOrder},0),${i + 1})`, i + 1),
      ],
      { firstColumn: THEME_TABLE },
    );
  });
  sideHeader(WORDS_TABLE, ["Status word", "State", "RAG it stands for", "Summary row"], "Status words, from the settings.");
  wordList.forEach((w, i) => {
    b.row(firstSlot + i, [text(w.word), text(w.state), w.declared === "" ? blank() : text(w.declared), num(w.row)], { firstColumn: WORDS_TABLE });
  });
  sideHeader(DATES_TABLE, ["Timescale as written", "Due", "Complete"], "Dates read from text at the refresh.");
  dateList.forEach((d, i) => {
    b.row(firstSlot + i, [text(d.key), d.due === null ? text("none") : date(d.due, "date"), text(d.complete ? "Yes" : "No")], { firstColumn: DATES_TABLE });
  });
  sideHeader(LISTS_TABLE, ["List", "Items", "Rows given"], "Lists on the other sheets.");
  const listCount: Record<ListKey, string> = {
    overdue: `COUNTIF(${range("reason")},1)`,
    slipped: `COUNTIF(${range("reason")},2)`,
    notStarted: `COUNTIF(${range("reason")},3)`,
    mismatch: `COUNTIF(${range("mismatch")},1)`,
  };
  LIST_KEYS.forEach((key, i) => {
    b.row(firstSlot + i, [text(key), formula(listCount[key], lengths[key]), num(listRows[key])], { firstColumn: LISTS_TABLE });
  });
  const listItems = tableRange(LISTS_TABLE + 1, 1, LIST_KEYS.length);
  const listGiven = tableRange(LISTS_TABLE + 2, 1, LIST_KEYS.length);

  // ----- Out-of-date checks (row 3) and the reason (B2) ---------------------------------------
  const readColumns = [...new Set([left, right, ...Object.values(f), ...Object.values(plan.columns.benefitYears)])];
  const lastSlotPlanRow = `$${L.planRow}$${lastSlot}`;
  const unreadDateColumns: SlotColumn[] = [...(f.target !== undefined ? (["targetRead"] as const) : []), ...(f.revisedTarget !== undefined ? (["revisedRead"] as const) : [])];
  const checks: Array<[string, string]> = [
    [`OR(${readColumns.map((c) => `ISERROR(${S}!$${columnLetters(c)}$${headerRow})`).join(",")})`, "a column the sheets read, or the plan's header row, was deleted."],
    [
      nextAnchor
        ? `ROW(${nextAnchor})-1>${lastSlotPlanRow}`
        : `COUNTA(INDEX(${col(left)},${lastSlotPlanRow}+1):INDEX(${col(right)},${lastSlotPlanRow}+${OVERFLOW_WINDOW}))>0`,
      "the plan grew beyond the rows the sheets follow.",
    ],
    [`COUNTIF(${range("themeIndex")},0)>0`, "an action has a theme that was not in the plan at the last refresh."],
    [`SUMPRODUCT(--(${themeCounts}>${themeGiven}))>0`, "a theme has more actions than the committee sheet has rows for it."],
    [`COUNTIF(${themeCounts},0)>0`, "every action of a theme was removed."],
    [`COUNTIF(${range("statusRow")},0)>0`, "a status was typed that the summary has no row for."],
    // A timescale read as "?" is text the dates table does not know; "?" is the only one-character text
    // those columns hold, so the wildcard and the literal reading of "?" count the same cells.
    [
      unreadDateColumns.length === 0 ? "FALSE" : `${unreadDateColumns.map((c) => `COUNTIF(${range(c)},"?")`).join("+")}>0`,
      "a date was typed as text that has not been read yet.",
    ],
    [`SUMPRODUCT(--(${listItems}>${listGiven}))>0`, "a list of exceptions has more actions than rows."],
  ];
  b.row(2, [text("Out of date because:", "header"), formula(checks.reduceRight((rest, [, message], i) => `IF(IFERROR(${`$${columnLetters(i + 3)}$3`},TRUE),${excelString(message)},${rest})`, '""'), "")]);
  // TRUE/FALSE has no `expected` form in a spec, so the checks are left uncached.
  b.row(3, [text("Checks:", "note"), blank(), ...checks.map(([test]) => formula(`IFERROR(${test},TRUE)`))]);
  b.cell(2, 4, text("This hidden sheet is how the generated sheets follow the plan live. Refresh the summary to rebuild it.", "note"));

  const spec = b.build();
  const reasonCell = `${H}!$B$2`;
  return {
    spec,
    analysis,
    sheetName,
    firstSlotRow: firstSlot,
    lastSlotRow: lastSlot,
    themes,
    statusRows,
    listRows,
    range: (c) => `${H}!${range(c)}`,
    wholeColumn: (c) => `${H}!$${L[c]}:$${L[c]}`,
    themeAtOrder: (n) => `${H}!$${columnLetters(THEME_TABLE + 6)}$${firstSlot + n - 1}`,
    themeNameAtOrder: (n) => `INDEX(${H}!$${columnLetters(THEME_TABLE + 1)}$${firstSlot}:$${columnLetters(THEME_TABLE + 1)}$${firstSlot + Math.max(themes.length, 1) - 1},${H}!$${columnLetters(THEME_TABLE + 6)}$${firstSlot + n - 1})`,
    themeCountRange: `${H}!${themeCounts}`,
    reasonCell,
    banner: () => `IFERROR(IF(${reasonCell}="","",${excelString(`${OUT_OF_DATE_PREFIX}: `)}&${reasonCell}&" Refresh the summary."),${excelString(`${OUT_OF_DATE_PREFIX}: the plan changed shape. Refresh the summary.`)})`,
    planColumn: col,
    datesTable: `${H}!${datesTable}`,
    datesKeys: `${H}!${datesKeys}`,
    trimmedColumns: new Map<number, SlotColumn>([
      [description, "descriptionText"],
      [left, "labelText"],
    ]),
  };
}
