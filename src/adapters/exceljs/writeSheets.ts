/**
 * Renders sheet specs into an ExcelJS workbook. A thin adapter: every decision about what a
 * generated sheet contains is in the spec (src/core/sheets/SheetSpec.ts); this file only translates.
 *
 * Fast by construction: one ExcelJS style object per (named style, number format) pair, shared by
 * every cell that uses it — ExcelJS then resolves each shared object to its style id once.
 */
import type ExcelJS from "exceljs";
import type { CellSpec, CellStyle, ConditionalFormat, SheetSpec } from "../../core/sheets/SheetSpec.js";
import {
  DEFAULT_FONT_SIZE,
  MARKER_CELL,
  SheetNameConflictError,
  SheetSpecError,
  checkSpecSet,
  effectiveNumberFormat,
  expandFormulaRuns,
  generatedRoleFromMarker,
  headerFooterString,
  isoDateToUtcDate,
  rangeA1,
  sameSheetName,
  validateSheetSpec,
} from "../../core/sheets/SheetSpec.js";
import { cellAddress, columnLetters, type CellRange } from "../../core/grid/Address.js";
import { carriedNames } from "./definedNames.js";

/** ExcelJS's paper size code for A4 (its `PaperSize` is a const enum, unusable with isolatedModules). */
const PAPER_SIZE_A4 = 9 as ExcelJS.PaperSize;

/** The parts of ExcelJS's worksheet that its type definitions leave out. */
interface WorksheetInternals {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  tables?: Record<string, unknown>;
}

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.toUpperCase()}` };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const THIN_BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A cell's font must be complete: ExcelJS replaces the whole font, and a font without a name makes
 * LibreOffice fall back to a serif face. `scheme: "minor"` lets Excel use the workbook theme's body
 * font (Calibri unless the officer's theme says otherwise).
 */
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, scheme: "minor", size: DEFAULT_FONT_SIZE };

function fontOf(style: CellStyle, base: Partial<ExcelJS.Font> = BASE_FONT): Partial<ExcelJS.Font> | undefined {
  if (style.bold === undefined && style.italic === undefined && style.fontSize === undefined && style.fontColor === undefined) {
    return undefined;
  }
  return {
    ...base,
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
    ...(style.fontColor !== undefined ? { color: argb(style.fontColor) } : {}),
  };
}

function toExcelStyle(style: CellStyle | undefined, numberFormat: string | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (numberFormat !== undefined) out.numFmt = numberFormat;
  if (!style) return out;
  const font = fontOf(style);
  if (font) out.font = font;
  if (style.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined || style.indent !== undefined) {
    out.alignment = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      ...(style.vertical !== undefined ? { vertical: style.vertical } : {}),
      ...(style.indent !== undefined ? { indent: style.indent } : {}),
    };
  }
  if (style.border === "thin") out.border = THIN_BOX;
  return out;
}

/** A conditional format's look: font and fill only (a "dxf"; its solid fill colour lives in bgColor). */
function toDifferentialStyle(style: CellStyle | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (!style) return out;
  const font = fontOf({ ...style, fontSize: undefined }, {});
  if (font) out.font = font;
  if (style.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill), bgColor: argb(style.fill) };
  return out;
}

function absoluteRows(area: CellRange): string {
  return `${columnLetters(area.left)}$${area.top}:${columnLetters(area.right)}$${area.bottom}`;
}

/** One shared ExcelJS style object per (style name, number format). */
class StyleCache {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();
  constructor(private readonly styles: SheetSpec["styles"]) {}

  for(cell: CellSpec): Partial<ExcelJS.Style> | undefined {
    const named = cell.style === undefined ? undefined : this.styles[cell.style];
    const numberFormat = effectiveNumberFormat(cell, named);
    if (named === undefined && numberFormat === undefined) return undefined;
    const key = `${cell.style ?? ""}\u0000${numberFormat ?? ""}`;
    let style = this.cache.get(key);
    if (!style) {
      style = toExcelStyle(named, numberFormat);
      this.cache.set(key, style);
    }
    return style;
  }
}

function cellValue(cell: CellSpec, dates: Map<string, Date>): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      // A plain JS string: ExcelJS writes it as a shared string, never as a formula.
      return cell.text;
    case "number":
      return cell.value;
    case "date": {
      // ExcelJS only reads a date value, so one Date object per distinct date is shared.
      let value = dates.get(cell.iso);
      if (!value) {
        value = isoDateToUtcDate(cell.iso);
        dates.set(cell.iso, value);
      }
      return value;
    }
    case "formula":
      return cell.expected === undefined ? { formula: cell.formula } : { formula: cell.formula, result: cell.expected };
    case "blank":
      return null;
  }
}

function quoteListValue(values: readonly string[]): string {
  return `"${values.join(",")}"`;
}

export function conditionalRule(cf: ConditionalFormat, priority: number, styles: SheetSpec["styles"]): ExcelJS.ConditionalFormattingRule {
  const style = toDifferentialStyle(styles[cf.style]);
  return cf.kind === "textEquals"
    ? { type: "cellIs", operator: "equal", formulae: [`"${cf.text.replace(/"/g, '""')}"`], priority, style }
    : { type: "expression", formulae: [cf.formula], priority, style };
}

