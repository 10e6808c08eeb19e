/**
 * Reading through the Office.js adapter gives the same grid as the ExcelJS adapter, for every
 * sample workbook and for every Excel version we degrade for; and the number of syncs does not grow
 * with the row count.
 */
import { describe, expect, it } from "vitest";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { readWorkbookGrid } from "../../src/adapters/officejs/readWorkbookGrid.js";
import { WEB_PAYLOAD_LIMIT_BYTES } from "../../src/adapters/officejs/requests.js";
import { syntheticGrid } from "../../bench/syntheticPlan.js";
import { fakeFromExcelJs, fakeFromGrid } from "../support/fakeExcel/index.js";
import { sheet, workbook } from "../support/grid.js";
import { SAMPLE_NAMES, gridSnapshot, loadSample } from "./support.js";

describe("readWorkbookGrid matches the ExcelJS adapter", () => {
  it("has samples to compare", () => {
    expect(SAMPLE_NAMES.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of SAMPLE_NAMES) {
    it(`${name}: values, formulas, number formats, merges and visibility`, async () => {
      const workbook = await loadSample(name);
      const expected = workbookToGrid(workbook);
      const excel = fakeFromExcelJs(workbook);
      const grid = await readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
      expect(gridSnapshot(grid)).toEqual(gridSnapshot(expected));
    });
  }

  for (const apiVersion of ["1.9", "1.7"]) {
    it(`reads the same cells on ExcelApi ${apiVersion} (no merged-areas API${apiVersion === "1.7" ? ", no special cells" : ""})`, async () => {
      for (const name of SAMPLE_NAMES) {
        const workbook = await loadSample(name);
        const excel = fakeFromExcelJs(workbook, { apiVersion });
        const grid = await readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
        expect(gridSnapshot(grid, { merges: false }), name).toEqual(gridSnapshot(workbookToGrid(workbook), { merges: false }));
        expect(grid.sheets.every((sheet) => sheet.merges.length === 0)).toBe(true);
      }
    });
  }
});

describe("readWorkbookGrid syncs", () => {
  async function readSynthetic(actions: number, apiVersion = "1.17") {
    const excel = fakeFromGrid(syntheticGrid(actions), { apiVersion });
    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
    return { excel, grid };
  }

  it("uses the same number of syncs for a 100-row and a 10,000-row plan, with no response over 5 MB", async () => {
    const small = await readSynthetic(100);
    const large = await readSynthetic(10_000);
    expect(large.grid.sheets[0]?.rowCount).toBe(10_003);
    // Four phases for the cells, and a fifth for the status column's fills, hidden flag and drop-down list.
    expect(small.excel.syncCount).toBe(5);
    expect(large.excel.syncCount).toBe(small.excel.syncCount);
    expect(large.excel.largestResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    expect(large.excel.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
  });

  it("splits a read that would exceed the response limit into more requests, never one per row", async () => {
    // Without special cells every formula and value type is read too: about twice the bytes.
    const large = await readSynthetic(10_000, "1.7");
    expect(large.excel.largestResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    const dataRequests = large.excel.syncCount - 3;
    const totalBytes = large.excel.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    expect(dataRequests).toBeGreaterThan(1);
    expect(dataRequests).toBeLessThanOrEqual(Math.ceil(totalBytes / 1_000_000));
  });
});

describe("readWorkbookGrid: awkward cells", () => {
  const grid = workbook(
    sheet("Plan", [
      ["Ref", "Status", "Due", "Done?", "Note"],
      ["1.1", { error: "#N/A" }, new Date(Date.UTC(2024, 2, 31)), true, "#N/A"],
      ["1.2", { formula: "1/0", value: { error: "#DIV/0!" } }, 45382, false, "=typed as text"],
      ["1.3", { formula: "B2&\"\"", value: "x" }, undefined, undefined, "- note"],
    ]),
    { ...sheet("Empty", []), visibility: "hidden" },
    { ...sheet("Machinery", [["a"]]), visibility: "veryHidden" },
  );

  for (const apiVersion of ["1.17", "1.9", "1.7"]) {
    it(`tells errors from text that looks like one, keeps logicals, dates and visibility (ExcelApi ${apiVersion})`, async () => {
      const excel = fakeFromGrid(grid, { apiVersion });
      excel.sheet("Plan").touch(3, 5).numberFormat = "@";
      const read = await readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
      const plan = read.sheets[0];
      expect(plan?.rows[1]?.[1]).toEqual({ value: { error: "#N/A" } });
      expect(plan?.rows[1]?.[4]).toEqual({ value: "#N/A" });
      expect(plan?.rows[1]?.[2]).toEqual({ value: new Date(Date.UTC(2024, 2, 31)), numFmt: "dd/mm/yyyy" });
      expect(plan?.rows[1]?.[3]).toEqual({ value: true });
      expect(plan?.rows[2]?.[1]).toEqual({ value: { error: "#DIV/0!" }, formula: "1/0" });
      expect(plan?.rows[2]?.[2]).toEqual({ value: 45382 });
      expect(plan?.rows[2]?.[4]).toEqual({ value: "=typed as text", numFmt: "@" });
      expect(plan?.rows[3]?.[1]).toEqual({ value: "x", formula: 'B2&""' });
      expect(read.sheets.map((s) => [s.name, s.visibility, s.rowCount, s.columnCount])).toEqual([
        ["Plan", "visible", 4, 5],
        ["Empty", "hidden", 0, 0],
        ["Machinery", "veryHidden", 1, 1],
      ]);
    });
  }
});
