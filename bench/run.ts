/**
 * Prints validation times for 1,000 / 20,000 / 100,000-row plans: the core alone (grid in memory)
 * and end to end from an .xlsx file (the package reader + core, as `plan-tracker validate` runs);
 * then sheets of 50,000 merged ranges, the refresh and the add-in bundle. Figures go in docs/PERFORMANCE.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readXlsxGrid } from "../src/adapters/xlsxRead/readXlsxGrid.js";
import { checkWorkbook } from "../src/core/checkWorkbook.js";
import { whyNoPlan } from "../src/core/plan/whyNoPlan.js";
import { benchBundle } from "./bundle.js";
import { benchLiveSheets } from "./liveSheets.js";
import { mergedPlanXlsx, mergesOnlyXlsx } from "./mergedPlan.js";
import { benchRefresh } from "./refresh.js";
import { syntheticGrid, syntheticRows } from "./syntheticPlan.js";

const SIZES = (process.env.BENCH_SIZES ?? "1000,20000,100000").split(",").map(Number);
const AS_OF = "2025-11-24";
const REPEATS = 3;
/** Issue 15's ceiling for validating 100,000 rows end to end. */
const HEAP_CAP_MB = 400;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

async function writeSyntheticFile(path: string, actions: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  for (const row of syntheticRows(actions)) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

const dir = mkdtempSync(join(tmpdir(), "plan-tracker-bench-"));
try {
  console.log(`Plan Tracker validation benchmark (Node ${process.version}, median of ${REPEATS})`);
  console.log("rows     | core ms | core rows/s | file read ms | end-to-end ms | issues | heap MB");
  let largest: string | undefined;
  for (const size of SIZES) {
    const grid = syntheticGrid(size);
    const coreTimes: number[] = [];
    let issues = 0;
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const [check, ms] = time(() => checkWorkbook(grid, { asOf: AS_OF }));
      if (check.plans[0]?.actions.length !== size) throw new Error(`expected ${size} actions, read ${check.plans[0]?.actions.length}`);
      issues = check.issues.length;
      coreTimes.push(ms);
    }
    const file = join(dir, `plan-${size}.xlsx`);
    await writeSyntheticFile(file, size);
    const readTimes: number[] = [];
    let heapMb = 0;
    const endToEnd: number[] = [];
    for (let repeat = 0; repeat < (size >= 100_000 ? 1 : REPEATS); repeat++) {
      const [read, readMs] = await timeAsync(async () => readXlsxGrid(readFileSync(file)));
      const [check, checkMs] = time(() => checkWorkbook(read, { asOf: AS_OF }));
      readTimes.push(readMs);
      endToEnd.push(readMs + checkMs);
      // The heap while the grid and the check are both still held: what validate needs at its peak.
      heapMb = Math.max(heapMb, process.memoryUsage().heapUsed / 1024 / 1024);
      if (check.plans[0]?.actions.length !== size) throw new Error("the file read lost actions");
    }
    const core = median(coreTimes);
    const heap = heapMb;
    console.log(
      `${String(size).padEnd(8)} | ${core.toFixed(0).padStart(7)} | ${Math.round((size / core) * 1000).toLocaleString("en-GB").padStart(11)} | ${median(readTimes).toFixed(0).padStart(12)} | ${median(endToEnd).toFixed(0).padStart(13)} | ${String(issues).padStart(6)} | ${heap.toFixed(0).padStart(7)}`,
    );
    if (size === Math.max(...SIZES)) largest = file;
  }
  // The largest plan once more, in a process whose heap is capped: finishing proves the peak heap.
  if (largest) {
    const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, "--expose-gc", "--import", "tsx", "bench/validateChild.ts", largest, AS_OF], { encoding: "utf8" });
    if (child.status !== 0) {
      console.log(`\n${Math.max(...SIZES).toLocaleString("en-GB")} rows with the heap capped at ${HEAP_CAP_MB} MB: FAILED (${child.stderr.split("\n").find((line) => /heap|memory/i.test(line)) ?? `exit ${child.status}`})`);
    } else {
      const result = JSON.parse(child.stdout.trim().split("\n").pop() as string) as { readMs: number; checkMs: number; readCpuMs: number; checkCpuMs: number; heldMb: number; actions: number };
      console.log(
        `\n${result.actions.toLocaleString("en-GB")} rows end to end with the heap capped at ${HEAP_CAP_MB} MB: read ${result.readMs.toFixed(0)} ms + check ${result.checkMs.toFixed(0)} ms = ${(result.readMs + result.checkMs).toFixed(0)} ms (CPU ${result.readCpuMs.toFixed(0)} + ${result.checkCpuMs.toFixed(0)} = ${(result.readCpuMs + result.checkCpuMs).toFixed(0)} ms); heap held afterwards (grid and check) ${result.heldMb.toFixed(0)} MB`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log("\n50,000 merged ranges (read by the package reader, then found and checked by the core; median of 3)");
for (const [label, bytes] of [
  ["plan of 50,000 rows, Action merged C:D on each", mergedPlanXlsx(50_000)],
  ["sheet of 50,000 merged ranges and one title", mergesOnlyXlsx(50_000)],
] as const) {
  const reads: number[] = [];
  const checks: number[] = [];
  let outcome = "";
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const [grid, readMs] = await timeAsync(() => readXlsxGrid(bytes));
    const [check, checkMs] = time(() => checkWorkbook(grid, { asOf: AS_OF }));
    const [why, whyMs] = time(() => (check.plans.length === 0 ? whyNoPlan(grid, check.skipped, [], "commandLine") : undefined));
    reads.push(readMs);
    checks.push(checkMs + whyMs);
    outcome = why ? `no plan (${why.code})` : `${check.plans[0]?.actions.length} actions`;
  }
  console.log(`${label}: read ${median(reads).toFixed(0)} ms, check ${median(checks).toFixed(0)} ms, total ${(median(reads) + median(checks)).toFixed(0)} ms — ${outcome}`);
}

// BENCH_VALIDATION_ONLY=1 stops here (the refresh and bundle figures take minutes).
if (!process.env.BENCH_VALIDATION_ONLY) {
  await benchRefresh();
  await benchLiveSheets();
  await benchBundle();
}
