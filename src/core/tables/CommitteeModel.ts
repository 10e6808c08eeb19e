/**
 * The committee table as plain data, before any sheet or document is made of it: one section per
 * theme (in the order themes first appear in the plan), each with its actions in plan order, every
 * row linked to the plan cells it shows. The committee sheet renders it with live formulas; a
 * committee pack in Word can render the same model as a printed table.
 *
 * A section is given a few rows more than it has actions ({@link ThemeEntry.rows}) so actions added to
 * a theme after the refresh still appear; a row with no action is `action: null`.
 */
import type { Plan, PlanAction, SourceCell } from "../plan/Plan.js";
import type { RagValue } from "../rag/RagValue.js";
import type { ColumnKind, PrintedColumn } from "../refresh/actionCells.js";
import type { ActionAssessment } from "../refresh/planAnalysis.js";
import type { ThemeEntry } from "../live/planRows.js";

export interface CommitteeRow {
  /** 1-based position of the action within its theme, in plan order. */
  readonly position: number;
  /** The action in that position at the refresh; null for a spare row. */
  readonly action: ActionAssessment | null;
}

export interface CommitteeSection {
  readonly theme: ThemeEntry;
  /** The heading bar, or null when the plan has no themes (one untitled section). */
  readonly heading: string | null;
  readonly rows: readonly CommitteeRow[];
}

export interface CommitteeModel {
  readonly plan: Plan;
  readonly title: string;
  readonly columns: readonly PrintedColumn[];
  readonly sections: readonly CommitteeSection[];
}

/** The model from the plan's themes as the plan-rows sheet keys them. */
export function committeeModel(plan: Plan, columns: readonly PrintedColumn[], themes: readonly ThemeEntry[], hasThemes: boolean): CommitteeModel {
  return {
    plan,
    title: plan.title ?? plan.sheet,
    columns,
    sections: themes.map((theme) => ({
      theme,
      heading: hasThemes ? (theme.name ?? "No theme") : null,
      rows: Array.from({ length: theme.rows }, (_, i) => ({ position: i + 1, action: theme.actions[i] ?? null })),
    })),
  };
}

/** What a row of the model shows at the refresh, per column — for documents made without a spreadsheet. */
export interface CommitteeRowValues {
  readonly cells: Readonly<Partial<Record<ColumnKind, SourceCell | undefined>>>;
  readonly status: string;
  readonly rag: RagValue;
}

export function rowValues(action: PlanAction, assessment: ActionAssessment): CommitteeRowValues {
  return {
    cells: {
      ref: action.cells.ref,
      action: action.cells.action ?? action.cells.outcome ?? action.cells.recommendation,
      stage: action.cells.stage,
      serviceArea: action.cells.serviceArea,
      lead: action.cells.lead,
      original: action.cells.target,
      revised: action.cells.revisedTarget,
      progress: action.cells.progress,
    },
    status: assessment.facts.status,
    rag: assessment.rag,
  };
}
