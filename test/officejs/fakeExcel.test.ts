/**
 * The fake Excel behaves like Office.js where it matters to the adapter — otherwise the adapter
 * tests would prove nothing.
 */
import { describe, expect, it } from "vitest";
import { FakeExcel, FakeOfficeError } from "../support/fakeExcel/index.js";

function excelWithPlan(options: ConstructorParameters<typeof FakeExcel>[0] = {}): FakeExcel {
  const excel = new FakeExcel(options);
  const sheet = excel.model.addSheet("Plan");
  sheet.touch(1, 1).value = "Ref";
  sheet.touch(2, 1).value = 1.1;
  return excel;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (e: unknown) => (e as FakeOfficeError).code,
  );
}

describe("the fake Excel's batching", () => {
  it("makes properties readable only after load() and sync(), like Office.js", async () => {
    const excel = excelWithPlan();
    const context = excel.context();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1:A2");
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    range.load("values");
    expect(() => range.values).toThrow(FakeOfficeError);
    await context.sync();
    expect(range.values).toEqual([["Ref"], [1.1]]);
    expect(() => range.numberFormat).toThrow(/call the load method/);
  });

  it("answers isNullObject only after a sync", async () => {
    const excel = excelWithPlan();
    const context = excel.context();
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    const present = context.workbook.worksheets.getItemOrNullObject("plan");
    expect(() => missing.isNullObject).toThrow(FakeOfficeError);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
  });

  it("runs nothing until sync, then everything in order", async () => {
    const excel = excelWithPlan();
    const context = excel.context();
    const range = context.workbook.worksheets.getItem("Plan").getRange("B1");
    range.numberFormat = [["@"]];
    range.values = [["=1+1"]];
    expect(excel.sheet("Plan").cell(1, 2)).toBeUndefined();
    await context.sync();
    expect(excel.sheet("Plan").cell(1, 2)).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(excel.syncs).toEqual([expect.objectContaining({ commands: 2, writes: 2 })]);
  });

  it("measures each request as the JSON of its commands, and refuses one over 5 MB without running any of it", async () => {
    const excel = excelWithPlan();
    const context = excel.context();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    context.workbook.worksheets.getItem("Plan").getRange("C1:C60000").values = big;
    expect(await codeOf(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.sheet("Plan").cell(1, 3)).toBeUndefined();
    expect(excel.syncCount).toBe(0);
  });

  it("refuses a response over 5 MB", async () => {
    const excel = excelWithPlan();
    const sheet = excel.sheet("Plan");
    for (let r = 1; r <= 60_000; r++) sheet.touch(r, 4).value = "y".repeat(100);
    const context = excel.context();
    context.workbook.worksheets.getItem("Plan").getRange("D1:D60000").load("values");
    expect(await codeOf(context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("rejects 2-D arrays of the wrong shape", async () => {
    const excel = excelWithPlan();
    const context = excel.context();
    context.workbook.worksheets.getItem("Plan").getRange("A1:B2").values = [["only one row", "x"]];
    expect(await codeOf(context.sync())).toBe("InvalidArgument");
  });

  it("has only the APIs of its requirement set", () => {
    const excel = excelWithPlan({ apiVersion: "1.8" });
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("Plan");
    expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(excel.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(() => sheet.getRanges("A1,B2")).toThrow(/ExcelApi 1.9/);
    expect(() => sheet.pageLayout).toThrow(/ExcelApi 1.9/);
    expect(() => sheet.getRange("A1").getMergedAreasOrNullObject()).toThrow(/ExcelApi 1.13/);
    expect(() => sheet.getRange("A1").dataValidation).not.toThrow();
  });

  it("fails getMergedAreasOrNullObject over 512 areas, as documented", async () => {
    const excel = excelWithPlan();
    const sheet = excel.sheet("Plan");
    for (let r = 1; r <= 513; r++) sheet.merges.push({ top: r, left: 10, bottom: r, right: 11 });
    const context = excel.context();
    context.workbook.worksheets.getItem("Plan").getRange("J1:K600").getMergedAreasOrNullObject().load("areaCount");
    expect(await codeOf(context.sync())).toBe("GeneralException");
  });

  it("searches the whole used range when special cells are asked of a single cell (Excel's quirk)", async () => {
    const excel = excelWithPlan();
    const sheet = excel.sheet("Plan");
    sheet.touch(5, 5).formula = "=1+1";
    const context = excel.context();
    const found = context.workbook.worksheets.getItem("Plan").getRange("A1").getSpecialCellsOrNullObject("Formulas");
    found.load("address");
    await context.sync();
    expect(found.address).toBe("Plan!E5");
  });

  it("parses typed text as Excel does unless the cell is formatted as Text", async () => {
    const excel = excelWithPlan();
    const context = excel.context();
    const range = context.workbook.worksheets.getItem("Plan").getRange("F1:G3");
    range.numberFormat = [[null, "@"], [null, "@"], [null, "@"]];
    range.values = [["+44", "+44"], ["=A1", "=A1"], ["- note", "- note"]];
    await context.sync();
    const cell = (r: number, c: number) => excel.sheet("Plan").cell(r, c);
    expect(cell(1, 6)?.value).toBe(44);
    expect(cell(1, 7)?.value).toBe("+44");
    expect(cell(2, 6)?.formula).toBe("=A1");
    expect(cell(2, 7)?.formula).toBeUndefined();
    expect(cell(3, 6)?.formula).toBe("=- note");
    expect(cell(3, 7)?.value).toBe("- note");
  });
});
