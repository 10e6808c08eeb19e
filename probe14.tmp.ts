import { readFileSync } from "node:fs";
import { readXlsxGrid } from "./src/adapters/xlsxRead/readXlsxGrid.ts";
const bytes = readFileSync("/tmp/pr/plan100k.xlsx");
for (let i = 0; i < 3; i++) { const c = process.cpuUsage(); const t = performance.now(); await readXlsxGrid(bytes); const d = process.cpuUsage(c); console.log("cpu", ((d.user + d.system) / 1000).toFixed(0), "wall", (performance.now() - t).toFixed(0)); }
