/**
 * The committee pack's contents, decided in the core from the same models the generated sheets
 * use: title and "progress up to" date; the status table this period against the last snapshot
 * (seed 002 compares June with September), with the summary sheet's status rows; RAG by theme as a
 * chart and a table, and an appendix with the whole plan by theme, both from the committee table
 * model (src/core/tables/CommitteeModel.ts: the same sections, in the same order, as PT Committee);
 * the actions that slipped with original and revised dates and the latest commentary; actions not
 * started; overdue actions. Those three lists may overlap (an overdue action that also slipped is in
 * both), where the Exceptions sheet gives each action one reason: a paper lists every slipped action.
 */
import type { WorkbookCheck } from "../checkWorkbook.js";
import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import { formatUkDate, formatUkNumericDate } from "../parse/formatDate.js";
import type { IsoDate } from "../parse/IsoDate.js";
import { SCALE_VALUES, type RagValue } from "../rag/RagValue.js";
import { comparePeriod, previousSnapshot, readHistory, type PeriodComparison } from "../refresh/history.js";
import { analysePlans, type ActionAssessment, type PlanAnalysis } from "../refresh/planAnalysis.js";
import { withoutOwnRagColumn } from "../refresh/ragColumn.js";
import { rowCounts, statusRows } from "../refresh/statusFormulas.js";
import { readWorkbookSettings } from "../settings/WorkbookSettings.js";
import { themeEntries } from "../live/planRows.js";
import { committeeColumns } from "../refresh/actionCells.js";
import { committeeModel, type CommitteeModel } from "../tables/CommitteeModel.js";
import type { CommitteePack, PackBlock, PackCell, PackTable, PackTableColumn, PackTableRow, StackedBarChart } from "./PackDocument.js";

export interface CommitteePackInput {
  readonly grid: WorkbookGrid;
  readonly check: WorkbookCheck;
  readonly asOf: IsoDate;
  /** The document's title; defaults to "<first plan's title or sheet> — progress report". */
  readonly title?: string;
  /** When it was made, as the officer reads it ("29/11/2026 10:15"), for the footer. */
  readonly generatedAt: string;
}

/** Text for a date cell: "31 March 2025", or what the plan wrote when it is not a date we could read. */
function dateText(due: IsoDate | null, written: string | undefined): string {
  if (due) return formatUkNumericDate(due);
  return written?.trim() ? written.trim() : "—";
}

function cellText(assessment: ActionAssessment, field: "ref" | "action" | "lead" | "progress" | "status"): string {
  const action = assessment.action;
  if (field === "ref") return action.ref ?? `Row ${action.row}`;
  if (field === "status") return assessment.facts.status || "—";
  return action.cells[field]?.text.trim() || "—";
}

/** The latest commentary: progress notes are often long; the committee reads the last paragraph first. */
function latestCommentary(assessment: ActionAssessment): string {
  const text = assessment.action.cells.progress?.text.trim() ?? "";
  return text === "" ? "—" : text;
}

function themeLabel(theme: string | null): string {
  return theme ?? "No theme";
}

function ragsOnScale(analysis: PlanAnalysis): RagValue[] {
  const scale = SCALE_VALUES[analysis.context.rules.scale];
  const present = new Set(analysis.actions.map((a) => a.rag));
  // Every value the scale has is listed, so a reader sees "Red 0" rather than wondering; values off the scale never occur.
  return scale.filter((value) => value !== "Grey" || present.has("Grey"));
}

function statusTable(analysis: PlanAnalysis, check: WorkbookCheck, comparison: PeriodComparison | null, asOf: IsoDate): PackTable {
  const rows = statusRows(analysis, analysis.context.rules, check.statuses, comparison?.labels ?? []);
  const columns: PackTableColumn[] = comparison
    ? [
        { heading: "Status", width: 4 },
        { heading: `${formatUkDate(comparison.date)}`, width: 2, align: "right" },
        { heading: `${formatUkDate(asOf)}`, width: 2, align: "right" },
        { heading: "Change", width: 1.5, align: "right" },
      ]
    : [
        { heading: "Status", width: 4 },
        { heading: `Actions at ${formatUkDate(asOf)}`, width: 2, align: "right" },
      ];
  const body: PackTableRow[] = [];
  let totalNow = 0;
  let totalThen = 0;
  for (const row of rows) {
    const now = analysis.actions.filter((assessment) => rowCounts(row, assessment)).length;
    totalNow += now;
    if (comparison) {
      const then = comparison.counts.get(row.label.toLowerCase()) ?? 0;
      totalThen += then;
      body.push({ kind: "cells", cells: [{ text: row.label }, num(then), num(now), change(now - then)] });
    } else {
      body.push({ kind: "cells", cells: [{ text: row.label }, num(now)] });
    }
  }
  body.push({
    kind: "cells",
    cells: comparison ? [{ text: "Total", bold: true }, num(totalThen, true), num(totalNow, true), change(totalNow - totalThen, true)] : [{ text: "Total", bold: true }, num(totalNow, true)],
  });
  const caption = comparison
    ? `Actions by status at ${formatUkDate(comparison.date)} and at ${formatUkDate(asOf)}`
    : `Actions by status at ${formatUkDate(asOf)}`;
  return { caption, columns, rows: body, hasTotalRow: true };
}

