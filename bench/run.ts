/**
 * Prints validation times for 1,000 / 20,000 / 100,000-row plans: the core alone (grid in memory)
 * and end to end from an .xlsx file (ExcelJS read + core); then the refresh and the add-in bundle. Figures go in docs/PERFORMANCE.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../src/adapters/exceljs/readWorkbook.js";
import { checkWorkbook } from "../src/core/checkWorkbook.js";
import { benchBundle } from "./bundle.js";
import { benchLiveSheets } from "./liveSheets.js";
import { benchRefresh } from "./refresh.js";
import { syntheticGrid, syntheticRows } from "./syntheticPlan.js";

const SIZES = (process.env.BENCH_SIZES ?? "1000,20000,100000").split(",").map(Number);
const AS_OF = "2025-11-24";
const REPEATS = 3;

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
    const endToEnd: number[] = [];
    for (let repeat = 0; repeat < (size >= 100_000 ? 1 : REPEATS); repeat++) {
      const [read, readMs] = await timeAsync(() => readWorkbookGrid(file));
      const [, checkMs] = time(() => checkWorkbook(read, { asOf: AS_OF }));
      readTimes.push(readMs);
      endToEnd.push(readMs + checkMs);
    }
    const core = median(coreTimes);
    const heap = process.memoryUsage().heapUsed / 1024 / 1024;
    console.log(
      `${String(size).padEnd(8)} | ${core.toFixed(0).padStart(7)} | ${Math.round((size / core) * 1000).toLocaleString("en-GB").padStart(11)} | ${median(readTimes).toFixed(0).padStart(12)} | ${median(endToEnd).toFixed(0).padStart(13)} | ${String(issues).padStart(6)} | ${heap.toFixed(0).padStart(7)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
await benchRefresh();
await benchLiveSheets();
await benchBundle();
