/**
 * The add-in's use cases (check, refresh, go to, save settings) over the fake Excel, with the real
 * sample workbooks: what the pane and the ribbon command get, and what ends up in the workbook.
 */
import { describe, expect, it } from "vitest";
import { officeWorkbookSession } from "../../src/addin/officeWorkbookSession.js";
import { AddinError } from "../../src/addin/AddinError.js";
import type { RefreshProgress } from "../../src/addin/WorkbookSession.js";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { checkWorkbook, reportFor } from "../../src/core/checkWorkbook.js";
import { generatedRoleFromMarker } from "../../src/core/sheets/SheetSpec.js";
import { fakeFromExcelJs, fakeFromGrid, type FakeExcel } from "../support/fakeExcel/index.js";
import { syntheticGrid } from "../../bench/syntheticPlan.js";
import { loadSample } from "../officejs/support.js";

const AS_OF = "2018-09-30";
const CLOCK = new Date(2026, 10, 24, 14, 2);
const PLAN_SHEET = "CIP monitoring";

async function cipWorkbook() {
  const workbook = await loadSample("cip-monitoring.xlsx");
  const excel = fakeFromExcelJs(workbook);
  const session = officeWorkbookSession({ run: (batch) => batch(excel.context()), isSetSupported: excel.isSetSupported, now: () => CLOCK });
  return { workbook, excel, session };
}

/** Column A and B of a sheet's rows, as the settings sheet shows them. */
function keyValues(excel: FakeExcel, sheet: string): Map<string, unknown> {
  const fakeSheet = excel.sheet(sheet);
  const pairs = new Map<string, unknown>();
  for (let row = 2; row <= 60; row++) {
    const key = fakeSheet.cell(row, 1)?.value;
    if (typeof key === "string" && key !== "") pairs.set(key, fakeSheet.cell(row, 2)?.value ?? null);
  }
  return pairs;
}

function officerCells(excel: FakeExcel): string {
  const ours = (name: string) => generatedRoleFromMarker(name, excel.sheet(name).cell(1, 1)?.value) !== undefined;
  return JSON.stringify(
    excel.model.sheets
      .filter((sheet) => !ours(sheet.name))
      .map((sheet) => ({ name: sheet.name, cells: [...sheet.cells.entries()].map(([key, cell]) => [key, cell.value, cell.formula ?? null, cell.numberFormat]) })),
  );
}

describe("check", () => {
  it("gives the same report as the command line for the same workbook", async () => {
    const { workbook, session } = await cipWorkbook();
    const outcome = await session.check(AS_OF);
    expect(outcome.kind).toBe("checked");
    if (outcome.kind !== "checked") return;
    const cli = reportFor("This workbook", AS_OF, checkWorkbook(workbookToGrid(workbook), { asOf: AS_OF }));
    expect(outcome.report).toEqual(cli);
    expect(outcome.report.plans[0]?.actions).toBe(62);
    expect(outcome.report.plans[0]?.statusCounts).toMatchObject({ Completed: 32, "On track": 21, "Some slippage": 8, "Not started": 1 });
    expect(outcome.settings).toMatchObject({ source: "none", editable: true, columns: [] });
    expect(outcome.generatedSheets).toEqual([]);
  });

  it("says why when the workbook has no plan", async () => {
    const excel = fakeFromGrid({ sheets: [] } as never);
    excel.model.addSheet("Notes").touch(1, 1).value = "Nothing to see";
    const session = officeWorkbookSession({ run: (batch) => batch(excel.context()), isSetSupported: excel.isSetSupported });
    const outcome = await session.check(AS_OF);
    expect(outcome.kind).toBe("no-plan");
    if (outcome.kind === "no-plan") expect(outcome.message).toMatch(/^[A-Z]/);
    await expect(session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false })).rejects.toThrow(/found no plan to summarise/);
  });
});

