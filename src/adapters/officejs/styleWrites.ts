/**
 * Named styles → Office.js formatting. Each named style is applied once per group of cells: the
 * cells are grouped into rectangles ({@link rectanglesByKey}) and, with ExcelApi 1.9, many rectangles
 * are styled by one `worksheet.getRanges("A2:A9,C4:F4")` call; older Excel gets one range per
 * rectangle. Number formats are not part of this: they are written with the cells (cellWrites.ts).
 */
import type { CellRange } from "../../core/grid/Address.js";
import type { CellStyle } from "../../core/sheets/SheetSpec.js";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function hex(color: string): string {
  return `#${color.toUpperCase()}`;
}

/** Which inside borders a group of rectangles can take: Excel has none inside a single row or column. */
export interface BorderShape {
  readonly multiRow: boolean;
  readonly multiColumn: boolean;
}

export function shapeOf(r: CellRange): BorderShape {
  return { multiRow: r.bottom > r.top, multiColumn: r.right > r.left };
}

/** Number of property writes a style costs (for payload estimates). */
export function styleWriteCount(style: CellStyle, shape: BorderShape = { multiRow: true, multiColumn: true }): number {
  let n = 0;
  for (const key of ["bold", "italic", "fontSize", "fontColor", "fill", "wrap", "horizontal", "vertical", "indent"] as const) {
    if (style[key] !== undefined) n++;
  }
  if (style.border === "thin") n += 3 * (4 + (shape.multiRow ? 1 : 0) + (shape.multiColumn ? 1 : 0));
  return n;
}

/** Applies a named style to a range (or range areas) format. Returns nothing; every write is queued. */
export function applyCellStyle(format: Excel.RangeFormat, style: CellStyle, options: { indent: boolean; shape: BorderShape }): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = hex(style.fontColor);
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.indent !== undefined && options.indent) format.indentLevel = style.indent;
  if (style.border === "thin") {
    const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
    if (options.shape.multiRow) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (options.shape.multiColumn) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}

/** A conditional format's look: font (bold, italic, colour) and fill only, as Excel allows. */
export function applyConditionalStyle(format: Excel.ConditionalRangeFormat, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = hex(style.fontColor);
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
}
