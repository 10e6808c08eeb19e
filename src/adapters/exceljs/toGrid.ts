import type ExcelJS from "exceljs";
import type { CellRange } from "../../core/grid/Address.js";
import type { Cell, CellValue } from "../../core/grid/Cell.js";
import type { SheetGrid, SheetVisibility, WorkbookGrid } from "../../core/grid/SheetGrid.js";
import { carriedNames } from "./definedNames.js";
import { solidFill, themeColours } from "./fillColour.js";
import { listValidationsOf } from "./listValidations.js";

// ExcelJS.ValueType.Merge: a cell covered by a merge. Its value mirrors the master's, which would
// make one theme label look like six; the grid keeps it empty and records the merge instead.
const MERGE_VALUE_TYPE = 1;
const FORMULA_VALUE_TYPE = 6;
const NULL_VALUE_TYPE = 0;

/** `cachedResult` is `cell.result`: `cell.value` on a formula cell drops a stored result of 0. */
function convertValue(value: ExcelJS.CellValue, cachedResult: unknown): { value: CellValue; formula?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value };
  if ("richText" in value) return { value: value.richText.map((run) => run.text).join("") };
  if ("error" in value) return { value: { error: String(value.error) } };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : value.sharedFormula;
    return { value: formulaResult(cachedResult ?? value.result), formula: String(formula ?? "") };
  }
  if ("hyperlink" in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === "string") return { value: text };
    if (text && typeof text === "object" && "richText" in text) {
      return { value: (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("") };
    }
    return { value: String(value.hyperlink) };
  }
  return { value: null };
}

function formulaResult(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === "string" || typeof result === "number" || typeof result === "boolean" || result instanceof Date) return result;
  if (typeof result === "object" && "error" in result) return { error: String((result as { error: unknown }).error) };
  return null;
}

function mergesOf(worksheet: ExcelJS.Worksheet): CellRange[] {
  // ExcelJS keeps merges privately; `worksheet.model` would expose them but serialises every row to do it.
  const merges = (worksheet as unknown as { _merges?: Record<string, CellRange> })._merges ?? {};
  return Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

function hiddenColumnsOf(worksheet: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  // `worksheet.columns` is null when the sheet declares no <col> elements.
  for (const column of (worksheet.columns as ExcelJS.Column[] | null) ?? []) if (column.hidden) hidden.push(column.number);
  return hidden;
}

/**
 * `theme` is the workbook theme's colours (fillColour.ts), for cells filled with a theme colour.
 * A blank cell with a solid fill is kept (value null) so the core can read a RAG held only as a
 * colour; it does not count towards `rowCount`/`columnCount`, which say where values are.
 */
export function sheetToGrid(worksheet: ExcelJS.Worksheet, theme: readonly string[] = []): SheetGrid {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const hiddenRows: number[] = [];
  let rowCount = 0;
  let columnCount = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<Cell | undefined> = [];
    let holdsValue = false;
    // includeEmpty: a blank cell that only carries a fill is skipped otherwise (ExcelJS's Null type).
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      if (cell.type === MERGE_VALUE_TYPE) return;
      if (cell.type === NULL_VALUE_TYPE && cell.style?.fill === undefined) return;
      const { value, formula } = convertValue(cell.value, cell.type === FORMULA_VALUE_TYPE ? cell.result : undefined);
      const fill = solidFill(cell.fill, theme);
      if (value === null && formula === undefined) {
        if (fill !== undefined) cells[columnNumber - 1] = { value: null, fill };
        return;
      }
      const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      cells[columnNumber - 1] = {
        value,
        ...(formula !== undefined ? { formula } : {}),
        ...(numFmt ? { numFmt } : {}),
        ...(fill !== undefined ? { fill } : {}),
      };
      holdsValue = true;
      if (columnNumber > columnCount) columnCount = columnNumber;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
    if (holdsValue) rowCount = rowNumber;
    if (row.hidden && holdsValue) hiddenRows.push(rowNumber);
  });
  const state = worksheet.state as string;
  const visibility: SheetVisibility = state === "hidden" || state === "veryHidden" ? state : "visible";
  const hiddenColumns = hiddenColumnsOf(worksheet);
  const validations = listValidationsOf(worksheet);
  return {
    name: worksheet.name,
    visibility,
    rows,
    rowCount,
    columnCount,
    merges: mergesOf(worksheet),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(validations.length > 0 ? { validations } : {}),
  };
}

/** Workbook-level defined names first; a sheet-level name is used only when no workbook-level one has its name. */
function definedNamesOf(workbook: ExcelJS.Workbook): Record<string, string> {
  const names: Record<string, string> = {};
  const carried = carriedNames(workbook);
  for (const name of carried) if (name.sheet === undefined) names[name.name] = name.text;
  for (const name of carried) if (name.sheet !== undefined && names[name.name] === undefined) names[name.name] = name.text;
  return names;
}

export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  // ExcelJS keeps the theme part as raw XML ("themes are not an exposed feature": workbook.js).
  const themes = (workbook as unknown as { _themes?: Record<string, string> })._themes;
  const theme = themeColours(themes?.theme1 ?? Object.values(themes ?? {})[0]);
  const definedNames = definedNamesOf(workbook);
  return { sheets: workbook.worksheets.map((worksheet) => sheetToGrid(worksheet, theme)), ...(Object.keys(definedNames).length > 0 ? { definedNames } : {}) };
}
