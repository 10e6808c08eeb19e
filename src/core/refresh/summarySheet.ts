/**
 * The Summary: as-at date (the cell every RAG formula compares with), then for each plan
 * - status counts overall and by theme (the seed 002 table), live over the plan's status column;
 * - RAG by theme (the worse of status and dates), counted over the committee table's live RAG column;
 * - actions overdue against the original and against the revised date;
 * - actions whose status disagrees with the dates ("On track" but past due), counted live, listed;
 * - with a previous snapshot: counts then (values from the history) and now (formulas), the change,
 *   and the actions newly completed or newly slipped since.
 */
import { columnLetters } from "../grid/Address.js";
import type { SheetGrid } from "../grid/SheetGrid.js";
import { excelSerialFromIso } from "../parse/dates.js";
import type { RagRules } from "../rag/ragRules.js";
import { SCALE_VALUES } from "../rag/RagValue.js";
import { ragStyleMap } from "../rag/ragStyles.js";
import { SheetSpecBuilder, blank, committeePrintSetup, date, formula, num, text, ukDate, type CellSpec, type SheetSpec } from "../sheets/SheetSpec.js";
import { displayText, sourceFor } from "./actionCells.js";
import { committeeCell, committeeRange, mergedRowHeight, type CommitteeTable, type RefreshContext } from "./committeeSheet.js";
import type { PeriodComparison } from "./history.js";
import type { ActionAssessment } from "./planAnalysis.js";
import { REPORT_TAB, STYLE, withReportStyles } from "./sheetStyles.js";
import { rowCounts, runSpan, statusCountFormula, themeSpans, type StatusRow } from "./statusFormulas.js";

/** The as-at date lives in B3 of the Summary. */
export const SUMMARY_AS_AT = { row: 3, column: 2 } as const;

export function summaryAsAtRef(summaryName: string): string {
  return `'${summaryName.replace(/'/g, "''")}'!$${columnLetters(SUMMARY_AS_AT.column)}$${SUMMARY_AS_AT.row}`;
}

/** One plan's part of the summary. */
export interface SummaryPlan {
  readonly table: CommitteeTable;
  /** Empty when the plan has no status column. */
  readonly statusRows: readonly StatusRow[];
  readonly officerSheet: SheetGrid | undefined;
  readonly comparison: PeriodComparison | null;
}

const LABEL_WIDTH = 36;
const THEME_WIDTH = 13;
const MIN_COLUMNS = 6;
const THEME_LABEL_LENGTH = 48;
/**
 * A summary lists at most this many actions under a heading; the count above the list stays exact
 * and live. A plan where hundreds of actions are past due needs the Exceptions sheet, not a longer
 * summary.
 */
export const SUMMARY_LIST_LIMIT = 25;

function themeLabel(theme: string | null): string {
  const label = theme ?? "No theme";
  return label.length > THEME_LABEL_LENGTH ? `${label.slice(0, THEME_LABEL_LENGTH - 1)}…` : label;
}

class SummaryWriter {
  row = 6;
  constructor(
    readonly b: SheetSpecBuilder,
    readonly columns: number,
    readonly context: RefreshContext,
  ) {}

  heading(value: string, style: string = STYLE.heading): void {
    this.b.cell(this.row++, 1, text(value, style));
  }

  gap(rows = 1): void {
    this.row += rows;
  }

  /** A labelled count: label in A, formula in B. */
  countLine(label: string, source: string, expected: number): void {
    this.b.row(this.row++, [text(label, STYLE.label), formula(source, expected, STYLE.count)]);
  }

  /** A table of counts: header, one row per label (cells built by `cellsFor`), and a Total row of SUMs. */
  countTable(header: readonly string[], rows: ReadonlyArray<{ label: string; cells: CellSpec[]; expected: number[] }>, labelStyle: string = STYLE.label): Map<string, number> {
    const top = this.row;
    this.b.row(this.row++, header.map((h) => text(h, STYLE.header)));
    const rowByLabel = new Map<string, number>();
    for (const entry of rows) {
      rowByLabel.set(entry.label.toLowerCase(), this.row);
      this.b.row(this.row++, [text(entry.label, labelStyle), ...entry.cells]);
    }
    const totals = header.slice(1).map((_, i) => {
      const letter = columnLetters(i + 2);
      return formula(`SUM(${letter}${top + 1}:${letter}${this.row - 1})`, rows.reduce((sum, entry) => sum + (entry.expected[i] ?? 0), 0), STYLE.total);
    });
    rowByLabel.set("\u0000total", this.row);
    this.b.row(this.row++, [text("Total", STYLE.totalLabel), ...totals]);
    return rowByLabel;
  }

