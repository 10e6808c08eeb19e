/**
 * What an officer reads on the generated sheets, for comparing a refreshed-then-edited workbook with a
 * fresh refresh of the edited workbook. Each visible generated sheet becomes the multiset of its
 * printed rows (the values of the print-area columns, row by row, empty rows left out), so a table
 * that lists the same actions in another order still agrees, and a row that mixes two actions, a
 * wrong count or a missing action does not.
 */
import ExcelJS from "exceljs";
import { generatedRoleFromMarker, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { OUT_OF_DATE_PREFIX } from "../../src/core/live/staleness.js";

export interface SheetReading {
  readonly name: string;
  readonly rows: readonly string[];
  /** Error values (#REF!, #VALUE!…) shown anywhere on the sheet. */
  readonly errors: readonly string[];
  /** What the sheet says, through a live formula, when it is out of date and needs a refresh. */
  readonly outOfDate: string | null;
}

/** Roles whose sheets are read from the plan (settings and history are not). */
const PLAN_ROLES = new Set(["summary", "committee", "exceptions", "benefits"]);

function shownValue(cell: ExcelJS.Cell): string {
  // A merged cell other than the top-left one shows nothing (ExcelJS hands back the top-left's value).
  if (cell.isMerged && cell.master !== cell) return "";
  const value: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "(a date out of range)" : value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(Math.round(value * 1e6) / 1e6);
  if (typeof value === "object") {
    if ("error" in value) return `#ERROR ${String((value as { error: unknown }).error)}`;
    if ("richText" in value) return (value as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join("").trim();
    if ("text" in value) return String((value as { text: unknown }).text).trim();
    return JSON.stringify(value);
  }
  return String(value).trim();
}

/** Readings of every visible generated sheet a plan feeds, using the print-area width of `specs` (by sheet name). */
export function readGeneratedSheets(workbook: ExcelJS.Workbook, specs: readonly SheetSpec[]): SheetReading[] {
  const readings: SheetReading[] = [];
  for (const sheet of workbook.worksheets) {
    const role = generatedRoleFromMarker(sheet.name, shownValue(sheet.getCell(1, 1)));
    if (role === undefined || !PLAN_ROLES.has(role) || sheet.state !== "visible") continue;
    const spec = specs.find((s) => s.name === sheet.name);
    const width = spec?.print?.printArea?.right ?? sheet.columnCount;
    const rows: string[] = [];
    const errors: string[] = [];
    let outOfDate: string | null = null;
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      if (r < 2) return;
      const values: string[] = [];
      for (let c = 1; c <= Math.max(width, row.cellCount); c++) {
        const shown = shownValue(row.getCell(c));
        if (shown.startsWith("#ERROR")) errors.push(`${sheet.name}!${row.getCell(c).address} ${shown}`);
        if (shown.startsWith(OUT_OF_DATE_PREFIX)) outOfDate = shown;
        if (c <= width) values.push(shown);
      }
      if (values.some((v) => v !== "")) rows.push(values.join(" | ").replace(/( \| )+$/, ""));
    });
    readings.push({ name: sheet.name, rows, errors, outOfDate });
  }
  return readings;
}

/** The RAG column an officer added to the plan sheet: row → value. */
export function readRagColumn(workbook: ExcelJS.Workbook, sheetName: string, header: string): Map<number, string> {
  const values = new Map<number, string>();
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) return values;
  let column = 0;
  sheet.eachRow((row) => row.eachCell((cell, c) => {
    if (column === 0 && shownValue(cell) === header) column = c;
  }));
  if (column === 0) return values;
  sheet.eachRow((row, r) => {
    const cell = row.getCell(column);
    if (cell.type === ExcelJS.ValueType.Formula) values.set(r, shownValue(cell));
  });
  return values;
}

export interface Comparison {
  /** Printed rows of the live sheets that a fresh refresh does not print, and the reverse. */
  readonly wrongRows: string[];
  readonly errors: string[];
  /** Sheets that said they were out of date (their rows count as right). */
  readonly outOfDate: string[];
}

function multisetDifference(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const row of b) counts.set(row, (counts.get(row) ?? 0) + 1);
  const extra: string[] = [];
  for (const row of a) {
    const n = counts.get(row) ?? 0;
    if (n > 0) counts.set(row, n - 1);
    else extra.push(row);
  }
  return extra;
}

/** Live sheets against a fresh refresh of the same edited workbook. */
export function compareReadings(live: readonly SheetReading[], fresh: readonly SheetReading[]): Comparison {
  const wrongRows: string[] = [];
  const errors: string[] = [];
  const outOfDate: string[] = [];
  for (const sheet of live) {
    errors.push(...sheet.errors);
    if (sheet.outOfDate !== null) {
      outOfDate.push(`${sheet.name} ("${sheet.outOfDate}")`);
      continue;
    }
    const other = fresh.find((f) => f.name === sheet.name);
    if (!other) {
      wrongRows.push(`${sheet.name}: a fresh refresh has no such sheet`);
      continue;
    }
    for (const row of multisetDifference(sheet.rows, other.rows)) wrongRows.push(`${sheet.name} shows   ${row}`);
    for (const row of multisetDifference(other.rows, sheet.rows)) wrongRows.push(`${sheet.name} lacks   ${row}`);
  }
  return { wrongRows, errors, outOfDate };
}
