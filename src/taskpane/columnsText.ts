/** The Columns view's correction box: the text saved for a sheet, and a check of what the officer typed. */
import { ColumnOverrideError } from "../core/plan/ColumnOverride.js";
import { parseColumnSetting } from "../core/settings/editSettings.js";
import type { SettingsView } from "../addin/WorkbookSession.js";

/** The correction saved for this sheet, or "" when there is none. */
export function savedColumnsText(settings: SettingsView, sheet: string): string {
  return settings.columns.find((entry) => entry.sheet === sheet)?.text ?? "";
}

/** A correction saved for every sheet (no sheet named), shown so the officer knows it applies. */
export function allSheetsColumnsText(settings: SettingsView): string | null {
  return settings.columns.find((entry) => entry.sheet === undefined)?.text ?? null;
}

/** Null when the text can be saved (empty text removes the correction), else the reason in plain English. */
export function columnsTextProblem(text: string, sheet: string): string | null {
  try {
    parseColumnSetting(sheet, text);
    return null;
  } catch (error) {
    if (error instanceof ColumnOverrideError) return error.message;
    throw error;
  }
}
