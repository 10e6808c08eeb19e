/**
 * The problem list as tab-separated text, for the pane's "Copy the list": pasted into an email it
 * reads as lines, pasted into a sheet each field lands in its own column. Tabs and line breaks inside
 * a message would split it across cells, so they become spaces.
 */
import type { IssueJson } from "./ValidationReport.js";

const SEVERITY_WORDS: Readonly<Record<IssueJson["severity"], string>> = { error: "Error", warning: "Warning", info: "Note" };

export const PROBLEM_COLUMNS = ["Sheet", "Cell", "Severity", "Problem", "To fix"] as const;

function field(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ").trim();
}

/** A header line, then one line per problem, each ending in CRLF (Excel's own clipboard text ends lines so). */
export function problemsAsText(issues: readonly IssueJson[]): string {
  const lines = [PROBLEM_COLUMNS.join("\t"), ...issues.map((issue) => [issue.sheet, issue.cell, SEVERITY_WORDS[issue.severity], issue.message, issue.fix].map(field).join("\t"))];
  return `${lines.join("\r\n")}\r\n`;
}

export function severityWord(severity: IssueJson["severity"]): string {
  return SEVERITY_WORDS[severity];
}
