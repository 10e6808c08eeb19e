/**
 * The optional calculated RAG column on the officer's own plan sheet: one formula per action row,
 * written inline over that row's own cells (relative row references), so it moves with its row when
 * the plan is sorted. Only the as-at date (Summary) and the dates read from text timescales (the
 * plan-rows sheet's table) are read from our sheets.
 *
 * A second refresh finds the column it added (by its header) and rewrites it in place, and does not
 * read it as the plan's own status column: "RAG (Plan Tracker)" would otherwise match the status
 * synonyms ("RAG"), and a plan with no status column would start reading our formulas as statuses.
 */
import { OWN_RAG_COLUMN_HEADER } from "../plan/headerSynonyms.js";
import type { ConditionalFormat, CellStyle } from "../sheets/SheetSpec.js";
import { cellText } from "../parse/cleanText.js";
import { isBlankValue } from "../grid/Cell.js";
import { cellAt, type SheetGrid } from "../grid/SheetGrid.js";
import type { FieldKey, Plan, PlanAction, SourceCell } from "../plan/Plan.js";
import { columnLetters } from "../grid/Address.js";
import { isOneOf, lookupValue, ragFormula, severityFromStatus } from "../rag/ragFormula.js";
import { dueFromCell, progressDoneFormula, type PlanRows } from "../live/planRows.js";
import { ROW_MARK, rowTemplate } from "../live/rowTemplate.js";
import { SCALE_VALUES } from "../rag/RagValue.js";
import { RAG_STYLES, ragStyleName } from "../rag/ragStyles.js";
import type { PlanAnalysis } from "./planAnalysis.js";

export const RAG_COLUMN_HEADER = OWN_RAG_COLUMN_HEADER;

export interface RagColumnSpec {
  readonly sheet: string;
  /** First column right of the plan that is empty on every plan row (or the one a previous refresh added). */
  readonly column: number;
  /** Written on each header row of the plan. */
  readonly header: string;
  readonly headerRows: readonly number[];
  readonly cells: ReadonlyArray<{ readonly row: number; readonly formula: string; readonly expected: string }>;
  /** RAG word → fill, over the column's action rows. Style names are keys of `styles`. */
  readonly conditionalFormats: ConditionalFormat[];
  /** The styles the conditional formats name ({@link RAG_STYLES}). */
  readonly styles: Readonly<Record<string, CellStyle>>;
}

function isOurHeader(sheet: SheetGrid, row: number, column: number): boolean {
  return cellText(cellAt(sheet, row, column)?.value ?? null).text.trim() === RAG_COLUMN_HEADER;
}

/** The column a previous refresh added to this plan, found by its header on the plan's first header row. */
export function ownRagColumn(plan: Plan, sheet: SheetGrid): number | undefined {
  const headerRow = plan.headerRows[0];
  if (headerRow === undefined) return undefined;
  const width = Math.max(sheet.columnCount, plan.range.right);
  for (let column = plan.range.left; column <= width; column++) if (isOurHeader(sheet, headerRow, column)) return column;
  return undefined;
}

/**
 * The plan as if our RAG column were not there: when the reader took it for the plan's status
 * column, the status is dropped (and the plan ends before it).
 */
export function withoutOwnRagColumn(plan: Plan, sheet: SheetGrid | undefined): Plan {
  const ours = sheet ? ownRagColumn(plan, sheet) : undefined;
  if (ours === undefined) return plan;
  const fields: Partial<Record<FieldKey, number>> = { ...plan.columns.fields };
  const tookStatus = fields.status === ours;
  if (tookStatus) delete fields.status;
  // The column was added right of the plan, so the plan ends before it.
  const right = Math.max(plan.range.left, Math.min(plan.range.right, ours - 1));
  const actions: PlanAction[] = tookStatus
    ? plan.actions.map((action) => {
        const cells: Partial<Record<FieldKey, SourceCell>> = { ...action.cells };
        delete cells.status;
        return { ...action, cells, status: null };
      })
    : [...plan.actions];
  return { ...plan, range: { ...plan.range, right }, columns: { ...plan.columns, fields }, actions };
}

