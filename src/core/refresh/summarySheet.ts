/**
 * The Summary: as-at date (the cell every RAG formula compares with), then for each plan
 * - status counts overall and by theme (the seed 002 table), live over the plan's status column;
 * - RAG by theme (the worse of status and dates), counted over the committee table's live RAG column,
 *   and drawn below it as stacked bars reading those counts (see {@link ragByThemeChart});
 * - actions overdue against the original and against the revised date;
 * - actions whose status disagrees with the dates ("On track" but past due), counted live, listed;
 * - with a previous snapshot: counts then (values from the history) and now (formulas), the change,
 *   and the actions newly completed or newly slipped since.
 */
import { columnLetters } from "../grid/Address.js";
import { excelSerialFromIso } from "../parse/dates.js";
import type { RagRules } from "../rag/ragRules.js";
import { SCALE_VALUES } from "../rag/RagValue.js";
import { ragColours, ragStyleMap } from "../rag/ragStyles.js";
import type { RagValue } from "../rag/RagValue.js";
import { SheetSpecBuilder, blank, type ChartSpec, committeePrintSetup, date, formula, num, text, ukDate, type CellSpec, type SheetSpec } from "../sheets/SheetSpec.js";
import { liveStatusCell, liveTextCell, nextSlotFormula, rowLink, rowLinkCells, slotValueFormula } from "../live/liveCells.js";
import { THEME_KEY_FACTOR, type PlanRows, type SlotColumn } from "../live/planRows.js";
import { excelString } from "../rag/excelText.js";
import { displayText, sourceFor } from "./actionCells.js";
import { mergedRowHeight, type CommitteeTable, type RefreshContext } from "./committeeSheet.js";
import type { PeriodComparison } from "./history.js";
import type { ActionAssessment } from "./planAnalysis.js";
import { REPORT_TAB, STYLE, withReportStyles } from "./sheetStyles.js";
import { rowCounts, type StatusRow } from "./statusFormulas.js";

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

