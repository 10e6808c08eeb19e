/**
 * Headings councils and performance systems really use (docs/HEADINGS.md lists where each was seen),
 * two-row headers, and blocks beside the plan.
 */
import { describe, expect, it } from "vitest";
import { matchHeader } from "../../src/core/plan/headerSynonyms.js";
import { readPlans } from "../../src/core/plan/readPlans.js";
import { sheet, workbook } from "../support/grid.js";

function fieldOf(text: string): string | null {
  const match = matchHeader(text);
  return match?.kind === "field" ? match.field : null;
}

describe("heading synonyms", () => {
  it.each([
    ["Area for improvement", "theme"],
    ["Areas for Improvement", "theme"],
    ["Objective", "theme"],
    ["Workstream", "theme"],
    ["Priority area", "theme"],
    ["Directorate", "theme"],
    ["Key theme", "theme"],
    ["Implementation date", "target"],
    ["Agreed implementation date", "target"],
    ["Due Date", "target"],
    ["By when", "target"],
    ["By when?", "target"],
    ["Completion date (target)", "target"],
    ["Deadline", "target"],
    ["Assigned To", "lead"],
    ["Owner", "lead"],
    ["Who", "lead"],
    ["Who?", "lead"],
    ["Responsible officer", "lead"],
    ["Action owner", "lead"],
    ["Lead member/officer", "lead"],
    ["Proposal", "action"],
    ["Action Title", "action"],
    ["What we will do", "action"],
    ["Agreed action", "action"],
    ["Management action", "action"],
    ["Action Code", "ref"],
    ["#", "ref"],
    ["No.", "ref"],
    ["Ref no", "ref"],
    ["ID", "ref"],
    ["Status Icon", "status"],
    ["Latest Note", "progress"],
  ])("%s → %s", (heading, field) => {
    expect(fieldOf(heading)).toBe(field);
  });
});

