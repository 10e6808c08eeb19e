/**
 * Issue 3's acceptance test: every sample refreshed, written with ExcelJS, recalculated by LibreOffice
 * (an independent engine), and every formula in the generated sheets checked against what the core
 * computed — with the cached results written deliberately wrong, so only a real recalculation passes.
 * Then the formulas are shown to be live: an officer's edit after the refresh moves the counts.
 *
 * Needs LibreOffice. In CI a missing soffice fails this file; locally it is skipped, with the reason.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import type { RagColumnSpec } from "../../src/core/refresh/buildRefresh.js";
import { requireLibreOffice } from "../support/libreoffice.js";
import {
  SAMPLE_AS_OF,
  disagreements,
  errorCells,
  formulaCells,
  loadSample,
  refreshWorkbook,
  resultOf,
  specOfRole,
  tableAfter,
  withStaleResults,
  writeAndRecalculate,
  type FormulaExpectation,
} from "./refreshSupport.js";

const gate = requireLibreOffice();
const LO_TIMEOUT = 180_000;

let dir: string;
const timings: string[] = [];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

/** Writes the optional RAG column's formulas into the officer's sheet, as `--add-rag-column` would. */
function addRagColumn(workbook: ExcelJS.Workbook, column: RagColumnSpec): FormulaExpectation[] {
  const sheet = workbook.getWorksheet(column.sheet);
  if (!sheet) throw new Error(column.sheet);
  for (const row of column.headerRows) sheet.getCell(row, column.column).value = column.header;
  return column.cells.map(({ row, formula, expected }) => {
    const cell = sheet.getCell(row, column.column);
    cell.value = { formula, result: "stale" };
    return { sheet: column.sheet, address: cell.address, formula, expected };
  });
}