function themeLabel(theme: string | null | undefined): string {
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
  countTable(header: readonly CellSpec[], rows: ReadonlyArray<{ label: string; cells: CellSpec[]; expected: number[] }>, labelStyle: string = STYLE.label): Map<string, number> {
    const top = this.row;
    this.b.row(this.row++, [...header]);
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

  /**
   * A live list of the actions whose status disagrees with their dates: row j finds the j-th such
   * slot with one MATCH, and its cells read that one plan row. `rowsGiven` rows, then "… and N more".
   */
  liveActionList(rows: PlanRows, rowsGiven: number, atRefresh: readonly ActionAssessment[], count: string, seeAlso: string, rules: RagRules): void {
    const last = this.columns;
    const actionRight = last - 3;
    const actionWidth = THEME_WIDTH * (actionRight - 1);
    const { plan } = rows.analysis;
    const f = plan.columns.fields;
    const description = f.action ?? f.outcome ?? f.recommendation;
    const header: CellSpec[] = [text("Ref", STYLE.header), text("Action", STYLE.header)];
    for (let c = 3; c <= actionRight; c++) header.push(blank(STYLE.header));
    this.b.row(this.row, [...header, text("Status", STYLE.header), text("Due", STYLE.header), text("RAG", STYLE.header)]);
    if (actionRight > 2) this.b.merge({ top: this.row, left: 2, bottom: this.row, right: actionRight });
    this.row++;
    const firstItem = this.row;
    const working = last + 2;
    this.b.column(working, { width: 6 });
    this.b.column(working + 1, { width: 6 });
    let previous: string | null = null;
    for (let j = 0; j < rowsGiven; j++) {
      const a = atRefresh[j] ?? null;
      const action = a?.action ?? null;
      const link = rowLink(working, this.row);
      const dueColumn = rules.date === "original" ? "originalDue" : "currentDue";
      const cells: CellSpec[] = [
        f.ref !== undefined ? liveTextCell(rows, link, f.ref, "ref", action) : blank(STYLE.text),
        liveTextCell(rows, link, description, "action", action),
      ];
      for (let c = 3; c <= actionRight; c++) cells.push(blank(STYLE.text));
      const due = a === null ? "" : rules.date === "original" ? a.facts.originalDue : a.facts.currentDue;
      cells.push(
        liveStatusCell(rows, link, f.status, a),
        formula(slotValueFormula(rows, link, dueColumn), due === "" || due === null ? "" : (excelSerialFromIso(due) as number), STYLE.date),
        formula(slotValueFormula(rows, link, "rag"), a?.rag ?? "", STYLE.rag),
      );
      this.b.row(this.row, cells);
      if (actionRight > 2) this.b.merge({ top: this.row, left: 2, bottom: this.row, right: actionRight });
      const text0 = action ? displayText(sourceFor(plan, action, "action")) : "";
      const height = mergedRowHeight(text0, actionWidth, false);
      if (height !== undefined) this.b.rowHeight(this.row, height);
      this.b.row(this.row, rowLinkCells(rows, link, nextSlotFormula(rows, "mismatch", 1, previous), action), { firstColumn: working });
      previous = link.position;
      this.row++;
    }
    if (rowsGiven > 0) this.b.ragFormats({ top: firstItem, left: last, bottom: this.row - 1, right: last }, ragStyleMap());
    const more = atRefresh.length - rowsGiven;
    this.b.cell(
      this.row++,
      1,
      formula(`IFERROR(IF(${count}>${rowsGiven},"… and "&(${count}-${rowsGiven})&" more: see ${seeAlso.replace(/"/g, '""')}.",""),"")`, more > 0 ? `… and ${more} more: see ${seeAlso}.` : "", STYLE.note),
    );
  }
}

/**
 * A live count over the plan-rows sheet: one criterion, on a slot column that is blank or 0 on every
 * slot that is not an action (so no "is an action" criterion is needed).
 */
function countOf(rows: PlanRows, column: SlotColumn, value: string): string {
  return `IFERROR(COUNTIF(${rows.range(column)},${value}),0)`;
}

/**
 * Actions not complete whose due date (original, or current: revised else original) is before the
 * as-at date. Two criteria in one cell, rather than a 0/1 column of 7,500 slot formulas read by one
 * count each (about 4 µs a formula cell in LibreOffice). The due columns are blank off actions.
 */
function overdueCount(rows: PlanRows, due: "originalDue" | "currentDue", asAt: string): string {
  return `IFERROR(COUNTIFS(${rows.range(due)},"<"&${asAt},${rows.range("state")},"<>Complete"),0)`;
}

/** A count of one theme's actions with a status row (or RAG number), through the slots' combined key. */
function themeCountOf(rows: PlanRows, column: "themeStatus" | "themeRag", theme: string, value: number): string {
  return countOf(rows, column, `${theme}*${THEME_KEY_FACTOR}+${value}`);
}

/** A theme's column header, live: the theme that is n-th in the plan now (themes follow a sort). */
function themeHeader(rows: PlanRows, n: number, expected: string): CellSpec {
  const name = rows.themeNameAtOrder(n);
  return formula(`IFERROR(IF(LEN(${name})>${THEME_LABEL_LENGTH},LEFT(${name},${THEME_LABEL_LENGTH - 1})&"…",${name}),"")`, expected, STYLE.header);
}

function writePlan(w: SummaryWriter, part: SummaryPlan, rules: RagRules): void {
  const { table } = part;
  const { rows } = table;
  const analysis = table.analysis;
  const { plan } = analysis;
  const themes = analysis.hasThemes ? rows.themes : [];

  w.heading(plan.title ?? plan.sheet);
  const actionCount = `COUNTIF(${rows.range("action")},1)`;
  const themeCount = `COUNTIF(${rows.themeCountRange},">0")`;
  w.b.cell(
    w.row++,
    1,
    formula(
      themes.length > 0 ? `IFERROR(${actionCount}&" actions in "&${themeCount}&" themes.","")` : `IFERROR(${actionCount}&" actions.","")`,
      themes.length > 0 ? `${analysis.actions.length} actions in ${themes.length} themes.` : `${analysis.actions.length} actions.`,
      STYLE.subtitle,
    ),
  );
  w.b.cell(w.row++, 1, formula(rows.banner(), "", STYLE.stale));

  // Themes across, in the order they now appear in the plan; the n-th column always shows the n-th theme.
  const themeHeaders = themes.map((theme, i) => themeHeader(rows, i + 1, themeLabel(theme.name)));
  const atOrder = (i: number): string => rows.themeAtOrder(i + 1);

  let statusRowAt = new Map<string, number>();
  const totalColumn = columnLetters(themes.length + 2);
  if (part.statusRows.length > 0) {
    w.heading("Status counts", STYLE.caption);
    const countRows = part.statusRows.map((statusRow, s) => {
      const inTheme = themes.map((theme) => theme.actions.filter((a) => rowCounts(statusRow, a)).length);
      const total = analysis.actions.filter((a) => rowCounts(statusRow, a)).length;
      const cells = [
        ...themes.map((_, i) => formula(themeCountOf(rows, "themeStatus", atOrder(i), s + 1), inTheme[i] as number, STYLE.count)),
        formula(countOf(rows, "statusRow", String(s + 1)), total, STYLE.count),
      ];
      return { label: statusRow.label, cells, expected: [...inTheme, total] };
    });
    statusRowAt = w.countTable([text("Status", STYLE.header), ...themeHeaders, text("Total", STYLE.header)], countRows);
    w.gap();
  }

  w.heading("RAG (the worse of the status and the dates)", STYLE.caption);
  const scale = SCALE_VALUES[rules.scale];
  const ragRows = scale.map((value, r) => {
    const inTheme = themes.map((theme) => theme.actions.filter((a) => a.rag === value).length);
    const total = analysis.actions.filter((a) => a.rag === value).length;
    const cells = [
      ...themes.map((_, i) => formula(themeCountOf(rows, "themeRag", atOrder(i), r + 1), inTheme[i] as number, STYLE.count)),
      formula(countOf(rows, "rag", excelString(value)), total, STYLE.count),
    ];
    return { label: value, cells, expected: [...inTheme, total] };
  });
  const ragAt = w.countTable([text("RAG", STYLE.header), ...themeHeaders, text("Total", STYLE.header)], ragRows, STYLE.rag);
  w.b.ragFormats({ top: ragAt.get(scale[0]?.toLowerCase() ?? "") ?? 0, left: 1, bottom: (ragAt.get("\u0000total") ?? 1) - 1, right: 1 }, ragStyleMap(scale));
  w.gap();
  const chart = ragByThemeChart({
    headerRow: (ragAt.get(scale[0]?.toLowerCase() ?? "") ?? 1) - 1,
    rowOf: (value) => ragAt.get(value.toLowerCase()) as number,
    scale,
    themes: themes.map((theme) => ({ label: themeLabel(theme.name), counts: scale.map((value) => theme.actions.filter((a) => a.rag === value).length) })),
    totals: scale.map((value) => analysis.actions.filter((a) => a.rag === value).length),
    top: w.row,
    right: w.columns,
    refreshedOn: ukDate(w.context.asOf),
  });
  w.b.chart(chart);
  w.row = chart.anchor.bottom + 2;

  if (plan.columns.fields.target !== undefined) {
    const hasRevised = plan.columns.fields.revisedTarget !== undefined;
    w.countLine(hasRevised ? "Overdue against the original target date" : "Overdue (target date passed, not complete)", overdueCount(rows, "originalDue", w.context.asAtRef), analysis.actions.filter((a) => a.overdueOriginal).length);
    if (hasRevised) w.countLine("Overdue against the revised date (else the original)", overdueCount(rows, "currentDue", w.context.asAtRef), analysis.actions.filter((a) => a.overdueCurrent).length);
    w.gap();
  }

  if (analysis.context.hasStatus) {
    const mismatches = analysis.actions.filter((a) => a.mismatch);
    const count = countOf(rows, "mismatch", "1");
    w.countLine('Status disagrees with the dates (e.g. "On track" but past due)', count, mismatches.length);
    w.liveActionList(
      rows,
      Math.min(SUMMARY_LIST_LIMIT, rows.listRows.mismatch),
      mismatches,
      count,
      `the ${table.spec.name} sheet (RAG Red with a status that is not)`,
      rules,
    );
    w.gap();
  }

  if (part.comparison) writeComparison(w, part, statusRowAt, totalColumn);
  w.gap();
}

/** Rows a RAG-by-theme chart takes: room for the title and legend, and about two rows a bar. */
export function chartRows(bars: number): number {
  return Math.max(12, 6 + 2 * bars);
}

interface RagTableLayout {
  /** The RAG table's header row (theme names across from column B). */
  readonly headerRow: number;
  readonly rowOf: (value: RagValue) => number;
  readonly scale: readonly RagValue[];
  /** The themes in column order with their counts at refresh (for the alt text); none when the plan has no themes. */
  readonly themes: ReadonlyArray<{ readonly label: string; readonly counts: readonly number[] }>;
  readonly totals: readonly number[];
  /** The chart's first row and last column. */
  readonly top: number;
  readonly right: number;
  readonly refreshedOn: string;
}

/**
 * The RAG table drawn as horizontal stacked bars: one bar per theme (its live header cell), one
 * series per RAG value (its live count row), coloured as the RAG cells are. A plan without themes
 * gets one bar, its Total column. The alt text gives the counts at refresh, since a screen reader
 * cannot read bars.
 */
export function ragByThemeChart(t: RagTableLayout): ChartSpec {
  const bars = Math.max(1, t.themes.length);
  const categories = { top: t.headerRow, left: 2, bottom: t.headerRow, right: bars + 1 };
  const label = t.themes.length > 0 ? "theme" : "plan";
  const counted = t.themes.length > 0 ? t.themes : [{ label: "The plan", counts: t.totals }];
  const described = counted
    .map(({ label: name, counts }) => {
      const parts = t.scale.flatMap((value, i) => ((counts[i] ?? 0) > 0 ? [`${counts[i]} ${value}`] : []));
      return `${name}: ${parts.length > 0 ? parts.join(", ") : "no actions"}.`;
    })
    .join(" ");
  return {
    kind: "stackedBar",
    title: `Actions by RAG rating and ${label}`,
    description: `Stacked bar chart of the RAG table above: for each ${label}, its actions rated ${t.scale.join(", ")}. At refresh (as at ${t.refreshedOn}): ${described}`,
    anchor: { top: t.top, left: 1, bottom: t.top + chartRows(bars) - 1, right: t.right },
    categories,
    series: t.scale.map((value) => {
      const row = t.rowOf(value);
      return { name: value, nameCell: { row, column: 1 }, values: { top: row, left: 2, bottom: row, right: bars + 1 }, fill: ragColours(value).fill, labelColor: ragColours(value).font };
    }),
    dataLabels: true,
  };
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
        ["Status then", "Status at refresh", "RAG at refresh"],
        items.map(({ assessment, thenStatus }) => ({ assessment, table, cells: () => [text(thenStatus, STYLE.text), text(assessment.facts.status, STYLE.text), text(assessment.rag, STYLE.rag)] })),
        `the ${table.spec.name} sheet`,
      );
    }
    w.gap();
  }
}

export function buildSummarySheet(sheetName: string, parts: readonly SummaryPlan[], rules: RagRules, context: RefreshContext): SheetSpec {
  const themeColumns = Math.max(0, ...parts.map((part) => (part.table.analysis.hasThemes ? part.table.rows.themes.length : 0)));
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
