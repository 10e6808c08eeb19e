/**
 * The RAG formulas under other settings, recalculated by LibreOffice: the five-point scale against
 * the original date (from the officer's own legacy settings sheet), and the three-point scale set by
 * editing the generated PT Settings sheet in the workbook, as an officer would.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import type { RagColumnSpec } from "../../src/core/refresh/buildRefresh.js";
import { requireLibreOffice } from "../support/libreoffice.js";
import { disagreements, errorCells, formulaCells, loadSample, refreshWorkbook, specOfRole, tableAfter, withStaleResults, writeAndRecalculate, type FormulaExpectation } from "./refreshSupport.js";

const gate = requireLibreOffice();
const LO_TIMEOUT = 180_000;
let dir: string;

function ragColumnFormulas(workbook: ExcelJS.Workbook, column: RagColumnSpec): FormulaExpectation[] {
  const sheet = workbook.getWorksheet(column.sheet) as ExcelJS.Worksheet;
  return column.cells.map(({ row, formula, expected }) => {
    sheet.getCell(row, column.column).value = { formula, result: "stale" };
    return { sheet: column.sheet, address: sheet.getCell(row, column.column).address, formula, expected };
  });
}

describe.skipIf(!gate.available)(`RAG settings, recalculated${gate.available ? "" : ` — skipped: ${gate.reason}`}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pt-settings-lo-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "five-point scale, measured against the original date, from the officer's own settings sheet",
    async () => {
      const workbook = await loadSample("cip-monitoring.xlsx");
      const settings = workbook.addWorksheet("Our settings");
      settings.addRows([
        ["plan-tracker:settings"],
        ["rag.scale", "DCA5"],
        ["rag.date", "original"],
        ["rag.amberDays", 60],
        ["status.On track", "Amber/Green"],
        ["status.Some slippage", "Amber/Red"],
        ["status.Completed", "Green"],
      ]);
      const { output } = refreshWorkbook(workbook, "2018-09-30");
      expect(output.sheets.map((s) => s.role)).toEqual(["summary", "exceptions", "committee", "planRows"]);
      const rags = tableAfter(specOfRole(output, "summary"), "RAG");
      expect([...rags.rows.keys()]).toEqual(["Green", "Amber/Green", "Amber", "Amber/Red", "Red", "Grey", "Total"]);
      replaceGeneratedSheets(workbook, withStaleResults(output.specs));
      const ragColumn = output.ragColumns.flatMap((column) => ragColumnFormulas(workbook, column));
      const back = await writeAndRecalculate(workbook, dir, "dca5.xlsx");
      expect(disagreements(back, [...formulaCells(output.specs), ...ragColumn])).toEqual([]);
      expect(errorCells(back, output.specs.map((s) => s.name))).toEqual([]);
    },
    LO_TIMEOUT,
  );

  it(
    "three-point scale set by editing the generated PT Settings sheet; the edit survives the next refresh",
    async () => {
      const workbook = await loadSample("cip-monitoring.xlsx");
      const first = refreshWorkbook(workbook, "2018-09-30");
      replaceGeneratedSheets(workbook, first.output.specs);
      const settings = workbook.getWorksheet("PT Settings") as ExcelJS.Worksheet;
      expect(settings.getCell("A5").value).toBe("rag.scale");
      settings.getCell("B5").value = "RAG";
      settings.getCell("B6").value = 7; // rag.amberDays

      const second = refreshWorkbook(workbook, "2018-09-30");
      const rags = tableAfter(specOfRole(second.output, "summary"), "RAG");
      expect([...rags.rows.entries()].map(([rag, counts]) => [rag, counts.at(-1)])).toEqual([
        ["Green", 51], // 32 complete + 19 on track
        ["Amber", 8],
        ["Red", 2],
        ["Grey", 1],
        ["Total", 62],
      ]);
      const settingsSpec = specOfRole(second.output, "settings");
      expect(settingsSpec.rows[4]?.cells[1]).toMatchObject({ kind: "text", text: "RAG" });
      expect(settingsSpec.rows[5]?.cells[1]).toMatchObject({ kind: "number", value: 7 });
      replaceGeneratedSheets(workbook, withStaleResults(second.output.specs));
      const ragColumn = second.output.ragColumns.flatMap((column) => ragColumnFormulas(workbook, column));
      const back = await writeAndRecalculate(workbook, dir, "rag.xlsx");
      expect(disagreements(back, [...formulaCells(second.output.specs), ...ragColumn])).toEqual([]);
    },
    LO_TIMEOUT,
  );
});
