import type { Plan } from "../plan/Plan.js";
import type { StatusLookup } from "../plan/StatusVocabulary.js";

/**
 * Actions per status, keyed by the council's own status words in vocabulary order; a status
 * outside the vocabulary is counted under the words written so nothing silently disappears.
 * Null when the plan has no status column.
 */
export function countStatuses(plan: Plan, statuses: StatusLookup): Record<string, number> | null {
  if (plan.columns.fields.status === undefined) return null;
  const counts = new Map<string, number>();
  // An unknown word is counted under its first spelling whatever the case ("Xyzzy", "xyzzy"), as the summary's formulas count it.
  const firstSpelling = new Map<string, string>();
  for (const action of plan.actions) {
    if (!action.status) continue;
    const known = statuses.canonical(action.status)?.name;
    let name = known;
    if (name === undefined) {
      const key = action.status.toLowerCase();
      name = firstSpelling.get(key) ?? action.status;
      firstSpelling.set(key, name);
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const order = new Map(statuses.names.map((name, index) => [name, index]));
  const sorted = [...counts].sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  return Object.fromEntries(sorted);
}
