import type { Cell, CellValue } from "../src/core/grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../src/core/grid/SheetGrid.js";

const STATUSES = ["Completed", "On track", "Some slippage", "Major slippage", "Not started"];
const TIMESCALES: CellValue[] = [
  "March 2025",
  "2024/25 Q3",
  "Spring 2025",
  "April-Sept 2025",
  "Ongoing until 2026/27",
  "31/12/2025",
  new Date(Date.UTC(2025, 5, 30)),
  "By December 2025",
];
export const SYNTHETIC_HEADER = ["Ref", "Theme", "Action", "Lead officer", "Target date", "Revised target date", "Status", "Commentary"];

/** The row values of a realistic plan: themes, mixed timescales, occasional HTML and blanks. Deterministic. */
export function syntheticRows(actions: number): CellValue[][] {
  const rows: CellValue[][] = [["Synthetic Corporate Improvement Plan – November 2024"], [], SYNTHETIC_HEADER];
  for (let index = 0; index < actions; index++) {
    // 20 themes, as in a large programme; refs stay unique.
    const perTheme = Math.ceil(actions / 20);
    const theme = Math.floor(index / perTheme) + 1;
    const item = (index % perTheme) + 1;
    rows.push([
      `${theme}.${item}`,
      item === 1 ? `Theme ${theme}: improving services` : null,
      `Deliver improvement action ${index + 1}, working with partners to review the service and agree next steps`,
      index % 97 === 0 ? null : `Head of Service ${index % 23}`,
      TIMESCALES[index % TIMESCALES.length] ?? null,
      index % 11 === 0 ? "March 2026" : null,
      STATUSES[index % STATUSES.length] ?? null,
      index % 13 === 0 ? "<p>Progress reported to <i>Cabinet</i>.</p>" : `Update ${index}: work continues as planned.`,
    ]);
  }
  return rows;
}

export function syntheticGrid(actions: number): WorkbookGrid {
  const rows = syntheticRows(actions).map((row) => row.map((value): Cell | undefined => (value === null ? undefined : { value })));
  const sheet: SheetGrid = {
    name: "Plan",
    visibility: "visible",
    rows,
    rowCount: rows.length,
    columnCount: SYNTHETIC_HEADER.length,
    merges: [],
  };
  return { sheets: [sheet] };
}
