/**
 * Cells of a generated table that show one action of the plan, live. A table row finds its action
 * once — a slot position in the plan-rows sheet, in a working cell — and every printed cell of the
 * row reads from the plan row of that one slot, so a row can never show one action's words beside
 * another's dates. Every formula is wrapped in IFERROR: when the plan has changed beyond what the
 * sheet can follow, the cell is blank and the sheet's banner says it is out of date.
 */
import { columnLetters } from "../grid/Address.js";
import type { CellValue } from "../grid/Cell.js";
import { excelSerialFromIso, isoFromDate, isoFromExcelSerial } from "../parse/dates.js";
import type { PlanAction } from "../plan/Plan.js";
import { excelString, excelTrim } from "../rag/excelText.js";
import { blank, formula, text, type CellSpec, type SheetSpecBuilder } from "../sheets/SheetSpec.js";
import { columnOf, sourceFor, type ColumnKind } from "../refresh/actionCells.js";
import { dataHeaderRow } from "../plan/dataHeaderRow.js";
import type { ActionAssessment } from "../refresh/planAnalysis.js";
import { STYLE } from "../refresh/sheetStyles.js";
import type { PlanRows, SlotColumn } from "./planRows.js";

/** The working cells of one table row: the slot position (1-based in the slot range) and the plan row. */
export interface RowLink {
  /** e.g. `$M5`. */
  readonly position: string;
  /** e.g. `$N5`. */
  readonly planRow: string;
}

/** Two working cells on `row` of the table, in columns `positionColumn` and the one after it. */
export function rowLink(positionColumn: number, row: number): RowLink {
  return { position: `$${columnLetters(positionColumn)}${row}`, planRow: `$${columnLetters(positionColumn + 1)}${row}` };
}

/**
 * The two working cells of a table row ({@link rowLink}), to write from the link's position column:
 * the slot `findSlot` finds, and that slot's plan row. Expected: the action's at the refresh, blank
 * for a spare row.
 */
export function rowLinkCells(rows: PlanRows, link: RowLink, findSlot: string, action: PlanAction | null): CellSpec[] {
  return [formula(findSlot, slotPositionOf(rows, action), STYLE.working), formula(planRowFormula(rows, link), planRowOf(action), STYLE.working)];
}

/** What a row's slot cell shows: the action's slot position at the refresh, blank for a spare row. */
function slotPositionOf(rows: PlanRows, action: PlanAction | null): number | string {
  return action ? action.row - dataHeaderRow(rows.analysis.plan) : "";
}

/** What a row's plan-row cell shows: the action's plan row at the refresh, blank for a spare row. */
function planRowOf(action: PlanAction | null): number | string {
  return action ? action.row : "";
}

/**
 * A printed column of a live table, apart from any one row: the formula for a row (by its link; null
 * for a column the plan does not have, printed blank) and what an action shows in it. Split so a table
 * can write a column as one formula filled down ({@link liveTableRows}) and still know every row's value.
 */
export interface LiveColumn {
  readonly formula: string | null;
  readonly style: string;
  expected(assessment: ActionAssessment | null): number | string;
}

/** A printed column by kind: dates, status and RAG by kind, the other columns as text. */
export function livePrintedColumn(rows: PlanRows, link: RowLink, kind: ColumnKind): LiveColumn {
  const plan = rows.analysis.plan;
  switch (kind) {
    case "original":
    case "revised": {
      const column = kind === "original" ? plan.columns.fields.target : plan.columns.fields.revisedTarget;
      const rawOf = (a: ActionAssessment | null): CellValue | undefined => (kind === "original" ? a?.action.cells.target?.raw : a?.action.cells.revisedTarget?.raw);
      if (column === undefined) return BLANK_COLUMN;
      return { formula: liveDateFormula(rows, link, column), style: STYLE.text, expected: (a) => liveDateExpected(rows, column, rawOf(a), a !== null) };
    }
    case "status": {
      const column = plan.columns.fields.status;
      if (column === undefined) return BLANK_COLUMN;
      return { formula: liveStatusFormula(rows, link), style: STYLE.text, expected: (a) => a?.facts.status ?? "" };
    }
    case "rag":
      return { formula: slotValueFormula(rows, link, "rag"), style: STYLE.rag, expected: (a) => a?.rag ?? "" };
    default: {
      const column = columnOf(plan, kind);
      if (column === undefined) return BLANK_COLUMN;
      return { formula: liveTextFormula(rows, link, column, kind), style: STYLE.text, expected: (a) => liveTextExpected(rows, column, kind, a?.action ?? null) };
    }
  }
}

