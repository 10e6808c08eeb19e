/**
 * The core's {@link WorkbookGrid} as plain JSON, to carry a sample workbook from Node into the browser page.
 * Plain JSON would turn a `Date` into a string and an error value `{ error: "#N/A" }` into an ordinary object,
 * so both are tagged: `{ "$date": "2024-03-31T00:00:00.000Z" }` and `{ "$error": "#N/A" }`. Empty cells and
 * missing rows become `null` and revive as `undefined`, as the grid has them.
 *
 * Used by harness.ts (Node, encode) and stubOfficeHost.ts (browser, decode): no Node APIs here.
 */
import type { CellRange } from "../../src/core/grid/Address.js";
import { isErrorValue, type Cell, type CellValue } from "../../src/core/grid/Cell.js";
import type { SheetGrid, SheetVisibility, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";

export type CellValueJson = string | number | boolean | null | { readonly $date: string } | { readonly $error: string };

export interface CellJson {
  readonly value: CellValueJson;
  readonly formula?: string;
  readonly numFmt?: string;
}

export interface SheetGridJson {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly rows: ReadonlyArray<ReadonlyArray<CellJson | null> | null>;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly merges: readonly CellRange[];
}

export interface WorkbookGridJson {
  readonly sheets: readonly SheetGridJson[];
}

function encodeValue(value: CellValue): CellValueJson {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (isErrorValue(value)) return { $error: value.error };
  return value;
}

function decodeValue(value: CellValueJson): CellValue {
  if (value !== null && typeof value === "object") {
    if ("$date" in value) return new Date(value.$date);
    return { error: value.$error };
  }
  return value;
}

function encodeCell(cell: Cell | undefined): CellJson | null {
  if (!cell) return null;
  return {
    value: encodeValue(cell.value),
    ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
    ...(cell.numFmt !== undefined ? { numFmt: cell.numFmt } : {}),
  };
}

function decodeCell(cell: CellJson | null): Cell | undefined {
  if (!cell) return undefined;
  return {
    value: decodeValue(cell.value),
    ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
    ...(cell.numFmt !== undefined ? { numFmt: cell.numFmt } : {}),
  };
}

export function encodeGrid(grid: WorkbookGrid): WorkbookGridJson {
  return {
    sheets: grid.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      // Array.from, not map: map keeps the holes of a sparse array, and JSON would write them as null anyway.
      rows: Array.from(sheet.rows, (row) => (row ? Array.from(row, encodeCell) : null)),
      rowCount: sheet.rowCount,
      columnCount: sheet.columnCount,
      merges: sheet.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })),
    })),
  };
}

export function decodeGrid(json: WorkbookGridJson): WorkbookGrid {
  return {
    sheets: json.sheets.map(
      (sheet): SheetGrid => ({
        name: sheet.name,
        visibility: sheet.visibility,
        rows: sheet.rows.map((row) => (row ? row.map(decodeCell) : undefined)),
        rowCount: sheet.rowCount,
        columnCount: sheet.columnCount,
        merges: sheet.merges,
      }),
    ),
  };
}
