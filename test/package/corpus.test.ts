/**
 * Issue: the officer's workbook stays byte-for-byte theirs. Every corpus workbook (hand-written
 * OOXML carrying one feature real council files carry) is refreshed with -o and with --in-place:
 * every part of the officer's is byte-identical apart from the index parts, a repeat refresh
 * replaces only our own parts, and LibreOffice opens the result with the officer's plan unchanged
 * and our formulas recalculated to the core's values, with no error values.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openXlsxPackage } from "../../src/adapters/xlsxPackage/index.js";
import { openPlanWorkbook } from "../../src/cli/openPlanWorkbook.js";
import { RefreshReportSchema } from "../../src/core/report/RefreshReport.js";
import { generatedRoleOf } from "../../src/core/sheets/SheetSpec.js";
import { disagreements, errorCells, formulaCells } from "../refresh/refreshSupport.js";
import { recalculate, requireLibreOffice } from "../support/libreoffice.js";
import { CORPUS } from "./corpus/corpus.js";
import { zipParts } from "./corpus/buildWorkbook.js";
import { PLAN_ROWS } from "./corpus/officeParts.js";
import { changedOfficerParts, cli, partsOf, readWithExcelJs, refreshOutputFor } from "./packageSupport.js";

const AS_OF = "2025-11-24";
const root = mkdtempSync(join(tmpdir(), "pt-package-corpus-"));
const gate = requireLibreOffice();

afterAll(() => rmSync(root, { recursive: true, force: true }));

function place(file: string, bytes: Uint8Array, folder: string): string {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, bytes);
  return path;
}

describe.each(CORPUS)("refresh of $file ($carries)", (entry) => {
  const original = zipParts(entry.parts());
  const outputs = new Map<string, Uint8Array>();

  it("with -o: every officer part byte-identical apart from the index parts; ours added; the input untouched", async () => {
    const input = place(entry.file, original, `${entry.file}-o`);
    const output = input.replace(/(\.xls[xm])$/, ".refreshed$1");
    const { code, out, err } = await cli("refresh", input, "-o", output, "--as-of", AS_OF, "--json");
    expect(err).toBe("");
    expect(code).toBeLessThan(2);
    const report = RefreshReportSchema.parse(JSON.parse(out));
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(original))).toBe(true);
    const written = new Uint8Array(readFileSync(output));
    outputs.set("o", written);
    expect(changedOfficerParts(original, written)).toEqual([]);
    const pkg = await openXlsxPackage(written);
    expect(pkg.workbook.sheets.map((s) => s.name)).toEqual(["Action plan", "Lists", ...(entry.file === "pivot-table.xlsx" ? ["Pivot"] : []), ...report.output.sheets.map((s) => s.name)]);
    // The main part keeps its content type: an .xlsm stays macro-enabled.
    expect(pkg.contentTypes.overrides.get("xl/workbook.xml")).toBe((await openXlsxPackage(original)).contentTypes.overrides.get("xl/workbook.xml"));
  });

  it("with --in-place: the same bytes as with -o, and a byte-identical backup", async () => {
    const input = place(entry.file, original, `${entry.file}-in-place`);
    const { code, out } = await cli("refresh", input, "--in-place", "--as-of", AS_OF, "--json");
    expect(code).toBeLessThan(2);
    const report = RefreshReportSchema.parse(JSON.parse(out));
    expect(Buffer.from(readFileSync(report.output.backup as string)).equals(Buffer.from(original))).toBe(true);
    const written = new Uint8Array(readFileSync(input));
    expect(changedOfficerParts(original, written)).toEqual([]);
    const viaOutput = outputs.get("o");
    if (viaOutput) expect(Buffer.from(written).equals(Buffer.from(viaOutput))).toBe(true);
  });

  it("a repeat refresh replaces only our own parts", async () => {
    const first = outputs.get("o");
    if (!first) throw new Error("the -o refresh did not run");
    const input = place(entry.file, first, `${entry.file}-again`);
    const { code } = await cli("refresh", input, "--in-place", "--as-of", AS_OF);
    expect(code).toBeLessThan(2);
    const again = new Uint8Array(readFileSync(input));
    expect(changedOfficerParts(original, again)).toEqual([]);
    // Same parts as after the first refresh: nothing of ours left behind, nothing doubled.
    expect([...partsOf(again).keys()].sort()).toEqual([...partsOf(first).keys()].sort());
    const pkg = await openXlsxPackage(again);
    expect(pkg.workbook.sheets.map((s) => s.name)).toEqual((await openXlsxPackage(first)).workbook.sheets.map((s) => s.name));
  });

  it.skipIf(!gate.available)(`LibreOffice opens it: the plan unchanged, our formulas recalculated to the core's values, no error values${gate.available ? "" : ` — skipped: ${gate.reason}`}`, async () => {
    const refreshed = outputs.get("o");
    if (!refreshed) throw new Error("the -o refresh did not run");
    const path = place(entry.file, refreshed, `${entry.file}-lo`);
    const expected = await refreshOutputFor(place(entry.file, original, `${entry.file}-expected`), AS_OF);
    const recalculated = await recalculate(path, { tempRoot: root });
    if (entry.date1904) {
      // ExcelJS misreads LibreOffice's 1904 flag; our reader does not. Check the plan's dates through it.
      const { grid } = await openPlanWorkbook(recalculated, { files: [recalculated], json: true, asOf: AS_OF, overrides: [] });
      const plan = grid.sheets.find((s) => s.name === "Action plan");
      expect(PLAN_ROWS.map((_, i) => (plan?.rows[i + 1]?.[3]?.value as Date | undefined)?.toISOString().slice(0, 10))).toEqual(PLAN_ROWS.map((row) => row[3]));
      expect(grid.sheets.filter((s) => generatedRoleOf(s) !== undefined).map((s) => s.name)).toEqual(expected.specs.map((s) => s.name));
      return;
    }
    const back = await readWithExcelJs(recalculated);
    const plan = back.getWorksheet("Action plan");
    expect(PLAN_ROWS.map((_, i) => [1, 2, 3, 5].map((c) => String(plan?.getRow(i + 2).getCell(c).value)))).toEqual(PLAN_ROWS.map((row) => [row[0], row[1], row[2], row[4]]));
    expect(PLAN_ROWS.map((_, i) => (plan?.getRow(i + 2).getCell(4).value as Date).toISOString().slice(0, 10))).toEqual(PLAN_ROWS.map((row) => row[3]));
    const expectations = formulaCells(expected.specs);
    expect(expectations.length).toBeGreaterThan(20);
    expect(disagreements(back, expectations)).toEqual([]);
    expect(errorCells(back, expected.specs.map((s) => s.name))).toEqual([]);
  }, 120_000);
});

describe("a workbook saved by LibreOffice itself", () => {
  it.skipIf(!gate.available)("in the 1904 date system: read with the right dates and refreshed with every part LibreOffice wrote kept", async () => {
    const entry = CORPUS.find((e) => e.file === "libreoffice-1904.xlsx");
    if (!entry) throw new Error("no 1904 entry");
    const source = place("excel-1904.xlsx", zipParts(entry.parts()), "lo-saved");
    const saved = await recalculate(source, { tempRoot: root });
    const input = join(root, "lo-saved", "lo-1904.xlsx");
    copyFileSync(saved, input);
    const bytes = new Uint8Array(readFileSync(input));
    expect((await openXlsxPackage(bytes)).workbook.date1904).toBe(true);
    const { grid } = await openPlanWorkbook(input, { files: [input], json: true, asOf: AS_OF, overrides: [] });
    const plan = grid.sheets.find((s) => s.name === "Action plan");
    expect(PLAN_ROWS.map((_, i) => (plan?.rows[i + 1]?.[3]?.value as Date | undefined)?.toISOString().slice(0, 10))).toEqual(PLAN_ROWS.map((row) => row[3]));
    const output = join(root, "lo-saved", "lo-1904.refreshed.xlsx");
    const { code } = await cli("refresh", input, "-o", output, "--as-of", AS_OF);
    expect(code).toBeLessThan(2);
    expect(changedOfficerParts(bytes, new Uint8Array(readFileSync(output)))).toEqual([]);
  }, 120_000);
});
