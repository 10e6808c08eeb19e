/**
 * Renders a generated sheet's spec (src/core/sheets) as worksheet XML (ECMA-376 Part 1 §18.3):
 * values, formulas, formats, merges, column widths, frozen panes, conditional formats, validation
 * lists, print setup, header and footer, visibility and tab colour. Every decision about what the
 * sheet holds is in the spec; this file only writes it down, in the element order the schema
 * requires (Excel refuses a file whose elements are out of order).
 *
 * - Text is written inline (`t="inlineStr"`), so the workbook's shared strings are never touched,
 *   and with the Text number format `@` (the spec's rule): it can never become a formula.
 * - Formulas are written without a cached result, so nothing stale is shown: Excel and LibreOffice
 *   calculate them when the file opens (see refreshPackage.ts for `fullCalcOnLoad`).
 * - A formula filled down a column (the spec's `formulaRuns`) is one shared formula (§18.3.1.40): the
 *   text once, in its first cell with the run's range; each other cell only points at it (`si`), as
 *   Excel writes a filled column. A 20,000-row plan's live sheets hold about 900,000 such cells.
 */
import { cellAddress, columnLetters, type CellRange } from "../../core/grid/Address.js";
import type { CellSpec, ConditionalFormat, FormulaRun, SheetSpec } from "../../core/sheets/SheetSpec.js";
import { effectiveNumberFormat, headerFooterString, isoDateToSerial, lastRowOf, rangeA1 } from "../../core/sheets/SheetSpec.js";
import type { StylesAppender } from "./stylesAppender.js";
import { attributes, element, escapeText } from "./xmlWriter.js";

export const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Excel's default margins (inches) when a spec prints without its own. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
const PAPER_SIZE_A4 = 9;

export interface SheetXmlOptions {
  readonly styles: StylesAppender;
  readonly date1904: boolean;
  /** Relationship id of the sheet's table part, when the spec has a table. */
  readonly tableRelationshipId?: string;
  /** Relationship id of the sheet's drawing part (its charts), when the spec has charts. */
  readonly drawingRelationshipId?: string;
  /** The sheet opens as the active tab (it replaces the tab that was active). */
  readonly tabSelected?: boolean;
}

/** A cell's `<c>` element; empty string for an unstyled blank. */
function cellXml(address: string, cell: CellSpec, styleIndex: number | undefined, date1904: boolean): string {
  const s = styleIndex === undefined || styleIndex === 0 ? "" : ` s="${styleIndex}"`;
  switch (cell.kind) {
    case "text":
      return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(cell.text)}</t></is></c>`;
    case "number":
      return `<c r="${address}"${s}><v>${cell.value}</v></c>`;
    case "date":
      return `<c r="${address}"${s}><v>${isoDateToSerial(cell.iso, date1904)}</v></c>`;
    case "formula":
      return `<c r="${address}"${s}><f>${escapeText(cell.formula)}</f></c>`;
    case "blank":
      return s === "" ? "" : `<c r="${address}"${s}/>`;
  }
}

function conditionalRuleXml(format: ConditionalFormat, dxfId: number, priority: number): string {
  if (format.kind === "textEquals") {
    return element("cfRule", { type: "cellIs", dxfId, priority, operator: "equal" }, element("formula", {}, escapeText(`"${format.text.replace(/"/g, '""')}"`)));
  }
  return element("cfRule", { type: "expression", dxfId, priority }, element("formula", {}, escapeText(format.formula)));
}

/** `<conditionalFormatting>` blocks: rules on one range share a block; priorities follow spec order from `firstPriority`. */
export function conditionalFormattingXml(
  formats: readonly ConditionalFormat[],
  dxfFor: (format: ConditionalFormat) => number,
  firstPriority = 1,
): string {
  const blocks = new Map<string, string[]>();
  formats.forEach((format, i) => {
    const ref = rangeA1(format.range);
    const rules = blocks.get(ref) ?? [];
    rules.push(conditionalRuleXml(format, dxfFor(format), firstPriority + i));
    blocks.set(ref, rules);
  });
  let out = "";
  for (const [ref, rules] of blocks) out += element("conditionalFormatting", { sqref: ref }, rules.join(""));
  return out;
}

function absoluteArea(area: CellRange): string {
  return `$${columnLetters(area.left)}$${area.top}:$${columnLetters(area.right)}$${area.bottom}`;
}

/** The print area and print titles of a sheet, as `_xlnm.` defined-name formulas (without the sheet prefix). */
export function printNames(spec: SheetSpec): { printArea?: string; printTitles?: string } {
  const p = spec.print;
  if (!p) return {};
  return {
    ...(p.printArea ? { printArea: absoluteArea(p.printArea) } : {}),
    ...(p.titleRows ? { printTitles: `$${p.titleRows.first}:$${p.titleRows.last}` } : {}),
  };
}

