/**
 * The command line writes each filled-down column of our sheets as one shared formula (ECMA-376 Part 1
 * §18.3.1.40), as Excel writes a filled column: the text once, in the run's first cell with its range,
 * and each other cell pointing at it. Read back, every cell holds its own row's formula; recalculated
 * by LibreOffice, every cell shows what the core computed for it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openXlsxPackage } from "../../src/adapters/xlsxPackage/index.js";
import { readXlsxGrid } from "../../src/adapters/xlsxRead/readXlsxGrid.js";
import { expandFormulaRuns } from "../../src/core/sheets/SheetSpec.js";
import { disagreements, errorCells, formulaCells } from "../refresh/refreshSupport.js";
import { recalculate, requireLibreOffice } from "../support/libreoffice.js";
import { cli, readWithExcelJs, refreshOutputFor } from "./packageSupport.js";

const gate = requireLibreOffice();
const root = mkdtempSync(join(tmpdir(), "pt-shared-formulas-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SAMPLE = "samples/cip-monitoring.xlsx";
const AS_OF = "2018-09-30";

async function refreshed(): Promise<string> {
  const output = join(root, "cip.refreshed.xlsx");
  const { code, err } = await cli("refresh", SAMPLE, "-o", output, "--as-of", AS_OF);
  expect(err).toBe("");
  expect(code).toBeLessThan(2);
  return output;
}

describe("filled-down columns as shared formulas", () => {
  it("writes each run once, with its range, and every other cell of it as a pointer", async () => {
    const expected = await refreshOutputFor(SAMPLE, AS_OF);
    const pkg = await openXlsxPackage(readFileSync(await refreshed()));
    let runs = 0;
    for (const spec of expected.specs) {
      const part = pkg.workbook.sheets.find((sheet) => sheet.name === spec.name)?.part as string;
      const xml = pkg.text(part);
      const masters = [...xml.matchAll(/<f t="shared" ref="([A-Z]+)(\d+):([A-Z]+)(\d+)" si="(\d+)">/g)];
      const pointers = xml.match(/<f t="shared" si="\d+"\/>/g) ?? [];
      const specRuns = spec.formulaRuns ?? [];
      runs += specRuns.length;
      expect(masters.map((m) => `${m[2]}:${m[4]}`).sort(), spec.name).toEqual(specRuns.map((run) => `${run.firstRow}:${run.lastRow}`).sort());
      expect(pointers.length, spec.name).toBe(specRuns.reduce((sum, run) => sum + run.lastRow - run.firstRow, 0));
      // Each run its own id on the sheet.
      expect(new Set(masters.map((m) => m[5])).size).toBe(masters.length);
    }
    // The plan-rows sheet alone has a run per slot column; the committee one per printed column per theme.
    expect(runs).toBeGreaterThan(50);
  });

  it("reads back as each cell's own formula, as Excel shows a filled column", async () => {
    const expected = await refreshOutputFor(SAMPLE, AS_OF);
    const grid = await readXlsxGrid(readFileSync(await refreshed()));
    const wrong: string[] = [];
    let checked = 0;
    for (const spec of expected.specs.map(expandFormulaRuns)) {
      const sheet = grid.sheets.find((s) => s.name === spec.name);
      spec.rows.forEach((row, r) =>
        row?.cells.forEach((cell, c) => {
          if (cell?.kind !== "formula") return;
          checked++;
          const back = sheet?.rows[r]?.[c]?.formula;
          if (back !== cell.formula) wrong.push(`${spec.name} R${r + 1}C${c + 1}: ${String(back).slice(0, 80)} instead of ${cell.formula.slice(0, 80)}`);
        }),
      );
    }
    expect(checked).toBeGreaterThan(3_000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it.skipIf(!gate.available)(`recalculated by LibreOffice, every cell of every run shows the core's value, with no error values${gate.available ? "" : ` — skipped: ${gate.reason}`}`, async () => {
    const expected = await refreshOutputFor(SAMPLE, AS_OF);
    const recalculated = await recalculate(await refreshed(), { tempRoot: root });
    const back = await readWithExcelJs(recalculated);
    const expectations = formulaCells(expected.specs);
    expect(expectations.length).toBeGreaterThan(2_000);
    expect(disagreements(back, expectations).slice(0, 5)).toEqual([]);
    expect(errorCells(back, expected.specs.map((s) => s.name))).toEqual([]);
  }, 180_000);
});
