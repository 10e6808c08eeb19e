/**
 * Filling a fake Excel from an ExcelJS workbook or from the core's grid, as Excel would hold the
 * same file: dates as serial numbers with their number format, errors as "#N/A" with the error flag,
 * rich text and hyperlinks as their text, formulas with their cached results.
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../../../src/core/grid/Address.js";
import { isErrorValue } from "../../../src/core/grid/Cell.js";
import type { WorkbookGrid } from "../../../src/core/grid/SheetGrid.js";
import { FakeExcel, parseAddress, type FakeExcelOptions } from "./FakeExcel.js";
import type { FakeSheet, FakeValue } from "./model.js";

const MERGE_VALUE_TYPE = 1;

function serial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
}

function plain(value: unknown, date1904: boolean): { value: FakeValue; error?: boolean } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: serial(value, date1904) };
  if (typeof value === "object") {
    if ("richText" in value) return { value: (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("") };
    if ("error" in value) return { value: String((value as { error: unknown }).error), error: true };
    if ("text" in value) return plain((value as { text: unknown }).text, date1904);
  }
  return { value: null };
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** Excel character width → points (7 px per character + 5 px padding at 96 dpi). */
function widthPoints(width: number): number {
  return ((Math.round(width * 7) + 5) * 72) / 96;
}

function copyWorksheet(target: FakeSheet, ws: ExcelJS.Worksheet, date1904: boolean): void {
  target.visibility = VISIBILITY[(ws.state as keyof typeof VISIBILITY) ?? "visible"] ?? "Visible";
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE_VALUE_TYPE) return;
      const raw = cell.value as unknown;
      const isFormula = typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
      const converted = isFormula ? plain(cell.result, date1904) : plain(raw, date1904);
      if (converted.value === null && !isFormula && !cell.numFmt) return;
      const fake = target.touch(r, c);
      fake.value = converted.value;
      if (converted.error) fake.error = true;
      if (isFormula) fake.formula = `=${cell.formula}`;
      if (cell.numFmt) fake.numberFormat = cell.numFmt;
      const font = cell.font;
      if (font) {
        if (font.name) fake.format.fontName = font.name;
        if (font.size) fake.format.fontSize = font.size;
        if (font.bold) fake.format.bold = true;
        if (font.italic) fake.format.italic = true;
        if (font.color?.argb) fake.format.fontColor = `#${font.color.argb.slice(2)}`;
      }
    });
    if (row.height) target.rowHeights.set(r, row.height);
    if (row.hidden) target.rowHidden.add(r);
  });
  const merges = (ws as unknown as { _merges?: Record<string, CellRange> })._merges ?? {};
  target.merges = Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
  const tables = (ws as unknown as { tables?: Record<string, { table: { name: string; tableRef: string } }> }).tables ?? {};
  for (const { table } of Object.values(tables)) target.tables.push({ name: table.name, range: parseAddress(table.tableRef) });
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width !== undefined) target.columnWidths.set(i + 1, widthPoints(column.width));
    if (column.hidden) target.columnHidden.add(i + 1);
  });
}

/** A fake Excel holding the same workbook as `workbook`. */
export function fakeFromExcelJs(workbook: ExcelJS.Workbook, options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  excel.model.date1904 = date1904;
  for (const ws of workbook.worksheets) copyWorksheet(excel.model.addSheet(ws.name), ws, date1904);
  const definedNames = (workbook.definedNames as unknown as { model?: Array<{ name: string }> }).model ?? [];
  excel.model.names.push(...definedNames.map((n) => n.name));
  return excel;
}

/** A fake Excel holding a core grid. Dates without a number format get "dd/mm/yyyy", as Excel would show them. */
export function fakeFromGrid(grid: WorkbookGrid, options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  const date1904 = grid.date1904 ?? false;
  excel.model.date1904 = date1904;
  for (const sheet of grid.sheets) {
    const target = excel.model.addSheet(sheet.name);
    target.visibility = VISIBILITY[sheet.visibility];
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const fake = target.touch(r + 1, c + 1);
        const value = cell.value;
        if (value instanceof Date) {
          fake.value = serial(value, date1904);
          fake.numberFormat = cell.numFmt ?? "dd/mm/yyyy";
        } else if (isErrorValue(value)) {
          fake.value = value.error;
          fake.error = true;
        } else {
          fake.value = value;
        }
        if (cell.numFmt) fake.numberFormat = cell.numFmt;
        if (cell.formula !== undefined) fake.formula = `=${cell.formula}`;
      }),
    );
    target.merges = sheet.merges.map((m) => ({ ...m }));
  }
  return excel;
}
