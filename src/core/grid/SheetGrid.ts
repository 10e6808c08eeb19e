import type { CellRange } from "./Address.js";
import type { Cell } from "./Cell.js";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/**
 * A list data validation ("drop-down") on a sheet, as the workbook declares it.
 * Councils define their status vocabulary this way, so the reader learns the words from it.
 */
export interface ListValidation {
  /** The cells the rule applies to (the `sqref`). */
  readonly ranges: readonly CellRange[];
  /**
   * The list's words, when the adapter could resolve them: an inline list (`"Red,Amber,Green"`)
   * split on commas, or the values of the range or defined name it points to.
   */
  readonly items?: readonly string[];
  /** The list formula as written, without `=` (e.g. `Lists!$A$2:$A$6`, `StatusList`), for reporting. */
  readonly source?: string;
}

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
  /** 1-based numbers of hidden rows (filtered or hidden by the officer), ascending. Absent = none known. */
  readonly hiddenRows?: readonly number[];
  /** 1-based numbers of hidden columns, ascending. Absent = none known. */
  readonly hiddenColumns?: readonly number[];
  /** List data validations on the sheet. Absent = none known. */
  readonly validations?: readonly ListValidation[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /**
   * True when the workbook counts dates from 1904 (`<workbookPr date1904="1"/>` or `"true"`).
   * Adapters have already turned serials into `Date`s with the right epoch; this flag tells the
   * core which epoch to use when it writes serials back.
   */
  readonly date1904?: boolean;
  /**
   * The workbook's defined names → their formula text without `=` (`StatusList` → `Lists!$A$2:$A$6`),
   * when the adapter reads them. Lets the core resolve a drop-down list that names its range.
   */
  readonly definedNames?: Readonly<Record<string, string>>;
}

export function cellAt(sheet: SheetGrid, row: number, column: number): Cell | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}
