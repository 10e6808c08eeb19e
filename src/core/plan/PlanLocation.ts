/**
 * "Where is your plan?": what an officer needs to say where a plan is when the reader found none, or
 * found a column wrongly — the sheets, the rows that could be the header row with each row's
 * headings ("D — Responsible officer"), and what the reader chose on each sheet. The answer is a
 * {@link PlanLocation}, saved as the `columns` setting's text (`header=3, action=C, lead=D`), so
 * the next check, refresh and the command line all read the plan the same way.
 *
 * Deliberately narrow: a sheet's choices carry what the reader chose (header row and columns), so
 * a richer account of the reader's choice can fill the same shape.
 */
import { columnLetters, columnNumber } from "../grid/Address.js";
import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import { cellText } from "../parse/cleanText.js";
import { matchHeader } from "./headerSynonyms.js";
import { FIELD_KEYS, type FieldKey, type Plan } from "./Plan.js";

/** Rows offered as the header row: plans start near the top (a title, a blank row or two, then headings). */
export const HEADER_ROWS_OFFERED = 40;
/** A heading is shown up to this many characters: enough to recognise it in a drop-down. */
const HEADING_SHOWN = 60;

/** A column of the chosen header row, for a drop-down: "D — Responsible officer". */
export interface HeadingChoice {
  /** Column letters, "D". */
  readonly column: string;
  /** The heading as the officer wrote it, cleaned and cut short. */
  readonly text: string;
  /** The field the heading's words name ("lead", "benefit:2022/23"), or null when they name none. */
  readonly field: string | null;
}

export interface HeaderRowChoice {
  readonly row: number;
  readonly headings: readonly HeadingChoice[];
  /** Every filled cell is short text, as headings are (data rows hold dates, numbers and sentences). */
  readonly looksLikeHeadings: boolean;
}

/** What the reader chose on a sheet: the header row and each field's column. */
export interface ReaderChoice {
  readonly headerRow: number;
  /** Field → column letters, as the report writes them (`lead` → "D", `benefit:2022/23` → "K"). */
  readonly columns: Readonly<Record<string, string>>;
  /** Field → the columns the reader set aside for it, each with why ("Q1 is an earlier period than Q3"). */
  readonly setAside: Readonly<Record<string, ReadonlyArray<{ readonly column: string; readonly header: string; readonly why: string }>>>;
}

export interface SheetLocationChoices {
  readonly sheet: string;
  /** Rows near the top with two or more filled cells, in order. */
  readonly rows: readonly HeaderRowChoice[];
  /** The reader's choice on this sheet (its first plan), or null when it found no plan there. */
  readonly found: ReaderChoice | null;
}

/** The officer's answer: the header row and the column of each field they chose. */
export interface PlanLocation {
  /** Absent: keep finding the header row by its words (only the columns are corrected). */
  readonly headerRow?: number;
  /** Field → column letters; fields left out are not set. */
  readonly columns: Readonly<Record<string, string>>;
}

function shorten(value: string): string {
  return value.length <= HEADING_SHOWN ? value : `${value.slice(0, HEADING_SHOWN - 1).trimEnd()}…`;
}

function fieldOf(text: string): string | null {
  const match = matchHeader(text);
  if (!match) return null;
  return match.kind === "field" ? match.field : `benefit:${match.year}`;
}

/** The row's filled cells as headings, in column order. */
export function headingsOnRow(sheet: SheetGrid, row: number): HeadingChoice[] {
  const cells = sheet.rows[row - 1] ?? [];
  const headings: HeadingChoice[] = [];
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (!cell || cell.value === null || cell.value === undefined) continue;
    const text = cellText(cell.value).text.replace(/\s+/g, " ").trim();
    if (text === "") continue;
    headings.push({ column: columnLetters(index + 1), text: shorten(text), field: fieldOf(text) });
  }
  return headings;
}

/** Longest cell a heading row holds: longer text is a sentence of data. */
const HEADING_LENGTH = 40;

function isShortTextRow(sheet: SheetGrid, row: number): boolean {
  return (sheet.rows[row - 1] ?? []).every((cell) => {
    if (!cell || cell.value === null || cell.value === undefined) return true;
    return typeof cell.value === "string" && cell.formula === undefined && cellText(cell.value).text.trim().length <= HEADING_LENGTH;
  });
}

