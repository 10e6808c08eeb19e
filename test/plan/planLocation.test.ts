import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import { parseColumnOverride } from "../../src/core/plan/ColumnOverride.js";
import { headingsOnRow, likelyHeaderRow, locationSettingText, planLocationChoices, planLocationProblem } from "../../src/core/plan/PlanLocation.js";
import { whyNoPlan } from "../../src/core/plan/whyNoPlan.js";
import { readPlans } from "../../src/core/plan/readPlans.js";
import { sheet, workbook } from "../support/grid.js";

/** Headings no synonym list knows: "Item" for the reference, "Who" for the lead, and so on. */
const ODD_HEADER = ["Item", "Strand", "Step", "Who", "When", "Position"];
const ROWS = [
  ["Corporate plan – what we promised"],
  [],
  ODD_HEADER,
  ["1.1", "Leadership", "Agree a partnership vision", "Chief Executive", "March 2024", "Completed"],
  ["1.2", "Leadership", "Hold a symposium", undefined, "June 2024", "On track"],
];
const grid = workbook(sheet("Our plan", ROWS), sheet("Notes", [["Just a note"]]));
const labels = (field: string) => ({ action: "Action", lead: "Lead officer", status: "Status" })[field] ?? field;

describe("Where is your plan?", () => {
  it("offers each sheet's rows with two or more filled cells, each heading with its column letter and what its words name", () => {
    const [ours, notes] = planLocationChoices(grid, [], () => true);
    expect(ours?.sheet).toBe("Our plan");
    expect(ours?.rows.map((row) => row.row)).toEqual([3, 4, 5]);
    expect(ours?.rows[0]?.headings.map((h) => `${h.column} — ${h.text}`)).toEqual(["A — Item", "B — Strand", "C — Step", "D — Who", "E — When", "F — Position"]);
    expect(ours?.found).toBeNull();
    // Row 3 is short text like headings; rows 4 and 5 hold data. The words name nothing, so the first heading-like row is offered.
    expect(ours?.rows.map((row) => row.looksLikeHeadings)).toEqual([true, true, true]);
    expect(notes?.rows).toEqual([]);
    // Headings the reader knows carry their field, to pre-fill the choice.
    expect(headingsOnRow(sheet("S", [["Ref", "Lead officer", "Nothing known"]]), 1).map((h) => h.field)).toEqual(["ref", "lead", null]);
  });

  it("turns the officer's choice into the columns setting, which the reader then follows to the plan", () => {
    const location = { headerRow: 3, columns: { status: "F", ref: "A", action: "C", lead: "D", target: "E", theme: "B" } };
    const text = locationSettingText(location);
    expect(text).toBe("header=3, ref=A, theme=B, action=C, lead=D, target=E, status=F");
    const { plans } = readPlans(grid, { overrides: [{ ...parseColumnOverride(text), sheet: "Our plan" }] });
    expect(plans).toHaveLength(1);
    expect(plans[0]?.actions.map((action) => action.ref)).toEqual(["1.1", "1.2"]);
    // And what was found comes back as the reader's choice, to pre-fill the form next time.
    const [ours] = planLocationChoices(grid, plans, () => true);
    expect(ours?.found).toMatchObject({ headerRow: 3, columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F" } });
  });

  it("starts on the row most likely to hold the headings: heading-like rows only, the one naming most fields", () => {
    const data = workbook(
      sheet("Plan", [
        ["Our plan"],
        ["Item", "Step", "Who"],
        ["1", "Agree the vision with partners across the city and publish it", "Chief Executive"],
        ["2", "Status", "Action"],
        ["Ref", "Action", "Owner"],
      ]),
    );
    const [choices] = planLocationChoices(data, [], () => true);
    expect(choices?.rows.map((row) => [row.row, row.looksLikeHeadings])).toEqual([[2, true], [3, false], [4, true], [5, true]]);
    expect(choices && likelyHeaderRow(choices)).toBe(5);
  });

  it("carries the columns the reader set aside for a field, and why, so the form can offer them", () => {
    const quarters = workbook(
      sheet("Plan", [
        ["Ref", "Action", "Lead officer", "Q1 status", "Q3 status"],
        ["1.1", "Agree the vision", "Chief Executive", "On track", "Completed"],
        ["1.2", "Hold a symposium", "Head of Policy", "Not started", "On track"],
      ]),
    );
    const { plans } = readPlans(quarters);
    const [choices] = planLocationChoices(quarters, plans, () => true);
    expect(choices?.found?.columns.status).toBe("E");
    expect(choices?.found?.setAside.status).toEqual([{ column: "D", header: "Q1 status", why: expect.stringMatching(/Q1/) }]);
  });

  it("refuses one column for two fields, and a plan with no column of actions", () => {
    expect(planLocationProblem({ columns: { action: "C", lead: "D", status: "D" } }, labels)).toBe("Column D is chosen for both Lead officer and Status. Choose a different column for one of them.");
    expect(planLocationProblem({ columns: { lead: "D" } }, labels)).toBe("Choose the column that holds the actions (Action).");
    expect(planLocationProblem({ headerRow: 3, columns: { action: "C" } }, labels)).toBeNull();
  });
});

describe("why no plan was found, phrased for the front end", () => {
  const check = checkWorkbook(grid, { asOf: "2024-06-01" });

  it("in Excel points to the pane and never to a command-line option", () => {
    const { message } = whyNoPlan(grid, check.skipped, [], "excel");
    expect(message).toMatch(/open the Columns view of the Plan Tracker pane/);
    expect(message).not.toMatch(/--|map|plan-tracker/);
  });

  it("on the command line keeps --map", () => {
    expect(whyNoPlan(grid, check.skipped, [], "commandLine").message).toMatch(/name the columns with --map, e\.g\. --map "header=3,/);
  });

  it("for an empty workbook, says what to do in each", () => {
    const empty = workbook(sheet("Sheet1", []));
    const skipped = checkWorkbook(empty, { asOf: "2024-06-01" }).skipped;
    expect(whyNoPlan(empty, skipped, [], "excel").message).not.toMatch(/file/);
    expect(whyNoPlan(empty, skipped, [], "commandLine").message).toMatch(/picked the right file/);
  });
});

describe("Where is your plan? shows the headings set aside", () => {
  it("under the field they were not taken for, even a field the plan has no column for", () => {
    const audit = workbook(
      sheet("Tracker", [
        ["Ref", "Recommendation", "Priority", "Agreed action", "Responsible officer", "Start date", "Implementation date", "Status"],
        ["PAY1", "Remove leavers promptly", "High", "Monthly reconciliation", "Payroll Manager", "01/04/2024", "31/03/2025", "In progress"],
        ["PAY2", "Authorise overtime", "Medium", "Authorisation step", "Payroll Manager", "01/04/2024", "30/09/2024", "Implemented"],
      ]),
    );
    const { plans } = readPlans(audit);
    const [tracker] = planLocationChoices(audit, plans, () => true);
    expect(tracker?.found?.setAside).toEqual({
      theme: [{ column: "C", header: "Priority", why: '"Priority" holds High/Medium/Low ratings of each action, not themes.' }],
      target: [{ column: "F", header: "Start date", why: '"Start date" is when the action starts, not when it is due.' }],
    });
  });
});