const BLANK_COLUMN: LiveColumn = { formula: null, style: STYLE.text, expected: () => "" };

/** What a live table writes from row `firstRow` down, one row per entry of `assessments` (null: a spare row). */
export interface LiveTableRows {
  readonly firstRow: number;
  /** The printed columns from column A, left to right (undefined: a column left alone). */
  readonly columns: ReadonlyArray<((link: RowLink) => LiveColumn) | undefined>;
  /** The first working column ({@link rowLink}). */
  readonly linkColumn: number;
  /** How a row finds its slot: `previous` is the row above's position cell, null in the first row. */
  readonly findSlot: (previous: string | null) => string;
  readonly assessments: ReadonlyArray<ActionAssessment | null>;
}

/**
 * The rows of a live table, each column one formula filled down: the printed columns and the plan-row
 * working column from the first row, the slot column from the second (the first finds the first slot).
 * The same formulas, row by row, as {@link rowLinkCells} and the printed columns' own would write cell by cell.
 */
export function liveTableRows(b: SheetSpecBuilder, rows: PlanRows, table: LiveTableRows): void {
  const n = table.assessments.length;
  if (n === 0) return;
  const { firstRow, linkColumn, assessments } = table;
  const lastRow = firstRow + n - 1;
  const first = rowLink(linkColumn, firstRow);
  table.columns.forEach((columnAt, i) => {
    if (!columnAt) return;
    const column = columnAt(first);
    if (column.formula === null) {
      for (let row = firstRow; row <= lastRow; row++) b.cell(row, i + 1, blank(column.style));
      return;
    }
    b.formulaRun(i + 1, firstRow, lastRow, column.formula, { style: column.style, expected: assessments.map((a) => column.expected(a)) });
  });
  const positions = assessments.map((a) => slotPositionOf(rows, a?.action ?? null));
  b.cell(firstRow, linkColumn, formula(table.findSlot(null), positions[0], STYLE.working));
  b.formulaRun(linkColumn, firstRow + 1, lastRow, table.findSlot(first.position), { style: STYLE.working, expected: positions.slice(1) });
  b.formulaRun(linkColumn + 1, firstRow, lastRow, planRowFormula(rows, first), { style: STYLE.working, expected: assessments.map((a) => planRowOf(a?.action ?? null)) });
}

/**
 * The position of the next slot after `previous` (a cell, or null for the first) whose `column` equals
 * `value`, or "". One MATCH over the rest of the slots: `INDEX(…):INDEX(…)` so its length does not
 * depend on the plan.
 */
export function nextSlotFormula(rows: PlanRows, column: SlotColumn, value: number, previous: string | null): string {
  const slots = rows.lastSlotRow - rows.firstSlotRow + 1;
  if (previous === null) return `IFERROR(MATCH(${value},${rows.range(column)},0),"")`;
  const whole = rows.wholeColumn(column);
  return `IF(OR(${previous}="",N(${previous})>=${slots}),"",IFERROR(${previous}+MATCH(${value},INDEX(${whole},${rows.firstSlotRow}+${previous}):INDEX(${whole},${rows.lastSlotRow}),0),""))`;
}

