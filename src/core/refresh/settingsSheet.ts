/**
 * The "PT Settings" sheet, written from the settings the refresh read — so an officer's edits carry
 * over to the next refresh even though the sheet itself is regenerated. Rows keep the order they
 * were read in (a setting stays at the cell a problem report pointed to); settings not there yet are
 * added with their defaults, so every rule is visible and editable. A value that could not be used is
 * written back exactly as typed, for the officer to correct.
 */
import { RAG_SCALES, RAG_VALUES, parseRagWord } from "../rag/RagValue.js";
import { RAG_DATE_BASES, RAG_SETTING_KEYS, RAG_SETTING_NOTES, STATUS_SETTING_PREFIX, type RagRules, type StatusRag } from "../rag/ragRules.js";
import { COLUMNS_SETTING_KEY, type WorkbookSettings } from "../settings/WorkbookSettings.js";
import { SheetSpecBuilder, num, text, type CellSpec, type SheetSpec } from "../sheets/SheetSpec.js";
import { MACHINERY_TAB, STYLE, withReportStyles } from "./sheetStyles.js";

export const SETTINGS_FIRST_ROW = 5;

interface Line {
  readonly key: string;
  readonly value: CellSpec;
  readonly note: string;
  readonly list?: readonly string[];
}

function noteFor(key: string): string {
  if (key === COLUMNS_SETTING_KEY) return "Column corrections, e.g. status=G, lead=D (optionally Sheet name!status=G).";
  if (key === RAG_SETTING_KEYS.scale) return RAG_SETTING_NOTES.scale;
  if (key === RAG_SETTING_KEYS.amberDays) return RAG_SETTING_NOTES.amberDays;
  if (key === RAG_SETTING_KEYS.date) return RAG_SETTING_NOTES.date;
  if (key.startsWith(STATUS_SETTING_PREFIX)) return RAG_SETTING_NOTES.status;
  return "Not a setting Plan Tracker knows: check the spelling, or delete the row.";
}

function listFor(key: string): readonly string[] | undefined {
  if (key === RAG_SETTING_KEYS.scale) return RAG_SCALES;
  if (key === RAG_SETTING_KEYS.date) return RAG_DATE_BASES;
  if (key.startsWith(STATUS_SETTING_PREFIX)) return RAG_VALUES;
  return undefined;
}

/** The value as the rules read it (canonical spelling), so "brag" is written back as "BRAG". */
function canonicalValue(key: string, value: string, rules: RagRules): CellSpec {
  if (key === RAG_SETTING_KEYS.scale) return text(rules.scale);
  if (key === RAG_SETTING_KEYS.amberDays) return num(rules.amberDays);
  if (key === RAG_SETTING_KEYS.date) return text(rules.date);
  if (key.startsWith(STATUS_SETTING_PREFIX)) return text(parseRagWord(value) ?? value);
  return text(value);
}

/**
 * `extraStatuses`: statuses the plans use that the settings do not list yet, with the RAG they are
 * given now, so the officer can see and change them.
 */
export function buildSettingsSheet(sheetName: string, settings: WorkbookSettings, extraStatuses: readonly StatusRag[]): SheetSpec {
  const rules = settings.ragRules;
  const lines: Line[] = [];
  const keys = new Set<string>();
  for (const entry of settings.entries) {
    const value = entry.invalid ? (typeof entry.raw === "number" ? num(entry.raw) : text(entry.value)) : canonicalValue(entry.key, entry.value, rules);
    lines.push({ key: entry.key, value, note: noteFor(entry.key), ...(listFor(entry.key) ? { list: listFor(entry.key) } : {}) });
    keys.add(entry.key.toLowerCase());
  }
  const addDefault = (key: string, value: CellSpec): void => {
    if (keys.has(key.toLowerCase())) return;
    keys.add(key.toLowerCase());
    lines.push({ key, value, note: noteFor(key), ...(listFor(key) ? { list: listFor(key) } : {}) });
  };
  addDefault(RAG_SETTING_KEYS.scale, text(rules.scale));
  addDefault(RAG_SETTING_KEYS.amberDays, num(rules.amberDays));
  addDefault(RAG_SETTING_KEYS.date, text(rules.date));
  const hasValidStatus = settings.entries.some((entry) => entry.key.startsWith(STATUS_SETTING_PREFIX) && !entry.invalid);
  if (!hasValidStatus) for (const status of rules.statuses) addDefault(`${STATUS_SETTING_PREFIX}${status.word}`, text(status.rag));
  for (const status of extraStatuses) addDefault(`${STATUS_SETTING_PREFIX}${status.word}`, text(status.rag));

  const b = withReportStyles(new SheetSpecBuilder(sheetName, "settings")).tabColor(MACHINERY_TAB);
  b.columnWidths([26, 16, 90]);
  b.row(2, [text("Plan Tracker settings", STYLE.title)]);
  b.row(3, [text("Edit the values in column B, or add rows. Plan Tracker reads them on every refresh and writes this sheet again from them.", STYLE.note)]);
  b.row(4, [text("Setting", STYLE.header), text("Value", STYLE.header), text("What it means", STYLE.header)]);
  lines.forEach((line, i) => {
    const row = SETTINGS_FIRST_ROW + i;
    b.row(row, [text(line.key, STYLE.label), { ...line.value, style: STYLE.label }, text(line.note, STYLE.note)]);
    if (line.list) b.validation({ range: { top: row, left: 2, bottom: row, right: 2 }, allowed: { values: line.list }, errorStyle: "warning" });
  });
  b.freeze(4);
  return b.build();
}
