/**
 * How one action of the officer's plan appears in a generated table: its columns, and a cell for
 * each. Text is copied as text cells — literally, so "- awaiting CLT sign-off" and "=see 2.4 above"
 * stay what they say (SheetSpec's TextCell is never read as a formula). Dates that are real dates in
 * the plan, and the status, are live formulas over the officer's cell, so the table follows edits.
 */
import { columnLetters, quoteSheetName } from "../grid/Address.js";
import type { CellValue } from "../grid/Cell.js";
import { cellAt, type SheetGrid } from "../grid/SheetGrid.js";
import { cellText } from "../parse/cleanText.js";
import { isoFromDate, isoFromExcelSerial } from "../parse/dates.js";
import type { FieldKey, Plan, PlanAction, SourceCell } from "../plan/Plan.js";
import { blank, formula, isoDateToSerial, text, type CellSpec } from "../sheets/SheetSpec.js";
import type { ActionAssessment } from "./planAnalysis.js";
import { STYLE } from "./sheetStyles.js";

export type ColumnKind = "ref" | "action" | "stage" | "serviceArea" | "lead" | "original" | "revised" | "status" | "rag" | "progress";

export interface PrintedColumn {
  readonly kind: ColumnKind;
  readonly header: string;
  /** Excel character units. */
  readonly width: number;
}

const DEFAULT_HEADERS: Readonly<Record<ColumnKind, string>> = {
  ref: "Ref",
  action: "Action",
  stage: "Stage",
  serviceArea: "Service area",
  lead: "Lead",
  original: "Original target date",
  revised: "Revised date",
  status: "Status",
  rag: "RAG",
  progress: "Commentary",
};

const WIDTHS: Readonly<Record<ColumnKind, number>> = {
  ref: 7,
  action: 42,
  stage: 14,
  serviceArea: 18,
  lead: 17,
  original: 11.5,
  revised: 11.5,
  status: 12,
  rag: 9,
  progress: 50,
};

const FIELD_OF: Partial<Record<ColumnKind, FieldKey>> = {
  ref: "ref",
  stage: "stage",
  serviceArea: "serviceArea",
  lead: "lead",
  original: "target",
  revised: "revisedTarget",
  status: "status",
  progress: "progress",
};

/** The plan column a printed column shows (the description's for "action"); undefined when the plan has none. */
export function columnOf(plan: Plan, kind: ColumnKind): number | undefined {
  const field = kind === "action" ? descriptionField(plan) : FIELD_OF[kind];
  return field === undefined ? undefined : plan.columns.fields[field];
}

/** The field holding an action's description: the action, else the outcome or recommendation. */
export function descriptionField(plan: Plan): FieldKey | undefined {
  return (["action", "outcome", "recommendation"] as const).find((field) => plan.columns.fields[field] !== undefined);
}

/** The officer's own heading for a column (first line, at most 40 characters), or our default. */
function headerFor(plan: Plan, sheet: SheetGrid | undefined, kind: ColumnKind): string {
  const column = columnOf(plan, kind);
  const headerRow = plan.headerRows[0];
  if (column === undefined || headerRow === undefined || !sheet) return DEFAULT_HEADERS[kind];
  const written = cellText(cellAt(sheet, headerRow, column)?.value ?? null).text.split("\n")[0]?.trim() ?? "";
  return written === "" ? DEFAULT_HEADERS[kind] : written.length > 40 ? `${written.slice(0, 39)}…` : written;
}

/** The committee table's columns for a plan: only those the plan has, plus RAG. */
export function committeeColumns(plan: Plan, sheet: SheetGrid | undefined): PrintedColumn[] {
  const has = (field: FieldKey): boolean => plan.columns.fields[field] !== undefined;
  const kinds: ColumnKind[] = [];
  // Only a ref column the plan has: a ref read from the start of the text cannot be read live (the text shows it anyway).
  if (has("ref")) kinds.push("ref");
  kinds.push("action");
  if (has("stage")) kinds.push("stage");
  if (has("serviceArea")) kinds.push("serviceArea");
  if (has("lead")) kinds.push("lead");
  if (has("target")) kinds.push("original");
  if (has("revisedTarget")) kinds.push("revised");
  if (has("status")) kinds.push("status");
  kinds.push("rag");
  if (has("progress")) kinds.push("progress");
  const widen = has("progress") ? 0 : 12;
  return kinds.map((kind) => ({
    kind,
    header: kind === "rag" ? DEFAULT_HEADERS.rag : headerFor(plan, sheet, kind),
    width: WIDTHS[kind] + (kind === "action" ? widen : 0),
  }));
}

