import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import { cellText } from "../parse/cleanText.js";
import { ColumnOverrideError, parseColumnOverride, type ColumnOverride } from "../plan/ColumnOverride.js";

/**
 * Settings are kept in the workbook itself, in a sheet the add-in and the CLI can both read
 * (workbook custom properties would need ExcelApi 1.12 and are invisible to officers).
 * The sheet is recognised by the marker in A1, never by its name; below it, key in A and value in B.
 */
export const SETTINGS_MARKER = "plan-tracker:settings";
export const SETTINGS_SHEET_NAME = "PT Settings";

export interface WorkbookSettings {
  readonly sheet: string | null;
  readonly columnOverrides: ColumnOverride[];
  /** Settings that could not be understood, with the cell, so they can be reported. */
  readonly problems: Array<{ cell: string; message: string }>;
}

export function isSettingsSheet(sheet: SheetGrid): boolean {
  const a1 = sheet.rows[0]?.[0]?.value;
  return typeof a1 === "string" && a1.trim() === SETTINGS_MARKER;
}

export function readWorkbookSettings(workbook: WorkbookGrid): WorkbookSettings {
  const sheet = workbook.sheets.find(isSettingsSheet);
  if (!sheet) return { sheet: null, columnOverrides: [], problems: [] };
  const columnOverrides: ColumnOverride[] = [];
  const problems: Array<{ cell: string; message: string }> = [];
  for (let row = 2; row <= sheet.rowCount; row++) {
    const key = cellText(sheet.rows[row - 1]?.[0]?.value ?? null).text.trim();
    const value = cellText(sheet.rows[row - 1]?.[1]?.value ?? null).text.trim();
    if (key !== "columns" || value === "") continue;
    try {
      columnOverrides.push(parseColumnOverride(value));
    } catch (error) {
      if (!(error instanceof ColumnOverrideError)) throw error;
      problems.push({ cell: `B${row}`, message: error.message });
    }
  }
  return { sheet: sheet.name, columnOverrides, problems };
}
