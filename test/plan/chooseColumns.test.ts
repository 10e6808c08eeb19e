import { describe, expect, it } from "vitest";
import type { SheetGrid } from "../../src/core/grid/SheetGrid.js";
import { parseColumnOverride } from "../../src/core/plan/ColumnOverride.js";
import { readPlans } from "../../src/core/plan/readPlans.js";
import { sheet, workbook, type TestCell } from "../support/grid.js";

function planOf(grid: SheetGrid, overrides = [] as ReturnType<typeof parseColumnOverride>[]) {
  const { plans } = readPlans(workbook(grid), { overrides });
  expect(plans).toHaveLength(1);
  return plans[0]!;
}

const choiceOf = (plan: ReturnType<typeof planOf>, field: string) => plan.columnChoices?.find((choice) => choice.field === field);

describe("choosing among several status-like columns", () => {
  it("takes Current RAG over Previous RAG and lists the previous one as history", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Due date", "Previous RAG", "Current RAG", "Update"],
        ["1", "Review the strategy", "Head of Policy", "March 2025", "Green", "Amber", "Slipped a month"],
        ["2", "Publish the plan", "Director", "June 2025", "Amber", "Red", "Waiting"],
      ]),
    );
    expect(plan.columns.fields.status).toBe(6);
    expect(plan.actions.map((action) => action.status)).toEqual(["Amber", "Red"]);
    const status = choiceOf(plan, "status");
    expect(status).toMatchObject({ column: 6, header: "Current RAG" });
    expect(status?.rejected).toEqual([expect.objectContaining({ column: 5, header: "Previous RAG", reason: "previous-period" })]);
  });

  it("takes Status Sept over Status June", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Target", "Status June", "Status Sept"],
        ["1", "A", "B", "March 2025", "On track", "Completed"],
      ]),
    );
    expect(plan.columns.fields.status).toBe(6);
  });

  it("takes the latest quarter that holds values, and its own update as the progress", () => {
    const rows: TestCell[][] = [
      ["Ref", "Action", "Lead", "Due", "Q1 RAG", "Q1 update", "Q2 RAG", "Q2 update", "Q3 RAG", "Q3 update", "Q4 RAG", "Q4 update"],
      ["1", "Recruit", "HR", "March 2025", "G", "Advert out", "A", "Few applicants", undefined, undefined, undefined, undefined],
      ["2", "Train", "HR", "March 2025", "G", "Booked", "G", "Half done", undefined, undefined, undefined, undefined],
    ];
    const plan = planOf(sheet("Quarterly", rows));
    expect(plan.columns.fields.status).toBe(7);
    expect(plan.columns.fields.progress).toBe(8);
    expect(plan.actions.map((action) => action.status)).toEqual(["A", "G"]);
    expect(plan.actions[0]!.cells.progress?.text).toBe("Few applicants");
    const status = choiceOf(plan, "status")!;
    expect(status.rejected.map((r) => [r.header, r.reason])).toEqual([
      ["Q1 RAG", "previous-period"],
      ["Q3 RAG", "empty"],
      ["Q4 RAG", "empty"],
    ]);
    expect(choiceOf(plan, "progress")!.rejected.map((r) => r.header)).toEqual(["Q1 update", "Q3 update", "Q4 update"]);
  });

  it("orders financial years and Last/This quarter", () => {
    const years = planOf(
      sheet("FY", [
        ["Ref", "Action", "Lead", "Target", "2023/24 status", "2024/25 status"],
        ["1", "A", "B", "March 2025", "Red", "Green"],
      ]),
    );
    expect(years.columns.fields.status).toBe(6);
    expect(years.columns.benefitYears).toEqual({});

    const quarters = planOf(
      sheet("Quarters", [
        ["Ref", "Action", "Lead", "Target", "This quarter", "Last quarter"],
        ["1", "A", "B", "March 2025", "Amber", "Green"],
        ["2", "C", "D", "March 2025", "Green", "Green"],
      ]),
    );
    expect(quarters.columns.fields.status).toBe(5);
    expect(quarters.actions[0]!.status).toBe("Amber");
  });

  it("never prefers a hidden column over a visible one", () => {
    const grid: SheetGrid = {
      ...sheet("Plan", [
        ["Ref", "Action", "Lead", "Target", "Previous RAG", "Current RAG"],
        ["1", "A", "B", "March 2025", "Green", "Red"],
      ]),
      hiddenColumns: [6],
    };
    const plan = planOf(grid);
    expect(plan.columns.fields.status).toBe(5);
    expect(choiceOf(plan, "status")!.rejected).toEqual([expect.objectContaining({ column: 6, reason: "hidden" })]);
  });

  it("without periods takes the rightmost column that holds values", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Target", "Status", "RAG", "RAG status"],
        ["1", "A", "B", "March 2025", "On track", "G", undefined],
      ]),
    );
    expect(plan.columns.fields.status).toBe(6);
    expect(choiceOf(plan, "status")!.rejected.map((r) => [r.header, r.reason])).toEqual([
      ["Status", "further-left"],
      ["RAG status", "empty"],
    ]);
  });

  it("lets an officer's correction win and says the chosen column was set aside for it", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Target", "Previous RAG", "Current RAG"],
        ["1", "A", "B", "March 2025", "Green", "Red"],
      ]),
      [parseColumnOverride("status=E")],
    );
    expect(plan.columns.fields.status).toBe(5);
    expect(choiceOf(plan, "status")!.rejected).toEqual([expect.objectContaining({ column: 6, reason: "corrected" })]);
  });

  it("lists every mapped column with its heading", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead officer", "Target date", "Status"],
        ["1", "A", "B", "March 2025", "On track"],
      ]),
    );
    expect(plan.columnChoices).toEqual([
      { field: "ref", column: 1, header: "Ref", rejected: [] },
      { field: "action", column: 2, header: "Action", rejected: [] },
      { field: "lead", column: 3, header: "Lead officer", rejected: [] },
      { field: "target", column: 4, header: "Target date", rejected: [] },
      { field: "status", column: 5, header: "Status", rejected: [] },
    ]);
  });
});

