/**
 * Errors from Excel reach the officer as plain English with what to do — for every Office error code
 * we expect, raised by the fake Excel both on demand and the way Excel itself would raise them.
 */
import { describe, expect, it } from "vitest";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { PlanTrackerHostError, toHostError } from "../../src/adapters/officejs/officeErrors.js";
import { readWorkbookGrid } from "../../src/adapters/officejs/readWorkbookGrid.js";
import { applyRagColumn, renderSheetSpecs } from "../../src/adapters/officejs/renderSheetSpecs.js";
import { SheetSpecError } from "../../src/core/sheets/SheetSpec.js";
import { refreshGrid } from "../refresh/refreshSupport.js";
import { FakeOfficeError, fakeFromExcelJs, type FakeExcel } from "../support/fakeExcel/index.js";
import { loadSample } from "./support.js";

const EXPECTED: ReadonlyArray<{ code: string; kind: PlanTrackerHostError["kind"]; says: RegExp; advice: RegExp }> = [
  { code: "InvalidOperationInCellEditMode", kind: "cell-edit-mode", says: /a cell is being edited/, advice: /Press Enter \(or Esc\)/ },
  { code: "AccessDenied", kind: "protected", says: /protected, or you can only view this file/, advice: /Unprotect the sheet/ },
  { code: "RequestPayloadSizeLimitExceeded", kind: "too-large", says: /more than Excel on the web can pass/, advice: /Excel desktop app/ },
  { code: "ResponsePayloadSizeLimitExceeded", kind: "too-large", says: /more than Excel on the web can pass/, advice: /Excel desktop app/ },
  { code: "ItemNotFound", kind: "not-found", says: /has gone/, advice: /Run it again/ },
  { code: "GeneralException", kind: "general", says: /Excel reported a problem/, advice: /close and reopen the workbook/ },
];

async function cipWorkbook() {
  const workbook = await loadSample("cip-monitoring.xlsx");
  const excel = fakeFromExcelJs(workbook);
  const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
  return { excel, output };
}

async function failure(run: () => Promise<unknown>): Promise<PlanTrackerHostError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanTrackerHostError);
  return error as PlanTrackerHostError;
}

describe("Office errors become plain messages", () => {
  for (const { code, kind, says, advice } of EXPECTED) {
    it(`${code} while reading and while writing`, async () => {
      const { excel, output } = await cipWorkbook();
      excel.failNextSync(code);
      const reading = await failure(() => readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported }));
      expect(reading.kind).toBe(kind);
      expect(reading.officeCode).toBe(code);
      expect(reading.message).toMatch(says);
      expect(reading.whatToDo).toMatch(advice);
      expect(reading.detail).toContain(code);
      expect(reading.fullMessage).toBe(`${reading.message} ${reading.whatToDo}`);

      excel.failWhen((command) => command.name === "formulas", code);
      const writing = await failure(() => renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported }));
      expect(writing.kind).toBe(kind);
      expect(writing.message).toMatch(says);
      expect(writing.whatToDo).toMatch(advice);
    });
  }

  it("says the Plan Tracker sheets may be incomplete when Excel fails part-way through writing", async () => {
    const { excel, output } = await cipWorkbook();
    excel.failWhen((command) => command.name === "formulas", "GeneralException");
    const error = await failure(() => renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported }));
    expect(error.message).toMatch(/may be incomplete\. Your own sheets were not changed\./);
  });
});

describe("the errors Excel raises by itself", () => {
  it("cell edit mode", async () => {
    const { excel } = await cipWorkbook();
    excel.cellEditMode = true;
    expect((await failure(() => readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported }))).kind).toBe("cell-edit-mode");
  });

  it("a request over Excel on the web's limit", async () => {
    const { excel, output } = await cipWorkbook();
    (excel as FakeExcel).payloadLimitBytes = 100_000;
    const error = await failure(() => renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported }));
    expect(error.kind).toBe("too-large");
    expect(error.officeCode).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("a plan sheet renamed or deleted before the RAG column is written", async () => {
    const { excel, output } = await cipWorkbook();
    const column = output.ragColumns[0];
    if (!column) throw new Error("no RAG column");
    excel.sheet(column.sheet).name = "Renamed";
    const error = await failure(() => applyRagColumn(excel.context(), column, { isSetSupported: excel.isSetSupported }));
    expect(error.kind).toBe("not-found");
  });

  it("a protected plan sheet: refused before writing, naming the sheet", async () => {
    const { excel, output } = await cipWorkbook();
    const column = output.ragColumns[0];
    if (!column) throw new Error("no RAG column");
    excel.sheet(column.sheet).protected = true;
    const error = await failure(() => applyRagColumn(excel.context(), column, { isSetSupported: excel.isSetSupported }));
    expect(error.kind).toBe("protected");
    expect(error.message).toBe(`The sheet "${column.sheet}" is protected, so Plan Tracker can't refresh it. Nothing was changed.`);
    expect(excel.syncs.every((sync) => sync.writes === 0)).toBe(true);
  });

  it("a write into a protected sheet Excel refuses", async () => {
    const { excel } = await cipWorkbook();
    excel.sheet("CIP monitoring").protected = true;
    const context = excel.context();
    context.workbook.worksheets.getItem("CIP monitoring").getRange("A1").values = [["x"]];
    const error = await context.sync().then(
      () => undefined,
      (e: unknown) => toHostError(e, "writing"),
    );
    expect((error as PlanTrackerHostError).kind).toBe("protected");
  });
});

describe("errors that are not Excel's pass through", () => {
  it("a bad spec is a programming error, thrown as it is", async () => {
    const { excel, output } = await cipWorkbook();
    const bad = { ...output.specs[0]!, rows: [] };
    await expect(renderSheetSpecs(excel.context(), [bad], { isSetSupported: excel.isSetSupported })).rejects.toBeInstanceOf(SheetSpecError);
  });

  it("toHostError keeps our own errors and wraps unknown throws", () => {
    const ours = new PlanTrackerHostError("busy", "m", "w");
    expect(toHostError(ours, "reading")).toBe(ours);
    expect(toHostError("text", "reading")).toBeInstanceOf(Error);
    const office = toHostError(new FakeOfficeError("ActivityLimitReached", "too many"), "writing") as PlanTrackerHostError;
    expect(office.kind).toBe("busy");
  });
});
