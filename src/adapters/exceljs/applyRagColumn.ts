import type ExcelJS from "exceljs";
import { rangeAddress } from "../../core/grid/Address.js";
import { RAG_STYLES } from "../../core/rag/ragStyles.js";
import type { RagColumnSpec } from "../../core/refresh/buildRefresh.js";
import { conditionalRule } from "./writeSheets.js";

/**
 * Adds the calculated RAG column to the officer's plan sheet: the one change to their own sheet we
 * ever make, and only when they ask (--add-rag-column). The column is one the plan leaves empty;
 * nothing else on the sheet is touched.
 */
export function applyRagColumn(workbook: ExcelJS.Workbook, column: RagColumnSpec): void {
  const sheet = workbook.getWorksheet(column.sheet);
  if (!sheet) throw new Error(`the plan sheet "${column.sheet}" is missing from the workbook`);
  for (const row of column.headerRows) {
    const cell = sheet.getCell(row, column.column);
    cell.value = column.header;
    cell.font = { ...(sheet.getCell(row, column.column - 1).font ?? {}), bold: true };
  }
  for (const { row, formula, expected } of column.cells) {
    sheet.getCell(row, column.column).value = { formula, result: expected };
  }
  column.conditionalFormats.forEach((format, index) => {
    sheet.addConditionalFormatting({ ref: rangeAddress(format.range), rules: [conditionalRule(format, index + 1, RAG_STYLES)] });
  });
  const width = sheet.getColumn(column.column).width;
  if (width === undefined || width < 14) sheet.getColumn(column.column).width = 14;
}
