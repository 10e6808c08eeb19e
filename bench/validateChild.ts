/**
 * One end-to-end validation in a process of its own, for bench/run.ts: read the file with the
 * package reader, find and check the plan, and report the times and the heap still held (grid and
 * check) after a full garbage collection, with the process's CPU time for each step (on a shared
 * machine it moves far less with the load than wall time). Run with a capped heap, so finishing at
 * all proves the peak stayed under the cap.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readXlsxGrid } from "../src/adapters/xlsxRead/readXlsxGrid.js";
import { checkWorkbook } from "../src/core/checkWorkbook.js";

const [file, asOf] = process.argv.slice(2) as [string, string];
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const start = performance.now();
const startCpu = cpuMs();
const grid = await readXlsxGrid(readFileSync(file));
const read = performance.now();
const readCpu = cpuMs();
const check = checkWorkbook(grid, { asOf });
const done = performance.now();
const doneCpu = cpuMs();
(globalThis as { gc?: () => void }).gc?.();
const heldMb = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(JSON.stringify({ readMs: read - start, checkMs: done - read, readCpuMs: readCpu - startCpu, checkCpuMs: doneCpu - readCpu, heldMb, actions: check.plans[0]?.actions.length ?? 0, rows: grid.sheets[0]?.rowCount }));
