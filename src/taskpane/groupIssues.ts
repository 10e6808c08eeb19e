/**
 * The Check view's list: issues grouped by severity (errors first), then by sheet, each group with
 * its count. Pure, so it is tested without a browser.
 */
import type { FileReport, IssueJson } from "../core/report/ValidationReport.js";
import { count, listOf } from "../core/report/wording.js";

export type Severity = IssueJson["severity"];

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Headings as an officer reads them: "info" is a note. */
export const SEVERITY_HEADINGS: Readonly<Record<Severity, string>> = { error: "Errors", warning: "Warnings", info: "Notes" };

const SEVERITY_NOUNS: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "note" };

export interface SheetIssues {
  readonly sheet: string;
  /** In sheet order: by row, then by column. */
  readonly issues: readonly IssueJson[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly heading: string;
  readonly total: number;
  /** Sheets in the order they first appear in the report (the workbook's order). */
  readonly sheets: readonly SheetIssues[];
}

/** Non-empty groups only, errors first. */
export function groupIssues(issues: readonly IssueJson[]): SeverityGroup[] {
  const sheetOrder = new Map<string, number>();
  for (const issue of issues) if (!sheetOrder.has(issue.sheet)) sheetOrder.set(issue.sheet, sheetOrder.size);

  return SEVERITY_ORDER.flatMap((severity) => {
    const bySheet = new Map<string, IssueJson[]>();
    for (const issue of issues) {
      if (issue.severity !== severity) continue;
      const list = bySheet.get(issue.sheet);
      if (list) list.push(issue);
      else bySheet.set(issue.sheet, [issue]);
    }
    if (bySheet.size === 0) return [];
    const sheets = [...bySheet]
      .sort(([a], [b]) => (sheetOrder.get(a) ?? 0) - (sheetOrder.get(b) ?? 0))
      .map(([sheet, list]) => ({ sheet, issues: list.map((issue, i) => ({ issue, i })).sort(inSheetOrder).map(({ issue }) => issue) }));
    const total = sheets.reduce((sum, group) => sum + group.issues.length, 0);
    return [{ severity, heading: SEVERITY_HEADINGS[severity], total, sheets }];
  });
}

function columnOf(cell: string): number {
  let column = 0;
  for (const letter of /^[A-Z]+/.exec(cell)?.[0] ?? "") column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** By row, then column; otherwise the report's order. */
function inSheetOrder(a: { issue: IssueJson; i: number }, b: { issue: IssueJson; i: number }): number {
  return a.issue.row - b.issue.row || columnOf(a.issue.cell) - columnOf(b.issue.cell) || a.i - b.i;
}

export type IssueCounts = Readonly<Record<Severity, number>>;

export function issueCounts(issues: readonly IssueJson[]): IssueCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** "2 errors, 4 warnings and 1 note", or "no problems". */
export function problemsText(counts: IssueCounts): string {
  const parts = SEVERITY_ORDER.filter((severity) => counts[severity] > 0).map((severity) => count(counts[severity], SEVERITY_NOUNS[severity]));
  return parts.length === 0 ? "no problems" : listOf(parts);
}

/** The Check view's one-line summary: "1 plan, 62 actions: 2 errors, 4 warnings and 1 note." */
export function reportSummary(report: FileReport): string {
  const actions = report.plans.reduce((sum, plan) => sum + plan.actions, 0);
  return `${count(report.plans.length, "plan")}, ${count(actions, "action")}: ${problemsText(issueCounts(report.issues))}.`;
}
