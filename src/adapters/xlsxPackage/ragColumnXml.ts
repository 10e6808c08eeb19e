/**
 * `--add-rag-column`: the one edit Plan Tracker makes to an officer's own sheet, done surgically on
 * that sheet's XML. Only the column's cells (its header on each header row, a formula on each action
 * row), one block of conditional formats over it and its width change; every other byte of the
 * sheet stays as it was. A repeat refresh rewrites the same column and replaces its own block.
 */
import { columnLetters, columnNumber } from "../../core/grid/Address.js";
import type { RagColumnSpec } from "../../core/refresh/buildRefresh.js";
import { conditionalFormattingXml } from "./sheetXml.js";
import { applySplices, withAttribute, type Splice } from "./splice.js";
import type { StylesAppender } from "./stylesAppender.js";
import { escapeText } from "./xmlWriter.js";
import { findElement, findElements, qualified, type XmlElement } from "./xmlScan.js";

/** Narrowest the column is made: wide enough for "Amber/Green" in bold. */
const MIN_WIDTH = 14;

/** The column number of a cell reference ("K12" → 11), or undefined. */
function columnOf(reference: string | undefined): number | undefined {
  const match = reference === undefined ? null : /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(reference);
  return match ? columnNumber(match[1] as string) : undefined;
}

interface RowCells {
  readonly row: XmlElement;
  readonly cells: ReadonlyArray<{ readonly element: XmlElement; readonly column: number }>;
}

function cellsOfRow(xml: string, row: XmlElement): RowCells {
  if (row.selfClosing) return { row, cells: [] };
  let previous = 0;
  const cells = findElements(xml, "c", row.contentStart, row.contentEnd).map((element) => {
    // A cell may leave out its reference; it then follows the one before it (§18.3.1.4).
    const column = columnOf(element.attributes.r) ?? previous + 1;
    previous = column;
    return { element, column };
  });
  return { row, cells };
}

/** Is this conditional-format block one we wrote: within our column only, and only "equals a RAG word" rules? */
function isOurBlock(xml: string, block: XmlElement, column: number, words: ReadonlySet<string>): boolean {
  const sqref = block.attributes.sqref ?? "";
  const areas = sqref.split(/\s+/).filter((a) => a !== "");
  if (areas.length === 0) return false;
  for (const area of areas) {
    const [from, to] = area.split(":");
    if (columnOf(from) !== column || columnOf(to ?? from) !== column) return false;
  }
  const rules = findElements(xml, "cfRule", block.contentStart, block.contentEnd);
  return rules.length > 0 && rules.every((rule) => {
    if (rule.attributes.type !== "cellIs" || rule.attributes.operator !== "equal") return false;
    const formula = findElement(xml, "formula", rule.contentStart, rule.contentEnd);
    const text = formula ? xml.slice(formula.contentStart, formula.contentEnd).replace(/&quot;/g, '"') : "";
    return words.has(text.replace(/^"|"$/g, ""));
  });
}