function num(value: number, bold = false): PackCell {
  return { text: value.toLocaleString("en-GB"), align: "right", ...(bold ? { bold } : {}) };
}

function change(delta: number, bold = false): PackCell {
  return { text: delta === 0 ? "0" : delta > 0 ? `+${delta}` : `−${-delta}`, align: "right", ...(bold ? { bold } : {}) };
}

/** The actions of each section of the committee model, as the committee sheet groups them. */
function sectionActions(model: CommitteeModel): Array<{ heading: string | null; actions: ActionAssessment[] }> {
  return model.sections.map((section) => ({ heading: section.heading, actions: section.rows.flatMap((row) => (row.action ? [row.action] : [])) }));
}

function ragByTheme(analysis: PlanAnalysis, model: CommitteeModel): { table: PackTable; chart: StackedBarChart } {
  const rags = ragsOnScale(analysis);
  const sections = sectionActions(model);
  const themes = sections.map((section) => section.heading);
  const counts = sections.map((section) => rags.map((rag) => section.actions.filter((a) => a.rag === rag).length));
  const columns: PackTableColumn[] = [{ heading: "Theme", width: 6 }, ...rags.map((rag) => ({ heading: rag, width: 1.4, align: "right" as const })), { heading: "Total", width: 1.2, align: "right" }];
  const rows: PackTableRow[] = themes.map((theme, i) => {
    const values = counts[i] as number[];
    return { kind: "cells", cells: [{ text: themeLabel(theme) }, ...values.map((v) => num(v)), num(values.reduce((a, b) => a + b, 0), true)] };
  });
  const totals = rags.map((_, r) => counts.reduce((sum, values) => sum + (values[r] as number), 0));
  rows.push({ kind: "cells", cells: [{ text: "Total", bold: true }, ...totals.map((v) => num(v, true)), num(totals.reduce((a, b) => a + b, 0), true)] });
  const label = analysis.hasThemes ? "theme" : "plan";
  const altText =
    `Stacked bar chart of actions by RAG rating for each ${label}. ` +
    themes
      .map((theme, i) => {
        const parts = rags.map((rag, r) => ((counts[i] as number[])[r] ? `${(counts[i] as number[])[r]} ${rag}` : "")).filter(Boolean);
        return `${themeLabel(theme)}: ${parts.length > 0 ? parts.join(", ") : "no actions"}.`;
      })
      .join(" ");
  return {
    table: { caption: `Actions by RAG rating and ${label}`, columns, rows, hasTotalRow: true },
    chart: {
      title: `Actions by RAG rating and ${label}`,
      categories: themes.map(themeLabel),
      series: rags.map((rag, r) => ({ rag, values: counts.map((values) => values[r] as number) })),
      altText,
    },
  };
}

const LIST_COLUMNS: readonly PackTableColumn[] = [
  { heading: "Ref", width: 1.3 },
  { heading: "Action", width: 4.3 },
  { heading: "Lead", width: 2.2 },
];

/** Slipped: the officer's status says slippage, or the target was moved later and the action is still open. */
function hasSlipped(a: ActionAssessment): boolean {
  if (a.facts.state === "Complete") return false;
  const moved = a.facts.originalDue !== null && a.action.revisedTarget?.due != null && a.action.revisedTarget.due > a.facts.originalDue;
  return a.slipped || moved;
}

