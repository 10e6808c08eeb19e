import type { CellRange } from "../grid/Address.js";
import type { HexColor } from "./CellStyle.js";
import { EXCEL_LIMITS } from "./ExcelLimits.js";

/**
 * A chart on a generated sheet, as plain data: what it draws and where, never how a library draws
 * it. Every range is on the sheet the chart sits on, so the chart follows the sheet's live counts:
 * when an officer edits a status, the counts recalculate and the bars move with them, in Excel and
 * in LibreOffice alike.
 *
 * Only one kind exists: horizontal stacked bars with one series per RAG value — the chart an officer
 * can read in print, because each segment carries its colour and its count (a grey-scale copy still
 * shows the numbers). **Adapter rules:** categories read top to bottom in the order of
 * {@link ChartSpec.categories} (Excel draws bar categories bottom-up unless the axis is reversed);
 * a zero count shows no label (number format {@link CHART_LABEL_FORMAT}); the chart covers exactly
 * the cells of {@link ChartSpec.anchor}; {@link ChartSpec.description} is the chart's alt text.
 */
export interface ChartSpec {
  readonly kind: "stackedBar";
  readonly title: string;
  /** Alt text: what the chart shows, for a screen reader and for print when the colours are lost. */
  readonly description: string;
  /** The cells the chart covers, from its top-left cell to its bottom-right cell. */
  readonly anchor: CellRange;
  /** The category labels (one per bar): one row or one column. */
  readonly categories: CellRange;
  readonly series: readonly ChartSeriesSpec[];
  /** Each segment shows its value. */
  readonly dataLabels: boolean;
}

/** One stack segment across every bar: a RAG value's counts. */
export interface ChartSeriesSpec {
  /** The series name as shown in the legend (the text of {@link nameCell}). */
  readonly name: string;
  /** The cell holding the name, so the legend follows the sheet. */
  readonly nameCell: { readonly row: number; readonly column: number };
  /** The values: the same number of cells as the categories, in the same orientation. */
  readonly values: CellRange;
  readonly fill: HexColor;
  /** The data labels' font colour: one that reads on {@link fill} (white on red, black on amber). */
  readonly labelColor: HexColor;
}

/** Data labels hide zeros: a positive count shows, a zero segment (invisible anyway) shows nothing. */
export const CHART_LABEL_FORMAT = "0;;;";

function rangeProblem(r: CellRange): string | undefined {
  const ok = [r.top, r.left, r.bottom, r.right].every((n) => Number.isInteger(n) && n >= 1) && r.top <= r.bottom && r.left <= r.right && r.bottom <= EXCEL_LIMITS.rows && r.right <= EXCEL_LIMITS.columns;
  return ok ? undefined : `range ${JSON.stringify(r)} is not a valid cell range`;
}

function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

function isLine(range: CellRange): boolean {
  return range.top === range.bottom || range.left === range.right;
}

/** What is wrong with a chart, in words; empty when it can be drawn. */
export function chartProblems(chart: ChartSpec): string[] {
  const problems: string[] = [];
  const add = (problem: string | undefined): void => {
    if (problem !== undefined) problems.push(`chart "${chart.title}": ${problem}`);
  };
  add(rangeProblem(chart.anchor));
  add(rangeProblem(chart.categories));
  if (!isLine(chart.categories)) add("categories must be one row or one column");
  if (chart.series.length === 0) add("needs at least one series");
  if (chart.description.trim() === "") add("needs alt text (a description)");
  for (const series of chart.series) {
    add(rangeProblem(series.values));
    if (!isLine(series.values) || cellCount(series.values) !== cellCount(chart.categories)) add(`series "${series.name}" must have one value per category`);
    for (const colour of [series.fill, series.labelColor]) if (!/^[0-9A-Fa-f]{6}$/.test(colour)) add(`series "${series.name}" colour "${colour}" is not six hex digits`);
  }
  return problems;
}
