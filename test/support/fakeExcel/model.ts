import type { FakeChartModel } from "./charts.js";
/**
 * The fake's workbook: plain in-memory sheets and cells, with Excel's data-entry rules.
 *
 * The rule that matters most: a string written through `range.values` or `range.formulas` is
 * parsed as if typed — "=…" becomes a formula, "+44" a number, "- awaiting sign-off" a formula
 * (which fails with #NAME?), "1.10" the number 1.1, "TRUE" a logical — unless the cell's number
 * format is Text ("@"). A leading apostrophe is Excel's "store as text" prefix and is dropped.
 * A writer that forgets to set "@" before the value gets formulas here, as it would in Excel.
 */
import type { CellRange } from "../../../src/core/grid/Address.js";

export type FakeValue = string | number | boolean | null;

export interface FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FakeCellFormat {
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  indentLevel?: number;
  /** By side of the cell: "top", "bottom", "left", "right" (Excel's edge and inside borders, resolved per cell). */
  borders?: Record<string, FakeBorder>;
}

export interface FakeCell {
  /** The value shown; for a formula, its calculated value when known (the fake does not calculate). */
  value: FakeValue;
  /** With its leading "=". */
  formula?: string;
  /** The value is an error such as "#N/A". */
  error?: boolean;
  /** Typed with the apostrophe prefix. */
  quotePrefix?: boolean;
  numberFormat: string;
  format: FakeCellFormat;
}

export interface FakeConditionalFormat {
  range: CellRange;
  type: "CellValue" | "Custom";
  /** CellValue: { formula1, operator }; Custom: { formula }. */
  rule: Record<string, unknown>;
  format: { bold?: boolean; italic?: boolean; fontColor?: string; fill?: string };
  priority: number;
}

export interface FakeValidation {
  range: CellRange;
  rule?: unknown;
  ignoreBlanks?: boolean;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface FakePageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  printArea?: string;
  topMargin?: number;
  bottomMargin?: number;
  leftMargin?: number;
  rightMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  centerHorizontally?: boolean;
  printGridlines?: boolean;
  headersFooters: Record<string, string>;
}

