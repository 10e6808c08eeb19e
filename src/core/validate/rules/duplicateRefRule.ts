import type { Plan, PlanAction } from "../../plan/Plan.js";
import type { IssueSink } from "../IssueSink.js";

export function checkDuplicateRefs(plan: Plan, sink: IssueSink): void {
  const firstByRef = new Map<string, PlanAction>();
  const column = plan.columns.fields.ref;
  for (const action of plan.actions) {
    if (!action.ref) continue;
    const first = firstByRef.get(action.ref);
    if (!first) {
      firstByRef.set(action.ref, action);
      continue;
    }
    sink.add(
      "duplicate-ref",
      action.row,
      action.cells.ref?.column ?? column ?? plan.range.left,
      `Reference ${action.ref} is also used on row ${first.row}; reports and "As ${action.ref} above" cannot tell them apart.`,
      "Give each action its own reference, e.g. the next free number in the theme.",
    );
  }
}