function slippedTable(analysis: PlanAnalysis): PackTable | null {
  const slipped = analysis.actions.filter(hasSlipped);
  if (slipped.length === 0) return null;
  return {
    caption: "Actions that have slipped, with original and revised dates",
    columns: [...LIST_COLUMNS, { heading: "Original date", width: 1.9 }, { heading: "Revised date", width: 1.9 }, { heading: "Status", width: 1.9 }, { heading: "Latest commentary", width: 4.4 }],
    rows: slipped.map((a) => ({
      kind: "cells",
      cells: [
        { text: cellText(a, "ref") },
        { text: cellText(a, "action") },
        { text: cellText(a, "lead") },
        { text: dateText(a.facts.originalDue, a.action.cells.target?.text) },
        { text: a.action.revisedTarget ? dateText(a.action.revisedTarget.due, a.action.cells.revisedTarget?.text) : "None" },
        { text: cellText(a, "status") },
        { text: latestCommentary(a) },
      ],
    })),
  };
}

function notStartedTable(analysis: PlanAnalysis): PackTable | null {
  const list = analysis.actions.filter((a) => a.facts.state === "Not started");
  if (list.length === 0) return null;
  return {
    caption: "Actions not started",
    columns: [...LIST_COLUMNS, { heading: "Target date", width: 1.9 }, { heading: "Latest commentary", width: 4 }],
    rows: list.map((a) => ({
      kind: "cells",
      cells: [{ text: cellText(a, "ref") }, { text: cellText(a, "action") }, { text: cellText(a, "lead") }, { text: dateText(a.facts.currentDue, a.action.cells.target?.text) }, { text: latestCommentary(a) }],
    })),
  };
}

function daysLate(due: IsoDate, asOf: IsoDate): number {
  return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);
}

function overdueTable(analysis: PlanAnalysis, asOf: IsoDate): PackTable | null {
  const list = analysis.actions.filter((a) => a.due !== null && a.facts.state !== "Complete" && a.due < asOf);
  if (list.length === 0) return null;
  return {
    caption: `Actions past their date at ${formatUkDate(asOf)}`,
    columns: [...LIST_COLUMNS, { heading: "Due date", width: 1.9 }, { heading: "Days overdue", width: 1.4, align: "right" }, { heading: "Status", width: 1.9 }, { heading: "RAG", width: 1.4 }],
    rows: list.map((a) => ({
      kind: "cells",
      cells: [
        { text: cellText(a, "ref") },
        { text: cellText(a, "action") },
        { text: cellText(a, "lead") },
        { text: formatUkNumericDate(a.due as IsoDate) },
        num(daysLate(a.due as IsoDate, asOf)),
        { text: cellText(a, "status") },
        { text: a.rag, rag: a.rag },
      ],
    })),
  };
}

function appendixTable(model: CommitteeModel): PackTable {
  const columns: PackTableColumn[] = [
    { heading: "Ref", width: 1 },
    { heading: "Action", width: 6 },
    { heading: "Lead", width: 2.2 },
    { heading: "Target date", width: 1.7 },
    { heading: "Revised date", width: 1.7 },
    { heading: "Status", width: 2.1 },
    { heading: "RAG", width: 1.3 },
    { heading: "Progress", width: 5.6 },
  ];
  const rows: PackTableRow[] = [];
  // The committee sheet's sections: each theme once, in order of first appearance, even in a plan sorted by lead or date.
  for (const { heading, actions: members } of sectionActions(model)) {
    if (members.length === 0) continue;
    if (heading !== null) rows.push({ kind: "band", text: heading });
    for (const a of members) {
      rows.push({
        kind: "cells",
        cells: [
          { text: cellText(a, "ref") },
          { text: cellText(a, "action") },
          { text: cellText(a, "lead") },
          { text: dateText(a.facts.originalDue, a.action.cells.target?.text) },
          { text: a.action.revisedTarget ? dateText(a.action.revisedTarget.due, a.action.cells.revisedTarget?.text) : "" },
          { text: cellText(a, "status") },
          { text: a.rag, rag: a.rag },
          { text: latestCommentary(a) },
        ],
      });
    }
  }
  return { caption: "The whole plan by theme", columns, rows };
}

function planName(analysis: PlanAnalysis, multiple: boolean): string {
  const base = analysis.plan.title?.trim() || analysis.plan.sheet;
  return multiple && analysis.table > 1 ? `${base} (table ${analysis.table})` : base;
}

