/**
 * Addresses and rectangles: reading the multi-area addresses Excel returns ("Sheet1!A1:B4, Sheet1!D6"),
 * and grouping cells into few rectangles so one Office.js call styles many cells.
 */
import { columnLetters, columnNumber, type CellRange } from "../../core/grid/Address.js";
import { rangeA1 } from "../../core/sheets/SheetSpec.js";

/** Splits on commas that are not inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i] as string;
    if (ch === "'") {
      // '' inside quotes is an escaped apostrophe; either way we stay in step.
      quoted = !quoted;
      current += ch;
    } else if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

function parseEnd(text: string): { row?: number; column?: number } | undefined {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]), column: columnNumber(cell[1] as string) };
  const column = COLUMN.exec(text);
  if (column) return { column: columnNumber(column[1] as string) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) };
  return undefined;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** One area, with or without a sheet prefix: "A1", "'My sheet'!$B$2:$D$9", "A:C", "3:5". */
export function parseArea(area: string): CellRange {
  const bang = area.lastIndexOf("!");
  const local = bang >= 0 ? area.slice(bang + 1) : area;
  const [first, second] = local.split(":");
  const a = parseEnd((first ?? "").trim());
  const b = second === undefined ? a : parseEnd(second.trim());
  if (!a || !b) throw new RangeError(`Not an address: "${area}"`);
  const top = Math.min(a.row ?? 1, b.row ?? 1);
  const bottom = Math.max(a.row ?? MAX_ROW, b.row ?? MAX_ROW);
  const left = Math.min(a.column ?? 1, b.column ?? 1);
  const right = Math.max(a.column ?? MAX_COLUMN, b.column ?? MAX_COLUMN);
  return { top, left, bottom, right };
}

/** Every area of a `Range.address` or `RangeAreas.address`. */
export function parseAreas(address: string): CellRange[] {
  return splitAreas(address).map(parseArea);
}

export function intersect(a: CellRange, b: CellRange): CellRange | undefined {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : undefined;
}

export function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** "A:C" for whole columns. */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** "3:5" for whole rows. */
export function rowsAddress(first: number, last: number): string {
  return `${first}:${last}`;
}

/**
 * Groups cells that share a key into few rectangles. Both ways are tried — runs along rows joined
 * down, and runs down columns joined across — and each key keeps whichever gives fewer rectangles:
 * a table column styled the same for 10,000 rows is one rectangle either way, but a column whose
 * style alternates row by row (dates read from text beside real dates) only stays cheap for its
 * neighbours column-wise.
 *
 * `keyAt(row, column)` returns the key or undefined for cells not to group; 1-based.
 */
export function rectanglesByKey<K>(
  rows: number,
  columnsInRow: (row: number) => number,
  keyAt: (row: number, column: number) => K | undefined,
): Map<K, CellRange[]> {
  const byRows = rowMajorRectangles(rows, columnsInRow, keyAt);
  let columns = 0;
  for (let row = 1; row <= rows; row++) columns = Math.max(columns, columnsInRow(row));
  const byColumns = rowMajorRectangles(columns, () => rows, (column, row) => (column <= columnsInRow(row) ? keyAt(row, column) : undefined));
  const result = new Map<K, CellRange[]>();
  for (const [key, list] of byRows) {
    const transposed = (byColumns.get(key) ?? []).map((r) => ({ top: r.left, left: r.top, bottom: r.right, right: r.bottom }));
    const best = transposed.length > 0 && transposed.length < list.length ? transposed : list;
    result.set(key, best.sort((a, b) => a.top - b.top || a.left - b.left));
  }
  return result;
}

function rowMajorRectangles<K>(
  rows: number,
  columnsInRow: (row: number) => number,
  keyAt: (row: number, column: number) => K | undefined,
): Map<K, CellRange[]> {
  const result = new Map<K, CellRange[]>();
  /** Open rectangles from the previous row, by "left:right" and key. */
  let open = new Map<string, { key: K; rect: { top: number; left: number; bottom: number; right: number } }>();
  const close = (entry: { key: K; rect: CellRange }): void => {
    const list = result.get(entry.key);
    if (list) list.push({ ...entry.rect });
    else result.set(entry.key, [{ ...entry.rect }]);
  };
  const ids = new Map<K, number>();
  const idOf = (key: K): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  for (let row = 1; row <= rows; row++) {
    const next = new Map<string, { key: K; rect: { top: number; left: number; bottom: number; right: number } }>();
    const width = columnsInRow(row);
    let column = 1;
    while (column <= width) {
      const key = keyAt(row, column);
      if (key === undefined) {
        column++;
        continue;
      }
      let end = column;
      while (end + 1 <= width && keyAt(row, end + 1) === key) end++;
      const slot = `${column}:${end}:${idOf(key)}`;
      const previous = open.get(slot);
      if (previous) {
        previous.rect.bottom = row;
        open.delete(slot);
        next.set(slot, previous);
      } else {
        next.set(slot, { key, rect: { top: row, left: column, bottom: row, right: end } });
      }
      column = end + 1;
    }
    for (const entry of open.values()) close(entry);
    open = next;
  }
  for (const entry of open.values()) close(entry);
  // Deterministic order: top to bottom, left to right.
  for (const list of result.values()) list.sort((a, b) => a.top - b.top || a.left - b.left);
  return result;
}

/**
 * Comma-joined addresses in groups no longer than `maxLength` characters. `worksheet.getRanges()`
 * fails on very long address strings (reports put the limit near 8,000 characters), so we stay far below.
 */
export function addressGroups(ranges: readonly CellRange[], maxLength = 2_000): string[] {
  const groups: string[] = [];
  let current = "";
  for (const r of ranges) {
    const a1 = rangeA1(r);
    if (current !== "" && current.length + 1 + a1.length > maxLength) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? a1 : `${current},${a1}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}
