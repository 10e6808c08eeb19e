/**
 * Exceptions: the actions a committee asks about — overdue, slipped, not started — with ref, action,
 * lead, original and revised date, status, RAG and commentary (the list in seed 002 §4.8).
 *
 * Which actions are listed is decided at the refresh (Excel 2016 has no FILTER to do it live); their
 * status and RAG are live references to the committee table, so an edit after the refresh shows.
 */
import { SheetSpecBuilder, blank, committeePrintSetup, formula, text, ukDate, type CellSpec, type SheetSpec } from "../sheets/SheetSpec.js";
import { ragStyleMap } from "../rag/ragStyles.js";
import { EXCEPTION_COLUMNS, dateDisplayCell, textCell } from "./actionCells.js";
import { committeeCell, mergedRowHeight, type CommitteeTable, type RefreshContext } from "./committeeSheet.js";
import type { ActionAssessment, ExceptionReason } from "./planAnalysis.js";
import { REPORT_TAB, STYLE, withReportStyles } from "./sheetStyles.js";

const HEADER_ROW = 4;

const REASONS: ReadonlyArray<{ readonly reason: ExceptionReason; readonly heading: (count: number) => string }> = [
  { reason: "overdue", heading: (n) => `Overdue: past the due date and not complete (${n})` },
  { reason: "slipped", heading: (n) => `Slipped: the status reports slippage (${n})` },
  { reason: "notStarted", heading: (n) => `Not started (${n})` },
];

function rowCells(table: CommitteeTable, assessment: ActionAssessment): CellSpec[] {
  const { plan } = table.analysis;
  const { action } = assessment;
  const at = table.rowOf.get(action.row) as number;
  return EXCEPTION_COLUMNS.map((column) => {
    switch (column.kind) {
      case "original":
        return dateDisplayCell(plan, action.cells.target);
      case "revised":
        return dateDisplayCell(plan, action.cells.revisedTarget);
      case "status":
        return table.letters.status ? formula(committeeCell(table, table.letters.status, at), assessment.facts.status, STYLE.text) : blank(STYLE.text);
      case "rag":
        return formula(committeeCell(table, table.letters.rag, at), assessment.rag, STYLE.rag);
      default:
        return textCell(plan, action, column.kind);
    }
  });
}

export function buildExceptionsSheet(sheetName: string, tables: readonly CommitteeTable[], context: RefreshContext): SheetSpec {
  const width = EXCEPTION_COLUMNS.length;
  const totalWidth = EXCEPTION_COLUMNS.reduce((sum, column) => sum + column.width, 0);
  const b = withReportStyles(new SheetSpecBuilder(sheetName, "exceptions")).tabColor(REPORT_TAB);
  EXCEPTION_COLUMNS.forEach((column, i) => b.column(i + 1, { width: column.width }));
  b.row(2, [text("Exceptions: overdue, slipped and not started actions", STYLE.title)]);
  b.row(3, [text(`As at ${ukDate(context.asOf)}. Listed at the refresh on ${context.refreshedAt}; status and RAG follow later edits.`, STYLE.subtitle)]);
  b.row(HEADER_ROW, EXCEPTION_COLUMNS.map((column) => text(column.header, STYLE.header)));

  let row = HEADER_ROW + 1;
  const bar = (value: string): void => {
    b.row(row, [text(value, STYLE.theme), ...EXCEPTION_COLUMNS.slice(1).map(() => blank(STYLE.theme))]);
    b.merge({ top: row, left: 1, bottom: row, right: width });
    const height = mergedRowHeight(value, totalWidth);
    if (height !== undefined) b.rowHeight(row, height);
    row++;
  };
  let listed = 0;
  for (const table of tables) {
    const exceptions = table.analysis.actions.filter((a) => a.exception !== null);
    if (exceptions.length === 0) continue;
    if (tables.length > 1) bar(table.analysis.plan.title ?? table.analysis.plan.sheet);
    for (const { reason, heading } of REASONS) {
      const items = exceptions.filter((a) => a.exception === reason);
      if (items.length === 0) continue;
      bar(heading(items.length));
      for (const assessment of items) b.row(row++, rowCells(table, assessment));
      listed += items.length;
    }
  }
  if (listed === 0) b.row(row++, [text("No exceptions: every action is complete or on track.", STYLE.subtitle)]);
  const lastRow = Math.max(row - 1, HEADER_ROW + 1);
  const ragColumn = EXCEPTION_COLUMNS.findIndex((column) => column.kind === "rag") + 1;
  if (listed > 0) b.ragFormats({ top: HEADER_ROW + 1, left: ragColumn, bottom: lastRow, right: ragColumn }, ragStyleMap());
  b.freeze(HEADER_ROW);
  b.print({
    ...committeePrintSetup({ asAt: context.asOf, titleRows: { first: HEADER_ROW, last: HEADER_ROW }, title: "Exceptions" }),
    printArea: { top: 2, left: 1, bottom: lastRow, right: width },
  });
  return b.build();
}