export function planRowFormula(rows: PlanRows, link: RowLink): string {
  return `IF(${link.position}="","",INDEX(${rows.wholeColumn("planRow")},${rows.firstSlotRow - 1}+${link.position}))`;
}

/** A slot value of the row's action (its RAG, state…). */
export function slotValueFormula(rows: PlanRows, link: RowLink, column: SlotColumn): string {
  return `IFERROR(IF(${link.position}="","",INDEX(${rows.wholeColumn(column)},${rows.firstSlotRow - 1}+${link.position})),"")`;
}

/** What `INDEX(cell)&""` gives for a raw value. */
function shownText(raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw;
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date) {
    const iso = isoFromDate(raw);
    return iso === null ? "" : String(excelSerialFromIso(iso));
  }
  return "";
}

/**
 * A text column of the action, live: `INDEX('Plan'!$C:$C, plan row) & ""` — always text, whatever the
 * cell holds. A ref loses a trailing "." or ")", as the plan reader reads it.
 */
export function liveTextCell(rows: PlanRows, link: RowLink, column: number | undefined, kind: ColumnKind, action: PlanAction | null): CellSpec {
  if (column === undefined) return blank(STYLE.text);
  return formula(liveTextFormula(rows, link, column, kind), liveTextExpected(rows, column, kind, action), STYLE.text);
}

function liveTextFormula(rows: PlanRows, link: RowLink, column: number, kind: ColumnKind): string {
  const value = `INDEX(${rows.planColumn(column)},${link.planRow})&""`;
  // The cell's text as its slot already read and trimmed it, when the slots read this column: string
  // functions are most of the recalculation, so the printed row reuses it rather than trimming again.
  const slot = rows.trimmedColumns.get(column);
  const trimmed = slot === undefined ? `TRIM(${value})` : `INDEX(${rows.wholeColumn(slot)},${rows.firstSlotRow - 1}+${link.position})`;
  let source = columnHasHtml(rows, column) ? withoutTagsFormula(value, trimmed) : value;
  if (kind === "ref") {
    const x = trimmed;
    source = `IF(OR(RIGHT(${x},1)=".",RIGHT(${x},1)=")"),TRIM(LEFT(${x},LEN(${x})-1)),${x})`;
  }
  return `IFERROR(IF(${link.planRow}="","",${source}),"")`;
}

function liveTextExpected(rows: PlanRows, column: number, kind: ColumnKind, action: PlanAction | null): string {
  const raw = action ? shownText(sourceFor(rows.analysis.plan, action, kind)?.raw) : "";
  let expected = columnHasHtml(rows, column) ? withoutTags(raw) : raw;
  if (kind === "ref") {
    expected = excelTrim(expected);
    if (/[.)]$/.test(expected)) expected = excelTrim(expected.slice(0, -1));
  }
  // A grid value longer than a cell can hold (never in a real workbook) is expected as text() cuts it.
  return text(expected).text;
}

/**
 * The tags and entities pasted from web pages that seed 000 is full of (`<p>`, `<i>`, `&amp;`), removed
 * by SUBSTITUTE so a committee never reads markup. A fixed list — a formula cannot run a regular
 * expression — used only for plans that had markup at the refresh.
 */
const TAGS: ReadonlyArray<readonly [string, string]> = [
  ["<p>", ""],
  ["</p>", " "],
  ["<i>", ""],
  ["</i>", ""],
  ["<b>", ""],
  ["</b>", ""],
  ["<br>", " "],
  ["<br/>", " "],
  ["<br />", " "],
  ["&nbsp;", " "],
  ["&amp;", "&"],
];

const htmlColumns = new WeakMap<PlanRows, ReadonlySet<number>>();

/**
 * Whether any action had markup in this column at the refresh. Per column, not per plan: in seed 000
 * the markup is in the descriptions, and stripping it from every ref, lead and date cell of a large
 * plan made a third of the committee's recalculation (docs/LIVE-SHEETS.md "Recalculation").
 */
