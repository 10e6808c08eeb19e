import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { openXlsxPackage, refreshPackage } from "./src/adapters/xlsxPackage/index.js";
import { gridOfPackage } from "./src/adapters/xlsxRead/readXlsxGrid.js";
import { generatedRoleOf } from "./src/core/sheets/SheetSpec.js";
import { checkWorkbook } from "./src/core/checkWorkbook.js";
import { buildRefresh } from "./src/core/refresh/buildRefresh.js";
import { syntheticRows } from "./bench/syntheticPlan.js";
const source = new ExcelJS.Workbook();
const sheet = source.addWorksheet("Plan");
for (const row of syntheticRows(20000)) sheet.addRow(row);
await source.xlsx.writeFile("/tmp/plan20k.xlsx");
for (let i = 0; i < 3; i++) {
  const pkg = await openXlsxPackage(readFileSync("/tmp/plan20k.xlsx"));
  const grid = gridOfPackage(pkg);
  const check = checkWorkbook(grid, { asOf: "2025-11-24" });
  const result = buildRefresh({ grid, check, asOf: "2025-11-24", refreshedAt: "24/11/2025 09:00", takeSnapshot: false });
  const t = performance.now();
  const { bytes } = refreshPackage(pkg, { specs: result.specs, replacedSheets: [] });
  console.log("render", (performance.now() - t).toFixed(0), bytes.length);
}
