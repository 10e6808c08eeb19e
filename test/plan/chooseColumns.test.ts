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

  it("takes a column under a heading it does not know when its cells are status words and no heading names a status", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Due date", "Delivery confidence", "Commentary"],
        ["1", "A", "B", "March 2025", "Green/Amber", "x"],
        ["2", "C", "D", "March 2025", "Red/Amber", "y"],
      ]),
    );
    expect(plan.columns.fields.status).toBe(5);
    expect(plan.actions.map((a) => a.status)).toEqual(["Green/Amber", "Red/Amber"]);
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

  it("reads 0% as not started when there is no status column", async () => {
    const { checkWorkbook } = await import("../../src/core/checkWorkbook.js");
    const { analysePlans } = await import("../../src/core/refresh/planAnalysis.js");
    const { DEFAULT_RAG_RULES } = await import("../../src/core/rag/ragRules.js");
    const far = new Date(Date.UTC(2025, 8, 30));
    const check = checkWorkbook(
      workbook(
        sheet("Plan", [
          ["Ref", "Action", "Lead", "Target", "% complete"],
          ["1", "A", "B", far, 0],
          ["2", "C", "D", far, "0%"],
          ["3", "E", "F", far, 0.4],
        ]),
      ),
      { asOf: "2025-01-15" },
    );
    const [analysis] = analysePlans(check.plans, check.statuses, DEFAULT_RAG_RULES, "2025-01-15");
    expect(analysis!.actions.map((a) => [a.facts.state, a.rag])).toEqual([
      ["Not started", "Grey"],
      ["Not started", "Grey"],
      ["Open", "Green"],
    ]);
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

describe("headings the reader set aside, named with why", () => {
  const exported = () =>
    planOf(
      sheet("Actions", [
        ["Action Code", "Action Title", "Description", "Assigned To", "Priority", "Start Date", "Due Date", "Status"],
        ["CP-1", "Adopt the digital strategy", "Strategy to Cabinet", "Jane Smith", "High", "01/04/2024", "31/03/2025", "In progress"],
        ["CP-2", "Launch the residents' panel", "Recruit 1,000 residents", "Raj Patel", "Low", "01/05/2024", "30/11/2024", "Completed"],
        ["CP-3", "Review the council tax support scheme", "Consult and decide", "Raj Patel", "Medium", "01/06/2024", "31/12/2024", "Overdue"],
      ]),
    );

  it("a second action heading, a start date beside the due date: each listed under the field it was not taken for", () => {
    const plan = exported();
    expect(choiceOf(plan, "action")).toMatchObject({ column: 2, header: "Action Title" });
    expect(choiceOf(plan, "action")?.rejected).toEqual([
      { column: 3, header: "Description", reason: "further-right", detail: '"Description" also reads as the action; the first such column, B ("Action Title"), was taken.' },
    ]);
    expect(choiceOf(plan, "target")?.rejected).toEqual([
      { column: 6, header: "Start Date", reason: "start-date", detail: '"Start Date" is when the action starts, not when it is due.' },
    ]);
  });

  it("a Priority of High/Medium/Low is not a theme: with no theme column it is listed apart, for the report and the pane", () => {
    const plan = exported();
    expect(plan.columns.fields.theme).toBeUndefined();
    expect(plan.headingsSetAside).toEqual([
      { field: "theme", column: 5, header: "Priority", reason: "rating-not-theme", detail: '"Priority" holds High/Medium/Low ratings of each action, not themes.' },
    ]);
  });

  it("status columns keep their own explanation (one per period), not a second one from the headings", () => {
    const plan = planOf(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Due date", "Q1 RAG", "Q2 RAG"],
        ["1", "Review the strategy", "Head of Policy", "March 2025", "Green", "Amber"],
      ]),
    );
    expect(choiceOf(plan, "status")?.rejected.map((r) => [r.column, r.reason])).toEqual([[5, "previous-period"]]);
    expect(plan.headingsSetAside).toBeUndefined();
  });
});
