/**
 * Themes on plans sorted by date or lead (themes interleave), blank theme cells, "TBC" dates and
 * year-less timescales read against the plan's date.
 */
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import { readPlans } from "../../src/core/plan/readPlans.js";
import { DEFAULT_STATUS_VOCABULARY, statusLookup } from "../../src/core/plan/StatusVocabulary.js";
import { DEFAULT_RAG_RULES } from "../../src/core/rag/ragRules.js";
import { buildPlanRows } from "../../src/core/live/planRows.js";
import { buildCommitteeSheet } from "../../src/core/refresh/committeeSheet.js";
import { analysePlan } from "../../src/core/refresh/planAnalysis.js";
import { validatePlans } from "../../src/core/validate/validatePlans.js";
import { sheet, workbook } from "../support/grid.js";

const statuses = statusLookup(DEFAULT_STATUS_VOCABULARY);
const HEADER = ["Ref", "Theme", "Action", "Lead", "Target date", "Status"];

/** Sorted by target date: each row names its theme, and the themes interleave; row 6 leaves it blank. */
const sortedByDate = (): ReturnType<typeof workbook> =>
  workbook(
    sheet("Plan", [
      HEADER,
      ["2.1", "People", "Workforce plan", "Head of HR", "31/01/2025", "On track"],
      ["1.1", "Finance", "Set the budget", "S151 Officer", "28/02/2025", "On track"],
      ["3.1", "Digital", "Move forms online", "Head of Digital", "31/03/2025", "Some slippage"],
      ["1.2", "Finance", "Review reserves", "S151 Officer", "30/04/2025", "Completed"],
      ["2.2", undefined, "Staff survey", "Head of HR", "31/05/2025", "Not started"],
      ["3.2", "Digital", "New website", "Head of Digital", "30/06/2025", "On track"],
      ["2.3", "People", "Apprenticeships", "Head of HR", "31/07/2025", "On track"],
    ]),
  );

describe("themes on a plan sorted by date", () => {
  it("keeps each row's own theme and does not carry one down into a blank cell", () => {
    const plan = readPlans(sortedByDate()).plans[0]!;
    expect(plan.actions.map((a) => a.theme)).toEqual(["People", "Finance", "Digital", "Finance", null, "Digital", "People"]);
    expect(plan.actions.find((a) => a.row === 6)?.themeMissing).toBe(true);
  });

  it("flags the blank theme cell with a warning", () => {
    const issues = validatePlans(readPlans(sortedByDate()).plans, { asOf: "2025-01-01", statuses });
    const flagged = issues.filter((issue) => issue.code === "theme-missing");
    expect(flagged.map((issue) => [issue.cell, issue.severity])).toEqual([["B6", "warning"]]);
  });

  it("groups the tables by theme, one section per theme, not one band per run", () => {
    const grid = sortedByDate();
    const plan = readPlans(grid).plans[0]!;
    const analysis = analysePlan(plan, 1, statuses, DEFAULT_RAG_RULES, "2025-01-01");
    expect(analysis.groups.map((group) => [group.theme, group.actions.map((a) => a.action.ref)])).toEqual([
      ["People", ["2.1", "2.3"]],
      ["Finance", ["1.1", "1.2"]],
      ["Digital", ["3.1", "3.2"]],
      [null, ["2.2"]],
    ]);
    const asAtRef = "'PT Summary'!$B$3";
    const rows = buildPlanRows({ analysis, planSheet: grid.sheets[0], sheetName: "PT Plan rows", asAtRef, statusRows: [] });
    const table = buildCommitteeSheet(rows, "PT Committee", grid.sheets[0], { asOf: "2025-01-01", refreshedAt: "2025-01-01 09:00", asAtRef });
    expect(table.model.sections.map((section) => section.heading)).toEqual(["People", "Finance", "Digital", "No theme"]);
    expect(table.model.sections.map((section) => section.rows.flatMap((row) => (row.action ? [row.action.action.ref] : [])))).toEqual([["2.1", "2.3"], ["1.1", "1.2"], ["3.1", "3.2"], ["2.2"]]);
  });
});

