/**
 * Everything the generated sheets say about a plan, computed once by the core: each action's state,
 * declared and date-driven RAG, due dates and exception flags. Every formula written into the
 * workbook carries the matching value from here as its `expected` result.
 */
import type { IsoDate } from "../parse/IsoDate.js";
import type { Plan, PlanAction } from "../plan/Plan.js";
import type { StatusLookup } from "../plan/StatusVocabulary.js";
import { actionFacts, isMismatch, ragContext, ragDue, ragFromFacts, type ActionFacts, type RagContext } from "../rag/computeRag.js";
import type { RagRules } from "../rag/ragRules.js";
import { isSlippedRag, type RagValue } from "../rag/RagValue.js";

export type ExceptionReason = "overdue" | "slipped" | "notStarted";

export interface ActionAssessment {
  readonly action: PlanAction;
  readonly facts: ActionFacts;
  /** The due date the RAG uses (per `rag.date`). */
  readonly due: IsoDate | null;
  readonly rag: RagValue;
  readonly overdueOriginal: boolean;
  readonly overdueCurrent: boolean;
  readonly mismatch: boolean;
  /** Status says slippage (Amber or worse) and the action is open. */
  readonly slipped: boolean;
  /** Why the action is on the exceptions list, or null. Overdue wins over slipped, slipped over not started. */
  readonly exception: ExceptionReason | null;
  /** Identifies the action across snapshots: its ref (with a count for repeated refs), else its row. */
  readonly key: string;
}

/** A run of consecutive actions with the same theme: themes are contiguous row blocks in a plan. */
export interface ThemeRun {
  readonly theme: string | null;
  readonly actions: readonly ActionAssessment[];
}

/**
 * Every action of one theme, in plan order. Plans sorted by date or lead interleave their themes, so
 * a theme can have several runs; tables group by theme, one section each.
 */
export interface ThemeGroup {
  readonly theme: string | null;
  readonly actions: readonly ActionAssessment[];
}

export interface PlanAnalysis {
  readonly plan: Plan;
  /** 1-based position among the plans on the same sheet. */
  readonly table: number;
  readonly context: RagContext;
  readonly actions: readonly ActionAssessment[];
  readonly runs: readonly ThemeRun[];
  /** One group per theme, in order of first appearance: what committee tables print as sections. */
  readonly groups: readonly ThemeGroup[];
  /** Distinct themes in order of first appearance (null for actions with none, when some have one). */
  readonly themes: ReadonlyArray<string | null>;
  readonly hasThemes: boolean;
}

function assess(action: PlanAction, context: RagContext, rules: RagRules, asOf: IsoDate, key: string): ActionAssessment {
  const facts = actionFacts(action, context);
  const due = ragDue(facts, rules);
  const rag = ragFromFacts({ ...facts, due }, rules, asOf);
  const open = facts.state !== "Complete";
  const overdue = open && due !== null && due < asOf;
  const slipped = facts.state === "Open" && isSlippedRag(facts.declared);
  return {
    action,
    facts,
    due,
    rag,
    overdueOriginal: open && facts.originalDue !== null && facts.originalDue < asOf,
    overdueCurrent: open && facts.currentDue !== null && facts.currentDue < asOf,
    mismatch: isMismatch(facts, rag),
    slipped,
    exception: overdue ? "overdue" : slipped ? "slipped" : facts.state === "Not started" ? "notStarted" : null,
    key,
  };
}

function keysFor(actions: readonly PlanAction[]): string[] {
  const seen = new Map<string, number>();
  return actions.map((action) => {
    if (!action.ref) return `row ${action.row}`;
    const n = (seen.get(action.ref) ?? 0) + 1;
    seen.set(action.ref, n);
    return n === 1 ? action.ref : `${action.ref} (${n})`;
  });
}

export function analysePlan(plan: Plan, table: number, statuses: StatusLookup, rules: RagRules, asOf: IsoDate): PlanAnalysis {
  const context = ragContext(plan, rules, statuses);
  const keys = keysFor(plan.actions);
  const actions = plan.actions.map((action, i) => assess(action, context, rules, asOf, keys[i] as string));
  const runs: Array<{ theme: string | null; actions: ActionAssessment[] }> = [];
  for (const assessment of actions) {
    const last = runs[runs.length - 1];
    if (last && last.theme === assessment.action.theme) last.actions.push(assessment);
    else runs.push({ theme: assessment.action.theme, actions: [assessment] });
  }
  const byTheme = new Map<string | null, ActionAssessment[]>();
  for (const assessment of actions) {
    const group = byTheme.get(assessment.action.theme);
    if (group) group.push(assessment);
    else byTheme.set(assessment.action.theme, [assessment]);
  }
  const groups: ThemeGroup[] = [...byTheme].map(([theme, members]) => ({ theme, actions: members }));
  const themes = groups.map((group) => group.theme);
  return { plan, table, context, actions, runs, groups, themes, hasThemes: themes.some((theme) => theme !== null) };
}

/** All plans, numbering the tables on each sheet. */
export function analysePlans(plans: readonly Plan[], statuses: StatusLookup, rules: RagRules, asOf: IsoDate): PlanAnalysis[] {
  const perSheet = new Map<string, number>();
  return plans.map((plan) => {
    const table = (perSheet.get(plan.sheet) ?? 0) + 1;
    perSheet.set(plan.sheet, table);
    return analysePlan(plan, table, statuses, rules, asOf);
  });
}
