/**
 * The core's view of a spreadsheet cell: plain data, no Office or ExcelJS types,
 * so the same domain code runs behind the command line and inside Excel.
 */

/** An Excel error value such as `#REF!` or `#N/A`, kept distinct from text that merely looks like one. */
export interface CellErrorValue {
  readonly error: string;
}

/**
 * What a cell shows. Dates are JavaScript `Date`s whose UTC fields hold the calendar date
 * (ExcelJS's convention); adapters that see serial numbers convert them.
 */
export type CellValue = string | number | boolean | Date | CellErrorValue | null;

export interface Cell {
  /** The value shown; for a formula, its last calculated result (may be null if never calculated). */
  readonly value: CellValue;
  /** The formula without its leading `=`, when the cell holds one. */
  readonly formula?: string;
  /** The number format, when it is not General. */
  readonly numFmt?: string;
  /**
   * The cell's solid fill colour as six upper-case hex digits (`FF0000`), when it has one.
   * Theme and indexed colours are resolved to RGB by the adapter. Some councils keep RAG only
   * as a fill colour, so the reader needs it.
   */
  readonly fill?: string;
}

export function isErrorValue(value: CellValue): value is CellErrorValue {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
