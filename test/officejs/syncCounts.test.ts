/**
 * The number of `context.sync()` calls follows the bytes to move, never the row count: a 100-row and
 * a 1,000-row refresh are written in the same syncs, and a 10,000-row refresh only needs more
 * because its cells alone are ~10 MB — more than Excel on the web accepts in one request (5 MB).
 * Without that limit (a budget as large as the data) the 10,000-row refresh takes the same syncs as
 * the 100-row one. Reading is covered in readWorkbookGrid.test.ts.
 */
import { describe, expect, it } from "vitest";
import { syntheticGrid } from "../../bench/syntheticPlan.js";
import { applyRagColumn, renderSheetSpecs } from "../../src/adapters/officejs/renderSheetSpecs.js";
import { DEFAULT_REQUEST_BUDGET_BYTES, WEB_PAYLOAD_LIMIT_BYTES } from "../../src/adapters/officejs/requests.js";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import { buildRefresh } from "../../src/core/refresh/buildRefresh.js";
import { fakeFromGrid } from "../support/fakeExcel/index.js";

const AS_OF = "2025-11-24";

function refresh(actions: number) {
  const grid = syntheticGrid(actions);
  const check = checkWorkbook(grid, { asOf: AS_OF });
  return { grid, output: buildRefresh({ grid, check, asOf: AS_OF, refreshedAt: "24/11/2025 09:00", takeSnapshot: false }) };
}

async function renderRefresh(actions: number, budget?: number) {
  const { grid, output } = refresh(actions);
  const excel = fakeFromGrid(grid, budget === undefined ? {} : { payloadLimitBytes: Number.MAX_SAFE_INTEGER });
  const result = await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported, ...(budget === undefined ? {} : { requestBudgetBytes: budget }) });
  return { excel, result, output };
}

describe("rendering a refresh: syncs", () => {
  it("a 100-row and a 1,000-row plan: two looks, then write requests by the bytes, each under 5 MB", async () => {
    // The live sheets read the plan through a slot per plan row (src/core/live/planRows.ts), so a
    // refresh moves about 12 KB of formulas per action: the requests follow those bytes.
    for (const actions of [100, 1_000]) {
      const { excel, result } = await renderRefresh(actions);
      const writes = excel.syncs.slice(2);
      const total = writes.reduce((sum, s) => sum + s.requestBytes, 0);
      expect(excel.syncCount).toBe(2 + result.requests);
      expect(result.syncs).toBe(excel.syncCount);
      expect(result.requests).toBeLessThanOrEqual(Math.ceil(total / DEFAULT_REQUEST_BUDGET_BYTES) + 1);
      expect(excel.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    }
  });

  it("a 10,000-row plan: as many write requests as its bytes need, each under 5 MB and packed full", async () => {
    const { excel, result, output } = await renderRefresh(10_000);
    expect(output.specs.find((s) => s.role === "committee")?.rows.length).toBeGreaterThan(10_000);
    const writes = excel.syncs.slice(2);
    expect(writes.length).toBe(result.requests);
    const total = writes.reduce((sum, s) => sum + s.requestBytes, 0);
    // Far from one sync per row: the count is the payload over the budget, rounded up, give or take one.
    expect(result.requests).toBeLessThanOrEqual(Math.ceil(total / DEFAULT_REQUEST_BUDGET_BYTES) + 1);
    expect(result.requests).toBeGreaterThan(1);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    for (const sync of writes.slice(0, -1)) expect(sync.requestBytes).toBeGreaterThan(DEFAULT_REQUEST_BUDGET_BYTES / 2);
  }, 180_000);

  it("with no request limit, a 10,000-row plan takes exactly the syncs a 100-row plan does", async () => {
    const small = await renderRefresh(100, Number.MAX_SAFE_INTEGER);
    const large = await renderRefresh(10_000, Number.MAX_SAFE_INTEGER);
    expect(large.excel.syncCount).toBe(3);
    expect(large.excel.syncCount).toBe(small.excel.syncCount);
  }, 180_000);

  it("the RAG column on the plan: one look and one write request for 100 or 1,000 rows", async () => {
    for (const actions of [100, 1_000]) {
      const { grid, output } = refresh(actions);
      const excel = fakeFromGrid(grid);
      const column = output.ragColumns[0];
      if (!column) throw new Error("no RAG column");
      const result = await applyRagColumn(excel.context(), column, { isSetSupported: excel.isSetSupported });
      expect(result.syncs).toBe(2);
      expect(excel.syncCount).toBe(2);
    }
  });

  it("reports progress through the write requests", async () => {
    const { grid, output } = refresh(10_000);
    const excel = fakeFromGrid(grid);
    const seen: Array<{ requestsDone: number; requestsExpected: number }> = [];
    const result = await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.requestsDone)).toEqual(Array.from({ length: result.requests }, (_, i) => i + 1));
    expect(seen.every((p) => p.requestsExpected >= p.requestsDone)).toBe(true);
  });
});
