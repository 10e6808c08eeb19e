/**
 * The exceptions list as plain data: for each plan, the actions a committee asks about — overdue,
 * slipped, not started (the list in seed 002 §4.8) — grouped by reason, each reason given its
 * actions at the refresh plus spare rows, every row linked to its action. Rendered live by the
 * Exceptions sheet; the same model serves a printed committee pack.
 */
import type { ExceptionReason, ActionAssessment } from "../refresh/planAnalysis.js";
import type { PlanRows } from "../live/planRows.js";

export interface ExceptionGroup {
  readonly reason: ExceptionReason;
  /** "Overdue: past the due date and not complete". */
  readonly heading: string;
  /** The actions at the refresh, in plan order. */
  readonly actions: readonly ActionAssessment[];
  /** Rows given to the group (its actions plus spare rows). */
  readonly rows: number;
}

export interface PlanExceptions {
  readonly rows: PlanRows;
  readonly title: string;
  readonly groups: readonly ExceptionGroup[];
}

export const EXCEPTION_HEADINGS: Readonly<Record<ExceptionReason, string>> = {
  overdue: "Overdue: past the due date and not complete",
  slipped: "Slipped: the status reports slippage",
  notStarted: "Not started",
};

const ORDER: readonly ExceptionReason[] = ["overdue", "slipped", "notStarted"];

export function planExceptions(rows: PlanRows): PlanExceptions {
  const { analysis } = rows;
  return {
    rows,
    title: analysis.plan.title ?? analysis.plan.sheet,
    groups: ORDER.map((reason) => ({
      reason,
      heading: EXCEPTION_HEADINGS[reason],
      actions: analysis.actions.filter((a) => a.exception === reason),
      rows: rows.listRows[reason],
    })),
  };
}
