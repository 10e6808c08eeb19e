/**
 * Generated sheets checked by an independent spreadsheet engine: LibreOffice recalculates every
 * formula (the cached results we write are deliberately wrong, so a pass proves a real
 * recalculation), and prints the committee table to PDF.
 *
 * Needs LibreOffice and poppler-utils. In CI a missing tool fails this file; locally it is skipped
 * with the reason in the test name.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import { SheetSpecBuilder, formula, text, type CellSpec, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { exportPdf, pdfInfo, pdfPagePixels, pdfPageText, recalculate, requireLibreOffice } from "../support/libreoffice.js";
import {
  AS_AT,
  COMMITTEE_HEADERS,
  PLAN_ROWS,
  TRICKY_TEXTS,
  addOfficerPlan,
  committeeSpec,
  expectedFormulas,
  resultValue,
  summarySpec,
  type PlanRow,
} from "./sheetFixtures.js";

const gate = requireLibreOffice(["pdfinfo", "pdftotext", "pdftoppm"]);
const LO_TIMEOUT = 180_000;

/** The same spec with every cached formula result wrong: only a real recalculation can fix them. */
function withStaleResults(spec: SheetSpec): SheetSpec {
  const stale = (cell: CellSpec | undefined): CellSpec | undefined =>
    cell?.kind === "formula" && cell.expected !== undefined ? { ...cell, expected: typeof cell.expected === "number" ? -987_654 : "stale" } : cell;
  return { ...spec, rows: spec.rows.map((row) => row && { ...row, cells: row.cells.map(stale) }) };
}

let dir: string;
const timings: string[] = [];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

async function writeAndRecalculate(workbook: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  const recalculated = await timed(`recalculate ${name}`, () => recalculate(path, { tempRoot: dir }));
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculated);
  return back;
}

function isError(value: unknown): boolean {
  return typeof value === "object" && value !== null && "error" in value;
}