function summarySentence(analysis: PlanAnalysis): string {
  const total = analysis.actions.length;
  const complete = analysis.actions.filter((a) => a.facts.state === "Complete").length;
  const notStarted = analysis.actions.filter((a) => a.facts.state === "Not started").length;
  const slipped = analysis.actions.filter(hasSlipped).length;
  const plural = (n: number, word: string): string => `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;
  return `The plan has ${plural(total, "action")}: ${complete.toLocaleString("en-GB")} complete, ${slipped.toLocaleString("en-GB")} slipped and ${notStarted.toLocaleString("en-GB")} not started.`;
}

/** Builds the whole pack. Pure: the same workbook and date give the same document. */
export function buildCommitteePack(input: CommitteePackInput): CommitteePack {
  const { grid, check, asOf } = input;
  const settings = readWorkbookSettings(grid);
  const sheetOf = (name: string): SheetGrid | undefined => grid.sheets.find((sheet) => sheet.name === name);
  const plans = check.plans.map((plan) => withoutOwnRagColumn(plan, sheetOf(plan.sheet)));
  const analyses = analysePlans(plans, check.statuses, settings.ragRules, asOf);
  const previous = previousSnapshot(readHistory(grid), asOf);
  const multiple = analyses.length > 1;
  const first = analyses[0];
  const title = input.title?.trim() || (first?.plan.title?.trim() ? first.plan.title.trim() : `${first ? planName(first, false) : "Action plan"}: progress report`);

  const report: PackBlock[] = [
    { kind: "heading", level: 1, text: title },
    { kind: "paragraph", text: `Progress up to ${formatUkDate(asOf)}.` },
  ];
  // The lists of actions have seven columns of dates and text: they print landscape, like the appendix.
  const attention: PackBlock[] = [{ kind: "heading", level: 1, text: "Actions needing attention" }];
  const appendix: PackBlock[] = [{ kind: "heading", level: 1, text: "Appendix: the whole plan" }];
  for (const analysis of analyses) {
    const level = multiple ? 3 : 2;
    if (multiple) {
      report.push({ kind: "heading", level: 2, text: planName(analysis, true) });
      attention.push({ kind: "heading", level: 2, text: planName(analysis, true) });
      appendix.push({ kind: "heading", level: 2, text: planName(analysis, true) });
    }
    report.push({ kind: "paragraph", text: summarySentence(analysis) });
    const comparison = comparePeriod(analysis, previous);
    report.push({ kind: "heading", level, text: comparison ? "Status this period and last" : "Status" });
    if (analysis.context.hasStatus) {
      if (!comparison) report.push({ kind: "paragraph", text: "No earlier snapshot is kept in the workbook, so this period is shown on its own. Take a snapshot when you refresh the summary to compare next time." });
      report.push({ kind: "table", table: statusTable(analysis, check, comparison, asOf) });
    } else {
      report.push({ kind: "paragraph", text: "The plan has no status column, so each action's RAG below is worked out from its dates alone." });
    }
    const model = committeeModel(analysis.plan, committeeColumns(analysis.plan, sheetOf(analysis.plan.sheet)), themeEntries(analysis, sheetOf(analysis.plan.sheet)), analysis.hasThemes);
    const { table, chart } = ragByTheme(analysis, model);
    report.push({ kind: "heading", level, text: analysis.hasThemes ? "RAG by theme" : "RAG" });
    report.push({ kind: "chart", chart }, { kind: "table", table });
    const lists: Array<[string, PackTable | null, string]> = [
      ["Actions that have slipped", slippedTable(analysis), "No action has slipped."],
      ["Actions not started", notStartedTable(analysis), "Every action has started."],
      ["Overdue actions", overdueTable(analysis, asOf), `No open action is past its date at ${formatUkDate(asOf)}.`],
    ];
    for (const [heading, listTable, none] of lists) {
      attention.push({ kind: "heading", level, text: heading });
      attention.push(listTable ? { kind: "table", table: listTable } : { kind: "paragraph", text: none });
    }
    appendix.push({ kind: "table", table: appendixTable(model) });
  }
  if (analyses.length === 0) report.push({ kind: "paragraph", text: "No plan was found in the workbook." });

  return {
    title,
    progressUpTo: asOf,
    // Titles often carry the date already ("… Progress up to 30 September 2018"): say it once.
    footer: title.toLowerCase().includes(formatUkDate(asOf).toLowerCase())
      ? `${title} · made ${input.generatedAt}`
      : `${title} · progress up to ${formatUkDate(asOf)} · made ${input.generatedAt}`,
    sections: [
      { orientation: "portrait", blocks: report },
      ...(analyses.length > 0 ? [{ orientation: "landscape" as const, blocks: attention }, { orientation: "landscape" as const, blocks: appendix }] : []),
    ],
  };
}
