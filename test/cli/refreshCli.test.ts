import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";
import { RefreshReportSchema } from "../../src/core/report/RefreshReport.js";

const NOW = new Date(2026, 10, 24, 15, 4, 5);

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), now: () => NOW });
  return { code, out, err };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function copySample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-tracker-refresh-"));
  const path = join(dir, name);
  copyFileSync(join("samples", name), path);
  return path;
}

type CellRecord = [string, unknown, string | undefined, string | undefined];

/** Every non-empty cell of a sheet: address, value, formula, number format. */
function cellsOf(sheet: ExcelJS.Worksheet): CellRecord[] {
  const cells: CellRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value instanceof Date ? cell.value.toISOString() : cell.type === 6 ? null : JSON.stringify(cell.value);
      cells.push([cell.address, value, cell.formula || undefined, cell.numFmt || undefined]);
    }),
  );
  return cells;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const SAMPLES = ["cip-monitoring.xlsx", "od-programme-benefits.xlsx", "peer-challenge-2014.xlsx", "shared-services-2018.xlsx", "action-plan-2024.xlsx"];

describe("plan-tracker refresh", () => {
  it.each(SAMPLES)("writes %s's summary sheets to a copy and leaves the officer's sheets cell-for-cell unchanged", async (sample) => {
    const input = copySample(sample);
    const before = sha(input);
    const { code, out } = await cli("refresh", input, "--json", "--as-of", "2018-09-30");
    expect(code).toBeLessThan(2);
    const report = RefreshReportSchema.parse(JSON.parse(out));
    expect(report.output.file).toBe(input.replace(/\.xlsx$/, ".refreshed.xlsx"));
    expect(sha(input)).toBe(before);
    expect(report.output.sheets.map((sheet) => sheet.role)).toContain("summary");

    const original = await load(input);
    const refreshed = await load(report.output.file);
    for (const sheet of original.worksheets) {
      expect(cellsOf(refreshed.getWorksheet(sheet.name)!)).toEqual(cellsOf(sheet));
    }
    const generated = refreshed.worksheets.map((sheet) => sheet.name).filter((name) => !original.getWorksheet(name));
    expect(generated.sort()).toEqual(report.output.sheets.map((sheet) => sheet.name).sort());
  });

  it("gives the same content when refreshed twice (generated sheets replaced, not added)", async () => {
    const input = copySample("cip-monitoring.xlsx");
    const first = join(input, "..", "first.xlsx");
    const second = join(input, "..", "second.xlsx");
    await cli("refresh", input, "-o", first, "--as-of", "2018-09-30");
    await cli("refresh", first, "-o", second, "--as-of", "2018-09-30");
    const a = await load(first);
    const b = await load(second);
    expect(b.worksheets.map((sheet) => sheet.name)).toEqual(a.worksheets.map((sheet) => sheet.name));
    for (const sheet of a.worksheets) expect(cellsOf(b.getWorksheet(sheet.name)!)).toEqual(cellsOf(sheet));
  });

  it("will not replace the input without --in-place", async () => {
    const input = copySample("cip-monitoring.xlsx");
    const before = sha(input);
    const { code, err } = await cli("refresh", input, "-o", input);
    expect(code).toBe(2);
    expect(err).toContain("Add --in-place");
    expect(sha(input)).toBe(before);
  });

  it("with --in-place keeps a byte-identical backup and replaces the workbook", async () => {
    const input = copySample("cip-monitoring.xlsx");
    const before = sha(input);
    const { code, out } = await cli("refresh", input, "--in-place", "--json", "--as-of", "2018-09-30");
    expect(code).toBe(1); // the plan has errors; the refresh still ran
    const report = RefreshReportSchema.parse(JSON.parse(out));
    expect(report.output.backup).toBe(input.replace(/\.xlsx$/, ".backup-20261124-150405.xlsx"));
    expect(sha(report.output.backup!)).toBe(before);
    expect((await load(input)).worksheets.length).toBeGreaterThan(2);
  });

  it("refuses --in-place while Excel has the workbook open", async () => {
    const input = copySample("cip-monitoring.xlsx");
    writeFileSync(join(input, "..", `~$${basename(input)}`), "lock");
    const before = sha(input);
    const { code, err } = await cli("refresh", input, "--in-place");
    expect(code).toBe(2);
    expect(err).toContain("looks open in Excel");
    expect(sha(input)).toBe(before);
  });

  it("leaves no partial file when the output cannot be written", async () => {
    const input = copySample("cip-monitoring.xlsx");
    const dir = join(input, "..");
    const folder = join(dir, "a-folder.xlsx");
    mkdirSync(folder);
    const missing = await cli("refresh", input, "-o", join(dir, "no-such-folder", "out.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("the folder does not exist");
    const isFolder = await cli("refresh", input, "-o", folder);
    expect(isFolder.err).toContain("it is a folder");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
  });

  it("adds a calculated RAG column to the plan only when asked", async () => {
    const input = copySample("cip-monitoring.xlsx");
    const plain = join(input, "..", "plain.xlsx");
    const withRag = join(input, "..", "with-rag.xlsx");
    await cli("refresh", input, "-o", plain, "--as-of", "2018-09-30");
    const { out } = await cli("refresh", input, "-o", withRag, "--as-of", "2018-09-30", "--add-rag-column", "--json");
    const report = RefreshReportSchema.parse(JSON.parse(out));
    expect(report.output.ragColumns).toEqual([{ sheet: "CIP monitoring", column: "I" }]);
    const planSheet = (await load(withRag)).getWorksheet("CIP monitoring")!;
    expect(planSheet.getCell("I41").formula).toBeTruthy();
    const untouched = (await load(plain)).getWorksheet("CIP monitoring")!;
    expect(untouched.getCell("I41").value).toBeNull();
    // Everything else on the officer's sheet is as it was.
    expect(cellsOf(planSheet).filter(([address]) => !address.startsWith("I"))).toEqual(cellsOf(untouched));
  });
});
