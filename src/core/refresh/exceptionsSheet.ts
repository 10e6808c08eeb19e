/**
 * Exceptions: the actions a committee asks about — overdue, slipped, not started — with ref, action,
 * lead, original and revised date, status, RAG and commentary (the list in seed 002 §4.8).
 *
 * Live (src/core/live/planRows.ts): each reason has a heading with a live count and rows for its
 * actions at the refresh plus spare rows; row j finds the j-th action with that reason with one MATCH,
 * and its cells read that plan row. An action that becomes overdue after the refresh appears; one that
 * is completed leaves the list. When a list outgrows its rows, the banner says the sheet is out of date.
 */
import { ragStyleMap } from "../rag/ragStyles.js";
import { SheetSpecBuilder, blank, committeePrintSetup, formula, text, ukDate, type CellSpec, type SheetSpec } from "../sheets/SheetSpec.js";
import { countedHeading, livePrintedColumn, liveTableRows, nextSlotFormula, type RowLink } from "../live/liveCells.js";
import { REASON_CODE } from "../live/planRows.js";
import { planExceptions, type PlanExceptions } from "../tables/ExceptionsModel.js";
import { EXCEPTION_COLUMNS } from "./actionCells.js";
import { mergedRowHeight, type CommitteeTable, type RefreshContext } from "./committeeSheet.js";
import { REPORT_TAB, STYLE, withReportStyles } from "./sheetStyles.js";

function renderPlan(b: SheetSpecBuilder, part: PlanExceptions, startRow: number, several: boolean, totalWidth: number): number {
  const width = EXCEPTION_COLUMNS.length;
  const workingColumn = width + 2;
  const { rows } = part;
  let row = startRow;
  const bar = (cell: CellSpec, value: string): void => {
    b.row(row, [cell, ...EXCEPTION_COLUMNS.slice(1).map(() => blank(STYLE.theme))]);
    b.merge({ top: row, left: 1, bottom: row, right: width });
    const height = mergedRowHeight(value, totalWidth);
    if (height !== undefined) b.rowHeight(row, height);
    row++;
  };
  if (several) bar(text(part.title, STYLE.theme), part.title);
  b.row(row++, [formula(rows.banner(), "", STYLE.stale)]);
  for (const group of part.groups) {
    const code = REASON_CODE[group.reason];
    bar(countedHeading(group.heading, `COUNTIF(${rows.range("reason")},${code})`, group.actions.length, STYLE.theme), `${group.heading} (${group.actions.length})`);
    liveTableRows(b, rows, {
      firstRow: row,
      columns: EXCEPTION_COLUMNS.map((column) => (link: RowLink) => livePrintedColumn(rows, link, column.kind)),
      linkColumn: workingColumn,
      findSlot: (previous) => nextSlotFormula(rows, "reason", code, previous),
      assessments: Array.from({ length: group.rows }, (_, j) => group.actions[j] ?? null),
    });
    row += group.rows;
  }
  return row;
}

export function buildExceptionsSheet(sheetName: string, tables: readonly CommitteeTable[], context: RefreshContext): SheetSpec {
  const width = EXCEPTION_COLUMNS.length;
  const totalWidth = EXCEPTION_COLUMNS.reduce((sum, column) => sum + column.width, 0);
  const b = withReportStyles(new SheetSpecBuilder(sheetName, "exceptions")).tabColor(REPORT_TAB);
  EXCEPTION_COLUMNS.forEach((column, i) => b.column(i + 1, { width: column.width }));
  b.column(width + 1, { width: 3 });
  b.row(2, [text("Exceptions: overdue, slipped and not started actions", STYLE.title)]);
  b.row(3, [text(`As at ${ukDate(context.asOf)}. The lists follow later edits to the plan; a plan changed beyond them says so in red.`, STYLE.subtitle)]);
  const HEADER_ROW = 4;
  b.row(HEADER_ROW, EXCEPTION_COLUMNS.map((column) => text(column.header, STYLE.header)));

  let row = HEADER_ROW + 1;
  const parts = tables.map((table) => planExceptions(table.rows));
  for (const part of parts) row = renderPlan(b, part, row, parts.length > 1, totalWidth);
  const total = parts.map((part) => `COUNTIF(${part.rows.range("reason")},">0")`).join("+");
  const listed = parts.reduce((sum, part) => sum + part.groups.reduce((n, g) => n + g.actions.length, 0), 0);
  b.row(row++, [formula(`IFERROR(IF(${total || "0"}=0,"No exceptions: every action is complete or on track.",""),"")`, listed === 0 ? "No exceptions: every action is complete or on track." : "", STYLE.subtitle)]);
  const lastRow = Math.max(row - 1, HEADER_ROW + 1);
  const ragColumn = EXCEPTION_COLUMNS.findIndex((column) => column.kind === "rag") + 1;
  b.ragFormats({ top: HEADER_ROW + 1, left: ragColumn, bottom: lastRow, right: ragColumn }, ragStyleMap());
  b.freeze(HEADER_ROW);
  b.print({
    ...committeePrintSetup({ asAt: context.asOf, titleRows: { first: HEADER_ROW, last: HEADER_ROW }, title: "Exceptions" }),
    printArea: { top: 2, left: 1, bottom: lastRow, right: width },
  });
  return b.build();
}
