import type { IsoDate } from "../parse/IsoDate.js";
import type { Timescale } from "../parse/Timescale.js";
import type { Plan, PlanAction } from "./Plan.js";
import type { StatusLookup } from "./StatusVocabulary.js";

const DONE_IN_PROGRESS_TEXT = /^(complete|completed|done|achieved|in place)\b/i;

/**
 * Whether an action is finished: by its timescale ("Completed", "In place"), a completion column,
 * its status where the plan has one (a word, or a blue fill when the cell has none); otherwise by
 * what its progress note says, as in plans with no status column.
 */
export function isComplete(action: PlanAction, statuses: StatusLookup, planHasStatus: boolean): boolean {
  if (action.target?.kind === "completed" || action.target?.kind === "inPlace") return true;
  // A 100% "% complete" or a filled "Date completed" (completionEvidence.ts).
  if (action.completedBy) return true;
  if (planHasStatus && action.status === null && action.fillRag !== undefined) return action.fillRag === "Blue";
  if (planHasStatus) return action.status !== null && statuses.canonical(action.status)?.complete === true;
  return DONE_IN_PROGRESS_TEXT.test(action.cells.progress?.text ?? "");
}

export function isNotStarted(action: PlanAction, statuses: StatusLookup): boolean {
  return action.status !== null && statuses.canonical(action.status)?.notStarted === true;
}

/**
 * "As 19 above" points at another action; resolve it so its dates can be used.
 * Plain "As above" points at the action on the row above.
 */
export function resolveSeeOther(plan: Plan): Map<number, PlanAction | null> {
  const resolved = new Map<number, PlanAction | null>();
  // Most plans have no "As … above": then there is no need to index every reference.
  if (!plan.actions.some((action) => action.target?.kind === "seeOther")) return resolved;
  const byRef = new Map<string, PlanAction>();
  for (const action of plan.actions) if (action.ref && !byRef.has(action.ref)) byRef.set(action.ref, action);
  plan.actions.forEach((action, index) => {
    if (action.target?.kind !== "seeOther") return;
    const seeRef = action.target.seeRef;
    resolved.set(action.row, seeRef === undefined ? (plan.actions[index - 1] ?? null) : (byRef.get(seeRef) ?? null));
  });
  return resolved;
}

/** The timescale that governs an action, following "As 19 above" one step. */
export function effectiveTarget(action: PlanAction, seeOther: Map<number, PlanAction | null>): Timescale | null {
  if (action.target?.kind === "seeOther") return seeOther.get(action.row)?.target ?? null;
  return action.target;
}

/** The date the action is now due: the revised date when there is one, else the original. */
export function currentDue(action: PlanAction, seeOther: Map<number, PlanAction | null>): IsoDate | null {
  return action.revisedTarget?.due ?? effectiveTarget(action, seeOther)?.due ?? null;
}