/**
 * The row most likely to hold the headings: what the reader chose; else, of the rows that look like
 * headings, the one whose words name most fields (the first on a tie); else the first row offered.
 */
export function likelyHeaderRow(location: SheetLocationChoices): number | null {
  if (location.found) return location.found.headerRow;
  const named = (row: HeaderRowChoice) => row.headings.filter((heading) => heading.field !== null).length;
  let best: HeaderRowChoice | undefined;
  for (const row of location.rows) if (row.looksLikeHeadings && (!best || named(row) > named(best))) best = row;
  return (best ?? location.rows[0])?.row ?? null;
}

function readerChoice(plan: Plan): ReaderChoice {
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(plan.columns.fields)) columns[field] = columnLetters(column);
  for (const [year, column] of Object.entries(plan.columns.benefitYears)) columns[`benefit:${year}`] = columnLetters(column);
  const setAside: Record<string, Array<{ column: string; header: string; why: string }>> = {};
  for (const choice of plan.columnChoices ?? []) {
    if (choice.rejected.length > 0) setAside[choice.field] = choice.rejected.map((rejected) => ({ column: columnLetters(rejected.column), header: rejected.header, why: rejected.detail }));
  }
  for (const heading of plan.headingsSetAside ?? []) {
    (setAside[heading.field] ??= []).push({ column: columnLetters(heading.column), header: heading.header, why: heading.detail });
  }
  return { headerRow: plan.headerRows[0] ?? plan.range.top, columns, setAside };
}

/**
 * The choices for every visible sheet that `isCandidate` allows (not ours, not the settings), with
 * what the reader chose from `plans`. Pure.
 */
export function planLocationChoices(workbook: WorkbookGrid, plans: readonly Plan[], isCandidate: (sheet: SheetGrid) => boolean): SheetLocationChoices[] {
  return workbook.sheets
    .filter((sheet) => sheet.visibility === "visible" && sheet.rowCount > 0 && isCandidate(sheet))
    .map((sheet) => {
      const rows: HeaderRowChoice[] = [];
      for (let row = 1; row <= Math.min(sheet.rowCount, HEADER_ROWS_OFFERED); row++) {
        const headings = headingsOnRow(sheet, row);
        if (headings.length >= 2) rows.push({ row, headings, looksLikeHeadings: isShortTextRow(sheet, row) });
      }
      const plan = plans.find((candidate) => candidate.sheet === sheet.name);
      return { sheet: sheet.name, rows, found: plan ? readerChoice(plan) : null };
    });
}

/** The fields a column correction can set, in the order the officer is asked for them. */
export const LOCATION_FIELDS: readonly FieldKey[] = FIELD_KEYS;

/** Fields that say a row is an action: a plan needs one of them. */
const ACTION_FIELDS: readonly FieldKey[] = ["action", "recommendation", "outcome"];

/**
 * Null when `location` can be saved, else what to change, in words an officer uses (`label` names
 * each field): one column per field, and a column for the actions.
 */
export function planLocationProblem(location: PlanLocation, label: (field: string) => string): string | null {
  const byColumn = new Map<string, string[]>();
  for (const [field, column] of Object.entries(location.columns)) byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  for (const [column, fields] of byColumn) {
    if (fields.length > 1) return `Column ${column} is chosen for both ${fields.map(label).join(" and ")}. Choose a different column for one of them.`;
  }
  if (!ACTION_FIELDS.some((field) => location.columns[field] !== undefined)) {
    return `Choose the column that holds the actions (${label("action")}).`;
  }
  return null;
}

/**
 * The `columns` setting's text for `location`: `header=3, ref=A, action=C, lead=D`, fields in their
 * usual order and benefit years last, as `parseColumnOverride` reads it.
 */
export function locationSettingText(location: PlanLocation): string {
  const rank = (key: string): number => {
    const at = (FIELD_KEYS as readonly string[]).indexOf(key);
    return at >= 0 ? at : FIELD_KEYS.length;
  };
  const parts = Object.entries(location.columns)
    .filter(([, column]) => column !== "" && columnNumber(column) > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([field, column]) => `${field}=${column.toUpperCase()}`);
  return [...(location.headerRow !== undefined ? [`header=${location.headerRow}`] : []), ...parts].join(", ");
}
