/**
 * Shared by the Office.js adapter tests: samples, grid comparison, and running the adapter against
 * the fake Excel.
 */
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/adapters/exceljs/readWorkbook.js";
import { cellAddress } from "../../src/core/grid/Address.js";
import { isErrorValue, type CellValue } from "../../src/core/grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";

/** Every sample workbook except the refreshed copy (which is the output of a refresh). */
export const SAMPLE_NAMES = readdirSync("samples")
  .filter((name) => name.endsWith(".xlsx") && !name.endsWith(".refreshed.xlsx") && !name.includes(".backup-"))
  .sort();

export async function loadSample(name: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readFile(join("samples", name)));
}

function shownValue(value: CellValue): unknown {
  if (value instanceof Date) return { date: value.toISOString() };
  if (isErrorValue(value)) return { error: value.error };
  return value;
}

/** A sheet as a plain object keyed by address, for cell-by-cell comparison with readable diffs. */
export function sheetSnapshot(sheet: SheetGrid, options: { merges?: boolean } = {}): unknown {
  const cells: Record<string, unknown> = {};
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      // A cell holding empty text: a file can store one, but Excel (and Office.js) shows it as empty.
      if (!cell || (cell.value === "" && cell.formula === undefined)) return;
      cells[cellAddress(r + 1, c + 1)] = {
        value: shownValue(cell.value),
        ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
        ...(cell.numFmt !== undefined ? { numFmt: cell.numFmt } : {}),
      };
    }),
  );
  const merges = [...sheet.merges].map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort();
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    ...(options.merges === false ? {} : { merges }),
    cells,
  };
}

export function gridSnapshot(grid: WorkbookGrid, options: { merges?: boolean } = {}): unknown[] {
  return grid.sheets.map((sheet) => sheetSnapshot(sheet, options));
}
