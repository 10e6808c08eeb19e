import type { Cell } from "../grid/Cell.js";
import type { SheetGrid } from "../grid/SheetGrid.js";
import { OWN_RAG_COLUMN_HEADER } from "./headerSynonyms.js";

/**
 * The sheet as the reader should see it: without the RAG column a refresh added (from its first
 * header cell down). The column holds our formulas, not the officer's words, and after the officer
 * sorts the plan's columns but not ours (Data > Sort on the plan's cells), our cells no longer line up
 * with the rows: a RAG formula beside a repeated header row, our header text beside an action. Read
 * as data they split one plan in two at the repeated header (its cells no longer match the first
 * header) and offer our ratings as the second part's status column.
 *
 * Returns the sheet itself when it has no column of ours; otherwise a copy sharing every row that
 * has nothing in that column.
 */
export function hideOwnRagColumn(sheet: SheetGrid): SheetGrid {
  const from = new Map<number, number>(); // column index (0-based) → first row index with our header
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      const value = cell?.value;
      if (typeof value === "string" && value.length < 40 && value.trim() === OWN_RAG_COLUMN_HEADER && !from.has(c)) from.set(c, r);
    });
  });
  if (from.size === 0) return sheet;
  const rows = sheet.rows.map((cells, r) => {
    if (!cells) return cells;
    let copy: Array<Cell | undefined> | undefined;
    for (const [c, top] of from) {
      if (r < top || cells[c] === undefined) continue;
      copy ??= [...cells];
      copy[c] = undefined;
    }
    return copy ?? cells;
  });
  return { ...sheet, rows };
}
