/**
 * The RAG of an action, computed by the core. The same rules are written into the workbook as
 * formulas (ragFormula.ts); this is what those formulas must give, and the tests check that
 * LibreOffice agrees.
 *
 * 1. Complete (by its status, or a timescale saying "Completed" / "In place") → Blue (Green on scales
 *    without Blue).
 * 2. Otherwise the worse of what the dates say and what the status word stands for. The dates say
 *    Red once the due date has passed, Amber when it is within `amberDays`, else Green — nothing
 *    for an action not yet started and not yet due. So "Some slippage" stays Amber however far off
 *    the revised date is, and "On track" past due is Red: a committee never sees a rating rosier
 *    than the officer's own, nor one that ignores the dates.
 * 3. Neither says anything (no date, no status or an unknown word, or not started and not yet
 *    due) → Grey: not started or no data.
 */
import type { IsoDate } from "../parse/IsoDate.js";
import { daysBetween } from "../parse/dates.js";
import { effectiveTarget, isComplete, resolveSeeOther } from "../plan/actionState.js";
import type { Plan, PlanAction } from "../plan/Plan.js";
import type { StatusLookup } from "../plan/StatusVocabulary.js";
import { trimmedCellText } from "./excelText.js";
import type { RagRules } from "./ragRules.js";
import { SEVERITY_ORDER, onScale, severityOf, type RagValue } from "./RagValue.js";
import { statusWords, type ActionState, type StatusWords } from "./statusWords.js";

/** What the rules need to know about one plan, worked out once. */
export interface RagContext {
  readonly rules: RagRules;
  readonly words: StatusWords;
  readonly hasStatus: boolean;
  readonly statuses: StatusLookup;
  readonly seeOther: Map<number, PlanAction | null>;
}

export function ragContext(plan: Plan, rules: RagRules, statuses: StatusLookup): RagContext {
  const hasStatus = plan.columns.fields.status !== undefined;
  const seen = new Set<string>();
  if (hasStatus) {
    for (const action of plan.actions) {
      const status = trimmedCellText(action.cells.status?.raw);
      if (status) seen.add(status);
    }
  }
  return { rules, words: statusWords(rules, statuses, seen), hasStatus, statuses, seeOther: resolveSeeOther(plan) };
}

/** The facts the RAG is computed from. */
export interface ActionFacts {
  /** The status as `TRIM(cell)` gives it ("" when blank or there is no status column). */
  readonly status: string;
  readonly state: ActionState;
  /**
   * Complete because something other than the status word says so: the timescale ("Completed"),
   * progress "Complete" in a plan with no status, a 100% "% complete" or a filled "Date completed".
   * The live formulas take this as a constant.
   */
  readonly completeByText: boolean;
  /** The status cell holds no words and its fill colour gave the declared RAG; the live formulas take it as a constant. */
  readonly declaredFromFill: boolean;
  /** The RAG the status word stands for; null for none or an unknown word. */
  readonly declared: RagValue | null;
  /** The original target's due date (following "As 19 above"). */
  readonly originalDue: IsoDate | null;
  /** The revised date when there is one, else the original. */
  readonly currentDue: IsoDate | null;
}

export function actionFacts(action: PlanAction, context: RagContext): ActionFacts {
  const byTimescale = action.target?.kind === "completed" || action.target?.kind === "inPlace";
  const completeByText = byTimescale || action.completedBy !== undefined || (!context.hasStatus && isComplete(action, context.statuses, false));
  const status = context.hasStatus ? (trimmedCellText(action.cells.status?.raw) ?? "") : "";
  const fill = status === "" && context.hasStatus ? action.fillRag : undefined;
  const reading = fill ? fillReading(fill, context.rules) : context.words.read(status);
  const originalDue = effectiveTarget(action, context.seeOther)?.due ?? null;
  return {
    status,
    state: completeByText ? "Complete" : reading.state,
    completeByText,
    declaredFromFill: fill !== undefined,
    declared: reading.declared,
    originalDue,
    currentDue: action.revisedTarget?.due ?? originalDue,
  };
}

/** A RAG colour read from a cell's fill: Blue is complete, Grey not started, the rest open. */
function fillReading(fill: RagValue, rules: RagRules): { state: ActionState; declared: RagValue | null } {
  const state: ActionState = fill === "Blue" ? "Complete" : fill === "Grey" ? "Not started" : "Open";
  return { state, declared: onScale(fill, rules.scale) };
}

/** The due date the RAG measures against, per `rules.date`. */
export function ragDue(facts: ActionFacts, rules: RagRules): IsoDate | null {
  return rules.date === "original" ? facts.originalDue : facts.currentDue;
}

/**
 * The RAG from the facts — the rules at the top of this file. The dates give a severity (past due 5,
 * due soon 3, otherwise 1; none for a not-started action that is not yet due, or no date), the status
 * word gives its own, and the more severe wins; with neither, Grey.
 */
export function ragFromFacts(facts: Pick<ActionFacts, "state" | "declared"> & { readonly due: IsoDate | null }, rules: RagRules, asOf: IsoDate): RagValue {
  if (facts.state === "Complete") return onScale("Blue", rules.scale);
  let dateSeverity = 0;
  if (facts.due !== null) {
    if (facts.due < asOf) dateSeverity = severityOf("Red");
    else if (facts.state !== "Not started") dateSeverity = severityOf(daysBetween(asOf, facts.due) <= rules.amberDays ? "Amber" : "Green");
  }
  return SEVERITY_ORDER[Math.max(dateSeverity, severityOf(facts.declared))] as RagValue;
}

/** The date-driven RAG of one action as at `asOf`. */
export function computeRag(action: PlanAction, rules: RagRules, asOf: IsoDate, context: RagContext): RagValue {
  const facts = actionFacts(action, context);
  return ragFromFacts({ ...facts, due: ragDue(facts, rules) }, rules, asOf);
}

/**
 * The officer's status disagrees with the dates: the RAG is Red but the status word is not — so the
 * Red comes from a due date that has passed ("On track" with a target that passed in July).
 */
export function isMismatch(facts: ActionFacts, rag: RagValue): boolean {
  return rag === "Red" && facts.state !== "Complete" && facts.declared !== null && facts.declared !== "Red";
}
