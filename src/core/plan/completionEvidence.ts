/**
 * Completion and RAG written other ways than a status word: a "% complete" of 100%, a filled "Date
 * completed", and a status cell with no words but a red, amber or green fill. Read once per plan
 * after its rows are known, so the RAG and the report can use them.
 */
import { cellAddress } from "../grid/Address.js";
import type { SheetGrid } from "../grid/SheetGrid.js";
import { cellAt } from "../grid/SheetGrid.js";
import { parseTimescale } from "../parse/parseTimescale.js";
import { ragOfFill } from "../rag/fillRag.js";
import type { RagValue } from "../rag/RagValue.js";
import type { Plan, PlanAction } from "./Plan.js";
import type { SheetReader } from "./SheetReader.js";

export interface CompletionEvidence {
  readonly kind: "percentComplete" | "dateCompleted";
  /** The cell that says so, e.g. "H12". */
  readonly cell: string;
}

const NOT_DONE = /^(n\/?a|-+|–|—|tbc|tba|not yet|no|none|pending|ongoing|in progress|not (yet )?complete(d)?|open)$/i;
const DONE_WORDS = /^(yes|y|done|complete|completed|closed|achieved|✓|✔)$/i;

/** 100% as a number (1, 1.0 under a % format, 100) or as text ("100%", "100 %", "100"). */
export function isFullPercent(raw: unknown, numFmt: string | undefined): boolean {
  if (typeof raw === "number") {
    if (numFmt?.includes("%")) return raw >= 0.9995;
    return raw === 1 || raw >= 99.95;
  }
  if (typeof raw === "string") {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(raw);
    if (match) return Number(match[1]) >= 99.95;
    return DONE_WORDS.test(raw.trim());
  }
  return false;
}

/** A date (or "Yes"/"Done") in a "Date completed" cell; "n/a", "-", "TBC", "Not yet" are not. */
export function isFilledCompletion(raw: unknown): boolean {
  if (raw instanceof Date) return true;
  if (typeof raw === "number") return raw > 0;
  if (typeof raw !== "string") return false;
  const text = raw.trim();
  if (text === "" || NOT_DONE.test(text)) return false;
  if (DONE_WORDS.test(text)) return true;
  const read = parseTimescale(text);
  return read.kind === "completed" || (read.kind === "dated" && read.due !== null);
}

/**
 * The fill of a status cell read as a RAG, when it means one and is not simply the row's shading:
 * a fill the action's other cells share is banding, not a rating.
 */
export function statusFillRag(sheet: SheetGrid, row: number, statusColumn: number, otherColumns: readonly number[]): RagValue | null {
  const fill = cellAt(sheet, row, statusColumn)?.fill;
  if (fill === undefined) return null;
  const rag = ragOfFill(fill);
  if (rag === null) return null;
  if (otherColumns.some((column) => column !== statusColumn && cellAt(sheet, row, column)?.fill === fill)) return null;
  return rag;
}

/**
 * The plan with each action's completion evidence and fill-colour RAG. Untouched (the same object)
 * when the plan has no completion column and no coloured blank status cell, so large plans pay
 * nothing.
 */
export function withCompletionEvidence(plan: Plan, reader: SheetReader, completion: { readonly percent?: number; readonly dateCompleted?: number }): Plan {
  const statusColumn = plan.columns.fields.status;
  const otherColumns = [plan.columns.fields.action, plan.columns.fields.ref, plan.columns.fields.lead].filter((c): c is number => c !== undefined);
  let changed = false;
  const actions = plan.actions.map((action): PlanAction => {
    let completedBy: CompletionEvidence | undefined;
    if (completion.percent !== undefined) {
      const source = reader.source(action.row, completion.percent);
      if (source && isFullPercent(source.raw, source.numFmt)) completedBy = { kind: "percentComplete", cell: cellAddress(action.row, completion.percent) };
    }
    if (!completedBy && completion.dateCompleted !== undefined) {
      const source = reader.source(action.row, completion.dateCompleted);
      if (source && isFilledCompletion(source.raw)) completedBy = { kind: "dateCompleted", cell: cellAddress(action.row, completion.dateCompleted) };
    }
    const fillRag = statusColumn !== undefined && action.status === null ? statusFillRag(reader.sheet, action.row, statusColumn, otherColumns) : null;
    if (!completedBy && fillRag === null) return action;
    changed = true;
    return { ...action, ...(completedBy ? { completedBy } : {}), ...(fillRag !== null ? { fillRag } : {}) };
  });
  const hasCompletion = completion.percent !== undefined || completion.dateCompleted !== undefined;
  if (!changed && !hasCompletion) return plan;
  return { ...plan, actions: changed ? actions : plan.actions, ...(hasCompletion ? { completionColumns: { ...completion } } : {}) };
}
