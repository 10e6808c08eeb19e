/**
 * The Check view's problem list as a tree, like Excel's Accessibility Checker: one group per kind of
 * problem ("No lead officer (110)"), errors first, each cell under it in sheet order. Filters, the
 * rows a tree shows for the groups that are open, and the order Next and Previous step through.
 * Pure, so it is tested without a browser.
 */
import type { IssueJson } from "../core/report/ValidationReport.js";
import { issueKindLabel } from "../core/report/issueKinds.js";
import { SEVERITY_ORDER, type Severity } from "./groupIssues.js";

export interface ProblemFilter {
  /** Only this sheet's problems; null for every sheet. */
  readonly sheet: string | null;
  /** Only this severity; null for all. */
  readonly severity: Severity | null;
}

export const NO_FILTER: ProblemFilter = { sheet: null, severity: null };

export interface ProblemGroup {
  /** The issue code: one group per kind. */
  readonly key: string;
  readonly label: string;
  readonly severity: Severity;
  readonly issues: readonly IssueJson[];
}

export type TreeRow =
  | { readonly kind: "group"; readonly id: string; readonly group: ProblemGroup; readonly position: number; readonly setSize: number; readonly expanded: boolean }
  | { readonly kind: "problem"; readonly id: string; readonly group: ProblemGroup; readonly issue: IssueJson; readonly position: number; readonly setSize: number };

/** Identifies a problem across checks, so the selection survives a check again. */
export function problemKey(issue: IssueJson): string {
  return `${issue.sheet}\u0000${issue.cell}\u0000${issue.code}\u0000${issue.message}`;
}

/** Sheets with problems, in the order they first appear in the report (the workbook's). */
export function sheetsWithProblems(issues: readonly IssueJson[]): string[] {
  return [...new Set(issues.map((issue) => issue.sheet))];
}

function columnOf(cell: string): number {
  let column = 0;
  for (const letter of /^[A-Z]+/.exec(cell)?.[0] ?? "") column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** Groups by kind for the problems the filter lets through; errors, then warnings, then notes; in each, kinds in the order first met. */
export function problemGroups(issues: readonly IssueJson[], filter: ProblemFilter = NO_FILTER): ProblemGroup[] {
  const sheetOrder = new Map(sheetsWithProblems(issues).map((sheet, i) => [sheet, i]));
  const byCode = new Map<string, IssueJson[]>();
  for (const issue of issues) {
    if (filter.sheet !== null && issue.sheet !== filter.sheet) continue;
    if (filter.severity !== null && issue.severity !== filter.severity) continue;
    const list = byCode.get(issue.code);
    if (list) list.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  const groups = [...byCode].map(([code, list]) => ({
    key: code,
    label: issueKindLabel(code),
    severity: list[0]?.severity ?? "info",
    issues: list
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => (sheetOrder.get(a.issue.sheet) ?? 0) - (sheetOrder.get(b.issue.sheet) ?? 0) || a.issue.row - b.issue.row || columnOf(a.issue.cell) - columnOf(b.issue.cell) || a.i - b.i)
      .map(({ issue }) => issue),
  }));
  return groups
    .map((group, i) => ({ group, i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.group.severity) - SEVERITY_ORDER.indexOf(b.group.severity) || a.i - b.i)
    .map(({ group }) => group);
}

/** The rows the tree shows: every group, and the problems of the open ones. Ids are stable for a group and a problem. */
export function treeRows(groups: readonly ProblemGroup[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  groups.forEach((group, g) => {
    const open = expanded.has(group.key);
    rows.push({ kind: "group", id: `group-${g}`, group, position: g + 1, setSize: groups.length, expanded: open });
    if (!open) return;
    group.issues.forEach((issue, i) => rows.push({ kind: "problem", id: `problem-${g}-${i}`, group, issue, position: i + 1, setSize: group.issues.length }));
  });
  return rows;
}

/** Every problem in the order the tree lists them (open or not): what Next and Previous step through. */
export function problemOrder(groups: readonly ProblemGroup[]): IssueJson[] {
  return groups.flatMap((group) => group.issues);
}

/** The problem `step` places after (1) or before (-1) `current`; the first (or last) when nothing is selected; null past either end. */
export function stepFrom(order: readonly IssueJson[], current: string | null, step: 1 | -1): IssueJson | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.findIndex((issue) => problemKey(issue) === current);
  if (at < 0) return (step === 1 ? order[0] : order[order.length - 1]) ?? null;
  return order[at + step] ?? null;
}

/** Groups open when the list is first shown: the first group, or all of them when the list is short. */
export function initiallyExpanded(groups: readonly ProblemGroup[], shortList = 20): Set<string> {
  const total = groups.reduce((sum, group) => sum + group.issues.length, 0);
  return new Set((total <= shortList ? groups : groups.slice(0, 1)).map((group) => group.key));
}
