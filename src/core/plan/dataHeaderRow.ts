import type { Plan } from "./Plan.js";

/**
 * The header row the plan's data sits under: the lower row of a two-row header ("Benefits £k" over
 * "2024/25 | 2025/26"), else the header row. The rows below it are the plan's rows; the row above it
 * is part of the header, never an action. A header repeated further down (one per theme block) is not
 * counted: only rows straight below the first one are.
 */
export function dataHeaderRow(plan: Plan): number {
  const rows = new Set(plan.headerRows);
  let row = plan.headerRows[0] ?? plan.range.top;
  while (rows.has(row + 1)) row++;
  return row;
}

/** The rows of the plan's first header, top to bottom (two for a two-row header). */
export function firstHeaderRows(plan: Plan): number[] {
  const first = plan.headerRows[0] ?? plan.range.top;
  const rows: number[] = [];
  for (let row = first; row <= dataHeaderRow(plan); row++) rows.push(row);
  return rows;
}
