/**
 * What Excel's text functions make of a cell, so the core can predict the result of the formulas it
 * writes (the `expected` value of a formula cell) instead of trusting its own, more forgiving reading.
 */
import { isErrorValue, type CellValue } from "../grid/Cell.js";
import { excelSerialFromIso, isoFromDate } from "../parse/dates.js";

/** Excel's TRIM: spaces (only U+0020) removed at both ends and runs inside collapsed to one. LibreOffice agrees. */
export function excelTrim(text: string): string {
  // Most text has no space at either end and none doubled: return it without two regex passes.
  if (text === "" || (text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !text.includes("  "))) return text;
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/**
 * The text `TRIM(cell)` returns, or null when the cell holds an error value (TRIM passes the error on).
 * A blank cell gives "".
 */
export function trimmedCellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return excelTrim(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const iso = isoFromDate(value);
    const serial = iso === null ? null : excelSerialFromIso(iso);
    return serial === null ? "" : String(serial);
  }
  if (isErrorValue(value)) return null;
  return "";
}

/** Excel refuses a formula holding a string constant longer than this. */
export const EXCEL_FORMULA_STRING_LIMIT = 255;

/** A string literal for a formula: `"On track"`, with quotes doubled. Excel allows 255 characters ({@link EXCEL_FORMULA_STRING_LIMIT}). */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `DATE(2018,12,31)` for "2018-12-31". */
export function excelDateLiteral(iso: string): string {
  return `DATE(${Number(iso.slice(0, 4))},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})`;
}
