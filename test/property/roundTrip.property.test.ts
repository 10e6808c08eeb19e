/**
 * End to end over real files, as the command line does it: a random workbook is written with ExcelJS
 * (standing in for the officer's file), refreshed by `plan-tracker refresh` in process (the package
 * reader and writer), and the result read back. The officer's sheets must come back exactly as they
 * went in (names, order, visibility, values, formulas, number formats, merges) — only the RAG column,
 * when asked for, is added — and every generated cell is in the file as the spec says: text stays
 * text, never a formula.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openXlsxPackage } from "../../src/adapters/xlsxPackage/index.js";
import { gridOfPackage, readXlsxGrid } from "../../src/adapters/xlsxRead/readXlsxGrid.js";
import { runCli } from "../../src/cli/runCli.js";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import type { CellValue } from "../../src/core/grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { ukDateTime } from "../../src/core/parse/localTime.js";
import { buildRefresh } from "../../src/core/refresh/buildRefresh.js";
import { expandFormulaRuns, generatedRoleOf, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { assertProperty, workbookCase } from "../support/arbitraries.js";

/** The command line's clock in these runs. */
const NOW = new Date(Date.UTC(2026, 10, 24, 15, 4));

let dir: string;

/** The grid written with ExcelJS: values, formulas with their cached results, number formats, merges, visibility. */
function toWorkbook(grid: WorkbookGrid): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = worksheet.getCell(r + 1, c + 1);
        target.value =
          cell.formula !== undefined
            ? ({ formula: cell.formula, ...(cell.value !== null ? { result: cell.value } : {}) } as ExcelJS.CellFormulaValue)
            : (cell.value as ExcelJS.CellValue);
        if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
      }),
    );
    for (const m of sheet.merges) worksheet.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return workbook;
}

/**
 * A value as plain data (a Date as its ISO string) for comparison. Carriage returns are compared as
 * line feeds: ExcelJS writes "\r" raw into the XML, where any reader sees a line break as "\n". (A
 * real workbook cannot hand us a raw "\r": Excel stores it as _x000D_, which ExcelJS keeps as written.)
 */
function plainValue(value: CellValue | undefined): unknown {
  if (typeof value === "string") return value.replace(/\r\n?/g, "\n");
  return value instanceof Date ? { date: value.toISOString() } : (value ?? null);
}

/**
 * The cells of a sheet as a map "row:column" → value and formula, plus the number format for the
 * cells in `formatted` (the input's cells that set one: ExcelJS gives dates a default format).
 */
function cellsOf(sheet: SheetGrid, formatted: (key: string) => boolean, skip: (row: number, column: number) => boolean = () => false): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || skip(r + 1, c + 1)) return;
      const key = `${r + 1}:${c + 1}`;
      cells.set(key, { value: plainValue(cell.value), formula: cell.formula, ...(formatted(key) ? { numFmt: cell.numFmt } : {}) });
    }),
  );
  return cells;
}