describe("the classic layout: theme written once at the top of each block", () => {
  it("still carries the theme down, without a warning", () => {
    const grid = workbook(
      sheet("Plan", [
        HEADER,
        ["1.1", "Finance", "Set the budget", "S151 Officer", "28/02/2025", "On track"],
        ["1.2", undefined, "Review reserves", "S151 Officer", "30/04/2025", "Completed"],
        ["1.3", undefined, "Close the accounts", "S151 Officer", "31/05/2025", "On track"],
        ["2.1", "People", "Workforce plan", "Head of HR", "31/01/2025", "On track"],
        ["2.2", undefined, "Staff survey", "Head of HR", "31/05/2025", "Not started"],
        ["2.3", undefined, "Apprenticeships", "Head of HR", "31/07/2025", "On track"],
      ]),
    );
    const plans = readPlans(grid).plans;
    expect(plans[0]!.actions.map((a) => a.theme)).toEqual(["Finance", "Finance", "Finance", "People", "People", "People"]);
    expect(validatePlans(plans, { asOf: "2025-01-01", statuses }).filter((issue) => issue.code === "theme-missing")).toEqual([]);
  });
});

describe('"TBC" as a date', () => {
  it("is a warning that the date is to be confirmed, not an unreadable timescale", () => {
    const grid = workbook(
      sheet("Plan", [
        ["Ref", "Action", "Lead", "Target date", "Revised date", "Status"],
        ["1", "Set the budget", "S151 Officer", "TBC", undefined, "On track"],
        ["2", "Review reserves", "S151 Officer", "March 2025", "To be confirmed", "Some slippage"],
      ]),
    );
    const issues = checkWorkbook(grid, { asOf: "2025-01-01" }).issues;
    expect(issues.filter((issue) => issue.code === "timescale-unparsed" || issue.code === "revised-unparsed")).toEqual([]);
    expect(issues.filter((issue) => issue.code === "target-tbc").map((issue) => [issue.cell, issue.severity])).toEqual([
      ["D2", "warning"],
      ["E3", "warning"],
    ]);
  });
});

describe("year-less timescales", () => {
  const grid = (title: string): ReturnType<typeof workbook> =>
    workbook(
      sheet("Plan", [
        [title],
        ["Ref", "Action", "Lead", "Timescale"],
        ["1", "Set the budget", "S151 Officer", "end of the financial year"],
        ["2", "Review reserves", "S151 Officer", "end of March"],
      ]),
    );

  it("count from the plan's own date when its title gives one", () => {
    const plan = checkWorkbook(grid("Action plan November 2024"), { asOf: "2026-06-01" }).plans[0]!;
    expect(plan.actions.map((a) => a.target?.due)).toEqual(["2025-03-31", "2025-03-31"]);
  });

  it("count from the as-of date otherwise", () => {
    const plan = checkWorkbook(grid("Action plan"), { asOf: "2025-06-01" }).plans[0]!;
    expect(plan.actions.map((a) => a.target?.due)).toEqual(["2026-03-31", "2026-03-31"]);
  });
});

describe("a theme typed in different cases", () => {
  it("is one theme, named as first written, as the sheets' COUNTIF and MATCH count it", () => {
    const plan = readPlans(
      workbook(
        sheet("Plan", [
          HEADER,
          ["2.1", "Housing", "Build homes", "Head of Housing", "31/01/2025", "On track"],
          ["1.1", "Finance", "Set the budget", "S151 Officer", "28/02/2025", "On track"],
          ["2.2", "HOUSING", "Repair homes", "Head of Housing", "31/03/2025", "Not started"],
          ["2.3", "housing ", "Licensing", "Head of Housing", "30/04/2025", "On track"],
        ]),
      ),
    ).plans[0]!;
    expect(plan.themes).toEqual(["Housing", "Finance"]);
    expect(plan.actions.map((a) => a.theme)).toEqual(["Housing", "Finance", "Housing", "Housing"]);
  });
});
