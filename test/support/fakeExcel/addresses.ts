/** A1 addresses and rectangles for the fake Excel (written independently of the adapter's helpers). */
import { FakeOfficeError } from "./errors.js";
import { MAX_COLUMNS, MAX_ROWS } from "./model.js";
import type { CellRange } from "../../../src/core/grid/Address.js";

export function letters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1", "$A$1:B2", "A:C", "3:5" → a range (no sheet prefix). */
export function parseAddress(address: string): CellRange {
  const text = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${address})`);
  const c1 = m[1] !== undefined ? columnIndex(m[1]) : undefined;
  const r1 = m[2] !== undefined ? Number(m[2]) : undefined;
  const hasSecond = text.includes(":");
  const c2 = hasSecond ? (m[3] !== undefined ? columnIndex(m[3]) : undefined) : c1;
  const r2 = hasSecond ? (m[4] !== undefined ? Number(m[4]) : undefined) : r1;
  const top = Math.min(r1 ?? 1, r2 ?? 1);
  const bottom = r1 === undefined && r2 === undefined ? MAX_ROWS : Math.max(r1 ?? MAX_ROWS, r2 ?? MAX_ROWS);
  const left = Math.min(c1 ?? 1, c2 ?? 1);
  const right = c1 === undefined && c2 === undefined ? MAX_COLUMNS : Math.max(c1 ?? MAX_COLUMNS, c2 ?? MAX_COLUMNS);
  return { top, left, bottom, right };
}

export function a1(r: CellRange): string {
  if (r.left === 1 && r.right === MAX_COLUMNS) return `${r.top}:${r.bottom}`;
  if (r.top === 1 && r.bottom === MAX_ROWS) return `${letters(r.left)}:${letters(r.right)}`;
  const start = `${letters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${letters(r.right)}${r.bottom}`;
}

export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cells(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function within(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** Cells → rectangles: runs along rows, joined down when identical. */
export function toAreas(points: Array<{ row: number; column: number }>): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of points) {
    const list = byRow.get(row) ?? [];
    list.push(column);
    byRow.set(row, list);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const done: CellRange[] = [];
  let open = new Map<string, CellRange>();
  let previousRow = -1;
  for (const row of rows) {
    const columns = (byRow.get(row) ?? []).sort((a, b) => a - b);
    const next = new Map<string, CellRange>();
    let i = 0;
    while (i < columns.length) {
      let j = i;
      while (j + 1 < columns.length && columns[j + 1] === (columns[j] as number) + 1) j++;
      const key = `${columns[i]}:${columns[j]}`;
      const existing = row === previousRow + 1 ? open.get(key) : undefined;
      if (existing) {
        open.delete(key);
        next.set(key, { ...existing, bottom: row });
      } else {
        next.set(key, { top: row, left: columns[i] as number, bottom: row, right: columns[j] as number });
      }
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
    previousRow = row;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