const mergeKeys = (sheet: SheetGrid): string[] => sheet.merges.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`).sort();

/** What the file holds for each cell the spec writes (the marker row included). */
function specProblems(withRuns: SheetSpec, back: SheetGrid | undefined): string[] {
  // A run comes back from the file as its shared formula written out cell by cell (the reader's job).
  const spec = expandFormulaRuns(withRuns);
  if (!back) return [`generated sheet ${spec.name} is missing from the file`];
  const problems: string[] = [];
  spec.rows.forEach((row, r) =>
    row?.cells.forEach((cell, c) => {
      if (!cell) return;
      const got = back.rows[r]?.[c];
      const at = `${spec.name}!R${r + 1}C${c + 1}`;
      switch (cell.kind) {
        case "text":
          if (cell.text === "" ? got !== undefined && got.value !== "" : got?.value !== cell.text || got.formula !== undefined) {
            problems.push(`${at}: text ${JSON.stringify(cell.text.slice(0, 40))} came back as ${JSON.stringify({ value: plainValue(got?.value), formula: got?.formula }).slice(0, 120)}`);
          }
          break;
        case "formula":
          if (got?.formula !== cell.formula) problems.push(`${at}: formula ${cell.formula.slice(0, 60)} came back as ${JSON.stringify(got).slice(0, 120)}`);
          break;
        case "number":
          if (got?.value !== cell.value || got.formula !== undefined) problems.push(`${at}: number ${cell.value} came back as ${JSON.stringify(got)}`);
          break;
        default:
          break;
      }
    }),
  );
  return problems;
}

describe("refresh end to end through .xlsx files (property)", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pt-property-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  let n = 0;
  it("leaves the officer's sheets as they were and writes every generated cell as its spec says", async () => {
    await assertProperty(
      fc.asyncProperty(workbookCase, fc.boolean(), fc.boolean(), async ({ grid, asOf }, addRagColumn, takeSnapshot) => {
        const input = join(dir, `in-${++n}.xlsx`);
        const output = join(dir, `out-${n}.xlsx`);
        try {
          await toWorkbook(grid).xlsx.writeFile(input);
          // What the command line reads and builds (src/cli/openPlanWorkbook.ts, refreshCommand.ts), for the specs to compare with.
          const read = gridOfPackage(await openXlsxPackage(new Uint8Array(await readFile(input))));
          const check = checkWorkbook(read, { asOf, frontEnd: "commandLine" });
          fc.pre(check.plans.length > 0);
          const refresh = buildRefresh({ grid: read, check, asOf, refreshedAt: ukDateTime(NOW), takeSnapshot });
          let errors = "";
          const args = ["refresh", input, "-o", output, "--as-of", asOf, ...(addRagColumn ? ["--add-rag-column"] : []), ...(takeSnapshot ? ["--snapshot"] : [])];
          const code = await runCli(args, { out: () => undefined, err: (text) => (errors += text), now: () => NOW });
          expect(code === 2 ? errors : "", "the refresh ran").toBe("");
          const ragColumns = addRagColumn ? refresh.ragColumns : [];
          const back = await readXlsxGrid(new Uint8Array(await readFile(output)));

          const officer = grid.sheets.filter((sheet) => generatedRoleOf(sheet) === undefined);
          expect(back.sheets.map((s) => s.name)).toEqual([...officer.map((s) => s.name), ...refresh.specs.map((s) => s.name)]);
          for (const sheet of officer) {
            const after = back.sheets.find((s) => s.name === sheet.name) as SheetGrid;
            const rag = ragColumns.filter((column) => column.sheet === sheet.name);
            const ours = (row: number, column: number): boolean =>
              rag.some((r) => r.column === column && (r.headerRows.includes(row) || r.cells.some((cell) => cell.row === row)));
            expect(after.visibility, sheet.name).toBe(sheet.visibility);
            expect(mergeKeys(after), sheet.name).toEqual(mergeKeys(sheet));
            const formatted = new Set<string>();
            sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell?.numFmt !== undefined && formatted.add(`${r + 1}:${c + 1}`)));
            const before = cellsOf(sheet, (key) => formatted.has(key));
            const now = cellsOf(after, (key) => formatted.has(key), ours);
            expect(now, sheet.name).toEqual(before);
            for (const column of rag) {
              for (const cell of column.cells) expect(after.rows[cell.row - 1]?.[column.column - 1]?.formula, `RAG column of ${sheet.name}`).toBe(cell.formula);
            }
          }
          const problems = refresh.specs.flatMap((spec) => specProblems(spec, back.sheets.find((s) => s.name === spec.name)));
          expect(problems.slice(0, 5)).toEqual([]);
        } finally {
          await rm(input, { force: true });
          await rm(output, { force: true });
        }
      }),
      // Shrinking a failure through real files is slow: stop after 90 s and report what was found.
      { numRuns: 50, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  }, 180_000);
});
