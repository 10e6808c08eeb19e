import { describe, expect, it } from "vitest";
import { parseColumnOverride } from "../../src/core/plan/ColumnOverride.js";
import { readPlans } from "../../src/core/plan/readPlans.js";
import { sheet, workbook } from "../support/grid.js";

const HEADER = ["Ref", "Theme", "Action", "Lead officer", "Target date", "Status", "Commentary"];

describe("readPlans", () => {
  it("finds the header under a title, maps columns and carries the theme down continuation rows", () => {
    const grid = workbook(
      sheet("CIP", [
        ["Corporate Improvement Plan – September 2018 Update"],
        [],
        HEADER,
        ["1.1", "City Leadership", "Agree a partnership vision", "Chief Executive", new Date(Date.UTC(2018, 2, 31)), "Completed", "Done"],
        ["1.2", undefined, "Hold a partnership symposium", "Head of Policy", "June 2018", "On track", ""],
        ["2.1", "MTFP", "Approve the MTFS", "Director of Finance", "July 2018", "Completed", ""],
      ]),
    );
    const { plans, skipped } = readPlans(grid);
    expect(skipped).toEqual([]);
    expect(plans).toHaveLength(1);
    const plan = plans[0]!;
    expect(plan.title).toBe("Corporate Improvement Plan – September 2018 Update");
    expect(plan.planDate).toBeNull(); // an "Update" dates the report, not the plan
    expect(plan.columns.fields).toMatchObject({ ref: 1, theme: 2, action: 3, lead: 4, target: 5, status: 6, progress: 7 });
    expect(plan.actions.map((action) => [action.ref, action.theme])).toEqual([
      ["1.1", "City Leadership"],
      ["1.2", "City Leadership"],
      ["2.1", "MTFP"],
    ]);
    expect(plan.themes).toEqual(["City Leadership", "MTFP"]);
    expect(plan.actions[0]!.target?.due).toBe("2018-03-31");
  });

  it("reads merged theme rows and a header repeated per theme as one plan", () => {
    const header = ["Challenge", "Outcomes/ Measures of Success", "Action", "Lead", "Target Date", "Progress"];
    const grid = workbook(
      sheet(
        "Plan",
        [
          ["Peer Challenge Improvement Plan"],
          ["Financial Planning"],
          header,
          ["Revisit assumptions", "A balanced budget", "Review savings targets", "Head of Finance", "February 2014", "Done"],
          [undefined, undefined, undefined, undefined, undefined, "continued from the page before"],
          ["Governance"],
          header,
          ["Reconsider approaches", "Pace", "Devolve decisions", "Cabinet", "December 2013", "Complete"],
        ],
        [
          { top: 2, left: 1, bottom: 2, right: 6 },
          { top: 6, left: 1, bottom: 6, right: 6 },
        ],
      ),
    );
    const { plans } = readPlans(grid);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.headerRows).toEqual([3, 7]);
    expect(plans[0]!.themes).toEqual(["Financial Planning", "Governance"]);
    expect(plans[0]!.actions.map((action) => action.row)).toEqual([4, 8]);
  });

  it("keeps totals rows and rows after a grand total out of the actions, and reads footnotes", () => {
    const grid = workbook(
      sheet("OD", [
        ["Activity", "Project Stage", "Service area", "One-off investment £", "Cashable benefits 2022/23", "Cashable benefits 2023/24"],
        ["Customer services"],
        ["Telephony", "Delivery", "Digital", 0, -44000, -44000],
        ["**Visitor information", "Design and develop", "Leisure", "tbc", -15000, -40000],
        ["Sports centres", "Design and develop", "Leisure", "120,000*", undefined, -30000],
        ["Total Project Costs / (Cashable Benefits)", undefined, undefined, { formula: "SUM(D3:D5)", value: 0 }, { formula: "SUM(E3:E5)", value: -59000 }, { formula: "SUM(F3:F5)", value: -114000 }],
        [],
        ["Transformation resources"],
        ["Included in MTFP report (staff)", undefined, undefined, 357000, 117000, 119000],
        ["* Proposed to be funded from reserves – not included in totals above"],
        ["** Indicative cashable benefits incorporated into MTFP figures in February 2022"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.actions.map((action) => action.row)).toEqual([3, 4, 5]);
    expect(plan.totalsRows).toEqual([6]);
    expect(plan.columns.benefitYears).toEqual({ "2022/23": 5, "2023/24": 6 });
    expect(plan.footnotes.map((note) => [note.mark, note.excludesFromTotals, note.marksInMtfp])).toEqual([
      ["*", true, false],
      ["**", false, true],
    ]);
    expect(plan.actions.map((action) => action.inMtfp)).toEqual([false, true, false]);
  });

  it("reads two tables with different layouts on one sheet as two plans", () => {
    const grid = workbook(
      sheet("Two", [
        ["Action", "Lead", "Deadline"],
        ["Write the strategy", "Head of Policy", "March 2025"],
        [],
        ["Risk", "Owner", "Status", "Action"],
        ["Cyber attack", "Head of ICT", "On track", "Patch servers"],
      ]),
    );
    const { plans } = readPlans(grid);
    expect(plans.map((plan) => [plan.range.top, plan.range.bottom, plan.actions.length])).toEqual([
      [1, 2, 1],
      [4, 5, 1],
    ]);
  });

  it("takes refs from numbered recommendations and resolves nothing it cannot see", () => {
    const grid = workbook(
      sheet("Recs", [
        ["Recommendation", "Response / Action", "Lead Officer", "Timescale"],
        ["19. Consider how to meet customer need", "Refocus the programme", "Deb Poole", "September 2018"],
        ["20. Re-align the customer strategy", "As 19 above", "As 19 above", "As 19 above"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.actions.map((action) => action.ref)).toEqual(["19", "20"]);
    expect(plan.actions[1]!.target?.kind).toBe("seeOther");
    expect(plan.actions[1]!.target?.seeRef).toBe("19");
  });

  it("lists sheets without a plan, and does not mistake a small status table for one", () => {
    const grid = workbook(
      sheet("Status June 2018", [
        ["Status", "June 2018"],
        ["Completed", 17],
        ["On track", 41],
      ]),
    );
    const result = readPlans(grid);
    expect(result.plans).toEqual([]);
    expect(result.skipped[0]?.sheet).toBe("Status June 2018");
  });

  it("lets the officer correct a column and name the header row", () => {
    const grid = workbook(
      sheet("Odd", [
        ["Our plan"],
        // "Who" and "RAG" are headings the reader knows; "Person" and "Colour" are not.
        ["No.", "What", "Person", "When", "Colour?"],
        ["1", "Write the strategy", "Head of Policy", "March 2025", "Green"],
      ]),
    );
    expect(readPlans(grid).plans).toHaveLength(0);
    const override = parseColumnOverride("header=2, ref=A, action=B, lead=C, target=D, status=E");
    const plan = readPlans(grid, { overrides: [override] }).plans[0]!;
    expect(plan.mappingSource).toBe("option");
    expect(plan.actions[0]!.cells.lead?.text).toBe("Head of Policy");
    expect(plan.actions[0]!.status).toBe("Green");
  });
});

describe("our own RAG column", () => {
  it("is never read as the plan's status column", () => {
    const grid = workbook(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Target date", "RAG (Plan Tracker)"],
        ["1.1", "Write the strategy", "Head of Policy", "March 2025", { formula: 'IF(1,"Red")', value: "Red" }],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.columns.fields.status).toBeUndefined();
    expect(plan.actions[0]!.status).toBeNull();
  });

  it("is invisible to the reader after a sort that left it in place (two tables sorted as one)", () => {
    // The shape of a two-table plan whose rows A5:D42 were sorted by lead after a refresh: the second
    // table's header and title moved among the actions, our column (E) stayed where it was, so a RAG
    // formula now sits beside the repeated header and our header text beside an action.
    const rag = (value: string) => ({ formula: `IF(1,"${value}")`, value });
    const grid = workbook(
      sheet("Action plan", [
        ["Key Recommendations"],
        ["Recommendation", "Response / Action", "Lead Officer", "Timescale", "RAG (Plan Tracker)"],
        ["1. Be clear about priorities", "Budget planning", "Claire Felton", "December 2018", rag("Amber")],
        ["2. Guarantee resources", "Business case proforma", "CMT", "In place", rag("Blue")],
        ["3. Invest more time", "Systems thinking", "Deb Poole", "December 2018", "RAG (Plan Tracker)"],
        ["Recommendation", "Response / Action", "Lead Officer", "Timescale", rag("Grey")],
        ["9. Review processes", "Review of the Constitution", "Leader", "September 2018", rag("Red")],
        ["10. Be clear about boundaries", "Point 9 refers", "Leaders", "February 2019", rag("Green")],
        [undefined, undefined, undefined, undefined, rag("Grey")],
        ["Further Recommendations", undefined, undefined, undefined, rag("Grey")],
      ]),
    );
    const { plans } = readPlans(grid);
    expect(plans).toHaveLength(1);
    const plan = plans[0]!;
    expect(plan.headerRows).toEqual([2, 6]);
    expect(plan.columns.fields.status).toBeUndefined();
    expect(plan.range.right).toBe(4);
    expect(plan.actions.map((action) => action.ref)).toEqual(["1", "2", "3", "9", "10"]);
  });
});
