import { describe, expect, it } from "vitest";
import type { FileReport, IssueJson } from "../../src/core/report/ValidationReport.js";
import { groupIssues, issueCounts, problemsText, reportSummary } from "../../src/taskpane/groupIssues.js";

function issue(severity: IssueJson["severity"], sheet: string, cell: string, message = `${severity} at ${cell}`): IssueJson {
  const row = Number(/\d+$/.exec(cell)?.[0]);
  return { severity, code: "lead-missing", message, sheet, cell, row, fix: "Fix it." };
}

describe("groupIssues", () => {
  it("puts errors first, then warnings, then notes, leaving out empty groups, each with its count", () => {
    const groups = groupIssues([issue("info", "Plan", "G59"), issue("warning", "Plan", "D47"), issue("info", "Plan", "G60")]);
    expect(groups.map((group) => [group.heading, group.total])).toEqual([
      ["Warnings", 1],
      ["Notes", 2],
    ]);
  });

  it("groups by sheet in the order the sheets first appear, and sorts each sheet's issues by row then column", () => {
    const groups = groupIssues([
      issue("error", "Second", "B9"),
      issue("error", "First", "F53"),
      issue("warning", "First", "A1"),
      issue("error", "Second", "A9"),
      issue("error", "Second", "AA2"),
      issue("error", "Second", "Z2"),
    ]);
    const errors = groups[0];
    expect(errors?.sheets.map((sheet) => sheet.sheet)).toEqual(["Second", "First"]);
    expect(errors?.sheets[0]?.issues.map((found) => found.cell)).toEqual(["Z2", "AA2", "A9", "B9"]);
  });

  it("keeps the report's order for two issues at the same cell", () => {
    const groups = groupIssues([issue("warning", "Plan", "F53", "first"), issue("warning", "Plan", "F53", "second")]);
    expect(groups[0]?.sheets[0]?.issues.map((found) => found.message)).toEqual(["first", "second"]);
  });

  it("handles 20,000 issues quickly", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => issue(i % 3 === 0 ? "error" : "warning", `Sheet ${i % 4}`, `B${20_000 - i}`));
    const started = performance.now();
    const groups = groupIssues(many);
    expect(performance.now() - started).toBeLessThan(500);
    expect(groups.reduce((sum, group) => sum + group.total, 0)).toBe(20_000);
  });
});

describe("the summary line", () => {
  it("counts errors, warnings and notes in words", () => {
    const issues = [issue("error", "P", "A1"), issue("error", "P", "A2"), issue("warning", "P", "A3"), issue("info", "P", "A4")];
    expect(issueCounts(issues)).toEqual({ error: 2, warning: 1, info: 1 });
    expect(problemsText(issueCounts(issues))).toBe("2 errors, 1 warning and 1 note");
    expect(problemsText({ error: 0, warning: 0, info: 0 })).toBe("no problems");
    expect(problemsText({ error: 0, warning: 1_204, info: 0 })).toBe("1,204 warnings");
  });

  it("names the plans and actions", () => {
    const report: FileReport = {
      file: "x.xlsx",
      asOf: "2018-09-30",
      plans: [
        { sheet: "CIP monitoring", range: "A1:H65", title: null, actions: 62, themes: [], columns: {}, mapping: "detected", statusCounts: null, benefits: null },
      ],
      skippedSheets: [],
      issues: [issue("error", "CIP monitoring", "A14"), issue("info", "CIP monitoring", "G59")],
    };
    expect(reportSummary(report)).toBe("1 plan, 62 actions: 1 error and 1 note.");
  });
});
