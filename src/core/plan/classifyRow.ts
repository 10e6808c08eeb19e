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
  return columns.some((column) => {
    const formula = cellAt(reader.sheet, row, column)?.formula;
    if (!formula) return false;
    const match = VERTICAL_SUM.exec(formula);
    return match !== null && match[3] !== match[4];
  });
}

export function classifyRow(context: RowContext, row: number): RowKind {
  const { reader, mapping } = context;
  // Only the plan's own columns: a block beside it (a count table with its own "Total", a key) never changes what a row is.
  const filled = reader.filledColumns(row).filter((column) => column >= context.left && column <= context.right);
  if (filled.length === 0) return "blank";
  if (context.isRepeatedHeader(row)) return "header";

  const first = filled[0] as number;
  const label = reader.text(row, first);
  if (FOOTNOTE.test(label) && filled.length <= 2) return "footnote";

  const labelCells = filled.slice(0, 3).map((column) => reader.text(row, column));
  if (labelCells.some((text) => SUBTOTAL_LABEL.test(text))) return "subtotal";
  if (labelCells.some((text) => TOTAL_LABEL.test(text) && text.length < 80)) return "grandTotal";
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

  const hasEvidence = ACTION_EVIDENCE.some((field) => {
    const column = mapping.fields[field];
    return column !== undefined && reader.source(row, column) !== undefined;
  });
  const hasAmount = Object.values(mapping.benefitYears).some((column) => reader.source(row, column) !== undefined);
  if (!hasEvidence && !hasAmount) return "continuation";
  return "action";
}
