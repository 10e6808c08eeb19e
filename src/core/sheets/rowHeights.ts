/** Row heights for wrapped text (neither Excel nor LibreOffice grows rows when opening a file). */
import type { CellSpec } from "./CellSpec.js";
import type { CellStyle } from "./CellStyle.js";
import type { ColumnSpec } from "./SheetFeatures.js";

/** Excel's default font size and column width (character units) for a new workbook. */
export const DEFAULT_FONT_SIZE = 11;
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Points per line of 11 pt text (Excel's default row height). */
const LINE_HEIGHT_PER_POINT = 15 / 11;
/**
 * Average width of a character of prose, in Excel's character units (the width of "0"). Measured:
 * Calibri prose averages about 0.75; DejaVu Sans — LibreOffice's fallback when Calibri is missing —
 * about 0.82. 0.9 errs on the tall side: a row a little too tall prints fine, one too short hides text.
 */
const GLYPH_WIDTH = 0.9;

/**
 * How many lines `value` takes when wrapped in a column `width` characters wide: a greedy word wrap
 * honouring line breaks, breaking words longer than a line.
 */
export function wrappedLineCount(value: string, width: number, glyphWidth = GLYPH_WIDTH): number {
  const capacity = Math.max(1, Math.floor((width - 0.7) / glyphWidth));
  // Most cells fit on one line: no need to split them into words.
  if (value.length <= capacity && !/[\r\n]/.test(value)) return 1;
  let lines = 0;
  for (const paragraph of value.split(/\r\n|\r|\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
      let length = word.length;
      if (used > 0 && used + 1 + length <= capacity) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines += 1;
      while (length > capacity) {
        lines += 1;
        length -= capacity;
      }
      used = length;
    }
  }
  return Math.max(1, lines);
}

/**
 * Excel does not grow rows for wrapped text when it opens a file (neither does LibreOffice), so a
 * generated sheet must say how tall each row is. Returns the height in points for a row whose
 * wrapped cells need more than one line (or whose font is larger than the default), else undefined.
 * Cells listed in `skipColumns` (covered by merges) are not measured.
 */
export function estimateRowHeight(
  cells: ReadonlyArray<CellSpec | undefined>,
  columns: ReadonlyArray<ColumnSpec | undefined>,
  styles: Readonly<Record<string, CellStyle>>,
  skipColumns?: ReadonlySet<number>,
): number | undefined {
  let lines = 1;
  let fontSize = DEFAULT_FONT_SIZE;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || skipColumns?.has(c + 1)) continue;
    const style = cell.style === undefined ? undefined : styles[cell.style];
    const size = style?.fontSize ?? DEFAULT_FONT_SIZE;
    if (cell.kind !== "blank") fontSize = Math.max(fontSize, size);
    if (!style?.wrap) continue;
    const content = cell.kind === "text" ? cell.text : cell.kind === "formula" && typeof cell.expected === "string" ? cell.expected : "";
    if (content === "") continue;
    const glyph = GLYPH_WIDTH * (size / DEFAULT_FONT_SIZE) * (style.bold ? 1.08 : 1);
    lines = Math.max(lines, wrappedLineCount(content, columns[c]?.width ?? DEFAULT_COLUMN_WIDTH, glyph));
  }
  if (lines === 1 && fontSize <= DEFAULT_FONT_SIZE) return undefined;
  return Math.min(409, Math.ceil(lines * fontSize * LINE_HEIGHT_PER_POINT + (lines > 1 ? 2 : 0)));
}