describe("refresh", () => {
  it("writes our sheets, reports them with progress, and leaves the officer's sheets untouched", async () => {
    const { excel, session } = await cipWorkbook();
    const before = officerCells(excel);
    const progress: RefreshProgress[] = [];
    const outcome = await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false, onProgress: (p) => progress.push(p) });

    expect(outcome.refreshedAt).toBe("24/11/2026 14:02");
    expect(outcome.sheets.map((sheet) => sheet.name)).toEqual(["PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT Plan rows"]);
    expect(outcome.sheets.every((sheet) => sheet.action === "added" && sheet.rows > 0)).toBe(true);
    expect(outcome.removed).toEqual([]);
    expect(outcome.ragColumns).toEqual([]);
    expect(excel.model.sheets.map((sheet) => sheet.name)).toEqual([PLAN_SHEET, "Status June 2018", "PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT Plan rows"]);
    expect(officerCells(excel)).toBe(before);
    expect(progress.map((p) => p.phase)).toEqual(["reading", "checking", "writing", ...progress.slice(3).map(() => "writing")]);
    const last = progress.at(-1);
    expect(last && last.done === last.total && last.total > 0).toBe(true);

    // A second refresh replaces our sheets in place.
    const again = await session.refresh({ asOf: AS_OF, takeSnapshot: true, addRagColumn: false });
    expect(again.sheets.filter((sheet) => sheet.action === "replaced").map((sheet) => sheet.name)).toEqual(["PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT Plan rows"]);
    expect(again.sheets.find((sheet) => sheet.name === "PT History")).toMatchObject({ name: "PT History", action: "added" });
    expect(excel.sheet("PT History").visibility).toBe("Hidden");
    expect(officerCells(excel)).toBe(before);
  });

  it("adds the RAG column to the plan sheet only when asked", async () => {
    const { excel, session } = await cipWorkbook();
    const outcome = await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: true });
    expect(outcome.ragColumns).toEqual([{ sheet: PLAN_SHEET, column: "I" }]);
    expect(excel.sheet(PLAN_SHEET).cell(3, 9)?.value).toBe("RAG (Plan Tracker)");
  });

  it("turns an Office failure into advice, and a cell being edited into 'press Enter'", async () => {
    const { excel, session } = await cipWorkbook();
    excel.cellEditMode = true;
    const error = await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as Error).message).toMatch(/a cell is being edited.*Press Enter/);
  });
});

describe("go to", () => {
  it("selects the cell of an issue, or shows a sheet", async () => {
    const { excel, session } = await cipWorkbook();
    await session.goTo(PLAN_SHEET, "G12");
    expect(excel.model.selection).toEqual({ sheet: PLAN_SHEET, address: "G12" });
    await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    await session.goTo("PT Summary");
    expect(excel.model.activeSheet?.name).toBe("PT Summary");
  });

  it("explains a hidden or missing sheet", async () => {
    const { excel, session } = await cipWorkbook();
    excel.sheet("Status June 2018").visibility = "Hidden";
    await expect(session.goTo("Status June 2018", "A1")).rejects.toThrow(/is hidden\. To see it, right-click/);
    await expect(session.goTo("Gone", "A1")).rejects.toThrow(/no sheet called "Gone"/);
    expect(excel.model.selection).toBeNull();
  });
});

