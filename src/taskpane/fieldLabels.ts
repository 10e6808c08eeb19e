/**
 * The plan's fields in words an officer uses, for the Columns view. The report keys its columns by
 * field (`lead`, `revisedTarget`, `benefit:2022/23`); corrections are typed with the same keys.
 */
import { FIELD_KEYS } from "../core/plan/Plan.js";
import { FIELD_LABELS } from "../core/plan/fieldLabels.js";
import type { PlanSummary } from "../core/report/ValidationReport.js";

const FIELD_ORDER = new Map<string, number>(FIELD_KEYS.map((key, i) => [key, i]));

/** "Lead officer" for `lead`, "Benefits 2022/23" for `benefit:2022/23`; unknown keys as they are. */
export function fieldLabel(key: string): string {
  const year = /^benefit:(.+)$/.exec(key);
  if (year) return `Benefits ${year[1] ?? ""}`;
  return (FIELD_LABELS as Readonly<Record<string, string>>)[key] ?? key;
}

export interface ColumnRow {
  readonly key: string;
  readonly label: string;
  readonly column: string;
}

/** The plan's columns in the fields' usual order (benefit years last, by year). */
export function columnRows(columns: PlanSummary["columns"]): ColumnRow[] {
  const rank = (key: string): number => FIELD_ORDER.get(key) ?? FIELD_KEYS.length;
  return Object.entries(columns)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, column]) => ({ key, label: fieldLabel(key), column }));
}

/** How the columns were found, for the officer. */
export const MAPPING_LABELS: Readonly<Record<PlanSummary["mapping"], string>> = {
  detected: "Found from the headings",
  workbook: "Saved in this workbook",
  option: "Given for this run",
};
