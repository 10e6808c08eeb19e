/** Small conversions the adapters share: dates to serials, widths to points, A1 ranges. */
import type { CellRange } from "../grid/Address.js";
import { cellAddress, columnNumber, rangeAddress } from "../grid/Address.js";
import { isIsoDate } from "../parse/IsoDate.js";

export { isIsoDate };

/** A `Date` whose UTC fields hold the calendar date (ExcelJS's convention for date cells). */
export function isoDateToUtcDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** Excel's serial number for a date (1900 system; pass `date1904` for Mac-era workbooks). */
export function isoDateToSerial(iso: string, date1904 = false): number {
  const days = (isoDateToUtcDate(iso).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

/** Excel character-unit column width → points (Calibri 11: 7 px per character + 5 px padding, 96 dpi). */
export function columnWidthToPoints(width: number): number {
  return ((Math.round(width * 7) + 5) * 72) / 96;
}

/** "B2:H2" or "B2" → a range. */
export function range(a1: string): CellRange {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!match) throw new RangeError(`Not an A1 range: "${a1}"`);
  const top = Number(match[2]);
  const left = columnNumber(match[1] ?? "");
  const bottom = match[4] !== undefined ? Number(match[4]) : top;
  const right = match[3] !== undefined ? columnNumber(match[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** "B2:H2" (or "B2" for one cell). */
export function rangeA1(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : rangeAddress(r);
}