describe("completion written other ways", () => {
  it("reads 100% (number, 1.0 under a % format, or text) in a % complete column as complete", () => {
    const grid = sheet("Plan", [
      ["Ref", "Action", "Lead", "Target", "Status", "% complete"],
      ["1", "A", "B", "March 2025", "On track", 1],
      ["2", "C", "D", "March 2025", "On track", "100%"],
      ["3", "E", "F", "March 2025", "On track", 0.5],
      ["4", "G", "H", "March 2025", "On track", 100],
    ]);
    const plan = planOf(grid);
    expect(plan.completionColumns).toEqual({ percent: 6 });
    expect(plan.actions.map((a) => a.completedBy?.kind ?? null)).toEqual(["percentComplete", "percentComplete", null, "percentComplete"]);
    expect(choiceOf(plan, "percentComplete")).toMatchObject({ column: 6, header: "% complete" });
  });

  it("reads a filled Date completed as complete, and a second Completion date beside a target as the actual one", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Target date", "Status", "Date completed"],
        ["1", "A", "B", "March 2025", "On track", new Date(Date.UTC(2025, 1, 3))],
        ["2", "C", "D", "March 2025", "On track", "n/a"],
        ["3", "E", "F", "March 2025", "On track", "12/02/2025"],
      ]),
    );
    expect(plan.actions.map((a) => a.completedBy?.kind ?? null)).toEqual(["dateCompleted", null, "dateCompleted"]);
    const second = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Target date", "Status", "Completion date"],
        ["1", "A", "B", "March 2025", "On track", new Date(Date.UTC(2025, 1, 3))],
      ]),
    );
    expect(second.columns.fields.target).toBe(4);
    expect(second.completionColumns).toEqual({ dateCompleted: 6 });
  });

  it("reads RAG held only as a fill colour, but not a fill the whole row shares", () => {
    const base = sheet("Plan", [
      ["Ref", "Action", "Lead", "Target", "RAG"],
      ["1", "A", "B", "March 2025", undefined],
      ["2", "C", "D", "March 2025", undefined],
      ["3", "E", "F", "March 2025", undefined],
      ["4", "G", "H", "March 2025", "Green"],
    ]);
    const rows = base.rows.map((row, i) => {
      const cells = [...(row ?? [])];
      if (i === 1) cells[4] = { value: null, fill: "FF0000" };
      if (i === 2) cells[4] = { value: null, fill: "FFC000" };
      if (i === 3) {
        for (let c = 0; c < 4; c++) cells[c] = { ...(cells[c] ?? { value: null }), fill: "92D050" };
        cells[4] = { value: null, fill: "92D050" };
      }
      return cells;
    });
    const plan = planOf({ ...base, rows });
    expect(plan.actions.map((a) => a.fillRag ?? null)).toEqual(["Red", "Amber", null, null]);
  });
});
