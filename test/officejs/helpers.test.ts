/** The adapter's small pure helpers: addresses, rectangles, request packing, dates. */
import { describe, expect, it } from "vitest";
import { addressGroups, parseAreas, rectanglesByKey } from "../../src/adapters/officejs/areas.js";
import { isDateFormat, serialToDate } from "../../src/adapters/officejs/dates.js";
import { jsonBytes, runInRequests, utf8Length } from "../../src/adapters/officejs/requests.js";
import { compareVersions } from "../../src/adapters/officejs/requirements.js";
import { FakeExcel } from "../support/fakeExcel/index.js";

describe("parseAreas", () => {
  it("reads Excel's multi-area addresses, including quoted sheet names with commas and apostrophes", () => {
    expect(parseAreas("'Plan, 2024 (Bob''s)'!$A$1:$C$3, 'Plan, 2024 (Bob''s)'!E5,Sheet1!B:B,Sheet1!4:6")).toEqual([
      { top: 1, left: 1, bottom: 3, right: 3 },
      { top: 5, left: 5, bottom: 5, right: 5 },
      { top: 1, left: 2, bottom: 1_048_576, right: 2 },
      { top: 4, left: 1, bottom: 6, right: 16_384 },
    ]);
  });
});

describe("rectanglesByKey", () => {
  it("covers every keyed cell exactly once, in few rectangles", () => {
    // A table: column A one style, B–C another, with a header row across.
    const key = (row: number, column: number): string | undefined => (column > 3 ? undefined : row === 1 ? "header" : column === 1 ? "ref" : "text");
    const result = rectanglesByKey(100, () => 4, key);
    expect(result.get("header")).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(result.get("ref")).toEqual([{ top: 2, left: 1, bottom: 100, right: 1 }]);
    expect(result.get("text")).toEqual([{ top: 2, left: 2, bottom: 100, right: 3 }]);
  });

  it("prefers column runs when a neighbouring column alternates row by row", () => {
    const key = (row: number, column: number): string => (column === 2 ? (row % 2 === 0 ? "date" : "parsed") : "text");
    const result = rectanglesByKey(1_000, () => 3, key);
    expect(result.get("text")).toHaveLength(2);
    const covered = new Set<string>();
    for (const [k, list] of result) for (const r of list) for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) {
      expect(key(row, c)).toBe(k);
      covered.add(`${row}:${c}`);
    }
    expect(covered.size).toBe(3_000);
  });
});

describe("addressGroups", () => {
  it("keeps each group under the length getRanges accepts", () => {
    const ranges = Array.from({ length: 2_000 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 3 }));
    const groups = addressGroups(ranges, 500);
    expect(groups.every((g) => g.length <= 500)).toBe(true);
    expect(groups.join(",").split(",")).toHaveLength(2_000);
  });
});

describe("runInRequests", () => {
  it("packs units into as few syncs as the budget allows; a unit over budget goes alone", async () => {
    const excel = new FakeExcel();
    const context = excel.context();
    const queued: number[] = [];
    const unit = (bytes: number, id: number) => ({ bytes, queue: () => queued.push(id) });
    const requests = await runInRequests(context, [unit(40, 1), unit(50, 2), unit(30, 3), unit(500, 4), unit(10, 5)], { budgetBytes: 100 });
    expect(requests).toBe(4);
    expect(excel.syncCount).toBe(4);
    expect(queued).toEqual([1, 2, 3, 4, 5]);
    expect(await runInRequests(context, [])).toBe(0);
  });

  it("measures UTF-8", () => {
    expect(utf8Length("£€😀a")).toBe(2 + 3 + 4 + 1);
    expect(jsonBytes([["é"]])).toBe(8);
  });
});

describe("dates and versions", () => {
  it("treats a number as a date only under a date format, as ExcelJS does", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("[$-809]d mmmm yyyy")).toBe(true);
    expect(isDateFormat("#,##0;(#,##0)")).toBe(false);
    expect(isDateFormat('0.0" days"')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(serialToDate(45382).toISOString()).toBe("2024-03-31T00:00:00.000Z");
  });

  it("compares requirement-set versions numerically", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.7", "1.7")).toBe(0);
  });
});