describe.skipIf(!gate.available)(`LibreOffice recalculates the refreshed samples${gate.available ? "" : ` — skipped: ${gate.reason}`}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pt-refresh-lo-"));
  });
  afterAll(async () => {
    console.info(`LibreOffice timings: ${timings.join("; ")}`);
    await rm(dir, { recursive: true, force: true });
  });

  for (const [sample, asOf] of Object.entries(SAMPLE_AS_OF)) {
    it(
      `${sample} (as at ${asOf}): every formula in the generated sheets and the RAG column equals the core's value, and no cell holds an error`,
      async () => {
        const workbook = await loadSample(sample);
        const { output } = refreshWorkbook(workbook, asOf);
        replaceGeneratedSheets(workbook, withStaleResults(output.specs));
        const ragColumn = output.ragColumns.flatMap((column) => addRagColumn(workbook, column));
        const back = await timed(sample, () => writeAndRecalculate(workbook, dir, sample));

        const expectations = formulaCells(output.specs);
        expect(expectations.length).toBeGreaterThan(50);
        expect(disagreements(back, [...expectations, ...ragColumn])).toEqual([]);
        expect(errorCells(back, output.specs.map((spec) => spec.name))).toEqual([]);
      },
      LO_TIMEOUT,
    );
  }

  it(
    "stays live: statuses and dates edited after the refresh move the counts, the RAG and the mismatches",
    async () => {
      const workbook = await loadSample("cip-monitoring.xlsx");
      const { output } = refreshWorkbook(workbook, "2018-09-30");
      replaceGeneratedSheets(workbook, output.specs);
      // The officer's edits, after the refresh: 6.4 done; 1.5 under way; 2.6 given a revised date in the past.
      const plan = workbook.getWorksheet("CIP monitoring") as ExcelJS.Worksheet;
      plan.getCell("G41").value = "Completed";
      plan.getCell("G8").value = "on track";
      plan.getCell("F16").value = new Date(Date.UTC(2018, 8, 1));
      const back = await timed("edited", () => writeAndRecalculate(workbook, dir, "edited.xlsx"));

      // What the core says about the edited workbook is what the formulas written before the edit now show.
      const edited = refreshWorkbook(workbook, "2018-09-30");
      const at = (spec: string, address: string) => resultOf(back.getWorksheet(spec)!.getCell(address));
      const summary = specOfRole(output, "summary");
      const table = tableAfter(summary, "Status");
      const totalColumn = String.fromCharCode(65 + table.columns.length);
      expect(at("PT Summary", `${totalColumn}${table.top + 1}`)).toBe(33); // Completed 32 → 33
      expect(at("PT Summary", `${totalColumn}${table.top + 2}`)).toBe(21); // On track: −6.4, +1.5
      expect(at("PT Summary", `${totalColumn}${table.top + 5}`)).toBe(0); // Not started 1 → 0
      // Every formula written before the edit now gives what the core says about the edited plan —
      // the lists too: they find their actions live, so none is chosen at the refresh.
      const before = new Set(formulaCells(output.specs).map((f) => `${f.sheet}!${f.address} ${f.formula}`));
      const common = formulaCells(edited.output.specs).filter((f) => before.has(`${f.sheet}!${f.address} ${f.formula}`));
      expect(common.length).toBeGreaterThan(before.size * 0.95);
      expect(disagreements(back, common)).toEqual([]);
      // 6.4 is done and leaves the list of mismatches; 2.6's revised date has passed while "On track".
      const mismatchLine = summary.rows.findIndex((row) => row?.cells[0]?.kind === "text" && row.cells[0].text.startsWith("Status disagrees"));
      expect(at("PT Summary", `B${mismatchLine + 1}`)).toBe(2);
      expect([at("PT Summary", `A${mismatchLine + 3}`), at("PT Summary", `A${mismatchLine + 4}`), at("PT Summary", `A${mismatchLine + 5}`)]).toEqual(["2.6", "8.5", ""]);
    },
    LO_TIMEOUT,
  );

  it(
    "counts blank and unknown statuses in a plan with theme rows and repeated headers",
    async () => {
      const workbook = new ExcelJS.Workbook();
      const plan = workbook.addWorksheet("Action plan 2019");
      const header = ["Ref", "Action", "Lead", "Target date", "Status", "Update"];
      const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
      plan.addRows([
        ["Improvement plan 2019"],
        [],
        ["Theme one: Leadership"],
        header,
        ["1.1", "Agree the vision", "Chief Executive", date("2019-01-31"), "Completed", "- done in January"],
        ["1.2", "Hold the symposium", "Head of Policy", date("2019-05-31"), "", "+ date to be set"],
        ["1.3", "Refresh the strategy", "Head of Policy", "Summer 2019", "Delayed", "@Cabinet in July"],
        [],
        ["Theme two: Finance"],
        header,
        ["2.1", "Approve the MTFS", "S151 Officer", date("2019-02-28"), "ON TRACK", ""],
        ["2.2", "Review reserves", "S151 Officer", "", "", ""],
        ["2.3", "Set the budget", "S151 Officer", date("2019-03-31"), "delayed  ", ""],
      ]);
      plan.mergeCells("A3:F3");
      plan.mergeCells("A9:F9");
      const { output, check } = refreshWorkbook(workbook, "2019-04-30");
      expect(check.plans[0]?.themes).toEqual(["Theme one: Leadership", "Theme two: Finance"]);
      const table = tableAfter(specOfRole(output, "summary"), "Status");
      expect(Object.fromEntries(table.rows)).toMatchObject({
        Completed: [1, 0, 1],
        "On track": [0, 1, 1],
        Delayed: [1, 1, 2],
        "No status": [1, 1, 2],
        Total: [3, 3, 6],
      });
      replaceGeneratedSheets(workbook, withStaleResults(output.specs));
      const ragColumn = output.ragColumns.flatMap((column) => addRagColumn(workbook, column));
      const back = await timed("blank statuses", () => writeAndRecalculate(workbook, dir, "blanks.xlsx"));
      expect(disagreements(back, [...formulaCells(output.specs), ...ragColumn])).toEqual([]);
      expect(errorCells(back, output.specs.map((s) => s.name))).toEqual([]);
    },
    LO_TIMEOUT,
  );

  it(
    "a plan sorted by date, each row naming its theme, one left blank: that action is under no theme, live as at the refresh; a stray note far below adds no rows",
    async () => {
      const workbook = new ExcelJS.Workbook();
      const plan = workbook.addWorksheet("Plan");
      const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
      plan.addRows([
        ["Ref", "Theme", "Action", "Lead", "Target date", "Status", "Update"],
        ["2.1", "People", "Workforce plan", "Head of HR", date("2025-01-31"), "On track", "Draft with CLT"],
        ["1.1", "Finance", "Set the budget", "S151 Officer", date("2025-02-28"), "On track"],
        ["3.1", "Digital", "Move forms online", "Head of Digital", date("2025-03-31"), "Some slippage"],
        ["1.2", "Finance", "Review reserves", "S151 Officer", date("2025-04-30"), "Completed"],
        ["2.2", null, "Staff survey", "Head of HR", date("2025-05-31"), "Not started"],
        ["3.2", "Digital", "New website", "Head of Digital", date("2025-06-30"), "On track"],
        ["2.3", "People", "Apprenticeships", "Head of HR", date("2025-07-31"), "On track"],
      ]);
      plan.getCell("G5000").value = "Checked by audit";
      const { output, check } = refreshWorkbook(workbook, "2025-01-01");
      expect(check.plans[0]?.range.bottom).toBe(8);
      const committee = specOfRole(output, "committee");
      const headings = committee.rows.flatMap((row) => (row?.cells[0]?.kind === "text" && ["People", "Finance", "Digital", "No theme"].includes(row.cells[0].text) ? [row.cells[0].text] : []));
      expect(headings).toEqual(["People", "Finance", "Digital", "No theme"]);
      const planRows = specOfRole(output, "planRows");
      expect(planRows.rows.length).toBeLessThan(100);
      replaceGeneratedSheets(workbook, withStaleResults(output.specs));
      const back = await timed("themes per row", () => writeAndRecalculate(workbook, dir, "themes-per-row.xlsx"));
      expect(disagreements(back, formulaCells(output.specs))).toEqual([]);
      expect(errorCells(back, output.specs.map((s) => s.name))).toEqual([]);
    },
    LO_TIMEOUT,
  );

  it(
    'keeps progress notes starting "- ", "=", "+" or "@" as the same literal text in the committee table',
    async () => {
      const workbook = await loadSample("cip-monitoring.xlsx");
      const plan = workbook.getWorksheet("CIP monitoring") as ExcelJS.Worksheet;
      const notes: Record<string, string> = {
        H48: "- awaiting CLT sign-off",
        H15: "=see 2.4 above",
        H4: "+44 7700 900123 for the partnership office",
        H5: "@Cabinet: symposium held 14 June",
        H6: "=SUM(A1:A2)",
      };
      for (const [address, note] of Object.entries(notes)) plan.getCell(address).value = note;
      const { output } = refreshWorkbook(workbook, "2018-09-30");
      replaceGeneratedSheets(workbook, output.specs);
      const back = await timed("texts", () => writeAndRecalculate(workbook, dir, "texts.xlsx"));

      const committee = back.getWorksheet("PT Committee") as ExcelJS.Worksheet;
      const seen = new Map<string, string>();
      // The committee reads each note live (a formula giving text); what it shows is the note, as text.
      committee.eachRow((row) => {
        const note = row.getCell(8);
        const shown: unknown = note.type === ExcelJS.ValueType.Formula ? note.result : note.value;
        if (typeof shown === "string" && Object.values(notes).includes(shown)) seen.set(shown, typeof shown);
      });
      for (const note of Object.values(notes)) expect(seen.get(note), note).toBe("string");
    },
    LO_TIMEOUT,
  );
});