function columnHasHtml(rows: PlanRows, column: number): boolean {
  let columns = htmlColumns.get(rows);
  if (!columns) {
    const found = new Set<number>();
    for (const a of rows.analysis.plan.actions) for (const cell of Object.values(a.cells)) if (cell?.hadHtml === true) found.add(cell.column);
    columns = found;
    htmlColumns.set(rows, columns);
  }
  return columns.has(column);
}

/**
 * Every tag and entity starts with "<" or "&": text with neither skips the eleven SUBSTITUTEs (which
 * would change nothing), so a plan with a few pasted notes does not pay for them on every row.
 */
function withoutTagsFormula(value: string, trimmed = `TRIM(${value})`): string {
  const stripped = `TRIM(${TAGS.reduce((inner, [tag, by]) => `SUBSTITUTE(${inner},${excelString(tag)},${excelString(by)})`, value)})`;
  // TRIM removes only spaces, so the trimmed text has a "<" or "&" exactly when the cell has.
  return `IF(OR(ISNUMBER(FIND("<",${trimmed})),ISNUMBER(FIND("&",${trimmed}))),${stripped},${trimmed})`;
}

/** What {@link withoutTagsFormula} gives (SUBSTITUTE is case-sensitive, as `split` is). */
export function withoutTags(value: string): string {
  // As the formula: text with neither "<" nor "&" only needs TRIM.
  if (!value.includes("<") && !value.includes("&")) return excelTrim(value);
  return excelTrim(TAGS.reduce((inner, [tag, by]) => inner.split(tag).join(by), value));
}


/**
 * A date column, live: a date as "dd/mm/yyyy", else the words as written ("Dec 2018", "Ongoing").
 * Written as text built from DAY/MONTH/YEAR rather than TEXT(…, "dd/mm/yyyy"), whose format codes
 * depend on Excel's language; and always text, so the column never mixes dates and words.
 */
function liveDateFormula(rows: PlanRows, link: RowLink, column: number): string {
  const x = `INDEX(${rows.planColumn(column)},${link.planRow})`;
  const asText = `RIGHT("0"&DAY(${x}),2)&"/"&RIGHT("0"&MONTH(${x}),2)&"/"&YEAR(${x})`;
  const words = columnHasHtml(rows, column) ? withoutTagsFormula(`${x}&""`) : `${x}&""`;
  return `IFERROR(IF(${link.planRow}="","",IF(ISNUMBER(${x}),${asText},${words})),"")`;
}

function liveDateExpected(rows: PlanRows, column: number, raw: CellValue | undefined, present: boolean): string {
  if (!present) return "";
  const serial = typeof raw === "number" ? raw : raw instanceof Date ? excelSerialFromIso(isoFromDate(raw) as string) : null;
  const iso = serial === null ? null : isoFromExcelSerial(Math.floor(serial));
  const expected = iso !== null && typeof raw !== "string" ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : shownText(raw);
  return columnHasHtml(rows, column) && typeof raw === "string" ? withoutTags(expected) : expected;
}

/** The status, live and trimmed. */
export function liveStatusCell(rows: PlanRows, link: RowLink, column: number | undefined, assessment: ActionAssessment | null): CellSpec {
  if (column === undefined) return blank(STYLE.text);
  return formula(liveStatusFormula(rows, link), assessment?.facts.status ?? "", STYLE.text);
}

/**
 * The status of the row's action: its slot's status, the plan cell read and trimmed once there. A
 * printed row only ever points at an action's slot, whose status column holds exactly that.
 */
function liveStatusFormula(rows: PlanRows, link: RowLink): string {
  return slotValueFormula(rows, link, "status");
}

/** A heading with a live count: `"Overdue (" & COUNTIF(…) & ")"`. */
export function countedHeading(prefix: string, count: string, expected: number, style: string): CellSpec {
  return formula(`${excelString(`${prefix} (`)}&IFERROR(${count},"?")&")"`, `${prefix} (${expected})`, style);
}
