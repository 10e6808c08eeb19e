/**
 * "Fit to N pages wide" as a print scale, for Office.js.
 *
 * The file writer asks Excel to fit the width and leave the height free (`fitToWidth` N, `fitToHeight`
 * 0 in the sheet's XML). Office.js has no documented way to say "height: automatic":
 * `PageLayoutZoomOptions` documents `horizontalFitToPages` and `verticalFitToPages` as numbers of pages,
 * not 0, and setting only the width leaves Excel's default height of one page, which would squeeze a
 * long committee table onto a single sheet of paper. Fit-to-pages may also not take effect at all
 * (OfficeDev/office-js#1860, where `scale` did). So the Office.js writer sets the documented `scale`
 * (10–400 per cent) that makes the printed columns as wide as N pages: the same result on paper for a
 * table whose column widths we set ourselves.
 */
import type { PrintSetup, SheetSpec } from "../../core/sheets/SheetSpec.js";
import { columnWidthToPoints } from "../../core/sheets/SheetSpec.js";

/** A4 in points (210 x 297 mm). */
const A4_POINTS = { short: 595.28, long: 841.89 };
/** Excel's "Normal" margins, used when the spec sets none (inches). */
const NORMAL_SIDE_MARGIN_INCHES = 0.7;
/** Excel's standard column width in characters, for columns the spec leaves alone. */
const STANDARD_WIDTH_CHARACTERS = 8.43;
const POINTS_PER_INCH = 72;
/** `PageLayoutZoomOptions.scale`: "between 10 and 400". Never enlarged past 100% to fill the page. */
const MIN_SCALE = 10;
const MAX_SCALE = 100;

/** Width of the paper between the side margins, in points. */
export function printableWidthPoints(print: PrintSetup): number {
  const paper = print.orientation === "landscape" ? A4_POINTS.long : A4_POINTS.short;
  const left = print.margins?.left ?? NORMAL_SIDE_MARGIN_INCHES;
  const right = print.margins?.right ?? NORMAL_SIDE_MARGIN_INCHES;
  return paper - (left + right) * POINTS_PER_INCH;
}

/** The printed columns (the print area's, else every column holding a cell), as 1-based first and last. */
function printedColumns(spec: SheetSpec, print: PrintSetup): { first: number; last: number } {
  if (print.printArea) return { first: print.printArea.left, last: print.printArea.right };
  const last = Math.max(0, ...spec.rows.map((row) => row?.cells.length ?? 0));
  return { first: 1, last };
}

/** Total width of the printed columns in points (hidden columns do not print). */
export function printedWidthPoints(spec: SheetSpec, print: PrintSetup): number {
  const { first, last } = printedColumns(spec, print);
  let total = 0;
  for (let c = first; c <= last; c++) {
    const column = spec.columns[c - 1];
    if (column?.hidden) continue;
    total += columnWidthToPoints(column?.width ?? STANDARD_WIDTH_CHARACTERS);
  }
  return total;
}

/**
 * The whole-number percentage at which the printed columns fit `print.fitToPagesWide` pages across
 * (at most 100%, at least 10%); undefined when the spec does not ask to fit.
 */
export function fitToWidthScale(spec: SheetSpec, print: PrintSetup): number | undefined {
  if (print.fitToPagesWide === undefined) return undefined;
  const width = printedWidthPoints(spec, print);
  if (width <= 0) return MAX_SCALE;
  const scale = Math.floor((100 * print.fitToPagesWide * printableWidthPoints(print)) / width);
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}
