import { syntheticGrid } from "./bench/syntheticPlan.js";
import { checkWorkbook } from "./src/core/checkWorkbook.js";
import { buildRefresh } from "./src/core/refresh/buildRefresh.js";
const grid = syntheticGrid(20000);
const check = checkWorkbook(grid, { asOf: "2025-11-24" });
const t = performance.now();
buildRefresh({ grid, check, asOf: "2025-11-24", refreshedAt: "24/11/2025 09:00", takeSnapshot: false });
console.log("build", performance.now() - t);
