/**
 * The drop-down list on a plan's status column: the council's own status words. A list is written
 * inline (`"Red,Amber,Green"`) or points at a range (`Lists!$A$2:$A$6`) or a defined name
 * (`StatusList`); adapters give the words when they can, and the core resolves a range or a name
 * against the workbook's sheets when they could not.
 */
import { columnNumber, type CellRange } from "../grid/Address.js";
import type { ListValidation, SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import { cellText } from "../parse/cleanText.js";

export interface StatusList {
  /** The list's words, in the list's order, trimmed, without blanks or repeats. */
  readonly words: readonly string[];
  /** The list formula as written (`Lists!$A$2:$A$6`), or null for an inline list. */
  readonly source: string | null;
}

/** Where a list could not be read: the words stay unknown, and the report says why. */
export interface UnreadList {
  readonly source: string;
}

const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The words of a range, read down then across, as text. */
function wordsIn(sheet: SheetGrid, range: CellRange): string[] {
  const words: string[] = [];
  for (let column = range.left; column <= Math.min(range.right, range.left + 20); column++) {
    for (let row = range.top; row <= Math.min(range.bottom, sheet.rowCount, range.top + 500); row++) {
      const value = sheet.rows[row - 1]?.[column - 1]?.value ?? null;
      const text = cellText(value).text.trim();
      if (text !== "") words.push(text);
    }
  }
  return words;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, "");
}

/**
 * A name that is not a cell reference: the workbook's defined name when the grid carries it; else a
 * lookup sheet's column headed with the name ("Status list" heads the words of `StatusList`), the
 * usual way officers lay out their lists.
 */
function resolveName(workbook: WorkbookGrid, name: string, depth: number): string[] | null {
  const defined = workbook.definedNames?.[name] ?? Object.entries(workbook.definedNames ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  if (defined !== undefined) return resolveSource(workbook, null, defined, depth + 1);
  const wanted = normaliseName(name);
  for (const sheet of workbook.sheets) {
    for (let row = 1; row <= Math.min(sheet.rowCount, 5); row++) {
      const cells = sheet.rows[row - 1] ?? [];
      for (let column = 1; column <= cells.length; column++) {
        const value = cells[column - 1]?.value;
        if (typeof value !== "string" || normaliseName(value) !== wanted) continue;
        const words = wordsIn(sheet, { top: row + 1, left: column, bottom: sheet.rowCount, right: column });
        return words.length > 0 ? words : null;
      }
    }
  }
  return null;
}

/**
 * The words a list formula points at, or null when it cannot be resolved (INDIRECT, OFFSET, another
 * workbook, a missing sheet). `sheet` is the sheet the validation is on, for a bare `$A$2:$A$6`.
 */
export function resolveSource(workbook: WorkbookGrid, sheet: SheetGrid | null, source: string, depth = 0): string[] | null {
  if (depth > 3) return null;
  const text = source.trim().replace(/^=/, "").trim();
  const inline = /^"(.*)"$/s.exec(text);
  if (inline) return (inline[1] as string).split(",").map((word) => word.trim()).filter(Boolean);
  const reference = REFERENCE.exec(text);
  if (reference) {
    const sheetName = reference[1] !== undefined ? reference[1].replace(/''/g, "'") : reference[2];
    const target = sheetName === undefined ? sheet : (workbook.sheets.find((s) => s.name === sheetName) ?? workbook.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase()));
    if (!target) return null;
    const left = columnNumber(reference[3] as string);
    const top = Number(reference[4]);
    const range = { top, left, bottom: reference[6] ? Number(reference[6]) : top, right: reference[5] ? columnNumber(reference[5]) : left };
    return wordsIn(target, range);
  }
  if (/^[A-Za-z_\\][\w.\\]*$/.test(text)) return resolveName(workbook, text, depth);
  return null;
}

function unique(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of words) {
    const trimmed = word.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/**
 * The list validation covering most of `column` over rows `top`..`bottom` of `sheet`, read into
 * words. Null when the column has no list; `{ source }` alone when it has one we could not read.
 */
export function statusListOf(workbook: WorkbookGrid, sheet: SheetGrid, column: number, top: number, bottom: number): StatusList | UnreadList | null {
  const area: CellRange = { top, left: column, bottom, right: column };
  let best: { validation: ListValidation; cells: number } | null = null;
  for (const validation of sheet.validations ?? []) {
    let cells = 0;
    for (const range of validation.ranges) {
      if (!overlaps(range, area)) continue;
      cells += Math.min(range.bottom, bottom) - Math.max(range.top, top) + 1;
    }
    if (cells > 0 && (!best || cells > best.cells)) best = { validation, cells };
  }
  if (!best) return null;
  const { validation } = best;
  const source = validation.source?.trim().replace(/^=/, "") ?? null;
  const inlineSource = source !== null && /^".*"$/s.test(source);
  const words = validation.items ?? (source !== null ? resolveSource(workbook, sheet, source) : null);
  if (words === null || words.length === 0) return source !== null ? { source } : null;
  return { words: unique(words), source: inlineSource ? null : source };
}

export function isStatusList(list: StatusList | UnreadList | null): list is StatusList {
  return list !== null && "words" in list;
}
