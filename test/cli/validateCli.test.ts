import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { runCli } from "../../src/cli/runCli.js";
import { FileReportSchema, UnreadableFileReportSchema } from "../../src/core/report/ValidationReport.js";

const run = promisify(execFile);

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), now: () => new Date(2026, 10, 24, 15, 4, 5) });
  return { code, out, err };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

const dir = mkdtempSync(join(tmpdir(), "plan-tracker-cli-"));
const bad = {
  text: join(dir, "notes.xlsx"),
  csv: join(dir, "export.xlsx"),
  empty: join(dir, "empty.xlsx"),
  truncated: join(dir, "truncated.xlsx"),
  legacy: join(dir, "old.xlsx"),
  encrypted: join(dir, "locked.xlsx"),
  noPlan: join(dir, "budget.xlsx"),
  noSheets: join(dir, "no-sheets.xlsx"),
};

beforeAll(async () => {
  writeFileSync(bad.text, "These are my notes for the meeting.\n");
  writeFileSync(bad.csv, "Ref,Action,Lead,Target date\n1.1,Agree vision,Chief Executive,March 2025\n");
  writeFileSync(bad.empty, "");
  writeFileSync(bad.truncated, readFileSync("samples/cip-monitoring.xlsx").subarray(0, 4000));
  const ole = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  writeFileSync(bad.legacy, ole);
  const encrypted = Buffer.concat([ole, Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)]);
  writeFileSync(bad.encrypted, encrypted);
  const budget = new ExcelJS.Workbook();
  budget.addWorksheet("Budget").addRows([["Cost centre", "2024/25"], ["Libraries", 120000]]);
  await budget.xlsx.writeFile(bad.noPlan);
  await new ExcelJS.Workbook().xlsx.writeFile(bad.noSheets);
});

describe("plan-tracker validate", () => {
  it("prints a report grouped by sheet with cells, ending with one summary line, and exits 1 on errors", async () => {
    const { code, out } = await cli("validate", "samples/cip-monitoring.xlsx", "--as-of", "2018-09-30");
    expect(code).toBe(1);
    expect(out).toContain('Plan on "CIP monitoring" (A1:H65): 62 actions in 10 themes');
    expect(out).toContain('Sheet "CIP monitoring"');
    expect(out).toMatch(/\n {4}D47 +warning +No lead officer/);
    expect(out.trim().split("\n").at(-1)).toBe("2 errors, 4 warnings, 1 note in 62 actions (as at 2018-09-30).");
  });

  it("exits 0 when there are only warnings", async () => {
    const { code } = await cli("validate", "samples/peer-challenge-2014.xlsx", "--as-of", "2014-06-01");
    expect(code).toBe(0);
  });

  it("prints JSON that matches the report schema, one object per file, an array for several", async () => {
    const one = await cli("validate", "samples/od-programme-benefits.xlsx", "--json", "--as-of", "2022-03-01");
    const report = FileReportSchema.parse(JSON.parse(one.out));
    expect(report.asOf).toBe("2022-03-01");
    expect(report.plans[0]?.benefits?.total).toBe(-1_202_000);

    const many = await cli("validate", "samples/od-programme-benefits.xlsx", "samples/action-plan-2024.xlsx", bad.csv, "--json");
    const reports = z.array(z.union([FileReportSchema, UnreadableFileReportSchema])).parse(JSON.parse(many.out));
    expect(reports.map((item) => item.file)).toEqual(["samples/od-programme-benefits.xlsx", "samples/action-plan-2024.xlsx", bad.csv]);
    expect(many.code).toBe(2);
  });

  it("uses today as the default as-of date", async () => {
    const { out } = await cli("validate", "samples/action-plan-2024.xlsx", "--json");
    expect(JSON.parse(out).asOf).toBe("2026-11-24");
  });

  it("applies a column correction given with --map", async () => {
    const { out } = await cli("validate", "samples/cip-monitoring.xlsx", "--json", "--as-of", "2018-09-30", "--map", "'CIP monitoring'!progress=C,action=H");
    const plan = FileReportSchema.parse(JSON.parse(out)).plans[0]!;
    expect(plan.mapping).toBe("option");
    expect(plan.columns.action).toBe("H");
    expect(plan.columns.progress).toBe("C");
  });

  it("restricts statuses with --statuses", async () => {
    const { out } = await cli("validate", "samples/cip-monitoring.xlsx", "--json", "--as-of", "2018-09-30", "--statuses", "Completed,On track");
    const issues = FileReportSchema.parse(JSON.parse(out)).issues.filter((issue) => issue.code === "status-unknown");
    // Once per word, not per cell: 8 "Some slippage" and 1 "Not started".
    expect(issues.map((issue) => /^Status "([^"]+)"/.exec(issue.message)?.[1]).sort()).toEqual(["Not started", "Some slippage"]);
    expect(issues.find((issue) => issue.message.includes('"Some slippage"'))?.message).toContain("8 actions");
    // Advice for the command line, and the truth about counting: counted as written, RAG from the dates.
    expect(issues[0]?.fix).toContain("--statuses");
    expect(issues[0]?.fix).toContain("correct it to one of: Completed, On track.");
    expect(issues[0]?.message).toContain("counted under");
    expect(issues[0]?.message).toContain("RAG comes from the dates alone");
  });

  it.each([
    ["text", "text file"],
    ["csv", "probably CSV"],
    ["empty", "the file is empty"],
    ["truncated", "damaged or incomplete"],
    ["legacy", "Excel 97-2003 (.xls)"],
    ["encrypted", "password-protected"],
    ["noPlan", 'no plan found ("Budget"'],
    ["noSheets", "no sheets"],
  ] as const)("names an unreadable file (%s) in one line, exits 2, and leaves it untouched", async (kind, words) => {
    const path = bad[kind];
    const before = sha(path);
    const { code, out, err } = await cli("validate", path);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain(path);
    expect(err).toContain(words);
    expect(out + err).not.toMatch(/\n\s+at /);
    expect(sha(path)).toBe(before);
  });

  it("names a missing file", async () => {
    const { code, err } = await cli("validate", join(dir, "nope.xlsx"));
    expect(code).toBe(2);
    expect(err).toContain("no such file");
  });

  it("rejects a malformed --as-of or --map with usage help and exit 2", async () => {
    expect((await cli("validate", "samples/cip-monitoring.xlsx", "--as-of", "30/09/2018")).err).toContain("--as-of takes a date written YYYY-MM-DD");
    const map = await cli("validate", "samples/cip-monitoring.xlsx", "--map", "owner=D");
    expect(map.code).toBe(2);
    expect(map.err).toContain('"owner" is not a column we know');
  });

  it("never changes the workbook it checks", async () => {
    const before = sha("samples/cip-monitoring.xlsx");
    await cli("validate", "samples/cip-monitoring.xlsx", "--json");
    expect(sha("samples/cip-monitoring.xlsx")).toBe(before);
  });
});

describe("the installed command", () => {
  it("runs as `npx plan-tracker` after npm ci, with real exit codes and no stack trace", async () => {
    const ok = await run("npx", ["--no-install", "plan-tracker", "validate", "samples/peer-challenge-2014.xlsx", "--as-of", "2014-06-01"]);
    expect(ok.stdout).toContain("20 actions");
    const failure = await run("npx", ["--no-install", "plan-tracker", "validate", bad.encrypted]).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure ? failure.code : 0).toBe(2);
    expect(failure.stderr).toContain("password-protected");
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  }, 90_000); // two npx start-ups: about 20 s on a quiet 2-core machine, more when it is busy
});
