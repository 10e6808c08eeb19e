import type { CellValue } from "../grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import { cellText } from "../parse/cleanText.js";
import { ColumnOverrideError, parseColumnOverride, type ColumnOverride } from "../plan/ColumnOverride.js";
import { DEFAULT_RAG_RULES, canonicalSettingKey, isRagSettingKey, readRagSettings, type RagRules } from "../rag/ragRules.js";
import { generatedRoleOf } from "../sheets/SheetSpec.js";

/**
 * Settings are kept in the workbook itself, in a sheet the add-in and the CLI can both read
 * (workbook custom properties would need ExcelApi 1.12 and are invisible to officers).
 * Below row 1, key in A and value in B: `columns | status=G, lead=D`, `rag.scale | BRAG`, …
 *
 * Two forms are recognised, never by name:
 * - **generated**: our "PT Settings" sheet (the standard generated-sheet marker, role "settings"),
 *   which a refresh rewrites from the settings it read, so an officer's edits carry over;
 * - **legacy**: a sheet the officer made, with `plan-tracker:settings` in A1. It is theirs: while it
 *   exists it is the settings, and no generated settings sheet is written beside it.
 */
export const SETTINGS_MARKER = "plan-tracker:settings";
export const SETTINGS_SHEET_NAME = "PT Settings";
export const COLUMNS_SETTING_KEY = "columns";

/** A key/value row as the officer wrote it, kept so a refresh can write it back unchanged. */
export interface SettingEntry {
  readonly row: number;
  /** The key in its canonical spelling ("rag.scale"). */
  readonly key: string;
  /** The value's text. */
  readonly value: string;
  /** The value cell as read (a number stays a number when written back). */
  readonly raw: CellValue;
  /** The value could not be used (reported in `problems`). */
  readonly invalid: boolean;
}

export interface WorkbookSettings {
  readonly sheet: string | null;
  readonly source: "none" | "legacy" | "generated";
  readonly columnOverrides: ColumnOverride[];
  readonly ragRules: RagRules;
  /** The settings rows, in sheet order (`columns`, `rag.*`, `status.*`; other rows are notes and ignored). */
  readonly entries: SettingEntry[];
  /** Settings that could not be understood, with the cell, so they can be reported. */
  readonly problems: Array<{ cell: string; message: string }>;
}

function isLegacySettingsSheet(sheet: SheetGrid): boolean {
  const a1 = sheet.rows[0]?.[0]?.value;
  return typeof a1 === "string" && a1.trim() === SETTINGS_MARKER;
}

export function isSettingsSheet(sheet: SheetGrid): boolean {
  return isLegacySettingsSheet(sheet) || generatedRoleOf(sheet) === "settings";
}

/** The sheet holding the settings: the officer's own (legacy) one if there is one, else ours. */
export function findSettingsSheet(workbook: WorkbookGrid): { sheet: SheetGrid; source: "legacy" | "generated" } | null {
  const legacy = workbook.sheets.find(isLegacySettingsSheet);
  if (legacy) return { sheet: legacy, source: "legacy" };
  const generated = workbook.sheets.find((sheet) => generatedRoleOf(sheet) === "settings");
  return generated ? { sheet: generated, source: "generated" } : null;
}

export function readWorkbookSettings(workbook: WorkbookGrid): WorkbookSettings {
  const found = findSettingsSheet(workbook);
  if (!found) return { sheet: null, source: "none", columnOverrides: [], ragRules: DEFAULT_RAG_RULES, entries: [], problems: [] };
  const { sheet, source } = found;
  const columnOverrides: ColumnOverride[] = [];
  const problems: Array<{ cell: string; message: string }> = [];
  const rows: Array<{ row: number; key: string; value: string; raw: CellValue; columnsInvalid: boolean }> = [];
  for (let row = 2; row <= sheet.rowCount; row++) {
    const key = cellText(sheet.rows[row - 1]?.[0]?.value ?? null).text.trim();
    const raw = sheet.rows[row - 1]?.[1]?.value ?? null;
    const value = cellText(raw).text.trim();
    if (key === COLUMNS_SETTING_KEY) {
      if (value === "") continue;
      let columnsInvalid = false;
      try {
        columnOverrides.push(parseColumnOverride(value));
      } catch (error) {
        if (!(error instanceof ColumnOverrideError)) throw error;
        problems.push({ cell: `B${row}`, message: error.message });
        columnsInvalid = true;
      }
      rows.push({ row, key, value, raw, columnsInvalid });
    } else if (isRagSettingKey(key)) {
      rows.push({ row, key, value, raw, columnsInvalid: false });
    }
  }
  const rag = readRagSettings(rows.filter((r) => r.key !== COLUMNS_SETTING_KEY));
  problems.push(...rag.problems);
  problems.sort((a, b) => Number(a.cell.slice(1)) - Number(b.cell.slice(1)));
  const badRows = new Set(rag.problems.map((p) => Number(p.cell.slice(1))));
  const entries: SettingEntry[] = rows.map((r) => ({
    row: r.row,
    key: r.key === COLUMNS_SETTING_KEY ? r.key : canonicalSettingKey(r.key),
    value: r.value,
    raw: r.raw,
    invalid: r.columnsInvalid || badRows.has(r.row),
  }));
  return { sheet: sheet.name, source, columnOverrides, ragRules: rag.rules, entries, problems };
}