  /** A list of actions: Ref | Action (merged) | three more columns. */
  actionList(
    headers: readonly [string, string, string],
    all: ReadonlyArray<{ assessment: ActionAssessment; table: CommitteeTable; cells: () => [CellSpec, CellSpec, CellSpec] }>,
    seeAlso: string,
  ): void {
    const items = all.slice(0, SUMMARY_LIST_LIMIT);
    const last = this.columns;
    const actionRight = last - 3;
    const actionWidth = THEME_WIDTH * (actionRight - 1);
    const header: CellSpec[] = [text("Ref", STYLE.header), text("Action", STYLE.header)];
    for (let c = 3; c <= actionRight; c++) header.push(blank(STYLE.header));
    this.b.row(this.row, [...header, ...headers.map((h) => text(h, STYLE.header))]);
    if (actionRight > 2) this.b.merge({ top: this.row, left: 2, bottom: this.row, right: actionRight });
    this.row++;
    const firstItem = this.row;
    for (const item of items) {
      const { action } = item.assessment;
      const description = displayText(sourceFor(item.table.analysis.plan, action, "action"));
      const cells: CellSpec[] = [text(action.ref ?? `Row ${action.row}`, STYLE.text), text(description, STYLE.text)];
      for (let c = 3; c <= actionRight; c++) cells.push(blank(STYLE.text));
      this.b.row(this.row, [...cells, ...item.cells()]);
      if (actionRight > 2) this.b.merge({ top: this.row, left: 2, bottom: this.row, right: actionRight });
      const height = mergedRowHeight(description, actionWidth, false);
      if (height !== undefined) this.b.rowHeight(this.row, height);
      this.row++;
    }
    if (items.length > 0) this.b.ragFormats({ top: firstItem, left: last, bottom: this.row - 1, right: last }, ragStyleMap());
    if (all.length > items.length) this.b.cell(this.row++, 1, text(`… and ${all.length - items.length} more: see ${seeAlso}.`, STYLE.note));
  }
}

function statusOf(table: CommitteeTable, assessment: ActionAssessment): CellSpec {
  const row = table.rowOf.get(assessment.action.row) as number;
  return table.letters.status ? formula(committeeCell(table, table.letters.status, row), assessment.facts.status, STYLE.text) : blank(STYLE.text);
}

function ragOf(table: CommitteeTable, assessment: ActionAssessment): CellSpec {
  const row = table.rowOf.get(assessment.action.row) as number;
  return formula(committeeCell(table, table.letters.rag, row), assessment.rag, STYLE.rag);
}

function dueOf(table: CommitteeTable, assessment: ActionAssessment, rules: RagRules): CellSpec {
  const row = table.rowOf.get(assessment.action.row) as number;
  const letter = rules.date === "original" ? table.letters.originalDue : table.letters.currentDue;
  if (!letter) return blank(STYLE.date);
  return formula(committeeCell(table, letter, row), assessment.due === null ? "" : (excelSerialFromIso(assessment.due) as number), STYLE.date);
}

