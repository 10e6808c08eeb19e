/**
 * A1 references as the package writes them: a cell's `r` ("AB12"), a merge's `ref` ("A1:F1"), a
 * validation's `sqref` ("C2:C100 E2"). Columns and rows are 1-based. Hand-rolled over char codes:
 * a big sheet has a million of them.
 */
import type { CellRange } from "../../core/grid/Address.js";

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export interface CellPosition {
  row: number;
  column: number;
}

/**
 * Reads "AB12" (or "$AB$12") into `into`; a part missing is 0 ("AB" → row 0, "12" → column 0).
 * Returns false when the text is not a reference at all.
 */
export function readCellReference(text: string, into: CellPosition): boolean {
  let column = 0;
  let row = 0;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(i) === 36) i++;
  for (; i < n; i++) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  if (text.charCodeAt(i) === 36) i++;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
    row = row * 10 + (code - 48);
  }
  if ((column === 0 && row === 0) || column > MAX_COLUMN || row > MAX_ROW) return false;
  into.row = row;
  into.column = column;
  return true;
}

const scratch: CellPosition = { row: 0, column: 0 };

/**
 * "A1:F1", "A1" (one cell), "$A:$A" (whole columns), "2:2" (whole rows) as a range; undefined for
 * anything else. Whole columns and rows run to the sheet's edge.
 */
export function readRange(text: string): CellRange | undefined {
  const colon = text.indexOf(":");
  const first = colon < 0 ? text : text.slice(0, colon);
  const last = colon < 0 ? text : text.slice(colon + 1);
  if (!readCellReference(first.trim(), scratch)) return undefined;
  let top = scratch.row;
  let left = scratch.column;
  if (!readCellReference(last.trim(), scratch)) return undefined;
  let bottom = scratch.row;
  let right = scratch.column;
  // "A" or "12" alone is a name, not a reference; "A:A" and "12:12" are whole columns and rows.
  if (colon < 0 && (top === 0 || left === 0)) return undefined;
  if (top === 0 && bottom === 0) [top, bottom] = [1, MAX_ROW];
  if (left === 0 && right === 0) [left, right] = [1, MAX_COLUMN];
  if (top === 0 || bottom === 0 || left === 0 || right === 0) return undefined;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** A space-separated list of ranges (a `sqref`); unreadable items are left out. */
export function readRangeList(text: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const item of text.split(/\s+/)) {
    if (item === "") continue;
    const range = readRange(item);
    if (range) ranges.push(range);
  }
  return ranges;
}
