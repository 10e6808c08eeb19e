/**
 * What the ribbon's Refresh summary tells the officer afterwards, as plain data (title, tone, lines)
 * so the words are tested here and the dialog page only shows them.
 */
import type { RefreshOutcome } from "../addin/WorkbookSession.js";
import { count, listOf } from "../core/report/wording.js";
import { isKeptHidden } from "../core/sheets/SheetRole.js";

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
  // The officer is told about the sheets they can see; the hidden ones are named apart, so a count
  // of sheets matches the tabs that appeared.
  const shown = outcome.sheets.filter((sheet) => !isKeptHidden(sheet.role)).map((sheet) => sheet.name);
  const hidden = outcome.sheets.filter((sheet) => isKeptHidden(sheet.role)).map((sheet) => sheet.name);
  const alsoHidden = hidden.length === 0 ? "" : ` It also updated the hidden ${hidden.length === 1 ? "sheet" : "sheets"} ${listOf(hidden)}, which the others read from.`;
  const lines = [
    `Plan Tracker summarised ${count(actions, "action")} and wrote ${count(shown.length, "sheet")} at ${outcome.refreshedAt}: ${listOf(shown)}.${alsoHidden} Your own sheets were not changed.`,
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
