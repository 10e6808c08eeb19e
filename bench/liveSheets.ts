/**
 * LibreOffice recalculation of the live generated sheets for a 6,000-action plan (issue goal: under
 * 1 s), refreshed by the command line's package writer, in the plan's own order and shuffled (themes interleaved, as after a sort by lead). Timed
 * inside LibreOffice (`calculateAll()` through the UNO bridge, test/support/officeDriver.py), so
 * loading and saving the file are not counted. Both the wall clock and LibreOffice's processor time
 * (from /proc) are printed: on a busy machine the first also counts time spent waiting for a core; on a
 * quiet one LibreOffice uses both cores and the second exceeds the first. Skipped, with the reason, when soffice or python3-uno
 * is missing. Figures go in docs/PERFORMANCE.md and docs/LIVE-SHEETS.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openXlsxPackage, refreshPackage } from "../src/adapters/xlsxPackage/index.js";
import { gridOfPackage } from "../src/adapters/xlsxRead/readXlsxGrid.js";
import { checkWorkbook } from "../src/core/checkWorkbook.js";
import type { CellValue } from "../src/core/grid/Cell.js";
import { buildRefresh } from "../src/core/refresh/buildRefresh.js";
import { expandFormulaRuns } from "../src/core/sheets/SheetSpec.js";
import { Office, requireUno } from "../test/support/office.js";
import { syntheticRows } from "./syntheticPlan.js";

const ACTIONS = Number(process.env.BENCH_LIVE_ACTIONS ?? 6_000);
const AS_OF = "2025-11-24";
const REPEATS = 3;

/** The plan's action rows in a fixed pseudo-random order, the title and header left in place. */
function shuffled(rows: CellValue[][]): CellValue[][] {
  const head = rows.slice(0, 3);
  // A theme column that is filled on every row, so a shuffle keeps each action's theme.
  let theme: CellValue = null;
  const body = rows.slice(3).map((row) => {
    if (row[1] !== null) theme = row[1] ?? null;
    return [row[0] ?? null, theme, ...row.slice(2)];
  });
  let state = 12345;
  for (let i = body.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [body[i], body[j]] = [body[j] as CellValue[], body[i] as CellValue[]];
  }
  return [...head, ...body];
}

async function refreshedFile(dir: string, name: string, rows: CellValue[][]): Promise<string> {
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet("Plan");
  for (const row of rows) sheet.addRow(row);
  const input = join(dir, `${name}-plan.xlsx`);
  await source.xlsx.writeFile(input);
  // Refreshed as the command line does it: the package writer, filled-down columns as shared formulas.
  const pkg = await openXlsxPackage(readFileSync(input));
  const grid = gridOfPackage(pkg);
  const check = checkWorkbook(grid, { asOf: AS_OF });
  const result = buildRefresh({ grid, check, asOf: AS_OF, refreshedAt: "24/11/2025 09:00", takeSnapshot: false });
  const output = join(dir, `${name}-refreshed.xlsx`);
  writeFileSync(output, refreshPackage(pkg, { specs: result.specs, replacedSheets: [] }).bytes);
  let longest = 0;
  let cells = 0;
  for (const spec of result.specs.map(expandFormulaRuns)) {
    for (const row of spec.rows) {
      for (const cell of row?.cells ?? []) {
        if (cell?.kind !== "formula") continue;
        cells++;
        longest = Math.max(longest, cell.formula.length);
      }
    }
  }
  console.log(`  ${name}: ${check.plans[0]?.actions.length ?? 0} actions, ${cells.toLocaleString("en-GB")} formula cells, longest formula ${longest} characters`);
  return output;
}

export async function benchLiveSheets(): Promise<void> {
  const gate = requireUno();
  console.log(`\nLive sheets: LibreOffice recalculation of every generated formula, ${ACTIONS.toLocaleString("en-GB")} actions (calculateAll, median of ${REPEATS})`);
  if (!gate.available) {
    console.log(`  skipped: ${gate.reason}`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "plan-tracker-bench-live-"));
  const office = await Office.start();
  try {
    for (const [name, rows] of [
      ["plan order", syntheticRows(ACTIONS)],
      ["shuffled", shuffled(syntheticRows(ACTIONS))],
    ] as const) {
      const file = await refreshedFile(dir, name.replace(/ /g, "-"), rows);
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const timed = await office.timeRecalculation(file);
        wall.push(timed.seconds);
        cpu.push(timed.cpuSeconds);
      }
      const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
      // Read both with the machine's load: busy, the wall clock also counts waiting for a core; quiet,
      // LibreOffice computes formula groups on both cores and its processor time exceeds the wall clock.
      console.log(`  ${name}: recalculation ${median(wall).toFixed(2)} s wall clock, ${median(cpu).toFixed(2)} s processor time (LibreOffice)`);
    }
  } finally {
    await office.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
