/**
 * The officer's sheets are theirs: a sheet of theirs named like one of ours ("PT Summary") survives a
 * refresh — and a second one — with identical content (values, formulas, formats, merges, widths),
 * ours is named "PT Summary (2)", and the plan sheet itself is unchanged cell for cell.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import { loadSample, refreshWorkbook } from "./refreshSupport.js";

let dir: string;

/** Everything about a sheet an officer would notice changing, as plain data. */
function contentOf(worksheet: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells.push({ at: `${r}:${c}`, value: cell.value, formula: cell.formula, result: cell.result, numFmt: cell.numFmt, style: cell.style, type: cell.type });
    });
    cells.push({ row: r, height: row.height, hidden: row.hidden });
  });
  const columns = Array.from({ length: worksheet.columnCount }, (_, i) => ({ width: worksheet.getColumn(i + 1).width, hidden: worksheet.getColumn(i + 1).hidden }));
  const merges = (worksheet as unknown as { _merges: Record<string, unknown> })._merges;
  return JSON.parse(JSON.stringify({ name: worksheet.name, state: worksheet.state, cells, columns, merges: Object.keys(merges).sort(), views: worksheet.views, conditional: (worksheet as unknown as { conditionalFormattings?: unknown }).conditionalFormattings }));
}

async function roundTrip(workbook: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path);
  return back;
}

describe("the officer's sheets survive a refresh", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pt-officer-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps an officer sheet called "PT Summary" identical and names ours "PT Summary (2)", refresh after refresh', async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const theirs = workbook.addWorksheet("PT Summary");
    theirs.getCell("A1").value = "My own summary for the Chief Executive";
    theirs.getCell("A1").font = { bold: true, size: 16, name: "Arial" };
    theirs.mergeCells("A1:D1");
    theirs.getCell("A3").value = "Completed";
    theirs.getCell("B3").value = { formula: "COUNTIF('CIP monitoring'!G4:G65,\"Completed\")", result: 32 };
    theirs.getCell("C3").value = new Date(Date.UTC(2018, 8, 30));
    theirs.getCell("C3").numFmt = "d mmmm yyyy";
    theirs.getCell("D3").value = -44_000;
    theirs.getCell("D3").numFmt = "#,##0;(#,##0)";
    theirs.getCell("D3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
    theirs.getColumn(1).width = 30;
    // A copy of one of our sheets: its marker names another sheet, so it is the officer's now.
    const copy = workbook.addWorksheet("Copy of summary");
    copy.getCell("A1").value = "plan-tracker:generated:summary:PT Summary";
    copy.getCell("A2").value = "kept as it was";
    const original = await roundTrip(workbook, "original.xlsx");
    const before = ["CIP monitoring", "Status June 2018", "PT Summary", "Copy of summary"].map((name) => contentOf(original.getWorksheet(name) as ExcelJS.Worksheet));
    expect((before[0] as { cells: unknown[] }).cells.length).toBeGreaterThan(500);

    const first = refreshWorkbook(original, "2018-09-30", { takeSnapshot: true });
    expect(first.output.sheets.map((s) => s.name)).toEqual(["PT Summary (2)", "PT Exceptions", "PT Committee", "PT Settings", "PT History", "PT Plan rows"]);
    replaceGeneratedSheets(original, first.output.specs);
    const once = await roundTrip(original, "once.xlsx");

    const second = refreshWorkbook(once, "2018-09-30");
    expect(second.output.sheets.map((s) => s.name)).toEqual(first.output.sheets.map((s) => s.name));
    replaceGeneratedSheets(once, second.output.specs);
    const twice = await roundTrip(once, "twice.xlsx");

    for (const refreshed of [once, twice]) {
      expect(refreshed.worksheets.map((ws) => ws.name)).toEqual(["CIP monitoring", "Status June 2018", "PT Summary", "Copy of summary", "PT Summary (2)", "PT Exceptions", "PT Committee", "PT Settings", "PT History", "PT Plan rows"]);
      const after = ["CIP monitoring", "Status June 2018", "PT Summary", "Copy of summary"].map((name) => contentOf(refreshed.getWorksheet(name) as ExcelJS.Worksheet));
      expect(after).toEqual(before);
    }
    // Our formulas point at our summary's as-at date, not theirs.
    const rag = twice.getWorksheet("PT Plan rows")?.getCell("P6").formula;
    expect(rag).toContain("'PT Summary (2)'!$B$3");
  });
});