function sheetViewXml(spec: SheetSpec, tabSelected: boolean): string {
  const view = { tabSelected: tabSelected ? true : undefined, workbookViewId: 0 };
  const frozen = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0) ? spec.freeze : undefined;
  if (!frozen) return element("sheetViews", {}, element("sheetView", view));
  const topLeft = cellAddress(frozen.rows + 1, frozen.columns + 1);
  const pane = frozen.rows > 0 && frozen.columns > 0 ? "bottomRight" : frozen.rows > 0 ? "bottomLeft" : "topRight";
  const paneXml = element("pane", {
    xSplit: frozen.columns > 0 ? frozen.columns : undefined,
    ySplit: frozen.rows > 0 ? frozen.rows : undefined,
    topLeftCell: topLeft,
    activePane: pane,
    state: "frozen",
  });
  return element("sheetViews", {}, element("sheetView", view, paneXml + element("selection", { pane, activeCell: topLeft, sqref: topLeft })));
}

function columnsXml(spec: SheetSpec): string {
  let out = "";
  spec.columns.forEach((column, i) => {
    if (!column || (column.width === undefined && !column.hidden)) return;
    out += element("col", {
      min: i + 1,
      max: i + 1,
      width: column.width ?? 8.43,
      hidden: column.hidden ? true : undefined,
      customWidth: column.width !== undefined ? true : undefined,
    });
  });
  return out === "" ? "" : element("cols", {}, out);
}

function printXml(spec: SheetSpec): string {
  const p = spec.print;
  if (!p) return element("pageMargins", DEFAULT_MARGINS);
  let out = "";
  if (p.centerHorizontally !== undefined || p.gridLines !== undefined) {
    out += element("printOptions", { horizontalCentered: p.centerHorizontally, gridLines: p.gridLines });
  }
  out += element("pageMargins", p.margins ? { left: p.margins.left, right: p.margins.right, top: p.margins.top, bottom: p.margins.bottom, header: p.margins.header, footer: p.margins.footer } : DEFAULT_MARGINS);
  out += element("pageSetup", {
    paperSize: PAPER_SIZE_A4,
    orientation: p.orientation,
    fitToWidth: p.fitToPagesWide,
    fitToHeight: p.fitToPagesWide !== undefined ? 0 : undefined,
  });
  const header = p.header ? headerFooterString(p.header) : "";
  const footer = p.footer ? headerFooterString(p.footer) : "";
  if (header !== "" || footer !== "") {
    out += element("headerFooter", {}, (header !== "" ? element("oddHeader", {}, escapeText(header)) : "") + (footer !== "" ? element("oddFooter", {}, escapeText(footer)) : ""));
  }
  return out;
}

/** A cell of a shared formula other than its first: only which formula it shares (`si`). */
function pointerXml(address: string, shared: { readonly id: number; readonly style: string }): string {
  return `<c r="${address}"${shared.style}><f t="shared" si="${shared.id}"/></c>`;
}

