/**
 * Both adapters give the core what it needs to read a status kept in Excel's own ways: fill
 * colours (rgb, theme with tint, indexed), hidden columns and a drop-down list pointing at a defined
 * name — from a workbook written part by part as Excel writes it (test/support/statusFixture.ts).
 */
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "../../src/adapters/exceljs/readWorkbook.js";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { readWorkbookGrid } from "../../src/adapters/officejs/readWorkbookGrid.js";
import { checkWorkbook, reportFor } from "../../src/core/checkWorkbook.js";
import { cellAt, type WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { analysePlans } from "../../src/core/refresh/planAnalysis.js";
import { DEFAULT_RAG_RULES } from "../../src/core/rag/ragRules.js";
import { fakeFromExcelJs } from "../support/fakeExcel/index.js";
import { statusFixtureXlsx } from "../support/statusFixture.js";

const AS_OF = "2025-01-15";

async function exceljsGrid(): Promise<WorkbookGrid> {
  return workbookToGrid(await loadWorkbook(statusFixtureXlsx()));
}

async function officeGrid(apiVersion = "1.17"): Promise<WorkbookGrid> {
  const excel = fakeFromExcelJs(await loadWorkbook(statusFixtureXlsx()), { apiVersion });
  return readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
}

/** What the core reads from the fixture, the same through either adapter. */
function reading(grid: WorkbookGrid) {
  const check = checkWorkbook(grid, { asOf: AS_OF });
  const plan = check.plans[0]!;
  const [analysis] = analysePlans(check.plans, check.statuses, DEFAULT_RAG_RULES, AS_OF);
  return {
    statusColumn: plan.columns.fields.status,
    rejected: plan.columnChoices?.find((choice) => choice.field === "status")?.rejected.map((r) => [r.header, r.reason]),
    list: plan.statusList,
    rags: analysis!.actions.map((a) => a.rag),
    codes: check.issues.map((issue) => `${issue.code} ${issue.cell}`),
    report: reportFor("fixture.xlsx", AS_OF, check),
  };
}

describe("the ExcelJS adapter", () => {
  it("gives solid fills as RRGGBB from rgb, theme and indexed colours", async () => {
    const plan = (await exceljsGrid()).sheets[0]!;
    expect([3, 4, 5].map((row) => cellAt(plan, row, 6)?.fill)).toEqual(["FF0000", "70AD47", "FFCC00"]);
    expect(cellAt(plan, 3, 6)?.value).toBeNull();
    // A blank filled cell does not move the end of the data.
    expect(plan.rowCount).toBe(6);
  });

  it("gives hidden columns, list validations and defined names", async () => {
    const grid = await exceljsGrid();
    const plan = grid.sheets[0]!;
    expect(plan.hiddenColumns).toEqual([7]);
    expect(plan.validations).toEqual([{ ranges: [{ top: 2, left: 6, bottom: 20, right: 6 }], source: "StatusWords" }]);
    expect(grid.definedNames).toEqual({ StatusWords: "Lists!$A$2:$A$4" });
  });
});

describe("the Office.js adapter", () => {
  it("reads the fills, hidden flag and drop-down list of the status columns", async () => {
    const plan = (await officeGrid()).sheets[0]!;
    expect([3, 4, 5].map((row) => cellAt(plan, row, 6)?.fill)).toEqual(["FF0000", "70AD47", "FFCC00"]);
    expect(plan.hiddenColumns).toEqual([7]);
    expect(plan.validations).toEqual([{ ranges: [{ top: 2, left: 6, bottom: 6, right: 6 }], source: "StatusWords" }]);
  });

  it("leaves fills out without ExcelApi 1.9 and lists out without 1.8, and still reads", async () => {
    const plan = (await officeGrid("1.7")).sheets[0]!;
    expect(cellAt(plan, 3, 6)?.fill).toBeUndefined();
    expect(plan.validations).toBeUndefined();
    expect(plan.hiddenColumns).toEqual([7]);
  });
});

describe("the core's reading is the same through both adapters", () => {
  it("takes the visible current RAG, learns the list's words, and reads RAG from the fills", async () => {
    const expected = {
      statusColumn: 6,
      rejected: [
        ["Previous RAG", "previous-period"],
        ["Latest RAG", "hidden"],
      ],
      list: { words: ["Fine", "Wobbly", "Stuck"], source: "StatusWords" },
      // Wobbly and Stuck are the council's words with no meaning we can place: dates alone (Green, due in December).
      rags: ["Green", "Red", "Green", "Amber", "Green"],
    };
    for (const grid of [await exceljsGrid(), await officeGrid()]) {
      const got = reading(grid);
      expect({ statusColumn: got.statusColumn, rejected: got.rejected, list: got.list, rags: got.rags }).toEqual(expected);
      expect(got.codes).toEqual(["status-unplaced F2", "status-from-fill F3", "status-unplaced F6"]);
      expect(got.report.plans[0]!.statusFromFill).toBe(3);
    }
  });
});
