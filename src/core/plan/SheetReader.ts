import { cellAddress, type CellRange } from "../grid/Address.js";
import { isBlankValue } from "../grid/Cell.js";
import { cellAt, type SheetGrid } from "../grid/SheetGrid.js";
import { cellText } from "../parse/cleanText.js";
import type { SourceCell } from "./Plan.js";

/**
 * Read access to one sheet with each cell's cleaned text worked out once:
 * detection looks at the same cells several times and cleaning HTML is the costly part.
 */
export class SheetReader {
  private readonly sources = new Map<number, SourceCell | null>();
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
    const key = this.key(row, column);
    const cached = this.sources.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const cell = cellAt(this.sheet, row, column);
    if (!cell || (isBlankValue(cell.value) && cell.formula === undefined)) {
      this.sources.set(key, null);
      return undefined;
    }
    const { text, hadHtml } = cellText(cell.value);
    const source: SourceCell = {
      row,
      column,
      address: cellAddress(row, column),
      raw: cell.value,
      text,
      hadHtml,
      ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
      ...(cell.numFmt !== undefined ? { numFmt: cell.numFmt } : {}),
    };
    this.sources.set(key, source);
    return source;
  }

  text(row: number, column: number): string {
    return this.source(row, column)?.text ?? "";
  }

  /** Columns in this row holding anything, in order. Cheap: it looks at the raw row only. */
  filledColumns(row: number): number[] {
    const cells = this.sheet.rows[row - 1];
    if (!cells) return [];
    const columns: number[] = [];
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index];
      if (cell && !(isBlankValue(cell.value) && cell.formula === undefined)) columns.push(index + 1);
    }
    return columns;
  }

  /** True when every filled cell in the row is a string of at most maxLength characters (raw, before cleaning). */
  allShortText(row: number, maxLength: number): boolean {
    const cells = this.sheet.rows[row - 1];
    if (!cells) return false;
    for (const cell of cells) {
      if (!cell || cell.value === null) continue;
      if (typeof cell.value !== "string" || cell.value.length > maxLength || cell.formula !== undefined) return false;
    }
    return true;
  }

  /** The merge whose top-left cell this is, if any. */
  mergeAt(row: number, column: number): CellRange | undefined {
    return this.mergeByMaster.get(this.key(row, column));
  }
}
