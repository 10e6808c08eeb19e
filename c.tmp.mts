import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { syntheticGrid } from "./bench/syntheticPlan.js";
import { checkWorkbook } from "./src/core/checkWorkbook.js";
import { buildRefresh } from "./src/core/refresh/buildRefresh.js";
const grid = syntheticGrid(20000);
const check = checkWorkbook(grid, { asOf: "2025-11-24" });
let t = performance.now();
const result = buildRefresh({ grid, check, asOf: "2025-11-24", refreshedAt: "24/11/2025 09:00", takeSnapshot: false });
console.log("build", (performance.now() - t).toFixed(0));
for (const spec of result.specs) {
  let cells = 0, formulas = 0, chars = 0;
  for (const row of spec.rows) for (const c of row?.cells ?? []) { if (!c) continue; cells++; if (c.kind === "formula") { formulas++; chars += c.formula.length; } }
  console.log(spec.name, "cells", cells, "formulas", formulas, "chars", (chars/1e6).toFixed(1), "M");
}
