/**
 * The columns whose formatting the reader may need — status and RAG columns (their fill colours, a
 * drop-down list, whether hidden) — found from their headings in the grid's values. The Office.js
 * adapter reads formats only for these columns: reading every cell's fill would multiply the bytes
 * of a read by several times, against Excel on the web's 5 MB limit per request.
 */
import type { SheetGrid } from "../grid/SheetGrid.js";
import { matchHeader } from "./headerSynonyms.js";
import { headingPeriod, hasPeriod } from "./headingPeriod.js";

export interface CandidateColumn {
  readonly column: number;
  /** The row of the first heading found: formats are read below it. */
  readonly headerRow: number;
}

/** Headings are looked for in the first rows only; repeated headers further down name the same columns. */
const HEADER_SEARCH_ROWS = 200;
/** At most this many columns per sheet (a plan with a status and update per quarter has 8). */
export const MAX_CANDIDATE_COLUMNS = 16;
const STATUS_HEADING = /\b(rag|status|rating|quarter|q[1-4])\b/i;

export function statusColumnCandidates(sheet: SheetGrid): CandidateColumn[] {
  const found = new Map<number, number>();
  const lastRow = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= lastRow; row++) {
    const cells = sheet.rows[row - 1];
    if (!cells) continue;
    for (let index = 0; index < cells.length; index++) {
      const value = cells[index]?.value;
      if (typeof value !== "string" || value.length > 60 || found.has(index + 1)) continue;
      const match = matchHeader(value);
      const isStatus = match?.kind === "field" && match.field === "status";
      if (isStatus || (STATUS_HEADING.test(value) && (match !== null || hasPeriod(headingPeriod(value))))) found.set(index + 1, row);
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATE_COLUMNS)
    .map(([column, headerRow]) => ({ column, headerRow }))
    .sort((a, b) => a.column - b.column);
}