describe("plans laid out with those headings", () => {
  it("reads a performance-system export (Action Code, Action Title, Assigned To, Due Date, Status Icon, Latest Note)", () => {
    const grid = workbook(
      sheet("Export", [
        ["Action Code", "Action Title", "Assigned To", "Due Date", "Status Icon", "Latest Note"],
        ["CP-01", "Refresh the asset strategy", "Head of Property", "31/03/2025", "On track", "Draft done"],
        ["CP-02", "Deliver the digital roadmap", "Head of ICT", "30/06/2025", "Delayed", "Supplier late"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.columns.fields).toEqual({ ref: 1, action: 2, lead: 3, target: 4, status: 5, progress: 6 });
    expect(plan.actions.map((a) => a.ref)).toEqual(["CP-01", "CP-02"]);
  });

  it("reads an internal-audit tracker (Ref no | Recommendation | Priority | Agreed action | Responsible officer | Implementation date)", () => {
    const grid = workbook(
      sheet("Tracker", [
        ["Ref no", "Recommendation", "Priority", "Agreed action", "Responsible officer", "Implementation date"],
        ["IA1", "Reconcile the payroll monthly", "High", "Monthly reconciliation", "Payroll Manager", "30/09/2024"],
        ["IA2", "Review user access", "Medium", "Quarterly access review", "ICT Security Lead", "31/12/2024"],
        ["IA3", "Update the procedure notes", "Low", "Procedure notes updated", "Finance Manager", "31/03/2025"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    // A High/Medium/Low "Priority" rates the action: it is not the theme.
    expect(plan.columns.fields.theme).toBeUndefined();
    expect(plan.columns.fields).toMatchObject({ ref: 1, recommendation: 2, action: 4, lead: 5, target: 6 });
    // With no theme column and no theme rows, each recommendation groups its actions.
    expect(plan.themes).toEqual(["Reconcile the payroll monthly", "Review user access", "Update the procedure notes"]);
  });

  it("takes a Priority column holding named priorities as the theme", () => {
    const grid = workbook(
      sheet("Plan", [
        ["Priority", "#", "What we will do", "Who", "By when"],
        ["Thriving communities", "1", "Open two community hubs", "Head of Communities", "March 2025"],
        [undefined, "2", "Launch the volunteering offer", "Head of Communities", "June 2025"],
        ["Accessible services", "3", "Move forms online", "Head of Digital", "Dec 2025"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.columns.fields).toMatchObject({ theme: 1, ref: 2, action: 3, lead: 4, target: 5 });
    expect(plan.actions.map((a) => a.theme)).toEqual(["Thriving communities", "Thriving communities", "Accessible services"]);
  });

  it("prefers an explicit Theme over Directorate, which then gives the service area", () => {
    const grid = workbook(
      sheet("Plan", [
        ["Directorate", "Theme", "Action", "Owner", "Deadline"],
        ["Place", "Housing", "Review allocations", "Head of Housing", "March 2025"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.columns.fields).toMatchObject({ theme: 2, serviceArea: 1, action: 3, lead: 4, target: 5 });
  });
});

describe("two-row headers", () => {
  it('reads "Dates" merged over "Original | Revised" as the target and the revised date', () => {
    const grid = workbook(
      sheet(
        "Plan",
        [
          ["Ref", "Action", "Lead", "Dates", undefined, "Status"],
          [undefined, undefined, undefined, "Original", "Revised", undefined],
          ["1.1", "Agree the vision", "Chief Executive", "March 2025", "June 2025", "Some slippage"],
          ["1.2", "Hold a symposium", "Head of Policy", "May 2025", undefined, "On track"],
        ],
        [
          { top: 1, left: 4, bottom: 1, right: 5 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 2, right: 3 },
          { top: 1, left: 6, bottom: 2, right: 6 },
        ],
      ),
    );
    const { plans } = readPlans(grid);
    expect(plans).toHaveLength(1);
    const plan = plans[0]!;
    expect(plan.columns.fields).toEqual({ ref: 1, action: 2, lead: 3, target: 4, revisedTarget: 5, status: 6 });
    expect(plan.headerRows).toEqual([1, 2]);
    expect(plan.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(plan.actions[0]!.revisedTarget?.due).toBe("2025-06-30");
  });

  it('reads "Target date" over "Original | Revised" the same way', () => {
    const grid = workbook(
      sheet(
        "Plan",
        [
          ["Action", "Lead", "Target date", undefined],
          [undefined, undefined, "Original", "Revised"],
          ["Agree the vision", "Chief Executive", "March 2025", "June 2025"],
        ],
        [{ top: 1, left: 3, bottom: 1, right: 4 }],
      ),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.columns.fields).toEqual({ action: 1, lead: 2, target: 3, revisedTarget: 4 });
  });

  it('reads "Benefits £k" over the years as benefit years in thousands', () => {
    const grid = workbook(
      sheet(
        "Benefits",
        [
          ["Project", "Service area", "Benefits £k", undefined],
          [undefined, undefined, "2024/25", "2025/26"],
          ["Telephony", "Digital", "(44)", "15k"],
          ["Libraries", "Leisure", 12, "£1.2m"],
        ],
        [{ top: 1, left: 3, bottom: 1, right: 4 }],
      ),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.columns.benefitYears).toEqual({ "2024/25": 3, "2025/26": 4 });
    expect(plan.amountUnits?.[3]?.label).toBe("£000");
    expect(plan.actions[0]!.benefits["2024/25"]).toMatchObject({ kind: "amount", value: -44 });
    expect(plan.actions[0]!.benefits["2025/26"]).toMatchObject({ kind: "amount", value: 15 });
    expect(plan.actions[1]!.benefits["2025/26"]).toMatchObject({ kind: "amount", value: 1200 });
  });

  it('keeps the period of "Q1" over "RAG | Update" in the heading text', () => {
    const grid = workbook(
      sheet(
        "Plan",
        [
          ["Ref", "Action", "Lead", "Q1", undefined],
          [undefined, undefined, undefined, "RAG", "Update"],
          ["1", "Agree the vision", "Chief Executive", "Green", "Agreed"],
        ],
        [{ top: 1, left: 4, bottom: 1, right: 5 }],
      ),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.columns.fields).toMatchObject({ ref: 1, action: 2, lead: 3, status: 4, progress: 5 });
    expect(plan.columnHeadings?.[4]).toBe("Q1 RAG");
    expect(plan.columnHeadings?.[5]).toBe("Q1 Update");
  });
});