function writePlan(w: SummaryWriter, part: SummaryPlan, rules: RagRules): void {
  const { table } = part;
  const analysis = table.analysis;
  const { plan } = analysis;
  const themes = analysis.hasThemes ? analysis.themes : [];
  const themeHeaders = themes.map(themeLabel);
  const asAt = w.context.asAtRef;

  w.heading(plan.title ?? plan.sheet);
  w.b.cell(w.row++, 1, text(`Sheet "${plan.sheet}": ${analysis.actions.length} actions${themes.length > 0 ? ` in ${themes.length} themes` : ""}.`, STYLE.subtitle));
  w.gap();

  // Status counts, live over the plan's status column.
  let statusRowAt = new Map<string, number>();
  const totalColumn = columnLetters(themes.length + 2);
  if (part.statusRows.length > 0) {
    w.heading("Status counts", STYLE.caption);
    const overall = analysis.actions.length > 0 ? [runSpan(analysis.actions)] : [];
    const rows = part.statusRows.map((statusRow) => {
      const inTheme = themes.map((theme) => analysis.actions.filter((a) => a.action.theme === theme && rowCounts(statusRow, a)).length);
      const total = analysis.actions.filter((a) => rowCounts(statusRow, a)).length;
      // A live count, or the count itself when the status is too long to write in a formula.
      const count = (spans: ReadonlyArray<{ first: number; last: number }>, expected: number): CellSpec => {
        const live = statusCountFormula(statusRow, analysis, part.officerSheet as SheetGrid, spans);
        return live === null ? num(expected, STYLE.count) : formula(live, expected, STYLE.count);
      };
      const cells = [
        ...themes.map((theme, i) => count(themeSpans(analysis.runs, theme), inTheme[i] as number)),
        overall.length > 0 ? count(overall, total) : num(0, STYLE.count),
      ];
      return { label: statusRow.label, cells, expected: [...inTheme, total] };
    });
    statusRowAt = w.countTable(["Status", ...themeHeaders, "Total"], rows);
    w.gap();
  }

  // RAG, counted over the committee table's live RAG column.
  w.heading("RAG (the worse of the status and the dates)", STYLE.caption);
  const scale = SCALE_VALUES[rules.scale];
  const ragRows = scale.map((value) => {
    const inTheme = themes.map((theme) => analysis.actions.filter((a) => a.action.theme === theme && a.rag === value).length);
    const total = analysis.actions.filter((a) => a.rag === value).length;
    const countIn = (sections: ReadonlyArray<{ first: number; last: number }>): string =>
      sections.length === 0 ? "0" : sections.map((s) => `COUNTIFS(${committeeRange(table, table.letters.rag, s.first, s.last)},"${value}")`).join("+");
    const cells = [
      ...themes.map((theme, i) => formula(countIn(table.sections.filter((s) => s.theme === theme)), inTheme[i] as number, STYLE.count)),
      formula(countIn(analysis.actions.length > 0 ? [{ first: table.firstRow, last: table.lastRow }] : []), total, STYLE.count),
    ];
    return { label: value, cells, expected: [...inTheme, total] };
  });
  const ragAt = w.countTable(["RAG", ...themeHeaders, "Total"], ragRows, STYLE.rag);
  w.b.ragFormats({ top: (ragAt.get(scale[0]?.toLowerCase() ?? "") ?? 0), left: 1, bottom: (ragAt.get("\u0000total") ?? 1) - 1, right: 1 }, ragStyleMap(scale));
  w.gap();

  // Overdue, against each date.
  const { originalDue, currentDue, state } = table.letters;
  if (originalDue && analysis.actions.length > 0) {
    const overdue = (letter: string): string =>
      `SUMPRODUCT((${committeeRange(table, state)}<>"Complete")*ISNUMBER(${committeeRange(table, letter)})*(${committeeRange(table, letter)}<${asAt}))`;
    const hasRevised = plan.columns.fields.revisedTarget !== undefined;
    w.countLine(hasRevised ? "Overdue against the original target date" : "Overdue (target date passed, not complete)", overdue(originalDue), analysis.actions.filter((a) => a.overdueOriginal).length);
    if (hasRevised && currentDue) w.countLine("Overdue against the revised date (else the original)", overdue(currentDue), analysis.actions.filter((a) => a.overdueCurrent).length);
    w.gap();
  }

  // Declared status against the dates.
  if (table.letters.declared && analysis.actions.length > 0) {
    const rag = committeeRange(table, table.letters.rag);
    const declared = committeeRange(table, table.letters.declared);
    const mismatches = analysis.actions.filter((a) => a.mismatch);
    w.countLine('Status disagrees with the dates (e.g. "On track" but past due)', `SUMPRODUCT((${rag}="Red")*(${declared}<>"Red")*(${declared}<>""))`, mismatches.length);
    if (mismatches.length > 0) {
      w.actionList(
        ["Status", "Due", "RAG"],
        mismatches.map((assessment) => ({ assessment, table, cells: () => [statusOf(table, assessment), dueOf(table, assessment, rules), ragOf(table, assessment)] })),
        `the ${table.spec.name} sheet (RAG Red with a status that is not)`,
      );
    }
    w.gap();
  }

  if (part.comparison) writeComparison(w, part, statusRowAt, totalColumn);
  w.gap();
}