/** The worksheet part for `spec`. Our styles are added to `options.styles` as they are met. */
export function renderSheetXml(spec: SheetSpec, options: SheetXmlOptions): string {
  const { styles, date1904 } = options;
  // One lookup per (style name, cell kind): the number format follows from those two alone.
  const xfCache = new Map<string | undefined, Map<CellSpec["kind"], number | undefined>>();
  const styleIndex = (cell: CellSpec): number | undefined => {
    let byKind = xfCache.get(cell.style);
    if (!byKind) {
      byKind = new Map();
      xfCache.set(cell.style, byKind);
    }
    if (byKind.has(cell.kind)) return byKind.get(cell.kind);
    const named = cell.style === undefined ? undefined : spec.styles[cell.style];
    const numberFormat = effectiveNumberFormat(cell, named);
    const index = named === undefined && numberFormat === undefined ? undefined : styles.cellFormat(named, numberFormat);
    byKind.set(cell.kind, index);
    return index;
  };

  const letters: string[] = [];
  const letter = (column: number): string => (letters[column] ??= columnLetters(column));
  // Runs by the row they start in; `active[c - 1]` is the run covering column c in the current row.
  const runs = spec.formulaRuns ?? [];
  const startingAt = new Map<number, Array<{ run: FormulaRun; id: number }>>();
  runs.forEach((run, id) => {
    const list = startingAt.get(run.firstRow) ?? [];
    list.push({ run, id });
    startingAt.set(run.firstRow, list);
  });
  const active: Array<{ run: FormulaRun; id: number; style: string } | undefined> = [];
  let activeWidth = 0;
  // Which runs are active changes only where one starts or ends: the pointer-row template is rebuilt then.
  let activeVersion = 0;
  let templateVersion = -1;
  let pointerTemplate: string[] | undefined;
  const rowsXml: string[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  const rowCount = lastRowOf(spec);
  for (let r = 0; r < rowCount; r++) {
    const rowNumber = r + 1;
    for (const started of startingAt.get(rowNumber) ?? []) {
      const index = styleIndex({ kind: "formula", formula: "", ...(started.run.style !== undefined ? { style: started.run.style } : {}) });
      active[started.run.column - 1] = { ...started, style: index === undefined || index === 0 ? "" : ` s="${index}"` };
      activeVersion++;
      activeWidth = Math.max(activeWidth, started.run.column);
    }
    const row = spec.rows[r];
    if (!row && activeWidth === 0) continue;
    let cells = "";
    // A row of pointers only (no cell of its own, no run starting): the same text as the row before but
    // for its number, written from one template — a 20,000-row plan's sheets have 60,000 such rows.
    if (activeWidth > 0 && !startingAt.has(rowNumber) && (row === undefined || row.cells.every((cell) => cell === undefined))) {
      if (templateVersion !== activeVersion) {
        let text = "";
        for (let c = 0; c < activeWidth; c++) {
          const shared = active[c];
          if (shared) text += pointerXml(`${letter(c + 1)}\u0000`, shared);
        }
        pointerTemplate = text.split("\u0000");
        templateVersion = activeVersion;
      }
      cells = (pointerTemplate as string[]).join(String(rowNumber));
      if (activeWidth > lastColumn) lastColumn = activeWidth;
      for (let c = 0; c < activeWidth; c++) {
        if (active[c]?.run.lastRow === rowNumber) {
          active[c] = undefined;
          activeVersion++;
        }
      }
    } else {
      const width = Math.max(row?.cells.length ?? 0, activeWidth);
      for (let c = 0; c < width; c++) {
        const cell = row?.cells[c];
        const shared = active[c];
        let xml: string;
        if (cell) {
          xml = cellXml(`${letter(c + 1)}${rowNumber}`, cell, styleIndex(cell), date1904);
        } else if (shared) {
          const address = `${letter(c + 1)}${rowNumber}`;
          xml =
            shared.run.firstRow === rowNumber
              ? `<c r="${address}"${shared.style}><f t="shared" ref="${address}:${letter(c + 1)}${shared.run.lastRow}" si="${shared.id}">${escapeText(shared.run.formula)}</f></c>`
              : pointerXml(address, shared);
          if (shared.run.lastRow === rowNumber) {
            active[c] = undefined;
            activeVersion++;
          }
        } else {
          continue;
        }
        if (xml === "") continue;
        cells += xml;
        if (c + 1 > lastColumn) lastColumn = c + 1;
      }
    }
    while (activeWidth > 0 && active[activeWidth - 1] === undefined) activeWidth--;
    if (cells === "" && row?.height === undefined && !row?.hidden) continue;
    lastRow = rowNumber;
    const rowAttributes = attributes({
      r: rowNumber,
      hidden: row?.hidden ? true : undefined,
      ht: row?.height,
      customHeight: row?.height !== undefined ? true : undefined,
    });
    rowsXml.push(cells === "" ? `<row${rowAttributes}/>` : `<row${rowAttributes}>${cells}</row>`);
  }

  const fitToPage = spec.print?.fitToPagesWide !== undefined;
  const sheetPr =
    spec.tabColor !== undefined || fitToPage
      ? element(
          "sheetPr",
          {},
          (spec.tabColor !== undefined ? element("tabColor", { rgb: `FF${spec.tabColor.toUpperCase()}` }) : "") + (fitToPage ? element("pageSetUpPr", { fitToPage: true }) : ""),
        )
      : "";
  const dimension = element("dimension", { ref: lastRow > 0 && lastColumn > 0 ? `A1:${letter(lastColumn)}${lastRow}` : "A1" });
  const merges = spec.merges.length > 0 ? element("mergeCells", { count: spec.merges.length }, spec.merges.map((m) => element("mergeCell", { ref: rangeA1(m) })).join("")) : "";
  const conditional = conditionalFormattingXml(spec.conditionalFormats, (format) => {
    const style = spec.styles[format.style];
    return styles.differentialFormat(style ?? {});
  });
  const validations =
    spec.validations.length > 0
      ? element(
          "dataValidations",
          { count: spec.validations.length },
          spec.validations
            .map((v) =>
              element(
                "dataValidation",
                {
                  type: "list",
                  errorStyle: v.errorStyle === "warning" ? "warning" : undefined,
                  allowBlank: v.allowBlank ?? true,
                  showInputMessage: v.prompt !== undefined ? true : undefined,
                  showErrorMessage: true,
                  prompt: v.prompt,
                  sqref: rangeA1(v.range),
                },
                element("formula1", {}, escapeText("values" in v.allowed ? `"${v.allowed.values.join(",")}"` : v.allowed.source)),
              ),
            )
            .join(""),
        )
      : "";
  const tableParts = options.tableRelationshipId !== undefined ? element("tableParts", { count: 1 }, element("tablePart", { "r:id": options.tableRelationshipId })) : "";

  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    sheetPr +
    dimension +
    sheetViewXml(spec, options.tabSelected === true) +
    element("sheetFormatPr", { defaultRowHeight: 15 }) +
    columnsXml(spec) +
    (rowsXml.length > 0 ? `<sheetData>${rowsXml.join("")}</sheetData>` : "<sheetData/>") +
    merges +
    conditional +
    validations +
    printXml(spec) +
    (options.drawingRelationshipId !== undefined ? element("drawing", { "r:id": options.drawingRelationshipId }) : "") +
    tableParts +
    "</worksheet>"
  );
}
