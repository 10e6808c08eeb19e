import type { CellRange } from "../../src/core/grid/Address.js";
import type { Cell, CellValue } from "../../src/core/grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";

export type TestCell = CellValue | undefined | { formula: string; value: CellValue };

/** Builds an in-memory sheet from rows of values, so core tests need no file. */
export function sheet(name: string, rows: TestCell[][], merges: CellRange[] = []): SheetGrid {
  let columnCount = 0;
  const gridRows = rows.map((row) =>
    row.map((value, index): Cell | undefined => {
      if (value === undefined || value === null || value === "") return undefined;
      columnCount = Math.max(columnCount, index + 1);
      if (typeof value === "object" && !(value instanceof Date) && "formula" in value) return { value: value.value, formula: value.formula };
      return { value };
    }),
  );
  let rowCount = 0;
  gridRows.forEach((row, index) => {
    if (row.some(Boolean)) rowCount = index + 1;
  });
  return { name, visibility: "visible", rows: gridRows, rowCount, columnCount, merges };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}
