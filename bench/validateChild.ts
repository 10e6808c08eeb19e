/**
 * One end-to-end validation in a process of its own, for bench/run.ts: read the file with the
 * package reader, find and check the plan, and report the times and the heap still held (grid and
 * check) after a full garbage collection. Run with a capped heap, so finishing at all proves the
 * peak stayed under the cap.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readXlsxGrid } from "../src/adapters/xlsxRead/readXlsxGrid.js";
import { checkWorkbook } from "../src/core/checkWorkbook.js";

const [file, asOf] = process.argv.slice(2) as [string, string];
const start = performance.now();
const grid = await readXlsxGrid(readFileSync(file));
const read = performance.now();
const check = checkWorkbook(grid, { asOf });
const done = performance.now();
(globalThis as { gc?: () => void }).gc?.();
const heldMb = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(JSON.stringify({ readMs: read - start, checkMs: done - read, heldMb, actions: check.plans[0]?.actions.length ?? 0, rows: grid.sheets[0]?.rowCount }));