describe("saving settings", () => {
  it("saves a column correction in PT Settings, and the next check uses it", async () => {
    const { excel, session } = await cipWorkbook();
    await session.saveColumns(PLAN_SHEET, "status=G, lead=D");
    expect(keyValues(excel, "PT Settings").get("columns")).toBe("'CIP monitoring'!status=G, lead=D");
    const outcome = await session.check(AS_OF);
    if (outcome.kind !== "checked") throw new Error("expected a plan");
    expect(outcome.report.plans[0]?.mapping).toBe("workbook");
    expect(outcome.settings.columns).toEqual([{ sheet: PLAN_SHEET, text: "status=G, lead=D" }]);

    await session.saveColumns(PLAN_SHEET, "");
    expect(keyValues(excel, "PT Settings").has("columns")).toBe(false);
  });

  it("refuses a correction it cannot read before touching the workbook", async () => {
    const { excel, session } = await cipWorkbook();
    excel.resetLog();
    await expect(session.saveColumns(PLAN_SHEET, "status=ZZZZ")).rejects.toThrow(/can't be used: .*Nothing was saved/);
    expect(excel.syncCount).toBe(0);
    expect(excel.model.sheet("PT Settings")).toBeUndefined();
  });

  it("saves the RAG rules without removing the other Plan Tracker sheets", async () => {
    const { excel, session } = await cipWorkbook();
    await session.refresh({ asOf: AS_OF, takeSnapshot: false, addRagColumn: false });
    await session.saveRagRules({ scale: "RAG", amberDays: 14, date: "original", statuses: [{ word: "On track", rag: "Green" }, { word: "Slipping", rag: "Amber" }] });
    const saved = keyValues(excel, "PT Settings");
    expect(saved.get("rag.scale")).toBe("RAG");
    expect(saved.get("rag.amberDays")).toBe(14);
    expect(saved.get("rag.date")).toBe("original");
    expect(saved.get("status.Slipping")).toBe("Amber");
    expect(excel.model.sheets.map((sheet) => sheet.name)).toContain("PT Committee");
    const outcome = await session.check(AS_OF);
    expect(outcome.settings.ragRules).toMatchObject({ scale: "RAG", amberDays: 14, date: "original" });
  });

  it("never writes to an officer's own settings sheet", async () => {
    const { excel, session } = await cipWorkbook();
    const own = excel.model.addSheet("My settings");
    own.touch(1, 1).value = "plan-tracker:settings";
    own.touch(2, 1).value = "rag.scale";
    own.touch(2, 2).value = "RAG";
    const outcome = await session.check(AS_OF);
    expect(outcome.settings).toMatchObject({ source: "legacy", sheet: "My settings", editable: false });
    await expect(session.saveRagRules({ ...outcome.settings.ragRules, scale: "DCA5" })).rejects.toThrow(/your own sheet "My settings".*Nothing was saved/);
    expect(own.cell(2, 2)?.value).toBe("RAG");
    expect(excel.model.sheet("PT Settings")).toBeUndefined();
  });

  it("rejects RAG rules the sheet could not hold", async () => {
    const { session } = await cipWorkbook();
    await expect(session.saveRagRules({ scale: "RAG", amberDays: 400, date: "revised", statuses: [] })).rejects.toThrow(/can't be used \(amberDays\)/);
  });
});

describe("syncs per use case", () => {
  async function syncsFor(actions: number, run: (session: ReturnType<typeof officeWorkbookSession>) => Promise<unknown>): Promise<number> {
    const excel = fakeFromGrid(syntheticGrid(actions));
    const session = officeWorkbookSession({ run: (batch) => batch(excel.context()), isSetSupported: excel.isSetSupported, now: () => CLOCK });
    await run(session);
    return excel.syncCount;
  }

  it("Check takes the same syncs for 100 and 10,000 rows; Refresh the same for 100 and 1,000", async () => {
    const check = (session: ReturnType<typeof officeWorkbookSession>) => session.check("2025-11-24");
    const refresh = (session: ReturnType<typeof officeWorkbookSession>) => session.refresh({ asOf: "2025-11-24", takeSnapshot: false, addRagColumn: false });
    // Reading takes five: four for the cells, one for the status column's fills, hidden flag and list.
    expect(await syncsFor(100, check)).toBe(5);
    expect(await syncsFor(10_000, check)).toBe(5);
    // The live sheets' formulas (about 12 KB per action, docs/LIVE-SHEETS.md) need more write
    // requests as the plan grows; the syncs still follow the bytes, never one per row.
    const small = await syncsFor(100, refresh);
    const medium = await syncsFor(1_000, refresh);
    expect(small).toBeLessThanOrEqual(11);
    expect(medium).toBeLessThan(small + 10);
  });
});
