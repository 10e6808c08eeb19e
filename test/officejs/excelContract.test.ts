/**
 * Where real Excel differs from a naive reading of Office.js, the fake Excel enforces Office's
 * documented contract (test/support/fakeExcel/contract.ts, each rule with its source) and the add-in
 * honours it: hidden sheets, fit-to-width printing, workbook structure protection, another workbook
 * taking focus, 1904 workbooks, and the 5 MB request limit on a sheet formatted to its last row.
 */
import { describe, expect, it } from "vitest";
import { officeWorkbookSession } from "../../src/addin/officeWorkbookSession.js";
import { FOCUS_RETRY_WAIT_MS } from "../../src/addin/retryWhenFocusLost.js";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { readWorkbookGrid } from "../../src/adapters/officejs/readWorkbookGrid.js";
import { WEB_PAYLOAD_LIMIT_BYTES } from "../../src/adapters/officejs/requests.js";
import { FakeOfficeError, fakeFromExcelJs, fakeFromGrid, type FakeExcel } from "../support/fakeExcel/index.js";
import { MAX_ROWS } from "../support/fakeExcel/model.js";
import { loadSample } from "./support.js";

const AS_OF = "2018-09-30";
const CLOCK = new Date(2026, 10, 24, 14, 2);

async function cip(options: { date1904?: boolean } = {}) {
  const workbook = await loadSample("cip-monitoring.xlsx");
  const excel = options.date1904 ? fakeFromGrid({ ...workbookToGrid(workbook), date1904: true }) : fakeFromExcelJs(workbook);
  const waits: number[] = [];
  const session = officeWorkbookSession({
    run: (batch) => batch(excel.context()),
    isSetSupported: excel.isSetSupported,
    now: () => CLOCK,
    wait: async (ms) => {
      waits.push(ms);
    },
  });
  return { excel, session, waits };
}

const names = (excel: FakeExcel) => excel.model.sheets.map((sheet) => sheet.name);

