/**
 * Filling a fake Excel from an ExcelJS workbook or from the core's grid, as Excel would hold the
 * same file: dates as serial numbers with their number format, errors as "#N/A" with the error flag,
 * rich text and hyperlinks as their text, formulas with their cached results.
 */
import type ExcelJS from "exceljs";
import { solidFill, themeColours } from "../../../src/adapters/exceljs/fillColour.js";
import { listValidationsOf } from "../../../src/adapters/exceljs/listValidations.js";
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

/** A list validation as Excel holds it: `rule.list.source` is the list's text, or a formula starting "=". */
function listRule(items: readonly string[] | undefined, source: string | undefined): { list: { inCellDropDown: boolean; source: string } } {
  const inline = source !== undefined && /^".*"$/s.test(source);
  return { list: { inCellDropDown: true, source: items && (inline || source === undefined) ? items.join(",") : `=${source ?? ""}` } };
}

function copyWorksheet(target: FakeSheet, ws: ExcelJS.Worksheet, date1904: boolean, theme: readonly string[] = []): void {
  target.visibility = VISIBILITY[(ws.state as keyof typeof VISIBILITY) ?? "visible"] ?? "Visible";
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.type === MERGE_VALUE_TYPE) return;
      if (cell.type === 0 && cell.style?.fill === undefined) return; // ExcelJS's Null: an empty cell without a fill
      const raw = cell.value as unknown;
      const isFormula = typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
      const converted = isFormula ? plain(cell.result, date1904) : plain(raw, date1904);
      const fill = solidFill(cell.fill, theme);
      if (converted.value === null && !isFormula && !cell.numFmt && fill === undefined) return;
      const fake = target.touch(r, c);
      if (fill !== undefined) fake.format.fill = `#${fill}`;
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
  for (const validation of listValidationsOf(ws)) {
    for (const range of validation.ranges) target.validations.push({ range: { ...range }, rule: listRule(validation.items, validation.source) });
  }
}

/** A fake Excel holding the same workbook as `workbook`. */
export function fakeFromExcelJs(workbook: ExcelJS.Workbook, options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const themes = (workbook as unknown as { _themes?: Record<string, string> })._themes;
  const theme = themeColours(themes?.theme1);
  for (const ws of workbook.worksheets) copyWorksheet(excel.model.addSheet(ws.name), ws, date1904, theme);
  const definedNames = (workbook.definedNames as unknown as { model?: Array<{ name: string }> }).model ?? [];
  excel.model.names.push(...definedNames.map((n) => n.name));
  return excel;
}

/** A fake Excel holding a core grid. Dates without a number format get "dd/mm/yyyy", as Excel would show them. */
export function fakeFromGrid(grid: WorkbookGrid, options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  for (const sheet of grid.sheets) {
    const target = excel.model.addSheet(sheet.name);
    target.visibility = VISIBILITY[sheet.visibility];
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const fake = target.touch(r + 1, c + 1);
        const value = cell.value;
        if (value instanceof Date) {
          fake.value = serial(value, false);
          fake.numberFormat = cell.numFmt ?? "dd/mm/yyyy";
        } else if (isErrorValue(value)) {
          fake.value = value.error;
          fake.error = true;
        } else {
          fake.value = value;
        }
        if (cell.numFmt) fake.numberFormat = cell.numFmt;
        if (cell.formula !== undefined) fake.formula = `=${cell.formula}`;
        if (cell.fill !== undefined) fake.format.fill = `#${cell.fill}`;
      }),
    );
    target.merges = sheet.merges.map((m) => ({ ...m }));
    for (const column of sheet.hiddenColumns ?? []) target.columnHidden.add(column);
    for (const validation of sheet.validations ?? []) {
      for (const range of validation.ranges) target.validations.push({ range: { ...range }, rule: listRule(validation.items, validation.source) });
    }
  }
  return excel;
}
