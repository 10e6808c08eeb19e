/**
 * Refresh time for a 20,000-row plan against ExcelJS reading and writing the same file alone (goal:
 * at most as long, ratio ≤ 1). The refresh is the command line's (src/cli/refreshCommand.ts): the
 * package opened as its parts, the cells read by the package reader, our sheets rendered as new
 * parts, the officer's parts copied as they were packed. Wall time and CPU time (the process's, so
 * garbage collection on the second core counts too) are both printed: on a shared machine the CPU
 * ratio moves far less with the load. Run by `npm run bench` after the validation figures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { readFileBytes } from "../src/adapters/exceljs/readWorkbook.js";
import { openXlsxPackage, refreshPackage } from "../src/adapters/xlsxPackage/index.js";
import { gridOfPackage } from "../src/adapters/xlsxRead/readXlsxGrid.js";
import { generatedRoleOf } from "../src/core/sheets/SheetSpec.js";
import { checkWorkbook } from "../src/core/checkWorkbook.js";
import { buildRefresh } from "../src/core/refresh/buildRefresh.js";
import { syntheticRows } from "./syntheticPlan.js";

const ROWS = Number(process.env.BENCH_REFRESH_ROWS ?? 20_000);
const AS_OF = "2025-11-24";
const REPEATS = 3;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

export async function benchRefresh(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "plan-tracker-bench-refresh-"));
  try {
    const input = join(dir, "plan.xlsx");
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("Plan");
    for (const row of syntheticRows(ROWS)) sheet.addRow(row);
    await source.xlsx.writeFile(input);

    const baseline: number[] = [];
    const refresh: number[] = [];
    const baselineCpu: number[] = [];
    const refreshCpu: number[] = [];
    const phases: Record<string, number[]> = { read: [], check: [], build: [], render: [], write: [] };
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      let start = performance.now();
      let startCpu = cpuMs();
      const plain = new ExcelJS.Workbook();
      await plain.xlsx.readFile(input);
      await plain.xlsx.writeFile(join(dir, "copy.xlsx"));
      baseline.push(performance.now() - start);
      baselineCpu.push(cpuMs() - startCpu);

      start = performance.now();
      startCpu = cpuMs();
      let mark = start;
      const lap = (phase: string) => {
        const now = performance.now();
        phases[phase]?.push(now - mark);
        mark = now;
      };
      const pkg = await openXlsxPackage(await readFileBytes(input));
      const grid = gridOfPackage(pkg);
      lap("read");
      const check = checkWorkbook(grid, { asOf: AS_OF });
      lap("check");
      const result = buildRefresh({ grid, check, asOf: AS_OF, refreshedAt: "24/11/2025 09:00", takeSnapshot: false, addRagColumn: false });
      lap("build");
      const replacedSheets = grid.sheets.filter((s) => generatedRoleOf(s) !== undefined).map((s) => s.name);
      const { bytes } = refreshPackage(pkg, { specs: result.specs, replacedSheets });
      lap("render");
      await writeFile(join(dir, "refreshed.xlsx"), bytes);
      lap("write");
      refresh.push(performance.now() - start);
      refreshCpu.push(cpuMs() - startCpu);
    }
    const base = median(baseline);
    const total = median(refresh);
    console.log(`\nRefresh of a ${ROWS.toLocaleString("en-GB")}-row plan (median of ${REPEATS})`);
    console.log(`ExcelJS read + write alone: ${base.toFixed(0)} ms`);
    console.log(`plan-tracker refresh:       ${total.toFixed(0)} ms  (ratio ${(total / base).toFixed(2)}×, goal ≤ 1×)`);
    console.log(`CPU time: ExcelJS ${median(baselineCpu).toFixed(0)} ms, refresh ${median(refreshCpu).toFixed(0)} ms (ratio ${(median(refreshCpu) / median(baselineCpu)).toFixed(2)}×)`);
    console.log(`  phases: ${Object.entries(phases).map(([phase, times]) => `${phase} ${median(times).toFixed(0)} ms`).join(", ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
