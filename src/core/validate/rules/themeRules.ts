import type { Plan } from "../../plan/Plan.js";
import type { IssueSink } from "../IssueSink.js";

/**
 * A blank theme cell on a plan whose rows each name their theme. Such plans are often sorted by date
 * or lead, so the row above may belong to another theme: the reader leaves the theme empty rather
 * than guess, and the officer is told. (A theme written once at the top of each block is not flagged:
 * there the blanks below mean "same as above".)
 */
export function checkThemes(plan: Plan, sink: IssueSink): void {
  const column = plan.columns.fields.theme;
  if (column === undefined) return;
  for (const action of plan.actions) {
    if (!action.themeMissing) continue;
    sink.add(
      "theme-missing",
      action.row,
      column,
      "The theme is blank, while the other rows of this plan each name theirs; it is shown under \"No theme\" rather than taken from the row above, which may belong to another theme.",
      "Enter this action's theme.",
    );
  }
}
