import type { FileReport, IssueJson, PlanSummary } from "../core/report/ValidationReport.js";

const SEVERITY_LABEL = { error: "error  ", warning: "warning", info: "note   " } as const;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function describePlan(plan: PlanSummary): string[] {
  const lines = [`  Plan on "${plan.sheet}" (${plan.range}): ${plural(plan.actions, "action")}${plan.themes.length ? ` in ${plural(plan.themes.length, "theme")}` : ""}`];
  const columns = Object.entries(plan.columns).map(([field, letter]) => `${field} ${letter}`).join(", ");
  lines.push(`    Columns (${plan.mapping}): ${columns}`);
  if (plan.statusCounts) {
    lines.push(`    Status: ${Object.entries(plan.statusCounts).map(([status, count]) => `${status} ${count}`).join(", ") || "none given"}`);
  }
  if (plan.benefits) {
    const money = (value: number) => (value < 0 ? `(${Math.abs(value).toLocaleString("en-GB")})` : value.toLocaleString("en-GB"));
    const years = plan.benefits.years.map((year) => `${year} ${money(plan.benefits?.byYear[year] ?? 0)}`).join(", ");
    lines.push(`    Benefits: ${years}; total ${money(plan.benefits.total)}; not yet in MTFP ${money(plan.benefits.notInMtfp.total ?? 0)}; one-off investment ${money(plan.benefits.investment)}`);
  }
  return lines;
}

function describeIssue(issue: IssueJson): string[] {
  return [`    ${issue.cell.padEnd(7)} ${SEVERITY_LABEL[issue.severity]}  ${issue.message}`, `    ${"".padEnd(7)}           Fix: ${issue.fix}`];
}

/** The report an officer reads in a terminal: plans first, then issues grouped by sheet, then one summary line. */
export function formatHuman(report: FileReport): string {
  const lines: string[] = [report.file];
  for (const plan of report.plans) lines.push(...describePlan(plan));
  for (const skipped of report.skippedSheets) lines.push(`  Sheet "${skipped.sheet}" skipped: ${skipped.reason}.`);
  const sheets = [...new Set(report.issues.map((issue) => issue.sheet))];
  for (const sheet of sheets) {
    lines.push("", `  Sheet "${sheet}"`);
    for (const issue of report.issues.filter((item) => item.sheet === sheet)) lines.push(...describeIssue(issue));
  }
  const count = (severity: IssueJson["severity"]) => report.issues.filter((issue) => issue.severity === severity).length;
  const actions = report.plans.reduce((sum, plan) => sum + plan.actions, 0);
  lines.push(
    "",
    `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")} in ${plural(actions, "action")} (as at ${report.asOf}).`,
  );
  return lines.join("\n");
}