/** Elements that follow conditional formats in a sheet (CT_Worksheet order). */
const AFTER_CONDITIONAL = ["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The sheet's XML with the RAG column written into it. Our formats are added to `styles`. */
export function addRagColumnToSheetXml(xml: string, column: RagColumnSpec, styles: StylesAppender): string {
  const root = findElement(xml, "worksheet");
  if (!root || root.selfClosing) throw new Error("sheet part has no worksheet element");
  const q = (name: string) => qualified(root.prefix, name);
  const sheetData = findElement(xml, "sheetData", root.contentStart, root.contentEnd);
  if (!sheetData) throw new Error("sheet part has no sheetData");
  const letters = columnLetters(column.column);
  const splices: Splice[] = [];

  // What goes in each row: the header or the formula.
  const wanted = new Map<number, { header?: string; formula?: string }>();
  for (const row of column.headerRows) wanted.set(row, { header: column.header });
  for (const cell of column.cells) wanted.set(cell.row, { formula: cell.formula });

  const rows = sheetData.selfClosing ? [] : findElements(xml, "row", sheetData.contentStart, sheetData.contentEnd);
  const existingRows = new Map<number, RowCells>();
  let previousRow = 0;
  for (const row of rows) {
    const number = Number(row.attributes.r ?? previousRow + 1);
    previousRow = number;
    if (wanted.has(number)) existingRows.set(number, cellsOfRow(xml, row));
  }

  const cellXml = (rowNumber: number, content: { header?: string; formula?: string }, keptStyle: string | undefined, left: number | undefined): string => {
    const reference = `${letters}${rowNumber}`;
    if (content.header !== undefined) {
      // A header written by an earlier refresh keeps its format; a new one copies its left neighbour's, in bold.
      const s = keptStyle ?? styles.boldCopyOf(left);
      return `<${q("c")} r="${reference}" s="${s}" t="inlineStr"><${q("is")}><${q("t")}>${escapeText(content.header)}</${q("t")}></${q("is")}></${q("c")}>`;
    }
    const s = keptStyle !== undefined ? ` s="${keptStyle}"` : "";
    return `<${q("c")} r="${reference}"${s}><${q("f")}>${escapeText(content.formula ?? "")}</${q("f")}></${q("c")}>`;
  };

  const missingRows: Array<[number, string]> = [];
  for (const [rowNumber, content] of wanted) {
    const found = existingRows.get(rowNumber);
    if (!found) {
      missingRows.push([rowNumber, `<${q("row")} r="${rowNumber}">${cellXml(rowNumber, content, undefined, undefined)}</${q("row")}>`]);
      continue;
    }
    const { row, cells } = found;
    const same = cells.find((cell) => cell.column === column.column);
    const leftCell = [...cells].reverse().find((cell) => cell.column < column.column);
    const leftStyle = leftCell?.element.attributes.s === undefined ? undefined : Number(leftCell.element.attributes.s);
    const text = cellXml(rowNumber, content, same?.element.attributes.s, leftStyle);
    if (same) {
      splices.push({ at: same.element.start, remove: same.element.end - same.element.start, insert: text });
    } else if (row.selfClosing) {
      const open = xml.slice(row.start, row.end - 2);
      splices.push({ at: row.start, remove: row.end - row.start, insert: `${open}>${text}</${q("row")}>` });
    } else {
      const after = cells.find((cell) => cell.column > column.column);
      splices.push({ at: after ? after.element.start : row.contentEnd, remove: 0, insert: text });
    }
    // `spans` is an optimisation hint (§18.3.1.73); keep it covering the row's cells.
    const spans = row.attributes.spans;
    const spanMatch = spans === undefined ? null : /^(\d+):(\d+)$/.exec(spans);
    if (spanMatch && Number(spanMatch[2]) < column.column) {
      const open = xml.slice(row.start, row.selfClosing ? row.end - 2 : row.contentStart);
      splices.push({ at: row.start, remove: open.length, insert: withAttribute(open, "spans", `${spanMatch[1]}:${column.column}`) });
    }
  }
  if (missingRows.length > 0) {
    // Rows go in ascending order: each new row before the first existing row below it.
    missingRows.sort((a, b) => a[0] - b[0]);
    for (const [rowNumber, text] of missingRows) {
      let at = sheetData.selfClosing ? -1 : sheetData.contentEnd;
      let previous = 0;
      for (const row of rows) {
        const number = Number(row.attributes.r ?? previous + 1);
        previous = number;
        if (number > rowNumber) {
          at = row.start;
          break;
        }
      }
      if (at >= 0) splices.push({ at, remove: 0, insert: text });
    }
    if (sheetData.selfClosing) {
      splices.push({ at: sheetData.start, remove: sheetData.end - sheetData.start, insert: `<${q("sheetData")}>${missingRows.map(([, t]) => t).join("")}</${q("sheetData")}>` });
    }
  }

  // The column's width: at least MIN_WIDTH, splitting an officer's <col> span that covers it.
  const cols = findElement(xml, "cols", root.contentStart, sheetData.start);
  const ourCol = `<${q("col")} min="${column.column}" max="${column.column}" width="${MIN_WIDTH}" customWidth="1"/>`;
  if (!cols) {
    splices.push({ at: sheetData.start, remove: 0, insert: `<${q("cols")}>${ourCol}</${q("cols")}>` });
  } else if (!cols.selfClosing) {
    const spans = findElements(xml, "col", cols.contentStart, cols.contentEnd);
    const covering = spans.find((c) => Number(c.attributes.min) <= column.column && column.column <= Number(c.attributes.max));
    if (!covering) {
      const after = spans.find((c) => Number(c.attributes.min) > column.column);
      splices.push({ at: after ? after.start : cols.contentEnd, remove: 0, insert: ourCol });
    } else if (!(Number(covering.attributes.width) >= MIN_WIDTH)) {
      const open = xml.slice(covering.start, covering.end);
      const min = Number(covering.attributes.min);
      const max = Number(covering.attributes.max);
      const part = (from: number, to: number, width?: number) => {
        let text = withAttribute(withAttribute(open, "min", String(from)), "max", String(to));
        if (width !== undefined) text = withAttribute(withAttribute(text, "width", String(width)), "customWidth", "1");
        return text;
      };
      const pieces = [
        min < column.column ? part(min, column.column - 1) : "",
        part(column.column, column.column, MIN_WIDTH),
        max > column.column ? part(column.column + 1, max) : "",
      ].join("");
      splices.push({ at: covering.start, remove: covering.end - covering.start, insert: pieces });
    }
  }

  // One block of conditional formats: ours from a previous refresh replaced, priorities above the officer's.
  const words = new Set(column.conditionalFormats.flatMap((f) => (f.kind === "textEquals" ? [f.text] : [])));
  const blocks = findElements(xml, "conditionalFormatting", sheetData.end, root.contentEnd);
  let maxPriority = 0;
  for (const match of xml.matchAll(/\spriority="(\d+)"/g)) maxPriority = Math.max(maxPriority, Number(match[1]));
  const ourBlocks = blocks.filter((block) => isOurBlock(xml, block, column.column, words));
  for (const block of ourBlocks) splices.push({ at: block.start, remove: block.end - block.start, insert: "" });
  const block = conditionalFormattingXml(column.conditionalFormats, (format) => styles.differentialFormat(column.styles[format.style] ?? {}), maxPriority + 1)
    .replace(/<(\/?)(conditionalFormatting|cfRule|formula)\b/g, (_, slash: string, name: string) => `<${slash}${q(name)}`);
  const lastOther = [...blocks].reverse().find((b) => !ourBlocks.includes(b));
  let at: number;
  if (lastOther) {
    at = lastOther.end;
  } else {
    const following = AFTER_CONDITIONAL.map((name) => findElement(xml, name, sheetData.end, root.contentEnd)).filter((e): e is XmlElement => e !== undefined);
    at = following.length > 0 ? Math.min(...following.map((e) => e.start)) : root.contentEnd;
  }
  splices.push({ at, remove: 0, insert: block });

  // The sheet's used-area hint.
  const dimension = findElement(xml, "dimension", root.contentStart, sheetData.start);
  const ref = dimension?.attributes.ref;
  const dimensionMatch = ref === undefined ? null : /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (dimension && dimensionMatch) {
    const right = columnNumber((dimensionMatch[3] ?? dimensionMatch[1]) as string);
    const bottom = Number(dimensionMatch[4] ?? dimensionMatch[2]);
    const lastRow = Math.max(bottom, ...wanted.keys());
    if (right < column.column || lastRow > bottom) {
      const open = xml.slice(dimension.start, dimension.end);
      const newRef = `${dimensionMatch[1]}${dimensionMatch[2]}:${columnLetters(Math.max(right, column.column))}${lastRow}`;
      splices.push({ at: dimension.start, remove: open.length, insert: withAttribute(open, "ref", newRef) });
    }
  }
  return applySplices(xml, splices);
}
