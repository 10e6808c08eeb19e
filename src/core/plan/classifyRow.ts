import { cellAt } from "../grid/SheetGrid.js";
import type { ColumnMapping, FieldKey } from "./Plan.js";
import type { SheetReader } from "./SheetReader.js";

export type RowKind =
  | "blank"
  | "header" //       the header repeated for a new block
  | "footnote" //     "* Proposed to be funded … not included in totals above"
  | "grandTotal" //   "Total Project Costs": ends the table
  | "subtotal" //     "Sub-total", or SUM formulas down a column: skipped, never counted
  | "section" //      a theme / programme row between blocks
  | "continuation" // text that belongs to the action above (a cell split across a page)
  | "action";

export interface RowContext {
  readonly reader: SheetReader;
  readonly mapping: ColumnMapping;
  readonly headerSignature: string;
  readonly left: number;
  readonly right: number;
  readonly isRepeatedHeader: (row: number) => boolean;
}

const FOOTNOTE = /^(\^?\{?\s*[•·]?\s*)?(\*{1,3}|†|‡)\s*\}?\s*\S|^(note|notes|source)\s*[:–-]/i;
const TOTAL_LABEL = /^(grand\s+)?totals?\b|\btotals?\s*$/i;
const SUBTOTAL_LABEL = /^sub[\s-]?totals?\b/i;
/** SUM(E4:E13): a sum down a column, the mark of a totals row even without a label. */
const VERTICAL_SUM = /\b(SUM|SUBTOTAL|AGGREGATE)\s*\([^)]*?\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?\2\$?(\d+)/i;

/** Fields whose presence makes a row an action rather than a note carried over from the row above. */
const ACTION_EVIDENCE: readonly FieldKey[] = ["action", "ref", "lead", "target", "revisedTarget", "status", "investment", "stage"];

function hasVerticalSum(reader: SheetReader, row: number, columns: readonly number[]): boolean {
  for (const column of columns) {
    const formula = cellAt(reader.sheet, row, column)?.formula;
    if (!formula) continue;
    const match = VERTICAL_SUM.exec(formula);
    if (match !== null && match[3] !== match[4]) return true;
  }
  return false;
}

/** The row's filled columns within the plan's: the reader's cached list itself when none lies outside (nearly every row). */
function filledWithin(context: RowContext, row: number): readonly number[] {
  const all = context.reader.filledColumns(row);
  for (const column of all) if (column < context.left || column > context.right) return all.filter((c) => c >= context.left && c <= context.right);
  return all;
}

/** Whether the text of any of the first three cells passes `test` (the label cells of a totals row). */
function someLabel(reader: SheetReader, row: number, filled: readonly number[], test: (text: string) => boolean): boolean {
  for (let i = 0; i < filled.length && i < 3; i++) if (test(reader.text(row, filled[i] as number))) return true;
  return false;
}

const isSubtotalLabel = (text: string): boolean => SUBTOTAL_LABEL.test(text);
const isTotalLabel = (text: string): boolean => TOTAL_LABEL.test(text) && text.length < 80;

/** What a row is. Called for every row of a plan, so it allocates nothing on the common path. */
export function classifyRow(context: RowContext, row: number): RowKind {
  const { reader, mapping } = context;
  // Only the plan's own columns: a block beside it (a count table with its own "Total", a key) never changes what a row is.
  const filled = filledWithin(context, row);
  if (filled.length === 0) return "blank";
  if (context.isRepeatedHeader(row)) return "header";

  const first = filled[0] as number;
  const label = reader.text(row, first);
  if (FOOTNOTE.test(label) && filled.length <= 2) return "footnote";

  if (someLabel(reader, row, filled, isSubtotalLabel)) return "subtotal";
  if (someLabel(reader, row, filled, isTotalLabel)) return "grandTotal";
  if (hasVerticalSum(reader, row, filled)) return "subtotal";

  if (filled.length === 1) {
    const merge = reader.mergeAt(row, first);
    const spansColumns = merge !== undefined && merge.right > merge.left;
    const atLeftEdge = first === context.left || first === mapping.fields.theme;
    const source = reader.source(row, first);
    if (source && typeof source.raw === "string" && (spansColumns || atLeftEdge) && source.text.length <= 250) {
      return "section";
    }
  }

  for (const field of ACTION_EVIDENCE) {
    const column = mapping.fields[field];
    if (column !== undefined && reader.source(row, column) !== undefined) return "action";
  }
  for (const year in mapping.benefitYears) if (reader.source(row, mapping.benefitYears[year] as number) !== undefined) return "action";
  return "continuation";
}
