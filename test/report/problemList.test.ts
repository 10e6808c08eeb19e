import { describe, expect, it } from "vitest";
import { cellLinkFormula, buildProblemsSheet } from "../../src/core/refresh/problemsSheet.js";
import { ISSUE_KIND_LABELS, issueKindLabel } from "../../src/core/report/issueKinds.js";
import { problemsAsText } from "../../src/core/report/problemsAsText.js";
import type { IssueJson } from "../../src/core/report/ValidationReport.js";
import { ISSUE_CODES } from "../../src/core/validate/IssueCode.js";

const ISSUES: IssueJson[] = [
  { severity: "warning", code: "lead-missing", message: "No lead officer is named for this action.", sheet: "CIP monitoring", cell: "D47", row: 47, fix: "Name the officer or team responsible." },
  { severity: "error", code: "status-unknown", message: 'Status "=On\ttrack\nish" is not one we know.', sheet: "Bob's \"plan\"", cell: "G5", row: 5, fix: "Use a status from the list." },
];

describe("the problem list sent back", () => {
  it("copies as tab-separated lines with a header, tabs and line breaks inside a field turned to spaces", () => {
    expect(problemsAsText(ISSUES)).toBe(
      "Sheet\tCell\tSeverity\tProblem\tTo fix\r\n" +
        "CIP monitoring\tD47\tWarning\tNo lead officer is named for this action.\tName the officer or team responsible.\r\n" +
        'Bob\'s "plan"\tG5\tError\tStatus "=On track ish" is not one we know.\tUse a status from the list.\r\n',
    );
  });

  it("has a short heading for every kind of problem", () => {
    for (const code of Object.keys(ISSUE_CODES)) expect(issueKindLabel(code)).toBe(ISSUE_KIND_LABELS[code as keyof typeof ISSUE_KIND_LABELS]);
    expect(issueKindLabel("lead-missing")).toBe("No lead officer");
    expect(issueKindLabel("some-new-code")).toBe("Some new code");
  });

  it("links each cell with HYPERLINK to #'Sheet'!cell, quotes doubled, and keeps the plan's words as text", () => {
    expect(cellLinkFormula("CIP monitoring", "D47")).toBe(`HYPERLINK("#'CIP monitoring'!D47","D47")`);
    expect(cellLinkFormula(`Bob's "plan"`, "G5")).toBe(`HYPERLINK("#'Bob''s ""plan""'!G5","G5")`);
    const spec = buildProblemsSheet({ sheetName: "PT Problems", asOf: "2018-09-30", checkedAt: "30/09/2018 12:00", issues: ISSUES });
    expect(spec.role).toBe("problems");
    const header = spec.rows[3]?.cells.map((cell) => (cell?.kind === "text" ? cell.text : null));
    expect(header).toEqual(["Sheet", "Cell", "Severity", "Kind", "Problem", "To fix"]);
    const second = spec.rows[5]?.cells ?? [];
    expect(second[1]).toMatchObject({ kind: "formula", formula: `HYPERLINK("#'Bob''s ""plan""'!G5","G5")`, expected: "G5" });
    // A message that starts with "=" after the quote is still a text cell, not a formula.
    expect(second[4]).toMatchObject({ kind: "text", text: 'Status "=On\ttrack\nish" is not one we know.' });
    expect(second.map((cell) => cell?.kind)).toEqual(["text", "formula", "text", "text", "text", "text"]);
  });
});
