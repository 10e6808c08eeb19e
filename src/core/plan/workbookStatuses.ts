/**
 * The workbook's status words, learned once per check: each plan's drop-down list on its status
 * column (statusList.ts), the words the settings give a RAG, and the everyday words the plans use
 * (learnVocabulary.ts). The result is the one vocabulary validation, the RAG and the live formulas
 * all read, so they agree on every word.
 */
import type { WorkbookGrid } from "../grid/SheetGrid.js";
import { excelTrim } from "../rag/excelText.js";
import type { StatusRag } from "../rag/ragRules.js";
import { learnVocabulary, type LearnedVocabulary } from "./learnVocabulary.js";
import type { Plan } from "./Plan.js";
import { isStatusList, statusListOf } from "./statusList.js";
import type { StatusVocabulary } from "./StatusVocabulary.js";

export interface WorkbookStatuses {
  /** The plans, each with the drop-down list of its status column when it has one. */
  readonly plans: Plan[];
  readonly learned: LearnedVocabulary;
  /** Lists that point somewhere we cannot read (INDIRECT, another workbook), by plan index. */
  readonly unreadLists: ReadonlyArray<{ readonly plan: Plan; readonly source: string }>;
}

export function readWorkbookStatuses(workbook: WorkbookGrid, plans: readonly Plan[], base: StatusVocabulary, taught: readonly StatusRag[]): WorkbookStatuses {
  const listed: string[] = [];
  const unreadLists: Array<{ plan: Plan; source: string }> = [];
  const withLists = plans.map((plan) => {
    const column = plan.columns.fields.status;
    const sheet = workbook.sheets.find((s) => s.name === plan.sheet);
    if (column === undefined || !sheet?.validations?.length) return plan;
    const list = statusListOf(workbook, sheet, column, (plan.headerRows[0] ?? plan.range.top) + 1, plan.range.bottom);
    if (list === null) return plan;
    if (!isStatusList(list)) {
      unreadLists.push({ plan, source: list.source });
      return plan;
    }
    listed.push(...list.words);
    return { ...plan, statusList: list };
  });
  const seen = new Set<string>();
  for (const plan of withLists) {
    if (plan.columns.fields.status === undefined) continue;
    for (const action of plan.actions) if (action.status) seen.add(excelTrim(action.status));
  }
  return { plans: withLists, learned: learnVocabulary({ base, taught, listed, seen }), unreadLists };
}
