/**
 * Changes to the workbook's settings made from the task pane (Columns and RAG rules views), as pure
 * functions from the settings read to the settings to write. The settings sheet is then written
 * again from the result by `buildSettingsSheet`, exactly as a refresh would write it, so the pane,
 * the CLI and an officer editing the sheet by hand all meet in the same rows.
 */
import { quoteSheetName } from "../grid/Address.js";
import { ColumnOverrideError, parseColumnOverride, type ColumnOverride } from "../plan/ColumnOverride.js";
import { RAG_SETTING_KEYS, RagRulesSchema, STATUS_SETTING_PREFIX, type RagRules } from "../rag/ragRules.js";
import { COLUMNS_SETTING_KEY, type SettingEntry, type WorkbookSettings } from "./WorkbookSettings.js";

/** A column correction as kept in the settings: the sheet it is for (absent: every sheet) and its text without the sheet. */
export interface ColumnSetting {
  readonly sheet?: string;
  readonly text: string;
}

/** Splits a `columns` value at its sheet prefix (`'Action plan'!status=G`), as `parseColumnOverride` reads it. */
export function columnSettingOf(value: string): ColumnSetting {
  const bang = value.lastIndexOf("!");
  if (bang <= 0) return { text: value.trim() };
  const sheet = value.slice(0, bang).trim().replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, text: value.slice(bang + 1).trim() };
}

/** Every column correction in the settings, in sheet order, unreadable ones included (the officer must see them to fix them). */
export function columnSettings(settings: WorkbookSettings): ColumnSetting[] {
  return settings.entries.filter((entry) => entry.key === COLUMNS_SETTING_KEY).map((entry) => columnSettingOf(entry.value));
}

function entry(key: string, value: string | number): SettingEntry {
  return { row: 0, key, value: String(value), raw: value, invalid: false };
}

/**
 * The column correction `text` typed for `sheet` (null for empty text, which removes it). Throws
 * `ColumnOverrideError` with a plain message when it cannot be read, or when it names another sheet:
 * a correction is saved for the sheet it was typed for.
 */
export function parseColumnSetting(sheet: string, text: string): ColumnOverride | null {
  if (text.trim() === "") return null;
  const override = parseColumnOverride(text, sheet);
  if (override.sheet !== undefined && override.sheet !== sheet) {
    throw new ColumnOverrideError(`This names the sheet "${override.sheet}"; here you can only correct "${sheet}". Leave out the sheet name.`);
  }
  return { ...override, sheet };
}

/**
 * The settings with `sheet`'s column correction replaced by `text` (empty text removes it).
 * Corrections for every sheet (no sheet prefix) are left as the officer wrote them.
 * Throws `ColumnOverrideError` with a plain message when the text cannot be read; nothing changes then.
 */
export function withColumnSetting(settings: WorkbookSettings, sheet: string, text: string): WorkbookSettings {
  const override = parseColumnSetting(sheet, text);
  // Stored with the sheet it was typed for, whether or not the officer wrote the sheet's name.
  const value = `${quoteSheetName(sheet)}!${columnSettingOf(text).text}`;
  const isThisSheet = (candidate: SettingEntry): boolean => candidate.key === COLUMNS_SETTING_KEY && columnSettingOf(candidate.value).sheet === sheet;
  // The new row takes the place of the sheet's old one, else goes after the other column corrections.
  const replaced = settings.entries.findIndex(isThisSheet);
  const kept = settings.entries.filter((candidate) => !isThisSheet(candidate));
  const afterColumns = kept.reduce((last, candidate, i) => (candidate.key === COLUMNS_SETTING_KEY ? i + 1 : last), 0);
  const at = replaced >= 0 ? settings.entries.slice(0, replaced).filter((candidate) => !isThisSheet(candidate)).length : afterColumns;
  const entries = override === null ? kept : [...kept.slice(0, at), entry(COLUMNS_SETTING_KEY, value), ...kept.slice(at)];
  const columnOverrides = [...settings.columnOverrides.filter((o) => o.sheet !== sheet), ...(override ? [override] : [])];
  return { ...settings, entries, columnOverrides, problems: settings.problems };
}

/**
 * The settings with the RAG rules replaced by `rules` (validated: a ZodError for values the sheet
 * could not hold). Column corrections keep their rows; the RAG rows follow them in a fixed order.
 */
export function withRagRules(settings: WorkbookSettings, rules: RagRules): WorkbookSettings {
  const valid = RagRulesSchema.parse(rules);
  const words = new Set<string>();
  const statuses = valid.statuses.filter((status) => {
    const key = status.word.trim().toLowerCase();
    if (words.has(key)) return false;
    words.add(key);
    return true;
  });
  const columns = settings.entries.filter((candidate) => candidate.key === COLUMNS_SETTING_KEY);
  const entries: SettingEntry[] = [
    ...columns,
    entry(RAG_SETTING_KEYS.scale, valid.scale),
    entry(RAG_SETTING_KEYS.amberDays, valid.amberDays),
    entry(RAG_SETTING_KEYS.date, valid.date),
    ...statuses.map((status) => entry(`${STATUS_SETTING_PREFIX}${status.word.trim()}`, status.rag)),
  ];
  const cellsKept = new Set(columns.map((candidate) => `B${candidate.row}`));
  return {
    ...settings,
    entries,
    ragRules: { ...valid, statuses },
    problems: settings.problems.filter((problem) => cellsKept.has(problem.cell)),
  };
}
