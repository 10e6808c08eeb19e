import { describe, expect, it } from "vitest";
import type { FileReport, IssueJson } from "../../src/core/report/ValidationReport.js";
import { issueCounts, problemsText, reportSummary } from "../../src/taskpane/groupIssues.js";
import { initiallyExpanded, problemGroups, problemKey, problemOrder, sheetsWithProblems, stepFrom, treeRows } from "../../src/taskpane/problemTree.js";

function issue(severity: IssueJson["severity"], sheet: string, cell: string, message = `${severity} at ${cell}`): IssueJson {
  const row = Number(/\d+$/.exec(cell)?.[0]);
  return { severity, code: "lead-missing", message, sheet, cell, row, fix: "Fix it." };
}

describe("the problem tree", () => {
  const withCode = (code: string, severity: IssueJson["severity"], sheet: string, cell: string): IssueJson => ({ ...issue(severity, sheet, cell), code });
  const issues = [
    withCode("lead-missing", "warning", "Plan", "D47"),
    withCode("duplicate-ref", "error", "Plan", "A14"),
    withCode("lead-missing", "warning", "Other", "D5"),
    withCode("lead-missing", "warning", "Plan", "D12"),
    withCode("status-variant", "info", "Plan", "G59"),
  ];

  it("groups by kind with the kind's heading, errors first, each group in sheet order then by row", () => {
    const groups = problemGroups(issues);
    expect(groups.map((group) => [group.label, group.severity, group.issues.map((i) => `${i.sheet}!${i.cell}`)])).toEqual([
      ["Reference used twice", "error", ["Plan!A14"]],
      ["No lead officer", "warning", ["Plan!D12", "Plan!D47", "Other!D5"]],
      ["Status written differently", "info", ["Plan!G59"]],
    ]);
  });

  it("filters by sheet and by severity", () => {
    expect(problemGroups(issues, { sheet: "Other", severity: null }).map((group) => group.issues.length)).toEqual([1]);
    expect(problemGroups(issues, { sheet: null, severity: "error" }).map((group) => group.label)).toEqual(["Reference used twice"]);
    expect(sheetsWithProblems(issues)).toEqual(["Plan", "Other"]);
  });

  it("shows the problems of open groups only, each with its place in its group", () => {
    const groups = problemGroups(issues);
    const rows = treeRows(groups, new Set(["lead-missing"]));
    expect(rows.map((row) => (row.kind === "group" ? `${row.group.label} ${row.position}/${row.setSize}${row.expanded ? " open" : ""}` : `  ${row.issue.cell} ${row.position}/${row.setSize}`))).toEqual([
      "Reference used twice 1/3",
      "No lead officer 2/3 open",
      "  D12 1/3",
      "  D47 2/3",
      "  D5 3/3",
      "Status written differently 3/3",
    ]);
    // A short list opens every group; a long one only the first.
    expect([...initiallyExpanded(groups)]).toEqual(["duplicate-ref", "lead-missing", "status-variant"]);
    expect([...initiallyExpanded(groups, 2)]).toEqual(["duplicate-ref"]);
  });

  it("steps Next and Previous through every problem, open or not, and stops at either end", () => {
    const order = problemOrder(problemGroups(issues));
    expect(stepFrom(order, null, 1)?.cell).toBe("A14");
    expect(stepFrom(order, null, -1)?.cell).toBe("G59");
    const a14 = problemKey(order[0] as IssueJson);
    expect(stepFrom(order, a14, 1)?.cell).toBe("D12");
    expect(stepFrom(order, a14, -1)).toBeNull();
    expect(stepFrom(order, problemKey(order[4] as IssueJson), 1)).toBeNull();
  });

  it("groups 20,000 problems quickly enough to redraw on every filter change", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => withCode(i % 2 ? "lead-missing" : "target-missing", "warning", `S${i % 3}`, `D${(i % 5000) + 2}`));
    const groups = problemGroups(many);
    expect(groups.map((group) => group.issues.length)).toEqual([10_000, 10_000]);
    expect(treeRows(groups, new Set(["lead-missing"]))).toHaveLength(10_002);
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
