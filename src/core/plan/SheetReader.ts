import type { CellRange } from "../grid/Address.js";
import { isBlankValue } from "../grid/Cell.js";
import { cellAt, type SheetGrid } from "../grid/SheetGrid.js";
import { cellText, needsCleaning } from "../parse/cleanText.js";
import type { SourceCell } from "./Plan.js";

/**
 * Read access to one sheet with each cell's cleaned text worked out once:
 * detection looks at the same cells several times and cleaning HTML is the costly part.
 */
export class SheetReader {
  /** sources[row][column]: undefined = not read yet, null = empty. Arrays, not a Map: 100,000-row plans. */
  private readonly sources: Array<Array<SourceCell | null | undefined> | undefined> = [];
  private readonly filled: Array<readonly number[] | undefined> = [];
  private readonly mergeByMaster = new Map<number, CellRange>();

  constructor(readonly sheet: SheetGrid) {
    for (const merge of sheet.merges) this.mergeByMaster.set(this.key(merge.top, merge.left), merge);
  }

  private key(row: number, column: number): number {
    return row * 16_384 + column;
  }

  get rowCount(): number {
    return this.sheet.rowCount;
  }

  /** The cell as read for the plan, or undefined when it is empty. */
  source(row: number, column: number): SourceCell | undefined {
    let rowCache = this.sources[row];
    if (rowCache === undefined) {
      // Sized to the row (indexed by column, from 1), not grown cell by cell with room to spare.
      rowCache = new Array<SourceCell | null | undefined>((this.sheet.rows[row - 1]?.length ?? 0) + 1);
      this.sources[row] = rowCache;
    }
    const cached = rowCache[column];
    if (cached !== undefined) return cached ?? undefined;
    const cell = cellAt(this.sheet, row, column);
    if (!cell || (isBlankValue(cell.value) && cell.formula === undefined)) {
      rowCache[column] = null;
      return undefined;
    }
    const value = cell.value;
    // Text with nothing to clean is its own clean text (most cells): no intermediate object per cell.
    const cleaned = typeof value === "string" && !needsCleaning(value) ? null : cellText(value);
    const text = cleaned === null ? (value as string) : cleaned.text;
    const hadHtml = cleaned === null ? false : cleaned.hadHtml;
    // No A1 address here: nothing reads it, and a 100,000-row plan would make 800,000 of them.
    const source: SourceCell = { row, column, raw: value, text, hadHtml, formula: cell.formula, numFmt: cell.numFmt };
    rowCache[column] = source;
    return source;
  }

  text(row: number, column: number): string {
    return this.source(row, column)?.text ?? "";
  }

  /** Columns in this row holding anything, in order. Detection asks several times per row, so it is kept. */
  filledColumns(row: number): readonly number[] {
    let columns = this.filled[row];
    if (columns === undefined) {
      columns = this.findFilledColumns(row);
      this.filled[row] = columns;
    }
    return columns;
  }

  private findFilledColumns(row: number): number[] {
    const cells = this.sheet.rows[row - 1];
    if (!cells) return [];
    const columns: number[] = [];
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index];
      if (cell && !(isBlankValue(cell.value) && cell.formula === undefined)) columns.push(index + 1);
    }
    // Kept for the whole check: a copy of exactly its length, not the array grown with room for 16.
    return columns.slice();
  }

  /**
   * True when every filled cell in the row is short text: at most `plainLength` characters, or
   * `markupLength` when it holds markup ("<p>Action</p>"). Rejects most data rows before any cleaning.
   */
  allShortText(row: number, plainLength: number, markupLength: number): boolean {
    const cells = this.sheet.rows[row - 1];
    if (!cells) return false;
    for (const cell of cells) {
      if (!cell || cell.value === null) continue;
      const value = cell.value;
      if (typeof value !== "string" || cell.formula !== undefined) return false;
      if (value.length > plainLength && (value.length > markupLength || !value.includes("<"))) return false;
    }
    return true;
  }

  /** The merge whose top-left cell this is, if any. */
  mergeAt(row: number, column: number): CellRange | undefined {
    return this.mergeByMaster.get(this.key(row, column));
  }
}