/**
 * Adds one worksheet, at the end, rendered from `spec`. Throws {@link SheetSpecError} for a bad spec
 * and {@link SheetNameConflictError} if a sheet with that name (in any case) already exists.
 */
export function renderSheetSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const problems = validateSheetSpec(spec);
  if (problems.length > 0) throw new SheetSpecError(spec.name, problems);
  if (workbook.worksheets.some((ws) => sameSheetName(ws.name, spec.name))) throw new SheetNameConflictError(spec.name);
  return renderChecked(workbook, spec);
}

/** {@link renderSheetSpec} for a spec already validated and known not to clash. */
function renderChecked(workbook: ExcelJS.Workbook, runs: SheetSpec): ExcelJS.Worksheet {
  // Cell by cell: filled-down runs written out as the formulas of their cells.
  const spec = expandFormulaRuns(runs);
  const frozen = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0) ? spec.freeze : undefined;
  const worksheet = workbook.addWorksheet(spec.name, {
    state: spec.visibility,
    ...(spec.tabColor !== undefined ? { properties: { tabColor: argb(spec.tabColor) } } : {}),
    views: frozen
      ? [
          {
            state: "frozen",
            xSplit: frozen.columns,
            ySplit: frozen.rows,
            topLeftCell: cellAddress(frozen.rows + 1, frozen.columns + 1),
            activeCell: cellAddress(frozen.rows + 1, frozen.columns + 1),
          },
        ]
      : [{}],
  });

  spec.columns.forEach((column, i) => {
    if (!column) return;
    const target = worksheet.getColumn(i + 1);
    if (column.width !== undefined) target.width = column.width;
    if (column.hidden) target.hidden = true;
  });

  // The table first: ExcelJS's addTable writes its own header and row values, which the cells below overwrite.
  if (spec.table) {
    const t = spec.table;
    const headerCells = spec.rows[t.range.top - 1]?.cells ?? [];
    const width = t.range.right - t.range.left + 1;
    const columns = Array.from({ length: width }, (_, i) => {
      const header = headerCells[t.range.left - 1 + i];
      return { name: header?.kind === "text" ? header.text : `Column${i + 1}`, filterButton: true };
    });
    worksheet.addTable({
      name: t.name,
      displayName: t.name,
      ref: cellAddress(t.range.top, t.range.left),
      headerRow: true,
      totalsRow: false,
      style: { theme: (t.theme ?? "TableStyleLight1") as ExcelJS.TableStyleProperties["theme"], showRowStripes: t.showRowStripes ?? false },
      columns,
      rows: Array.from({ length: t.range.bottom - t.range.top }, () => new Array<null>(width).fill(null)),
    });
  }

  const styles = new StyleCache(spec.styles);
  const dates = new Map<string, Date>();
  const rows = spec.rows;
  for (let r = 0; r < rows.length; r++) {
    const rowSpec = rows[r];
    if (!rowSpec) continue;
    const row = worksheet.getRow(r + 1);
    if (rowSpec.height !== undefined) row.height = rowSpec.height;
    if (rowSpec.hidden) row.hidden = true;
    const cells = rowSpec.cells;
    for (let c = 0; c < cells.length; c++) {
      const cellSpec = cells[c];
      if (!cellSpec) continue;
      const cell = row.getCell(c + 1);
      cell.value = cellValue(cellSpec, dates);
      const style = styles.for(cellSpec);
      if (style) cell.style = style;
    }
  }

  for (const merge of spec.merges) worksheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);

  // Conditional formats: rules on the same range share one block; priorities run in spec order.
  const blocks = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  spec.conditionalFormats.forEach((cf, i) => {
    const ref = rangeA1(cf.range);
    const rules = blocks.get(ref) ?? [];
    rules.push(conditionalRule(cf, i + 1, spec.styles));
    blocks.set(ref, rules);
  });
  for (const [ref, rules] of blocks) worksheet.addConditionalFormatting({ ref, rules });

  const validations = (worksheet as unknown as WorksheetInternals).dataValidations;
  for (const v of spec.validations) {
    validations.add(rangeA1(v.range), {
      type: "list",
      allowBlank: v.allowBlank ?? true,
      formulae: ["values" in v.allowed ? quoteListValue(v.allowed.values) : v.allowed.source],
      showErrorMessage: true,
      errorStyle: v.errorStyle ?? "stop",
      ...(v.prompt !== undefined ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }

  if (spec.print) {
    const p = spec.print;
    Object.assign(worksheet.pageSetup, {
      paperSize: PAPER_SIZE_A4,
      orientation: p.orientation,
      ...(p.fitToPagesWide !== undefined
        ? { fitToPage: true, fitToWidth: p.fitToPagesWide, fitToHeight: 0 }
        : { fitToPage: false, scale: 100 }),
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` } : {}),
      // ExcelJS adds "$" to the columns only; LibreOffice ignores a print area whose rows are relative.
      ...(p.printArea ? { printArea: absoluteRows(p.printArea) } : {}),
      ...(p.margins ? { margins: { ...p.margins } } : {}),
      ...(p.centerHorizontally !== undefined ? { horizontalCentered: p.centerHorizontally } : {}),
      ...(p.gridLines !== undefined ? { showGridLines: p.gridLines } : {}),
    } satisfies Partial<ExcelJS.PageSetup>);
    if (p.header) worksheet.headerFooter.oddHeader = headerFooterString(p.header);
    if (p.footer) worksheet.headerFooter.oddFooter = headerFooterString(p.footer);
  }
  return worksheet;
}

/**
 * A generated sheet's table would take a name the officer's workbook already uses for a table or a
 * named range (one namespace in Excel). Nothing has been changed when it is thrown.
 */
export class TableNameClashError extends Error {
  constructor(
    readonly tableName: string,
    readonly sheetName: string,
  ) {
    super(
      `the name "${tableName}" is already used in this workbook by a table or named range of yours, and Plan Tracker gives it to the table on its "${sheetName}" sheet. Rename yours (Formulas > Name Manager) and refresh again.`,
    );
    this.name = "TableNameClashError";
  }
}

/** The text of a worksheet's marker cell, read without creating the cell. */
function markerValue(worksheet: ExcelJS.Worksheet): unknown {
  const value = worksheet.findCell(MARKER_CELL.row, MARKER_CELL.column)?.value;
  if (value !== null && typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  return value;
}

/** True for a sheet Plan Tracker generated (its marker cell names this very sheet). */
export function isGeneratedWorksheet(worksheet: ExcelJS.Worksheet): boolean {
  return generatedRoleFromMarker(worksheet.name, markerValue(worksheet)) !== undefined;
}

export interface ReplaceResult {
  /** Names of the generated sheets removed. */
  readonly removed: readonly string[];
  /** The new sheets, in spec order, at the end of the workbook. */
  readonly added: readonly ExcelJS.Worksheet[];
}

/**
 * Removes the sheets we generated earlier and adds `specs` at the end. The officer's sheets, their
 * contents and their order are untouched. Everything is checked before anything changes: bad specs,
 * two specs with one name, or a spec named like a sheet that is not ours, throw and leave the
 * workbook as it was.
 *
 * Sets "recalculate on open" so Excel refreshes every formula when the file is next opened.
 */
export function replaceGeneratedSheets(
  workbook: ExcelJS.Workbook,
  specs: readonly SheetSpec[],
  isOurs: (worksheet: ExcelJS.Worksheet) => boolean = isGeneratedWorksheet,
): ReplaceResult {
  checkSpecSet(specs);

  const before = workbook.worksheets;
  const ours = before.filter((ws) => isOurs(ws));
  const kept = before.filter((ws) => !ours.includes(ws));
  for (const spec of specs) {
    if (kept.some((ws) => sameSheetName(ws.name, spec.name))) throw new SheetNameConflictError(spec.name);
  }
  // Table names share one namespace with each other and with defined names, across the workbook.
  const officerNames = new Set<string>([
    ...kept.flatMap((ws) => Object.keys((ws as unknown as WorksheetInternals).tables ?? {})),
    ...((workbook.definedNames as unknown as { model?: Array<{ name: string }> }).model ?? []).map((n) => n.name),
    ...carriedNames(workbook).map((n) => n.name),
  ].map((n) => n.toUpperCase()));
  for (const spec of specs) {
    if (spec.table && officerNames.has(spec.table.name.toUpperCase())) throw new TableNameClashError(spec.table.name, spec.name);
  }

  const view = workbook.views?.[0] as (ExcelJS.WorkbookView & { activeTab?: number; firstSheet?: number }) | undefined;
  const active = view?.activeTab !== undefined ? before[view.activeTab] : undefined;

  for (const ws of ours) workbook.removeWorksheet(ws.id);
  const added = specs.map((spec) => renderChecked(workbook, spec));

  // Keep the officer's active tab; it must point at a visible sheet, or Excel opens on a hidden one.
  if (view) {
    const after = workbook.worksheets;
    let index = active ? after.indexOf(active) : -1;
    if (index < 0 || after[index]?.state !== "visible") index = Math.max(0, after.findIndex((ws) => ws.state === "visible"));
    view.activeTab = index;
    view.firstSheet = Math.min(view.firstSheet ?? 0, index);
  }
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return { removed: ours.map((ws) => ws.name), added };
}
