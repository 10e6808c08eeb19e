import type { CellRange } from "./Address.js";
import type { Cell } from "./Cell.js";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/**
 * One worksheet as plain data. `rows[r - 1][c - 1]` is the cell at row r, column c
 * (1-based addresses, 0-based arrays); missing entries are empty cells.
 */
export interface SheetGrid {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  /** Last row and column that hold anything, 0 when the sheet is empty. */
  readonly rowCount: number;
  readonly columnCount: number;
  readonly merges: readonly CellRange[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function cellAt(sheet: SheetGrid, row: number, column: number): Cell | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}
