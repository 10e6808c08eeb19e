/**
 * Shared by the refresh tests: load a sample with ExcelJS, refresh it through the core, write and
 * recalculate it with LibreOffice, and compare every formula result with what the core expected.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/adapters/exceljs/readWorkbook.js";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { checkWorkbook, type WorkbookCheck } from "../../src/core/checkWorkbook.js";
import { cellAddress } from "../../src/core/grid/Address.js";
import type { WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { buildRefresh, type RefreshOutput } from "../../src/core/refresh/buildRefresh.js";
import { expandFormulaRuns, generatedRoleOf, isoDateToSerial, type CellSpec, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { recalculate } from "../support/libreoffice.js";

/** Each sample with an as-of date that gives a mix of RAG ratings. */
export const SAMPLE_AS_OF: Readonly<Record<string, string>> = {
  "peer-challenge-2014.xlsx": "2014-10-31",
  "od-programme-benefits.xlsx": "2022-09-30",
  "cip-monitoring.xlsx": "2018-09-30",
  "shared-services-2018.xlsx": "2018-11-30",
  "action-plan-2024.xlsx": "2024-06-30",
};

export const REFRESHED_AT = "24/11/2026 15:04";

export async function loadSample(name: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readFile(join("samples", name)));
}

export interface Refreshed {
  readonly grid: WorkbookGrid;
  readonly check: WorkbookCheck;
  readonly output: RefreshOutput;
}

/** The core's refresh of a workbook as it stands in ExcelJS (what the CLI does). */
export function refreshWorkbook(workbook: ExcelJS.Workbook, asOf: string, options: { takeSnapshot?: boolean; refreshedAt?: string; addRagColumn?: boolean } = {}): Refreshed {
  return refreshGrid(workbookToGrid(workbook), asOf, options);
}

export function refreshGrid(grid: WorkbookGrid, asOf: string, options: { takeSnapshot?: boolean; refreshedAt?: string; addRagColumn?: boolean } = {}): Refreshed {
  const check = checkWorkbook(grid, { asOf, isGeneratedSheet: (sheet) => generatedRoleOf(sheet) !== undefined });
  const built = buildRefresh({
    grid,
    check,
    asOf,
    refreshedAt: options.refreshedAt ?? REFRESHED_AT,
    takeSnapshot: options.takeSnapshot ?? false,
    ...(options.addRagColumn !== undefined ? { addRagColumn: options.addRagColumn } : {}),
  });
  // Runs written out cell by cell, as the ExcelJS and Office.js renderers write them, so a test reads every cell
  // (test/package/sharedFormulas.test.ts checks the runs themselves).
  const output = { ...built, specs: built.specs.map(expandFormulaRuns) };
  return { grid, check, output };
}

export function specNamed(output: RefreshOutput, name: string): SheetSpec {
  const spec = output.specs.find((s) => s.name === name);
  if (!spec) throw new Error(`no generated sheet "${name}" (have ${output.specs.map((s) => s.name).join(", ")})`);
  return spec;
}

export function specOfRole(output: RefreshOutput, role: SheetSpec["role"]): SheetSpec {
  const spec = output.specs.find((s) => s.role === role);
  if (!spec) throw new Error(`no generated sheet with role ${role}`);
  return spec;
}

