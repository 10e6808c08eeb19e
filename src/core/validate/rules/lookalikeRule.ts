import type { FieldKey, Plan } from "../../plan/Plan.js";
import type { IssueSink } from "../IssueSink.js";

/**
 * Cyrillic and Greek letters that look exactly like Latin ones. "СМТ" typed on a Cyrillic keyboard
 * reads as "CMT" but never matches it in a filter, a pivot table or a COUNTIFS.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y",
  а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", і: "i", ј: "j", ѕ: "s",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
  ο: "o",
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`);
const OTHER_NON_LATIN_LETTER = /[\u0370-\u03FF\u0400-\u04FF]/;

const CHECKED_FIELDS: readonly FieldKey[] = ["ref", "theme", "lead", "status", "stage", "serviceArea"];

/** The Latin reading of a text whose only non-Latin letters are look-alikes; null otherwise. */
export function latinReading(text: string): string | null {
  if (!LOOKALIKE_PATTERN.test(text)) return null;
  const replaced = [...text].map((char) => LOOKALIKES[char] ?? char).join("");
  return OTHER_NON_LATIN_LETTER.test(replaced) ? null : replaced;
}

/** Only fields that are matched, counted or filtered on: free text may legitimately be in any script. */
export function checkLookalikes(plan: Plan, sink: IssueSink): void {
  for (const action of plan.actions) {
    for (const field of CHECKED_FIELDS) {
      const cell = action.cells[field];
      if (!cell) continue;
      const latin = latinReading(cell.text);
      if (latin === null) continue;
      sink.add(
        "lookalike-characters",
        cell.row,
        cell.column,
        `"${cell.text}" contains Cyrillic or Greek letters that look like Latin ones, so it will not match "${latin}" in filters or counts.`,
        `Retype it as "${latin}" on an English keyboard.`,
      );
    }
  }
}