export interface FakeTable {
  name: string;
  range: CellRange;
  style?: string;
  showBandedRows?: boolean;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel's standard column width (8.43 characters) in points, and standard row height. */
export const STANDARD_WIDTH_POINTS = 48;
export const STANDARD_HEIGHT_POINTS = 15;

export function cellKey(row: number, column: number): number {
  return row * (MAX_COLUMNS + 1) + column;
}

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{fake-sheet-${nextSheetId++}}`;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  protected = false;
  readonly cells = new Map<number, FakeCell>();
  merges: CellRange[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly columnHidden = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly rowHidden = new Set<number>();
  freeze: { rows: number; columns: number } | undefined;
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChartModel[] = [];
  validations: FakeValidation[] = [];
  pageLayout: FakePageLayout = { headersFooters: {} };
  tables: FakeTable[] = [];

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** The cell, created empty if needed. */
  touch(row: number, column: number): FakeCell {
    const key = cellKey(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: "General", format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Row and column of every stored cell. */
  *entries(): Generator<{ row: number; column: number; cell: FakeCell }> {
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / (MAX_COLUMNS + 1));
      yield { row, column: key - row * (MAX_COLUMNS + 1), cell };
    }
  }

  hasContent(cell: FakeCell): boolean {
    return cell.formula !== undefined || (cell.value !== null && cell.value !== "");
  }

  hasFormatting(cell: FakeCell): boolean {
    return cell.numberFormat !== "General" || Object.keys(cell.format).length > 0;
  }

  /** Excel's used range: cells with values (valuesOnly) or with anything; A1 on an empty sheet. */
  usedRange(valuesOnly: boolean): CellRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    const include = (r: CellRange): void => {
      top = Math.min(top, r.top);
      left = Math.min(left, r.left);
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
    };
    for (const { row, column, cell } of this.entries()) {
      if (this.hasContent(cell) || (!valuesOnly && this.hasFormatting(cell))) include({ top: row, left: column, bottom: row, right: column });
    }
    if (!valuesOnly) for (const m of this.merges) include(m);
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }

  isMergedAway(row: number, column: number): boolean {
    return this.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right && !(m.top === row && m.left === column));
  }
}

export class FakeWorkbookModel {
  readonly sheets: FakeSheet[] = [];
  /** Workbook-scoped defined names ("named ranges"). */
  readonly names: string[] = [];
  /** The sheet the officer sees, set by `Worksheet.activate()` and `Range.select()`. */
  activeSheet: FakeSheet | null = null;
  /** The selected range, set by `Range.select()`. */
  selection: { readonly sheet: string; readonly address: string } | null = null;
  /** Review > Protect Workbook (structure): no sheet may be added, deleted, renamed, hidden or unhidden. */
  structureProtected = false;
  /** The workbook counts dates from 1 January 1904 (Excel for Mac's old default): serial 0 is 1904-01-01. */
  date1904 = false;

  sheet(name: string): FakeSheet | undefined {
    const upper = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === upper);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

// ---------------------------------------------------------------------------------------------
// Data entry, as Excel does it
// ---------------------------------------------------------------------------------------------

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;
const PERCENT = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;
/** d/m, d/m/yy, d/m/yyyy — Excel (en-GB) turns these into dates. */
const DAY_MONTH = /^\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\s*$/;

function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** What Excel stores when `input` is typed into a cell with number format `numberFormat`. */
export function parseEntry(input: string | number | boolean, numberFormat: string): { value: FakeValue; formula?: string; quotePrefix?: boolean; numberFormat?: string } {
  if (typeof input !== "string") return { value: input };
  if (input === "") return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  if (NUMBER.test(input)) return { value: Number(input) };
  if (input.startsWith("+") || input.startsWith("-")) return { value: null, formula: `=${input}` };
  // Lotus-style: "@SUM(A1:A3)" is taken as a function entry.
  if (input.startsWith("@") && input.length > 1) return { value: null, formula: `=${input.slice(1)}` };
  if (PERCENT.test(input)) return { value: Number(input.replace("%", "")) / 100, numberFormat: numberFormat === "General" ? "0%" : numberFormat };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toUpperCase() === "TRUE" };
  const dm = DAY_MONTH.exec(input);
  if (dm) {
    const day = Number(dm[1]);
    const month = Number(dm[2]);
    const year = dm[3] === undefined ? 2026 : dm[3].length === 2 ? 2000 + Number(dm[3]) : Number(dm[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { value: dateSerial(year, month, day), numberFormat: numberFormat === "General" ? "dd/mm/yyyy" : numberFormat };
    }
  }
  return { value: input };
}

/** Types a value into a cell: Office's `values`/`formulas` setters. null leaves the cell alone. */
export function enterValue(sheet: FakeSheet, row: number, column: number, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input !== "string" && typeof input !== "number" && typeof input !== "boolean") {
    throw new Error(`fake Excel: cannot store ${typeof input} in a cell`);
  }
  const cell = sheet.touch(row, column);
  const entry = parseEntry(input, cell.numberFormat);
  cell.value = entry.value;
  if (entry.formula !== undefined) {
    cell.formula = entry.formula;
    // The fake does not calculate: a new formula has no value until something sets one.
    cell.value = null;
    cell.error = false;
  } else {
    delete cell.formula;
    cell.error = false;
  }
  if (entry.quotePrefix) cell.quotePrefix = true;
  else delete cell.quotePrefix;
  if (entry.numberFormat !== undefined) cell.numberFormat = entry.numberFormat;
}

/** `range.numberFormat = …` for one cell: "" resets to General, null leaves it. */
export function enterNumberFormat(sheet: FakeSheet, row: number, column: number, format: unknown): void {
  if (format === null || format === undefined) return;
  if (typeof format !== "string") throw new Error("fake Excel: a number format must be a string");
  sheet.touch(row, column).numberFormat = format === "" ? "General" : format;
}

// ---------------------------------------------------------------------------------------------
// Reading, as Office.js returns it
// ---------------------------------------------------------------------------------------------

export function readValue(sheet: FakeSheet, row: number, column: number): string | number | boolean {
  const cell = sheet.cell(row, column);
  if (!cell || cell.value === null) return "";
  return cell.value;
}

export function readFormula(sheet: FakeSheet, row: number, column: number): string | number | boolean {
  const cell = sheet.cell(row, column);
  if (cell?.formula !== undefined) return cell.formula;
  return readValue(sheet, row, column);
}

export function readNumberFormat(sheet: FakeSheet, row: number, column: number): string {
  return sheet.cell(row, column)?.numberFormat ?? "General";
}

export function readValueType(sheet: FakeSheet, row: number, column: number): string {
  const cell = sheet.cell(row, column);
  if (!cell || cell.value === null || cell.value === "") return cell?.formula !== undefined && cell.value === "" ? "String" : "Empty";
  if (cell.error) return "Error";
  switch (typeof cell.value) {
    case "number":
      return "Double";
    case "boolean":
      return "Boolean";
    default:
      return "String";
  }
}