function writeComparison(w: SummaryWriter, part: SummaryPlan, statusRowAt: ReadonlyMap<string, number>, totalColumn: string): void {
  const { comparison, table } = part;
  if (!comparison) return;
  const when = ukDate(comparison.date);
  w.heading(`Since the snapshot of ${when}`, STYLE.caption);
  if (part.statusRows.length > 0) {
    const top = w.row;
    w.b.row(w.row++, [text("Status", STYLE.header), text(`Then (${when})`, STYLE.header), text(`Now (${ukDate(w.context.asOf)})`, STYLE.header), text("Change", STYLE.header)]);
    let thenTotal = 0;
    let nowTotal = 0;
    for (const statusRow of part.statusRows) {
      const at = statusRowAt.get(statusRow.label.toLowerCase()) as number;
      const then = comparison.counts.get(statusRow.label.toLowerCase()) ?? 0;
      const now = table.analysis.actions.filter((a) => rowCounts(statusRow, a)).length;
      thenTotal += then;
      nowTotal += now;
      w.b.row(w.row, [text(statusRow.label, STYLE.label), num(then, STYLE.count), formula(`${totalColumn}${at}`, now, STYLE.count), formula(`C${w.row}-B${w.row}`, now - then, STYLE.count)]);
      w.row++;
    }
    w.b.row(w.row, [
      text("Total", STYLE.totalLabel),
      formula(`SUM(B${top + 1}:B${w.row - 1})`, thenTotal, STYLE.total),
      formula(`SUM(C${top + 1}:C${w.row - 1})`, nowTotal, STYLE.total),
      formula(`C${w.row}-B${w.row}`, nowTotal - thenTotal, STYLE.total),
    ]);
    w.row++;
    w.gap();
  }
  for (const [label, items] of [
    [`Newly completed since ${when}`, comparison.newlyCompleted],
    [`Newly slipped since ${when}`, comparison.newlySlipped],
  ] as const) {
    w.b.row(w.row++, [text(label, STYLE.label), num(items.length, STYLE.count)]);
    if (items.length > 0) {
      w.actionList(
        ["Status then", "Status now", "RAG"],
        items.map(({ assessment, thenStatus }) => ({ assessment, table, cells: () => [text(thenStatus, STYLE.text), statusOf(table, assessment), ragOf(table, assessment)] })),
        `the ${table.spec.name} sheet`,
      );
    }
    w.gap();
  }
}

export function buildSummarySheet(sheetName: string, parts: readonly SummaryPlan[], rules: RagRules, context: RefreshContext): SheetSpec {
  const themeColumns = Math.max(0, ...parts.map((part) => (part.table.analysis.hasThemes ? part.table.analysis.themes.length : 0)));
  const columns = Math.max(MIN_COLUMNS, themeColumns + 2);
  const b = withReportStyles(new SheetSpecBuilder(sheetName, "summary")).tabColor(REPORT_TAB);
  b.column(1, { width: LABEL_WIDTH });
  for (let c = 2; c <= columns; c++) b.column(c, { width: THEME_WIDTH });

  const title = parts.length === 1 ? `Summary: ${parts[0]?.table.analysis.plan.title ?? parts[0]?.table.analysis.plan.sheet}` : "Plan Tracker summary";
  b.row(2, [text(title, STYLE.title)]);
  b.row(SUMMARY_AS_AT.row, [text("As at", STYLE.label), date(context.asOf, STYLE.date), text("Every RAG compares with this date: change it to see the position on another day.", STYLE.note)]);
  b.row(4, [text("Refreshed", STYLE.label), text(context.refreshedAt)]);
  b.row(5, [text("Counts and RAG are formulas over the plan: they update when a status or date is edited, with or without Plan Tracker.", STYLE.note)]);

  const w = new SummaryWriter(b, columns, context);
  w.gap();
  if (parts.length === 0) w.heading("No plan was found in this workbook, so there is nothing to summarise.", STYLE.subtitle);
  for (const part of parts) writePlan(w, part, rules);

  b.print({ ...committeePrintSetup({ asAt: context.asOf, title: "Summary" }), printArea: { top: 2, left: 1, bottom: Math.max(w.row - 1, 5), right: columns } });
  return b.build();
}
