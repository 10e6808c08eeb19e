/**
 * The date-driven RAG of an action (GUIDE §2), computed by the core. The same rules are written into
 * the workbook as formulas (ragFormula.ts); this is what those formulas must give, and the tests
 * check that LibreOffice agrees.
 *
 * 1. Complete (by its status, or a timescale saying "Completed" / "In place") → Blue (Green on scales
 *    without Blue).
 * 2. With a due date: past it → Red; not started → Grey; due within `amberDays` → Amber; else Green.
 * 3. No due date: what the status word stands for ("On track" → Green); Grey when there is no status
 *    or the word is unknown — no data.
 */
import type { IsoDate } from "../parse/IsoDate.js";
import { daysBetween } from "../parse/dates.js";
import { effectiveTarget, isComplete, resolveSeeOther } from "../plan/actionState.js";
import type { Plan, PlanAction } from "../plan/Plan.js";
import type { StatusLookup } from "../plan/StatusVocabulary.js";
import { trimmedCellText } from "./excelText.js";
import type { RagRules } from "./ragRules.js";
import { onScale, type RagValue } from "./RagValue.js";
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
  /** Complete because the text says so (timescale "Completed", or progress "Complete" in a plan with no status). */
  readonly completeByText: boolean;
  /** The RAG the status word stands for; null for none or an unknown word. */
  readonly declared: RagValue | null;
  /** The original target's due date (following "As 19 above"). */
  readonly originalDue: IsoDate | null;
  /** The revised date when there is one, else the original. */
  readonly currentDue: IsoDate | null;
}

export function actionFacts(action: PlanAction, context: RagContext): ActionFacts {
  const byTimescale = action.target?.kind === "completed" || action.target?.kind === "inPlace";
  const completeByText = byTimescale || (!context.hasStatus && isComplete(action, context.statuses, false));
  const status = context.hasStatus ? (trimmedCellText(action.cells.status?.raw) ?? "") : "";
  const reading = context.words.read(status);
  const originalDue = effectiveTarget(action, context.seeOther)?.due ?? null;
  return {
    status,
    state: completeByText ? "Complete" : reading.state,
    completeByText,
    declared: reading.declared,
    originalDue,
    currentDue: action.revisedTarget?.due ?? originalDue,
  };
}

/** The due date the RAG measures against, per `rules.date`. */
export function ragDue(facts: ActionFacts, rules: RagRules): IsoDate | null {
  return rules.date === "original" ? facts.originalDue : facts.currentDue;
}

/** The RAG from the facts — the rules at the top of this file. */
export function ragFromFacts(facts: Pick<ActionFacts, "state" | "declared"> & { readonly due: IsoDate | null }, rules: RagRules, asOf: IsoDate): RagValue {
  if (facts.state === "Complete") return onScale("Blue", rules.scale);
  if (facts.due !== null) {
    if (facts.due < asOf) return "Red";
    if (facts.state === "Not started") return "Grey";
    return daysBetween(asOf, facts.due) <= rules.amberDays ? "Amber" : "Green";
  }
  return facts.declared ?? "Grey";
}

/** The date-driven RAG of one action as at `asOf`. */
export function computeRag(action: PlanAction, rules: RagRules, asOf: IsoDate, context: RagContext): RagValue {
  const facts = actionFacts(action, context);
  return ragFromFacts({ ...facts, due: ragDue(facts, rules) }, rules, asOf);
}

/**
 * The officer's status disagrees with the dates: the dates say Red (past due, not complete) but the
 * status word does not ("On track" with a target that passed in July).
 */
export function isMismatch(facts: ActionFacts, rag: RagValue): boolean {
  return rag === "Red" && facts.state !== "Complete" && facts.declared !== null && facts.declared !== "Red";
}