export function cellOf(spec: SheetSpec, address: string): CellSpec | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  const column = [...(match[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return spec.rows[Number(match[2]) - 1]?.cells[column - 1];
}

/** What a cell shows in the spec: text, number, ISO date, or a formula's expected value. */
export function shown(cell: CellSpec | undefined): string | number | undefined {
  if (!cell) return undefined;
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      return cell.value;
    case "date":
      return cell.iso;
    case "formula":
      return cell.expected;
    default:
      return undefined;
  }
}

/** The rows of a spec as what each cell shows. */
export function shownRows(spec: SheetSpec): Array<Array<string | number | undefined>> {
  return Array.from(spec.rows, (row) => Array.from(row?.cells ?? [], shown));
}

/**
 * The table whose header row starts with `header` in column A (after `after`): label in A → the
 * values of the following columns, until the first row without a label.
 */
export function tableAfter(spec: SheetSpec, header: string, after = 0): { columns: string[]; rows: Map<string, Array<string | number | undefined>>; top: number } {
  const rows = shownRows(spec);
  const top = rows.findIndex((row, i) => i >= after && row[0] === header);
  if (top < 0) throw new Error(`no table headed "${header}" in ${spec.name}`);
  const columns = (rows[top] ?? []).slice(1).map(String);
  const table = new Map<string, Array<string | number | undefined>>();
  for (let r = top + 1; r < rows.length; r++) {
    const label = rows[r]?.[0];
    if (typeof label !== "string" || label === "") break;
    table.set(label, (rows[r] ?? []).slice(1));
  }
  return { columns, rows: table, top: top + 1 };
}

export interface FormulaExpectation {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly expected: number | string;
}

export function formulaCells(specs: readonly SheetSpec[]): FormulaExpectation[] {
  const out: FormulaExpectation[] = [];
  // Every cell of a run too, as a file's shared formula gives it to each cell.
  for (const spec of specs.map(expandFormulaRuns)) {
    spec.rows.forEach((row, r) =>
      row?.cells.forEach((cell, c) => {
        if (cell?.kind === "formula" && cell.expected !== undefined) out.push({ sheet: spec.name, address: cellAddress(r + 1, c + 1), formula: cell.formula, expected: cell.expected });
      }),
    );
  }
  return out;
}

/** The same specs with every cached formula result wrong: only a real recalculation can put them right. */
export function withStaleResults(specs: readonly SheetSpec[]): SheetSpec[] {
  return specs.map(expandFormulaRuns).map((spec) => ({
    ...spec,
    rows: spec.rows.map(
      (row) =>
        row && {
          ...row,
          cells: row.cells.map((cell) => (cell?.kind === "formula" && cell.expected !== undefined ? { ...cell, expected: typeof cell.expected === "number" ? -987_654 : "stale" } : cell)),
        },
    ),
  }));
}

/**
 * A recalculated result as the core states it: a date comes back from ExcelJS as a Date (the cell
 * has a date format) and is turned back into its serial; an empty-string result may come back empty.
 */
export function resultOf(cell: ExcelJS.Cell): unknown {
  const result = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (result instanceof Date) {
    if (Number.isNaN(result.getTime())) return "(a date out of range)";
    const iso = result.toISOString().slice(0, 10);
    return isoDateToSerial(iso) + (result.getTime() - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;
  }
  if (result === null || result === undefined) return "";
  return result;
}

export function isErrorValue(value: unknown): boolean {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Compares every formula with LibreOffice's result; returns the disagreements (empty when all agree). */
export function disagreements(workbook: ExcelJS.Workbook, expectations: readonly FormulaExpectation[]): string[] {
  const problems: string[] = [];
  for (const f of expectations) {
    const cell = workbook.getWorksheet(f.sheet)?.getCell(f.address);
    if (!cell) {
      problems.push(`${f.sheet}!${f.address}: missing`);
      continue;
    }
    const got = resultOf(cell);
    const ok = typeof f.expected === "number" ? typeof got === "number" && Math.abs(got - f.expected) <= 1e-9 : got === f.expected;
    if (!ok) problems.push(`${f.sheet}!${f.address} = ${JSON.stringify(got)}, expected ${JSON.stringify(f.expected)} (${f.formula.slice(0, 160)})`);
  }
  return problems;
}

/** Cells of the named sheets holding an error value (#REF!, #VALUE!, #NAME?…), as a formula result or a value. */
export function errorCells(workbook: ExcelJS.Workbook, sheets: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of sheets) {
    workbook.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        if (isErrorValue(value)) found.push(`${name}!${cell.address} ${JSON.stringify(value)}`);
      }),
    );
  }
  return found;
}

/** Writes the workbook, recalculates it with LibreOffice, and reads the result back. */
export async function writeAndRecalculate(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  const recalculated = await recalculate(path, { tempRoot: dir });
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculated);
  return back;
}