function isFree(sheet: SheetGrid, column: number, top: number, bottom: number): boolean {
  for (let row = top; row <= bottom; row++) {
    const cell = cellAt(sheet, row, column);
    if (cell && !(isBlankValue(cell.value) && cell.formula === undefined)) return false;
  }
  return !sheet.merges.some((m) => m.left <= column && column <= m.right && m.top <= bottom && top <= m.bottom);
}

function chooseColumn(plan: Plan, sheet: SheetGrid): number {
  const existing = ownRagColumn(plan, sheet);
  if (existing !== undefined) return existing;
  // Every row the column is written on: header rows (a repeated header may follow the last action) and actions.
  const top = plan.headerRows[0] ?? plan.range.top;
  const bottom = Math.max(plan.range.bottom, ...plan.headerRows);
  let column = plan.range.right + 1;
  while (!isFree(sheet, column, top, bottom)) column++;
  return column;
}

/**
 * The row's RAG, over its own cells only (relative row references, so the formula moves with its row
 * when the plan is sorted). Dates given as text are looked up in the plan-rows sheet's table of dates
 * read at the refresh; text that table does not know shows "?" — the column's way of saying "refresh".
 */
function rowFormula(analysis: PlanAnalysis, rows: PlanRows, asAtRef: string, escape: boolean, row: number | string): string {
  const { plan, context } = analysis;
  const { rules, words, hasStatus } = context;
  const cell = (field: FieldKey): string => `$${columnLetters(plan.columns.fields[field] as number)}${row}`;
  const status = hasStatus ? lookupValue(`TRIM(${cell("status")})`, escape) : null;
  const f = plan.columns.fields;
  const target = f.target !== undefined ? dueFromCell(cell("target"), rows.datesTable, rows.datesKeys) : null;
  const revised = f.revisedTarget !== undefined ? dueFromCell(cell("revisedTarget"), rows.datesTable, rows.datesKeys) : null;
  let due: string | null = target?.due ?? null;
  if (target && revised && rules.date === "revised") due = `IF(ISNUMBER(${revised.due}),${revised.due},${target.due})`;
  const completeParts = [
    ...(target ? [target.complete] : []),
    ...(status ? [isOneOf(status, words.completeWords) ?? "FALSE"] : f.progress !== undefined ? [progressDoneFormula(cell("progress"))] : []),
  ];
  const rating = ragFormula(
    {
      complete: completeParts.length === 0 ? false : completeParts.length === 1 ? (completeParts[0] as string) : `OR(${completeParts.join(",")})`,
      notStarted: status ? (isOneOf(status, words.notStartedWords) ?? false) : false,
      due,
      statusSeverity: status ? severityFromStatus(status, words) : "0",
      asAt: asAtRef,
    },
    rules,
  );
  const unknown = [target?.unknown, rules.date === "revised" ? revised?.unknown : undefined].filter((x): x is string => x !== undefined);
  return `IFERROR(${unknown.length > 0 ? `IF(${unknown.join("+")}>0,"?",${rating})` : rating},"?")`;
}

/** Excel's last column (XFD). */
const LAST_COLUMN = 16_384;

/** The RAG column for a plan; null when no empty column is left right of the plan (it ends at XFD). */
export function buildRagColumn(analysis: PlanAnalysis, planRows: PlanRows, sheet: SheetGrid, asAtRef: string): RagColumnSpec | null {
  const { plan } = analysis;
  const column = chooseColumn(plan, sheet);
  if (column > LAST_COLUMN) return null;
  const rows = analysis.actions.map((a) => a.action.row);
  const range = { top: Math.min(...rows), left: column, bottom: Math.max(...rows), right: column };
  const escape = analysis.actions.some((a) => /[*?~]/.test(a.facts.status));
  // The formula differs between rows only in its row number: built once, then joined around each row.
  const formulaAt = rowTemplate(rowFormula(analysis, planRows, asAtRef, escape, ROW_MARK));
  return {
    sheet: plan.sheet,
    column,
    header: RAG_COLUMN_HEADER,
    headerRows: [...plan.headerRows],
    cells: analysis.actions.map((a) => ({ row: a.action.row, formula: formulaAt(a.action.row), expected: a.rag })),
    conditionalFormats: SCALE_VALUES[analysis.context.rules.scale].map((value) => ({ kind: "textEquals" as const, range, text: value, style: ragStyleName(value) })),
    styles: RAG_STYLES,
  };
}
