/**
 * One shape for a generated sheet as either writer left it — ExcelJS (in memory) or the fake Excel
 * after the Office.js adapter — so the two can be compared cell for cell. Units are converted
 * here, in the test, independently of the adapter: column widths in points, margins in inches,
 * dates as ISO strings, alignments in lower case.
 */
import type ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/grid/Address.js";
import { columnWidthToPoints, headerFooterString, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import type { FakeSheet } from "../support/fakeExcel/index.js";

export interface CellShape {
  value: unknown;
  formula?: string;
  numFmt?: string;
  style: Record<string, unknown>;
}

export interface SheetShape {
  name: string;
  visibility: string;
  tabColor?: string;
  cells: Record<string, CellShape>;
  merges: string[];
  columns: Record<number, { width?: number; hidden?: boolean }>;
  rows: Record<number, { height?: number; hidden?: boolean }>;
  freeze?: { rows: number; columns: number };
  conditionalFormats: Array<{ range: string; kind: string; formula: string; style: Record<string, unknown> }>;
  validations: Array<{ range: string; source: string; allowBlank: boolean; errorStyle: string; prompt?: string }>;
  print?: Record<string, unknown>;
  tables: string[];
}

const DATE_FORMAT = /[dmy]/i;

function serialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function color(argbOrHex: string | undefined): string | undefined {
  if (!argbOrHex) return undefined;
  const hex = argbOrHex.replace(/^#/, "");
  return `#${(hex.length === 8 ? hex.slice(2) : hex).toUpperCase()}`;
}

function a1(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? cellAddress(top, left) : `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

// ExcelJS ------------------------------------------------------------------------------------

function excelJsStyle(cell: ExcelJS.Cell): Record<string, unknown> {
  const font = cell.font ?? {};
  const alignment = cell.alignment ?? {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const border = cell.border ?? {};
  const sides = (["top", "bottom", "left", "right"] as const).filter((side) => border[side]?.style === "thin");
  return clean({
    bold: font.bold || undefined,
    italic: font.italic || undefined,
    size: font.size !== undefined && font.size !== 11 ? font.size : undefined,
    fontColor: color(font.color?.argb),
    fill: fill?.type === "pattern" ? color(fill.fgColor?.argb) : undefined,
    wrap: alignment.wrapText || undefined,
    horizontal: alignment.horizontal,
    vertical: alignment.vertical,
    indent: alignment.indent || undefined,
    border: sides.length > 0 ? sides.join(",") : undefined,
  });
}

function excelJsValue(cell: ExcelJS.Cell): { value: unknown; formula?: string } {
  const v = cell.value as unknown;
  // Empty text: ExcelJS stores "", Office.js clears the cell when given "". Both look empty.
  if (v === null || v === undefined || v === "") return { value: null };
  if (v instanceof Date) return { value: { date: v.toISOString().slice(0, 10) } };
  if (typeof v === "object" && "formula" in v) return { value: "(formula)", formula: String((v as { formula: string }).formula) };
  return { value: v };
}

function dxfStyle(style: Partial<ExcelJS.Style> | undefined): Record<string, unknown> {
  const fill = style?.fill as ExcelJS.FillPattern | undefined;
  return clean({
    bold: style?.font?.bold,
    italic: style?.font?.italic,
    fontColor: color(style?.font?.color?.argb),
    fill: color(fill?.bgColor?.argb ?? fill?.fgColor?.argb),
  });
}

/** Cells hidden under a merge (not its top-left): invisible, and the two writers style them differently. */
function mergedAway(spec: SheetSpec, row: number, column: number): boolean {
  return spec.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right && !(m.top === row && m.left === column));
}

export function excelJsShape(ws: ExcelJS.Worksheet, spec: SheetSpec): SheetShape {
  const cells: Record<string, CellShape> = {};
  const rows: SheetShape["rows"] = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (mergedAway(spec, r, c)) return;
      const { value, formula } = excelJsValue(cell);
      const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      const style = excelJsStyle(cell);
      if (value === null && numFmt === undefined && Object.keys(style).length === 0) return;
      cells[cellAddress(r, c)] = clean({ value, formula, numFmt, style });
    });
    if (row.height !== undefined || row.hidden) rows[r] = clean({ height: row.height, hidden: row.hidden || undefined });
  });
  const columns: SheetShape["columns"] = {};
  for (let c = 1; c <= Math.max(ws.columnCount, spec.columns.length); c++) {
    const column = ws.getColumn(c);
    if (column.width !== undefined || column.hidden) columns[c] = clean({ width: column.width !== undefined ? round(columnWidthToPoints(column.width)) : undefined, hidden: column.hidden || undefined });
  }
  const merges = Object.values((ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges)
    .map((m) => a1(m.top, m.left, m.bottom, m.right))
    .sort();
  const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const freeze = view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : undefined;

  const rules: Array<{ priority: number; range: string; kind: string; formula: string; style: Record<string, unknown> }> = [];
  for (const block of (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae?: string[]; priority: number; style?: Partial<ExcelJS.Style> }> }> }).conditionalFormattings) {
    for (const rule of block.rules) {
      rules.push({ priority: rule.priority, range: block.ref, kind: rule.type === "cellIs" ? "equal" : "expression", formula: String(rule.formulae?.[0] ?? ""), style: dxfStyle(rule.style) });
    }
  }
  rules.sort((a, b) => a.priority - b.priority);

  const validationModel = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[]; allowBlank?: boolean; errorStyle?: string; prompt?: string }> } }).dataValidations.model;
  const validations = Object.entries(validationModel).map(([range, v]) => {
    const source = String(v.formulae[0] ?? "");
    return clean({
      range: range.replace(/\$/g, ""),
      source: source.startsWith('"') ? source.slice(1, -1) : `=${source}`,
      allowBlank: Boolean(v.allowBlank),
      errorStyle: v.errorStyle ?? "stop",
      prompt: v.prompt,
    }) as SheetShape["validations"][number];
  });

  let print: Record<string, unknown> | undefined;
  if (spec.print) {
    const p = ws.pageSetup;
    print = clean({
      paper: p.paperSize === 9 ? "A4" : String(p.paperSize),
      orientation: p.orientation,
      fit: p.fitToPage ? `${p.fitToWidth}x${p.fitToHeight}` : `scale ${p.scale}`,
      titleRows: p.printTitlesRow?.replace(/\$/g, ""),
      printArea: p.printArea?.replace(/\$/g, ""),
      margins: p.margins ? [p.margins.top, p.margins.bottom, p.margins.left, p.margins.right, p.margins.header, p.margins.footer].map(round) : undefined,
      centerHorizontally: spec.print.centerHorizontally !== undefined ? p.horizontalCentered : undefined,
      gridLines: spec.print.gridLines !== undefined ? p.showGridLines : undefined,
      header: ws.headerFooter.oddHeader || undefined,
      footer: ws.headerFooter.oddFooter || undefined,
    });
  }
  const tab = (ws.properties as { tabColor?: { argb?: string } }).tabColor?.argb;
  const tableMap = (ws as unknown as { tables?: Record<string, { table: { name: string; tableRef: string; style?: { theme?: string; showRowStripes?: boolean } } }> }).tables ?? {};
  const tables = Object.values(tableMap).map(({ table }) => `${table.name} ${table.tableRef} ${table.style?.theme ?? ""} stripes=${Boolean(table.style?.showRowStripes)}`);
  return clean({
    name: ws.name,
    visibility: ws.state,
    tabColor: color(tab),
    cells,
    merges,
    columns,
    rows,
    freeze,
    conditionalFormats: rules.map(({ range, kind, formula, style }) => ({ range, kind, formula, style })),
    validations,
    print,
    tables,
  });
}

// Fake Excel -----------------------------------------------------------------------------------

/** A4 landscape and portrait widths in points. */
const A4_WIDTH_POINTS = { landscape: 841.89, portrait: 595.28 };

/**
 * The Office.js writer prints "N pages wide" as a percentage scale (printScale.ts). Measured here from
 * what the fake holds — the column widths written and the margins — the sheet reads as "Nx0" (N wide,
 * any number tall, as the file writer puts it) when the printed columns at that scale fit N pages and
 * one per cent more would not.
 */
function fakeFit(sheet: FakeSheet, spec: SheetSpec, zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | undefined, margins: Array<number | undefined>): string {
  if (zoom?.horizontalFitToPages !== undefined) return `${zoom.horizontalFitToPages}x${zoom.verticalFitToPages ?? 0}`;
  const pages = spec.print?.fitToPagesWide;
  const scale = zoom?.scale;
  if (pages === undefined || scale === undefined) return `scale ${scale}`;
  const area = spec.print?.printArea;
  const last = area ? area.right : Math.max(0, ...[...sheet.entries()].map((e) => e.column));
  let width = 0;
  for (let c = area ? area.left : 1; c <= last; c++) if (!sheet.columnHidden.has(c)) width += sheet.columnWidths.get(c) ?? 48;
  const printable = pages * (A4_WIDTH_POINTS[spec.print?.orientation ?? "portrait"] - ((margins[2] ?? 50.4) + (margins[3] ?? 50.4)));
  const fits = (width * scale) / 100 <= printable && (scale === 100 || (width * (scale + 1)) / 100 > printable);
  return fits ? `${pages}x0` : `scale ${scale} (does not fit ${pages} wide)`;
}

const VISIBILITY: Record<string, string> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };
const VERTICAL: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };

export function fakeShape(sheet: FakeSheet, spec: SheetSpec): SheetShape {
  const cells: Record<string, CellShape> = {};
  for (const { row, column, cell } of sheet.entries()) {
    if (mergedAway(spec, row, column)) continue;
    const f = cell.format;
    const sides = (["top", "bottom", "left", "right"] as const).filter((side) => {
      const b = f.borders?.[side];
      return b?.style === "Continuous" && b.weight === "Thin";
    });
    const style = clean({
      bold: f.bold || undefined,
      italic: f.italic || undefined,
      size: f.fontSize !== undefined && f.fontSize !== 11 ? f.fontSize : undefined,
      fontColor: color(f.fontColor),
      fill: color(f.fill),
      wrap: f.wrapText || undefined,
      horizontal: f.horizontalAlignment?.toLowerCase(),
      vertical: f.verticalAlignment ? VERTICAL[f.verticalAlignment] : undefined,
      indent: f.indentLevel || undefined,
      border: sides.length > 0 ? sides.join(",") : undefined,
    });
    const numFmt = cell.numberFormat !== "General" ? cell.numberFormat : undefined;
    let value: unknown = cell.value === "" ? null : cell.value;
    if (cell.formula !== undefined) value = "(formula)";
    else if (typeof value === "number" && numFmt !== undefined && DATE_FORMAT.test(numFmt.replace(/"[^"]*"/g, ""))) value = { date: serialToIso(value) };
    if (value === null && numFmt === undefined && Object.keys(style).length === 0) continue;
    cells[cellAddress(row, column)] = clean({ value, formula: cell.formula?.slice(1), numFmt, style });
  }
  const rows: SheetShape["rows"] = {};
  for (const r of new Set([...sheet.rowHeights.keys(), ...sheet.rowHidden])) {
    rows[r] = clean({ height: sheet.rowHeights.get(r), hidden: sheet.rowHidden.has(r) || undefined });
  }
  const columns: SheetShape["columns"] = {};
  for (const c of new Set([...sheet.columnWidths.keys(), ...sheet.columnHidden])) {
    const width = sheet.columnWidths.get(c);
    columns[c] = clean({ width: width !== undefined ? round(width) : undefined, hidden: sheet.columnHidden.has(c) || undefined });
  }
  const conditionalFormats = [...sheet.conditionalFormats]
    .sort((a, b) => a.priority - b.priority)
    .map((cf) => ({
      range: a1(cf.range.top, cf.range.left, cf.range.bottom, cf.range.right),
      kind: cf.type === "CellValue" ? "equal" : "expression",
      formula: String(cf.type === "CellValue" ? cf.rule.formula1 : cf.rule.formula).replace(/^=/, ""),
      style: clean({ ...cf.format, fontColor: color(cf.format.fontColor), fill: color(cf.format.fill) }),
    }));
  const validations = sheet.validations.map((v) => {
    const rule = v.rule as { list?: { source?: string } } | undefined;
    const alert = v.errorAlert as { style?: string } | undefined;
    const prompt = v.prompt as { message?: string } | undefined;
    return clean({
      range: a1(v.range.top, v.range.left, v.range.bottom, v.range.right),
      source: rule?.list?.source ?? "",
      allowBlank: Boolean(v.ignoreBlanks),
      errorStyle: (alert?.style ?? "Stop").toLowerCase(),
      prompt: prompt?.message,
    }) as SheetShape["validations"][number];
  });
  let print: Record<string, unknown> | undefined;
  if (spec.print) {
    const p = sheet.pageLayout;
    const hf = p.headersFooters;
    const margins = [p.topMargin, p.bottomMargin, p.leftMargin, p.rightMargin, p.headerMargin, p.footerMargin];
    const header = headerFooterString({ left: hf.leftHeader, center: hf.centerHeader, right: hf.rightHeader });
    const footer = headerFooterString({ left: hf.leftFooter, center: hf.centerFooter, right: hf.rightFooter });
    print = clean({
      paper: p.paperSize,
      orientation: p.orientation?.toLowerCase(),
      fit: fakeFit(sheet, spec, p.zoom, margins),
      titleRows: p.printTitleRows?.replace(/\$/g, ""),
      printArea: p.printArea?.replace(/\$/g, ""),
      margins: margins.every((m) => m !== undefined) ? margins.map((m) => round((m as number) / 72)) : undefined,
      centerHorizontally: p.centerHorizontally,
      gridLines: p.printGridlines,
      header: header || undefined,
      footer: footer || undefined,
    });
  }
  return clean({
    name: sheet.name,
    visibility: VISIBILITY[sheet.visibility] ?? sheet.visibility,
    tabColor: sheet.tabColor ? color(sheet.tabColor) : undefined,
    cells,
    merges: sheet.merges.map((m) => a1(m.top, m.left, m.bottom, m.right)).sort(),
    columns,
    rows,
    freeze: sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : undefined,
    conditionalFormats,
    validations,
    print,
    tables: sheet.tables.map((t) => `${t.name} ${a1(t.range.top, t.range.left, t.range.bottom, t.range.right)} ${t.style ?? ""} stripes=${Boolean(t.showBandedRows)}`),
  });
}
