/**
 * The committee table: one sheet per plan, every action under its theme's heading, print-ready
 * (A4 landscape, one page wide, header row on every page, "As at" and "Page N of M" in the footer).
 *
 * Why one sheet per plan with a section per theme, rather than a sheet per theme: seed 002 has ten
 * themes of three to twelve actions — ten tabs would be ten print jobs and ten part-empty pages.
 * One sheet prints as one document, the header repeats on every page, and each theme starts with a
 * coloured heading bar, as in the committee papers the seeds come from.
 *
 * Live (see src/core/live/planRows.ts): each section is given its theme's actions plus a few spare
 * rows; row j of theme k finds "the j-th action of theme k" on the plan-rows sheet with one MATCH
 * (working columns right of the print area hold the slot and the plan row), and every printed cell
 * of the row reads that one plan row. So the table follows sorts, inserts, deletions and appended
 * actions; when a theme outgrows its rows, a live banner under the title says the sheet is out of date.
 */
import { columnLetters, type CellRange } from "../grid/Address.js";
import type { SheetGrid } from "../grid/SheetGrid.js";
import type { IsoDate } from "../parse/IsoDate.js";
import { SCALE_VALUES } from "../rag/RagValue.js";
import { ragStyleMap } from "../rag/ragStyles.js";
import { SheetSpecBuilder, blank, committeePrintSetup, formula, text, ukDate, wrappedLineCount, type SheetSpec } from "../sheets/SheetSpec.js";
import { livePrintedColumn, liveTableRows, nextSlotFormula, type RowLink } from "../live/liveCells.js";
import type { PlanRows } from "../live/planRows.js";
import { committeeModel, type CommitteeModel } from "../tables/CommitteeModel.js";
import { committeeColumns, type ColumnKind } from "./actionCells.js";
import type { PlanAnalysis } from "./planAnalysis.js";
import { REPORT_TAB, STYLE, withReportStyles } from "./sheetStyles.js";

export const COMMITTEE_HEADER_ROW = 5;
export const COMMITTEE_FIRST_ROW = 6;
/** The live out-of-date banner. */
export const COMMITTEE_BANNER_ROW = 4;

export interface RefreshContext {
  readonly asOf: IsoDate;
  readonly refreshedAt: string;
  /** Absolute reference to the Summary's as-at cell, which every RAG formula compares with. */
  readonly asAtRef: string;
}

/** A committee sheet and the model it renders. */
export interface CommitteeTable {
  readonly spec: SheetSpec;
  readonly analysis: PlanAnalysis;
  readonly model: CommitteeModel;
  readonly rows: PlanRows;
}

/** Height of a merged, wrapped heading across `width` characters. */
export function mergedRowHeight(value: string, width: number, bold = true): number | undefined {
  const lines = wrappedLineCount(value, width, bold ? 0.97 : 0.9);
  return lines <= 1 ? undefined : Math.min(409, Math.ceil(lines * 15 + 2));
}

export function buildCommitteeSheet(rows: PlanRows, sheetName: string, officerSheet: SheetGrid | undefined, context: RefreshContext): CommitteeTable {
  const { analysis } = rows;
  const { plan, context: rag } = analysis;
  const rules = rag.rules;
  const model = committeeModel(plan, committeeColumns(plan, officerSheet), rows.themes, analysis.hasThemes);
  const printed = model.columns;
  const printedWidth = printed.reduce((sum, column) => sum + column.width, 0);
  const workingColumn = printed.length + 2;

  const b = withReportStyles(new SheetSpecBuilder(sheetName, "committee")).tabColor(REPORT_TAB);
  printed.forEach((column, i) => b.column(i + 1, { width: column.width }));
  b.column(printed.length + 1, { width: 3 });
  b.column(workingColumn, { width: 9 });
  b.column(workingColumn + 1, { width: 9 });

  b.row(2, [text(model.title, STYLE.title)]);
  b.row(3, [
    text(
      `As at ${ukDate(context.asOf)}. RAG: ${SCALE_VALUES[rules.scale].includes("Blue") ? "Blue = complete; otherwise " : ""}the worse of what the status says and what the dates say (Red = past due, Amber = due within ${rules.amberDays} days); Grey = not started or no data.`,
      STYLE.subtitle,
    ),
  ]);
  b.row(COMMITTEE_BANNER_ROW, [formula(rows.banner(), "", STYLE.stale)]);
  b.cell(COMMITTEE_HEADER_ROW - 1, workingColumn, text("Where each row reads the plan (not printed).", STYLE.note));
  b.row(COMMITTEE_HEADER_ROW, printed.map((column) => text(column.header, STYLE.header)));
  b.cell(COMMITTEE_HEADER_ROW, workingColumn, text("Slot", STYLE.workingHeader));
  b.cell(COMMITTEE_HEADER_ROW, workingColumn + 1, text("Plan row", STYLE.workingHeader));

  let row = COMMITTEE_FIRST_ROW;
  for (const section of model.sections) {
    if (section.heading !== null) {
      b.row(row, [text(section.heading, STYLE.theme), ...printed.slice(1).map(() => blank(STYLE.theme))]);
      if (printed.length > 1) b.merge({ top: row, left: 1, bottom: row, right: printed.length });
      const height = mergedRowHeight(section.heading, printedWidth);
      if (height !== undefined) b.rowHeight(row, height);
      row++;
    }
    liveTableRows(b, rows, {
      firstRow: row,
      columns: printed.map((column) => (link: RowLink) => livePrintedColumn(rows, link, column.kind)),
      linkColumn: workingColumn,
      findSlot: (previous) => nextSlotFormula(rows, "themeIndex", section.theme.index, previous),
      assessments: section.rows.map((item) => item.action),
    });
    row += section.rows.length;
  }
  const lastRow = Math.max(row - 1, COMMITTEE_FIRST_ROW);

  const ragColumn = printed.findIndex((c) => c.kind === "rag") + 1;
  const ragRange: CellRange = { top: COMMITTEE_FIRST_ROW, left: ragColumn, bottom: lastRow, right: ragColumn };
  b.ragFormats(ragRange, ragStyleMap());
  b.freeze(COMMITTEE_HEADER_ROW);
  const title = model.title;
  b.print({
    ...committeePrintSetup({ asAt: context.asOf, titleRows: { first: COMMITTEE_HEADER_ROW, last: COMMITTEE_HEADER_ROW }, title: title.length > 80 ? `${title.slice(0, 79)}…` : title }),
    printArea: { top: 2, left: 1, bottom: lastRow, right: printed.length },
  });
  return { spec: b.build(), analysis, model, rows };
}

/** Column letter of a printed column kind on a committee sheet, if printed. */
export function committeeLetter(table: CommitteeTable, kind: ColumnKind): string | undefined {
  const index = table.model.columns.findIndex((c) => c.kind === kind);
  return index < 0 ? undefined : columnLetters(index + 1);
}
