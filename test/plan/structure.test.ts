/**
 * What is and is not an action: blocks beside the plan, metadata lines, recommendation headings and
 * sub-references that restart under each recommendation.
 */
import { describe, expect, it } from "vitest";
import { readPlans } from "../../src/core/plan/readPlans.js";
import { validatePlans } from "../../src/core/validate/validatePlans.js";
import { DEFAULT_STATUS_VOCABULARY, statusLookup } from "../../src/core/plan/StatusVocabulary.js";
import { sheet, workbook } from "../support/grid.js";

const HEADER = ["Ref", "Theme", "Action", "Lead", "Target date", "Status"];

describe("a block beside the plan", () => {
  it('never ends the plan or drops a row: a "Total" label in a count table at column K', () => {
    const grid = workbook(
      sheet("Plan", [
        ["Improvement plan"],
        [],
        [...HEADER, undefined, undefined, undefined, undefined, "Status", "Count"],
        ["1.1", "Finance", "Set the budget", "S151 Officer", "March 2025", "On track", undefined, undefined, undefined, undefined, "On track", 2],
        ["1.2", "Finance", "Review reserves", "S151 Officer", "June 2025", "Completed", undefined, undefined, undefined, undefined, "Completed", 1],
        ["2.1", "People", "Workforce plan", "Head of HR", "Sept 2025", "On track", undefined, undefined, undefined, undefined, "Total", 3],
        ["2.2", "People", "Staff survey", "Head of HR", "Dec 2025", "Not started"],
      ]),
    );
    const { plans } = readPlans(grid);
    expect(plans).toHaveLength(1);
    const plan = plans[0]!;
    expect(plan.range.right).toBe(6);
    expect(plan.totalsRows).toEqual([]);
    expect(plan.actions.map((a) => a.ref)).toEqual(["1.1", "1.2", "2.1", "2.2"]);
  });

  it("leaves a key beside the plan, one column away, out of the header", () => {
    const grid = workbook(
      sheet("Plan", [
        [...HEADER, undefined, "Key", "Meaning"],
        ["1.1", "Finance", "Set the budget", "S151 Officer", "March 2025", "G", undefined, "G", "On track"],
        ["1.2", "Finance", "Review reserves", "S151 Officer", "June 2025", "A", undefined, "A", "Some slippage"],
        ["1.3", "Finance", "Close the accounts", "S151 Officer", "July 2025", "R", undefined, "R", "Major slippage"],
        ["1.4", "Finance", "Audit the accounts", "S151 Officer", "Sept 2025", "G"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.range.right).toBe(6);
    expect(plan.actions).toHaveLength(4);
  });
});

describe("title and metadata lines", () => {
  it.each([["Updated: 3 March 2025"], ["Owner: Chief Executive | Reported to: Cabinet"], ["Last reviewed 12 February 2025"], ["Version 2.1"]])(
    '"%s" between the title and the header never becomes a theme',
    (line) => {
      const grid = workbook(
        sheet("Plan", [
          ["Corporate Improvement Plan 2025"],
          [line],
          [],
          ["Ref", "Action", "Lead", "Target date", "Status"],
          ["1", "Set the budget", "S151 Officer", "March 2025", "On track"],
          ["2", "Workforce plan", "Head of HR", "Sept 2025", "On track"],
        ]),
      );
      const plan = readPlans(grid).plans[0]!;
      expect(plan.title).toBe("Corporate Improvement Plan 2025");
      expect(plan.themes).toEqual([]);
      expect(plan.themeRows).toEqual([]);
      expect(plan.actions.map((a) => a.theme)).toEqual([null, null]);
    },
  );

  it("is not the title either when it is the only line above the header", () => {
    const grid = workbook(
      sheet("Plan", [
        ["Updated: 3 March 2025"],
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Set the budget", "S151 Officer", "March 2025"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.title).toBeNull();
    expect(plan.actions[0]!.theme).toBeNull();
  });
});

describe("recommendation headings and sub-references", () => {
  const grid = (): ReturnType<typeof workbook> =>
    workbook(
      sheet("Plan", [
        ["Ref", "Recommendation / action", "Lead", "Target date", "Status"],
        ["R1", "Strengthen financial planning"],
        ["(i)", "Refresh the MTFS", "S151 Officer", "March 2025", "On track"],
        ["(ii)", "Agree a savings programme", "S151 Officer", "June 2025", "On track"],
        ["R2", "Improve governance"],
        ["(i)", "Review the constitution", "Monitoring Officer", "Sept 2025", "Not started"],
        ["(ii)", "Member training", "Monitoring Officer", "Dec 2025", "On track"],
        ["(iii)", "Publish a forward plan", "Democratic Services", "Jan 2026", "Completed"],
      ]),
    );

  it("reads a heading row with no lead, date or status, followed by its sub-actions, as a theme", () => {
    const plan = readPlans(grid()).plans[0]!;
    expect(plan.themeRows).toEqual([2, 5]);
    expect(plan.actions.map((a) => a.row)).toEqual([3, 4, 6, 7, 8]);
    expect(plan.themes).toEqual(["Strengthen financial planning", "Improve governance"]);
  });

  it('qualifies "(i)", "(ii)" by their parent, so they are not duplicates, and keeps them whole', () => {
    const plans = readPlans(grid()).plans;
    expect(plans[0]!.actions.map((a) => a.ref)).toEqual(["R1 (i)", "R1 (ii)", "R2 (i)", "R2 (ii)", "R2 (iii)"]);
    const issues = validatePlans(plans, { asOf: "2025-01-01", statuses: statusLookup(DEFAULT_STATUS_VOCABULARY) });
    expect(issues.filter((issue) => issue.code === "duplicate-ref")).toEqual([]);
  });

  it('qualifies "a.", "b." under a numbered action that has its own lead and date, keeping them as written', () => {
    const plan = readPlans(
      workbook(
        sheet("Plan", [
          ["No.", "Action", "Lead", "Timescale"],
          ["1", "Develop a customer strategy", "Head of Customer Services", "October 2024"],
          ["a.", "Procure a survey provider", "Head of Customer Services", "March 2024"],
          ["b.", "Analyse the results", "Head of Customer Services", "June 2024"],
          ["2", "Review the workforce strategy", "Head of HR", "December 2024"],
          ["a.", "Run a staff survey", "Head of HR", "May 2024"],
          ["b.", "Agree the action plan", "Head of HR", "July 2024"],
        ]),
      ),
    ).plans[0]!;
    expect(plan.actions.map((a) => a.ref)).toEqual(["1", "1 a.", "1 b.", "2", "2 a.", "2 b."]);
  });

  it('uses the number a heading gives in words: "Recommendation 3:" → "3 (ii)"', () => {
    const plan = readPlans(
      workbook(
        sheet("Plan", [
          ["Ref", "Action", "Lead", "Timescale"],
          [undefined, "Recommendation 3: Improve governance"],
          ["(i)", "Review the constitution", "Monitoring Officer", "Sept 2025"],
          ["(ii)", "Member training", "Monitoring Officer", "Dec 2025"],
        ]),
      ),
    ).plans[0]!;
    expect(plan.themes).toEqual(["Recommendation 3: Improve governance"]);
    expect(plan.actions.map((a) => a.ref)).toEqual(["3 (i)", "3 (ii)"]);
  });

  it("keeps a real action that lacks a lead and date as an action when the next row is not its sub-action", () => {
    const plan = readPlans(
      workbook(
        sheet("Plan", [
          ["Ref", "Action", "Lead", "Timescale"],
          ["1.1", "Set the budget", "S151 Officer", "March 2025"],
          ["1.2", "Training needs analysis"],
          ["1.3", "Workforce plan", "Head of HR", "Sept 2025"],
        ]),
      ),
    ).plans[0]!;
    expect(plan.actions.map((a) => a.ref)).toEqual(["1.1", "1.2", "1.3"]);
    expect(plan.themeRows).toEqual([]);
  });
});