describe.skipIf(!gate.available)(`LibreOffice${gate.available ? "" : ` — skipped: ${gate.reason}`}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pt-lo-test-"));
  });
  afterAll(async () => {
    console.info(`LibreOffice timings: ${timings.join("; ")}`);
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "recalculates every summary formula to what the core expected, with no error values",
    async () => {
      const spec = summarySpec();
      const workbook = new ExcelJS.Workbook();
      addOfficerPlan(workbook);
      replaceGeneratedSheets(workbook, [withStaleResults(spec)]);
      const back = await writeAndRecalculate(workbook, "summary.xlsx");
      const summary = back.getWorksheet("PT Summary");
      if (!summary) throw new Error("PT Summary missing after LibreOffice");

      const formulas = expectedFormulas(spec);
      expect(formulas.length).toBeGreaterThanOrEqual(20);
      for (const f of formulas) {
        const cell = summary.getCell(f.address);
        expect(cell.formula, f.address).toBe(f.formula);
        expect(isError(cell.result), `${f.address} = ${JSON.stringify(cell.result)}`).toBe(false);
        if (typeof f.expected === "number") expect(resultValue(cell.result), `${f.address}: ${f.formula}`).toBeCloseTo(f.expected, 6);
        else expect(cell.result, `${f.address}: ${f.formula}`).toBe(f.expected);
      }
    },
    LO_TIMEOUT,
  );

  it(
    "keeps text as text through LibreOffice, and dates as dates",
    async () => {
      const workbook = new ExcelJS.Workbook();
      addOfficerPlan(workbook);
      replaceGeneratedSheets(workbook, [summarySpec()]);
      const back = await writeAndRecalculate(workbook, "texts.xlsx");
      const summary = back.getWorksheet("PT Summary");
      TRICKY_TEXTS.forEach((t, i) => {
        const cell = summary?.getCell(16 + i, 1);
        expect(cell?.type, t).toBe(ExcelJS.ValueType.String);
        expect(cell?.value).toBe(t);
      });
      expect(summary?.getCell("B14").value).toEqual(new Date(Date.UTC(2018, 8, 30)));
      expect(summary?.getCell("A1").value).toBe("plan-tracker:generated:summary:PT Summary");
    },
    LO_TIMEOUT,
  );

  it(
    "stays live: after the officer edits statuses, the same formulas give the new counts and totals",
    async () => {
      const edited: PlanRow[] = PLAN_ROWS.map((row, i) => (i < 3 ? { ...row, status: "Major slippage" } : row));
      const workbook = new ExcelJS.Workbook();
      addOfficerPlan(workbook, edited);
      replaceGeneratedSheets(workbook, [summarySpec()]); // built from the plan before the edit
      const back = await writeAndRecalculate(workbook, "edited.xlsx");
      const summary = back.getWorksheet("PT Summary");
      for (const f of expectedFormulas(summarySpec("PT Summary", edited))) {
        const result = resultValue(summary?.getCell(f.address).result);
        if (typeof f.expected === "number") expect(result, f.address).toBeCloseTo(f.expected, 6);
        else expect(result, f.address).toBe(f.expected);
      }
    },
    LO_TIMEOUT,
  );

  it(
    "evaluates structured references to the committee table",
    async () => {
      const committee = committeeSpec(25);
      const counts = new SheetSpecBuilder("PT Summary", "summary")
        .row(2, [text("Red"), formula('COUNTIFS(PT_CommitteeActions[RAG],"Red")', 5)])
        .row(3, [text("Rows"), formula("ROWS(PT_CommitteeActions[Ref])", 25)])
        .row(4, [text("Amber or red"), formula('SUMPRODUCT((PT_CommitteeActions[RAG]="Amber")+(PT_CommitteeActions[RAG]="Red"))', 10)])
        .build();
      const workbook = new ExcelJS.Workbook();
      replaceGeneratedSheets(workbook, [committee, withStaleResults(counts)]);
      const back = await writeAndRecalculate(workbook, "table.xlsx");
      const summary = back.getWorksheet("PT Summary");
      expect(summary?.getCell("B2").result).toBe(5);
      expect(summary?.getCell("B3").result).toBe(25);
      expect(summary?.getCell("B4").result).toBe(10);
    },
    LO_TIMEOUT,
  );

  it(
    "prints the committee table on A4 landscape, header row on every page, as-at date and page X of Y in the footer",
    async () => {
      const workbook = new ExcelJS.Workbook();
      replaceGeneratedSheets(workbook, [committeeSpec(120)]);
      const path = join(dir, "committee.xlsx");
      await workbook.xlsx.writeFile(path);
      const pdf = await timed("export PDF (120 rows)", () => exportPdf(path, { tempRoot: dir }));

      const info = await pdfInfo(pdf);
      expect(info.width, info.pageSizeLine).toBeCloseTo(842, 0);
      expect(info.height, info.pageSizeLine).toBeCloseTo(595, 0);
      expect(info.pages).toBeGreaterThanOrEqual(2);

      const page1 = await pdfPageText(pdf, 1);
      expect(page1).toContain("Corporate Improvement Plan");
      expect(page1).toMatch(/Page 1 of \d+/);

      const page2 = await pdfPageText(pdf, 2);
      for (const header of COMMITTEE_HEADERS) expect(page2).toContain(header);
      expect(page2).toMatch(/Ref\s+Action\s+Lead officer\s+Target date\s+Status\s+RAG/);
      expect(page2).toContain(`Page 2 of ${info.pages}`);
      expect(page2).toContain(`As at ${AS_AT.split("-").reverse().join("/")}`);
      expect(page2).toContain("Cabinet 14 October 2018");
      // "- " progress notes print as written, and "&" in text is not eaten by footer codes.
      expect(page2).toMatch(/- Action \d+: review/);
      expect(page1).toContain("Director of Resources &");

      const last = await pdfPageText(pdf, info.pages);
      expect(last).toContain("Action 120");
      expect(last).toContain(`Page ${info.pages} of ${info.pages}`);

      // RAG shown as a word and as a coloured fill (the conditional format rendered).
      expect(page1).toMatch(/Red/);
      const { rgb } = await pdfPagePixels(pdf, 1);
      let red = 0;
      let green = 0;
      for (let i = 0; i + 2 < rgb.length; i += 3) {
        const [r, g, b] = [rgb[i] ?? 0, rgb[i + 1] ?? 0, rgb[i + 2] ?? 0];
        if (r > 170 && g < 40 && b < 40) red++;
        if (r < 40 && g > 150 && g < 200 && b > 60 && b < 110) green++;
      }
      expect(red, "pixels of the Red fill C00000").toBeGreaterThan(50);
      expect(green, "pixels of the Green fill 00B050").toBeGreaterThan(50);
    },
    LO_TIMEOUT,
  );

  it(
    "reports a conversion that wrote nothing instead of passing silently",
    async () => {
      // soffice exits 0 when it cannot load its input; the helper must notice the missing output.
      await expect(recalculate(join(dir, "does-not-exist.xlsx"), { tempRoot: dir })).rejects.toThrow(/LibreOffice wrote no file/);
      // A zero-byte input is "converted" (LibreOffice treats it as an empty text file): not an error of the helper's.
      const empty = join(dir, "empty.xlsx");
      await writeFile(empty, "");
      await expect(recalculate(empty, { tempRoot: dir })).resolves.toMatch(/empty\.xlsx$/);
    },
    LO_TIMEOUT,
  );
});