/** The exceptions list has the same columns for every plan (seed 002 §4.8); missing fields stay blank. */
export const EXCEPTION_COLUMNS: readonly PrintedColumn[] = (["ref", "action", "lead", "original", "revised", "status", "rag", "progress"] as const).map(
  (kind) => ({ kind, header: DEFAULT_HEADERS[kind], width: WIDTHS[kind] - (kind === "progress" ? 4 : 0) }),
);

/** Absolute reference to a cell of the plan: `'CIP monitoring'!$E$4`. */
export function planCellRef(plan: Plan, row: number, column: number): string {
  return `${quoteSheetName(plan.sheet)}!$${columnLetters(column)}$${row}`;
}

/**
 * Text as the officer wrote it. Cells holding HTML are shown cleaned (a committee should not read
 * `<p>`); anything else exactly as typed, including a leading "- ", "=", "+" or "@".
 */
export function displayText(source: SourceCell | undefined): string {
  if (!source) return "";
  if (typeof source.raw === "string") return source.hadHtml ? source.text : source.raw;
  return source.text;
}

/** Excel serial numbers the plan reader takes as dates (see parseTimescale). */
const MIN_DATE_SERIAL = 20000;
const MAX_DATE_SERIAL = 80000;

/** The cell holds a real date now (a date, or a number the plan reader reads as one). */
export function holdsDate(raw: CellValue | undefined): boolean {
  if (raw instanceof Date) return isoFromDate(raw) !== null;
  return typeof raw === "number" && raw >= MIN_DATE_SERIAL && raw <= MAX_DATE_SERIAL && isoFromExcelSerial(raw) !== null;
}

/**
 * Whether a formula may read this cell with `ISNUMBER(cell)`: yes for a real date, text or a blank
 * (ISNUMBER is false now, and a date typed later is picked up); no for another number — the plan
 * reader reads 2024 as the year, Excel would read it as a day in 1905.
 */
export function canReadLive(raw: CellValue | undefined): boolean {
  return typeof raw !== "number" || holdsDate(raw);
}

/** The serial Excel holds for a date cell (with any time of day). */
export function serialOf(raw: CellValue | undefined): number {
  if (typeof raw === "number") return raw;
  if (raw instanceof Date) {
    const iso = isoFromDate(raw) as string;
    return isoDateToSerial(iso) + (raw.getTime() - Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))) / 86_400_000;
  }
  return 0;
}

/** A date column as the officer wrote it: live when it is a real date, else the words ("Dec 2018", "Ongoing"). */
export function dateDisplayCell(plan: Plan, source: SourceCell | undefined): CellSpec {
  if (!source) return blank(STYLE.text);
  if (holdsDate(source.raw)) {
    const ref = planCellRef(plan, source.row, source.column);
    return formula(`IF(ISNUMBER(${ref}),${ref},${ref}&"")`, serialOf(source.raw), STYLE.date);
  }
  return text(displayText(source), STYLE.text);
}

/** The status, live: `TRIM(plan cell)`. A cell holding an error value is copied as text instead. */
export function statusDisplayCell(plan: Plan, action: PlanAction, assessment: ActionAssessment): CellSpec {
  const column = plan.columns.fields.status as number;
  const source = action.cells.status;
  if (source && typeof source.raw === "object" && source.raw !== null && !(source.raw instanceof Date)) {
    return text(source.text, STYLE.text);
  }
  return formula(`TRIM(${planCellRef(plan, action.row, column)})`, assessment.facts.status, STYLE.text);
}

/** The plan cell behind a column of an action. */
export function sourceFor(plan: Plan, action: PlanAction, kind: ColumnKind): SourceCell | undefined {
  if (kind === "action") {
    const field = descriptionField(plan);
    return field === undefined ? undefined : action.cells[field];
  }
  const field = FIELD_OF[kind];
  return field === undefined ? undefined : action.cells[field];
}

/** A text column's cell: ref, action, stage, service area, lead, commentary. */
export function textCell(plan: Plan, action: PlanAction, kind: ColumnKind): CellSpec {
  if (kind === "ref") return text(action.ref ?? "", STYLE.text);
  return text(displayText(sourceFor(plan, action, kind)), STYLE.text);
}
