import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import * as sheets from "./src/core/sheets/SheetSpec.js";
import { readXlsxGrid } from "./src/adapters/xlsxRead/readXlsxGrid.js";
import { checkWorkbook } from "./src/core/checkWorkbook.js";
import { buildRefresh } from "./src/core/refresh/buildRefresh.js";
import { CORPUS } from "./test/corpus/corpus.js";
import { corpusWorkbookBytes, isLibreOfficeSaved } from "./test/corpus/writeCorpusWorkbook.js";
import { syntheticGrid } from "./bench/syntheticPlan.js";
const expand = (sheets as any).expandFormulaRuns ?? ((s: any) => s);
const out: Record<string, string[]> = {};
async function one(name: string, grid: any) {
  const check = checkWorkbook(grid, { asOf: "2025-11-24" });
  const result = buildRefresh({ grid, check, asOf: "2025-11-24", refreshedAt: "24/11/2025 09:00", takeSnapshot: false });
  const lines: string[] = [];
  for (const raw of result.specs) {
    const spec = expand(raw);
    spec.rows.forEach((row: any, r: number) => row?.cells.forEach((c: any, k: number) => { if (c) lines.push(`${spec.name}!${r + 1},${k + 1} ${JSON.stringify(c)}`); }));
    spec.rows.forEach((row: any, r: number) => { if (row?.height !== undefined || row?.hidden) lines.push(`${spec.name}!row${r + 1} ${row.height} ${row.hidden}`); });
  }
  for (const rc of result.ragColumns) for (const c of rc.cells) lines.push(`rag ${rc.sheet}!${rc.column},${c.row} ${c.formula} ${c.expected}`);
  out[name] = lines;
}
for (const f of readdirSync("samples").filter((f) => f.endsWith(".xlsx") && !f.includes("refreshed"))) await one(f, await readXlsxGrid(readFileSync(`samples/${f}`)));
for (const def of CORPUS) { if (isLibreOfficeSaved(def)) continue; await one(def.name ?? def.file, await readXlsxGrid(await corpusWorkbookBytes(def))); }
await one("synthetic", syntheticGrid(400));
writeFileSync(process.argv[2]!, JSON.stringify(out));
console.log(Object.keys(out).length, Object.values(out).reduce((a, b) => a + b.length, 0));