describe("the fake refuses what Excel refuses", () => {
  it("freeze panes and tab colour on a hidden sheet (office-js#1463, #2196)", async () => {
    const { excel } = await cip();
    const hidden = excel.model.addSheet("Hidden");
    hidden.visibility = "Hidden";
    for (const write of [
      (ws: Excel.Worksheet) => ws.freezePanes.freezeRows(2),
      (ws: Excel.Worksheet) => ws.freezePanes.unfreeze(),
      (ws: Excel.Worksheet) => {
        ws.tabColor = "#FF0000";
      },
    ]) {
      const context = excel.context();
      write(context.workbook.worksheets.getItem("Hidden"));
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    }
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("Hidden").load("tabColor");
    await context.sync();
    expect(sheet.tabColor).toBeNull();
  });

  it("a fit-to-pages zoom of 0 pages, which PageLayoutZoomOptions does not define (office-js#1860)", async () => {
    const { excel } = await cip();
    const context = excel.context();
    context.workbook.worksheets.getItem("CIP monitoring").pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("adding, deleting and renaming sheets under structure protection", async () => {
    const { excel } = await cip();
    excel.model.structureProtected = true;
    const sheets = names(excel);
    for (const change of [
      (ws: Excel.WorksheetCollection) => ws.add("New"),
      (ws: Excel.WorksheetCollection) => ws.getItem("CIP monitoring").delete(),
      (ws: Excel.WorksheetCollection) => {
        ws.getItem("CIP monitoring").name = "Renamed";
      },
    ]) {
      const context = excel.context();
      change(context.workbook.worksheets);
      await expect(context.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    }
    expect(names(excel)).toEqual(sheets);
  });

  it("add, delete, activate, select and freeze while another workbook has focus (Troubleshooting Excel add-ins)", async () => {
    const { excel } = await cip();
    const expected: Array<[string, (ws: Excel.WorksheetCollection) => void]> = [
      ["GeneralException", (ws) => ws.add("New")],
      ["InvalidSelection", (ws) => ws.getItem("CIP monitoring").delete()],
      ["GeneralException", (ws) => ws.getItem("CIP monitoring").activate()],
      ["GeneralException", (ws) => ws.getItem("CIP monitoring").getRange("B5").select()],
      ["GeneralException", (ws) => ws.getItem("CIP monitoring").freezePanes.freezeRows(1)],
    ];
    excel.focusOtherWorkbook();
    for (const [code, change] of expected) {
      const context = excel.context();
      change(context.workbook.worksheets);
      await expect(context.sync()).rejects.toMatchObject({ code });
    }
  });
});

describe("the add-in honours it", () => {
  it("writes the hidden PT History visible, frozen and tab-coloured, and hides it last", async () => {
    const { excel, session } = await cip();
    await session.refresh({ asOf: AS_OF, takeSnapshot: true, addRagColumn: false });
    // A second refresh replaces the hidden sheet in place: unhidden, unfrozen, rewritten, hidden again.
    const outcome = await session.refresh({ asOf: AS_OF, takeSnapshot: true, addRagColumn: false });
    const history = outcome.sheets.find((sheet) => sheet.role === "history");
    expect(history?.name).toBe("PT History");
    const sheet = excel.sheet("PT History");
    expect(sheet.visibility).toBe("Hidden");
    expect(sheet.tabColor).toMatch(/^#[0-9A-F]{6}$/);
    // The hidden sheets come last (hidden after every other write): the history, then the plan rows.
    expect(names(excel).slice(-2)).toEqual(["PT History", "PT Plan rows"]);
    expect(excel.sheet("PT Plan rows").visibility).toBe("Hidden");
  });

  it("prints the committee table one A4 page wide with a documented percentage scale, not 0 pages tall", async () => {
    const { excel, session } = await cip();
    await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    const layout = excel.sheet("PT Committee").pageLayout;
    expect(layout.zoom?.horizontalFitToPages).toBeUndefined();
    expect(layout.zoom?.verticalFitToPages).toBeUndefined();
    expect(layout.zoom?.scale).toBeGreaterThanOrEqual(10);
    expect(layout.zoom?.scale).toBeLessThanOrEqual(100);
  });

  it("refuses to refresh a structure-protected workbook before changing anything, and says what to do", async () => {
    const { excel, session } = await cip();
    excel.model.structureProtected = true;
    const sheets = names(excel);
    const before = JSON.stringify([...excel.sheet("CIP monitoring").cells]);
    const error = await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "This workbook's structure is protected, so Plan Tracker can't add, remove, hide or rename its sheets. Nothing was changed. Select Review > Protect Workbook to turn the protection off (you may need its password), run Plan Tracker again, then protect the workbook again if you want to.",
    );
    expect(names(excel)).toEqual(sheets);
    expect(JSON.stringify([...excel.sheet("CIP monitoring").cells])).toBe(before);
  });

  it("still refreshes a protected workbook when its PT sheets are already there and only need rewriting", async () => {
    const { excel, session } = await cip();
    await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    excel.model.structureProtected = true;
    const outcome = await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    // Including the hidden plan-rows sheet, rewritten where it is without being unhidden.
    expect(outcome.sheets.map((sheet) => sheet.action)).toEqual(["replaced", "replaced", "replaced", "replaced", "replaced"]);
    expect(excel.sheet("PT Plan rows").visibility).toBe("Hidden");
  });

  it("retries once when another workbook takes focus part-way, and the refresh completes", async () => {
    const { excel, session, waits } = await cip();
    const sheets = names(excel);
    excel.focusOtherWorkbook(1);
    const outcome = await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    expect(waits).toEqual([FOCUS_RETRY_WAIT_MS]);
    expect(outcome.sheets.map((sheet) => sheet.name)).toEqual(["PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT Plan rows"]);
    expect(names(excel)).toEqual([...sheets, "PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT Plan rows"]);
  });

  it("recovers when focus is lost after a new sheet was added: the half-written sheet is known as ours", async () => {
    const { excel, session } = await cip();
    // The request adds the sheets and writes their cells, then fails at the first freeze, as it does when
    // another workbook takes focus; the retry must see the half-written sheets as ours, not the officer's.
    excel.failOnceAt((command) => command.name === "freezeRows", "GeneralException");
    const outcome = session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    expect((await outcome).sheets.map((sheet) => sheet.action)).toContain("replaced");
  });

  it("saves settings after one retry when another workbook takes focus as PT Settings is added", async () => {
    const { excel, session, waits } = await cip();
    excel.focusOtherWorkbook(1);
    await session.saveColumns("CIP monitoring", "status=G");
    expect(waits).toEqual([FOCUS_RETRY_WAIT_MS]);
    expect(names(excel)).toContain("PT Settings");
  });

  it("says to keep the workbook in front when focus does not come back", async () => {
    const { excel, session, waits } = await cip();
    excel.focusOtherWorkbook();
    const error = await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false }).catch((e: unknown) => e);
    expect(waits).toHaveLength(1);
    expect((error as Error).message).toMatch(/Keep this workbook in front until Plan Tracker has finished/);
    const goTo = await session.goTo("CIP monitoring", "B5").catch((e: unknown) => e);
    expect((goTo as Error).message).toBe(
      'Excel couldn\'t go to B5 on "CIP monitoring", which happens when another workbook is in front. Click anywhere in this workbook, then try again.',
    );
  });

  it("reads and writes a 1904 workbook's dates in its own date system", async () => {
    const { excel, session } = await cip({ date1904: true });
    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
    expect(grid.date1904).toBe(true);
    const workbook = workbookToGrid(await loadSample("cip-monitoring.xlsx"));
    // Values, formulas and number formats alike (fills are read only on status columns by the add-in: readStatusFormats.ts).
    const withoutFills = (rows: unknown): string => JSON.stringify(rows, (key, value: unknown) => (key === "fill" ? undefined : value));
    expect(withoutFills(grid.sheets[0]?.rows)).toBe(withoutFills(workbook.sheets[0]?.rows));
    await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    // The "as at" date in PT Summary!B3: 30/09/2018 is serial 43373 in the 1900 system, 41911 in 1904.
    expect(excel.sheet("PT Summary").cell(3, 2)?.value).toBe(43373 - 1462);
  });

  it("reads a 1900 workbook as before", async () => {
    const { excel } = await cip();
    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
    expect(grid.date1904).toBeUndefined();
  });

  it("keeps every request under 5 MB when two sheets are formatted down to row 1,048,576", async () => {
    const { excel, session } = await cip();
    excel.model.addSheet("Lookups").touch(3, 1).value = "Completed";
    for (const name of ["CIP monitoring", "Lookups"]) excel.sheet(name).touch(MAX_ROWS, 12).numberFormat = "0.00";
    const outcome = await session.check(AS_OF);
    expect(outcome.kind).toBe("checked");
    expect(excel.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    expect(excel.largestResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
  });
});
