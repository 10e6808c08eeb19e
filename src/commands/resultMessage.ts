/**
 * What the ribbon's Refresh summary tells the officer afterwards, as plain data (title, tone, lines)
 * so the words are tested here and the dialog page only shows them.
 */
import type { RefreshOutcome } from "../addin/WorkbookSession.js";
import { count, listOf } from "../core/report/wording.js";

export interface ResultMessage {
  readonly tone: "success" | "warning" | "error";
  readonly title: string;
  readonly lines: readonly string[];
}

export function refreshedMessage(outcome: RefreshOutcome): ResultMessage {
  const issues = outcome.report.issues;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.filter((issue) => issue.severity === "warning").length;
  const actions = outcome.report.plans.reduce((sum, plan) => sum + plan.actions, 0);
  const lines = [
    `Plan Tracker summarised ${count(actions, "action")} and wrote ${count(outcome.sheets.length, "sheet")} at ${outcome.refreshedAt}: ${listOf(outcome.sheets.map((sheet) => sheet.name))}. Your own sheets were not changed.`,
  ];
  if (outcome.removed.length > 0) lines.push(`Removed ${listOf(outcome.removed)}, which the plan no longer needs.`);
  if (errors + warnings > 0) {
    const found = [errors > 0 ? count(errors, "error") : "", warnings > 0 ? count(warnings, "warning") : ""].filter(Boolean).join(" and ");
    lines.push(`The plan has ${found}, which may make the summary wrong. Select Check plan on the Home tab to see them.`);
  }
  for (const skipped of outcome.skippedFeatures) {
    lines.push(`This version of Excel cannot add ${skipped.label} (it needs ${skipped.requirementSet}), so ${listOf(skipped.sheets)} went without it.`);
  }
  const warn = errors > 0 || outcome.skippedFeatures.length > 0;
  return { tone: warn ? "warning" : "success", title: "Summary refreshed", lines };
}

export function failedMessage(error: unknown): ResultMessage {
  const message = error instanceof Error ? error.message : String(error);
  return { tone: "error", title: "Summary not refreshed", lines: [message] };
}
