/**
 * Severities in the order the pane lists them, their headings, and the Check view's one-line summary
 * in words. Pure, so it is tested without a browser (the list itself is `problemTree.ts`).
 */
import type { FileReport, IssueJson } from "../core/report/ValidationReport.js";
import { count, listOf } from "../core/report/wording.js";

export type Severity = IssueJson["severity"];

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Headings as an officer reads them: "info" is a note. */
export const SEVERITY_HEADINGS: Readonly<Record<Severity, string>> = { error: "Errors", warning: "Warnings", info: "Notes" };

const SEVERITY_NOUNS: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "note" };

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
