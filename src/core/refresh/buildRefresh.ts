/**
 * Refresh summary (issue 3), the core of it: from the workbook as read and its check, the specs of
 * every sheet we generate, and the optional RAG column for each plan. Pure and deterministic — two
 * refreshes of the same grid differ only where `refreshedAt` is shown.
 *
 * The sheets are those of {@link GENERATED_SHEETS}, in tab order: Summary, Benefits (when a plan has
 * amounts), Exceptions, one Committee table per plan, Settings (unless the officer keeps their own
 * settings sheet), History (when there are snapshots), and one hidden Plan rows sheet per plan that
 * the others read the plan through. Names come from {@link sheetNamesFor} with the officer's sheet
 * names, so ours never take theirs.
 */
import type { WorkbookCheck } from "../checkWorkbook.js";
import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import type { IsoDate } from "../parse/IsoDate.js";
import type { Plan } from "../plan/Plan.js";
import type { StatusLookup } from "../plan/StatusVocabulary.js";
import { excelTrim } from "../rag/excelText.js";
import type { RagRules, StatusRag } from "../rag/ragRules.js";
import { definitionRag } from "../rag/statusWords.js";
import { readWorkbookSettings } from "../settings/WorkbookSettings.js";
import { buildPlanRows } from "../live/planRows.js";
import { generatedRoleOf, lastRowOf, officerSheetNames, sheetNamesFor, type SheetRole, type SheetSpec } from "../sheets/SheetSpec.js";
import { buildBenefitsSheet } from "./benefitsSheet.js";
import { buildCommitteeSheet, type RefreshContext } from "./committeeSheet.js";
import { buildExceptionsSheet } from "./exceptionsSheet.js";
import { buildHistorySheet, comparePeriod, previousSnapshot, readHistory, takeSnapshot, withSnapshot } from "./history.js";
import { analysePlans, type PlanAnalysis } from "./planAnalysis.js";
import { buildProblemsSheet } from "./problemsSheet.js";
import { buildRagColumn, withoutOwnRagColumn, type RagColumnSpec } from "./ragColumn.js";
import type { RefreshState } from "./refreshState.js";
import { sheetKind, type GeneratedSheetKind } from "./sheetRegistry.js";
import { buildSettingsSheet } from "./settingsSheet.js";
import { statusRows } from "./statusFormulas.js";
import { buildSummarySheet, summaryAsAtRef } from "./summarySheet.js";

export type { RagColumnSpec } from "./ragColumn.js";
export { RAG_COLUMN_HEADER } from "./ragColumn.js";

export interface RefreshInput {
  /** The workbook as read, including our sheets from an earlier refresh. */
  readonly grid: WorkbookGrid;
  /** `checkWorkbook(grid, { asOf, isGeneratedSheet: (s) => generatedRoleOf(s) !== undefined })`. */
  readonly check: WorkbookCheck;
  readonly asOf: IsoDate;
  /** Shown on the sheets, e.g. "24/11/2026 15:04"; the only thing that may differ between two refreshes. */
  readonly refreshedAt: string;
  /** `--snapshot`: add this period's per-row statuses and counts to the history. */
  readonly takeSnapshot: boolean;
  /**
   * Whether the officer asked for the RAG column beside the plan. When false none is built
   * (`ragColumns` is empty): a formula per action, a tenth of a 20,000-row refresh's core time, for
   * nothing. Default true, for callers that decide later.
   */
  readonly addRagColumn?: boolean;
}

export interface RefreshOutput {
  /** Every sheet we generate, in tab order. */
  readonly specs: SheetSpec[];
  readonly sheets: Array<{ name: string; role: SheetRole; rows: number }>;
  /** One per plan that has room for it; applied to the officer's sheet only with --add-rag-column. */
  readonly ragColumns: RagColumnSpec[];
  /** The snapshots the history keeps after this refresh, and the one this refresh compared with. */
  readonly history: HistoryOutcome;
}

export interface HistoryOutcome {
  /** Snapshot dates kept in the history sheet, oldest first. */
  readonly kept: readonly IsoDate[];
  /** The snapshot this refresh's summary compares with (the latest before the as-at date), or null. */
  readonly comparedWith: IsoDate | null;
}

/**
 * Statuses the plans use that the settings do not list, with the RAG they get now — written to the
 * settings sheet so the officer can see and change what "On target" means.
 */
function unlistedStatuses(analyses: readonly PlanAnalysis[], rules: RagRules, statuses: StatusLookup): StatusRag[] {
  const listed = new Set(rules.statuses.map((s) => statuses.canonical(s.word)?.name ?? excelTrim(s.word).toLowerCase()));
  const found = new Map<string, StatusRag>();
  for (const analysis of analyses) {
    for (const { facts } of analysis.actions) {
      const definition = facts.status === "" ? null : statuses.canonical(facts.status);
      if (!definition || listed.has(definition.name) || found.has(definition.name)) continue;
      const rag = definitionRag(definition);
      if (rag) found.set(definition.name, { word: definition.name, rag });
    }
  }
  const order = new Map(statuses.names.map((name, i) => [name, i]));
  return [...found.values()].sort((a, b) => (order.get(a.word) ?? 0) - (order.get(b.word) ?? 0));
}

/** The next plan's first header row on the same sheet, which ends a plan's rows. */
function nextPlanHeaderRow(analyses: readonly PlanAnalysis[], i: number): number | undefined {
  const plan = analyses[i]?.plan;
  if (!plan) return undefined;
  const rows = analyses
    .filter((other, j) => j !== i && other.plan.sheet === plan.sheet && other.plan.range.top > plan.range.top)
    .map((other) => other.plan.headerRows[0] ?? other.plan.range.top);
  return rows.length === 0 ? undefined : Math.min(...rows);
}

/**
 * The generated sheets, in the order they are built (later entries use what earlier ones built).
 * `tab` gives the order of the tabs in the workbook.
 */
export const GENERATED_SHEETS: readonly GeneratedSheetKind[] = [
  sheetKind({
    role: "planRows",
    reads: "The plan's rows, live, through whole-column INDEX: one slot per plan row plus room to grow (hidden).",
    tab: 90,
    requests: (state) => state.analyses.map((_, i) => (state.analyses.length > 1 ? `Plan rows ${i + 1}` : undefined)),
    build: (state, names) => {
      state.planRows = state.analyses.map((analysis, i) =>
        buildPlanRows({
          analysis,
          planSheet: state.sheetOf(analysis.plan.sheet),
          ...(nextPlanHeaderRow(state.analyses, i) !== undefined ? { nextPlanHeaderRow: nextPlanHeaderRow(state.analyses, i) as number } : {}),
          sheetName: names[i] as string,
          asAtRef: state.context.asAtRef,
          statusRows: state.statusRows[i] ?? [],
        }),
      );
      return state.planRows.map((rows) => rows.spec);
    },
  }),
  sheetKind({
    role: "committee",
    reads: "The plan-rows sheet: each theme's actions in plan order, every printed cell from the action's plan row.",
    tab: 40,
    requests: (state) => state.analyses.map((_, i) => (state.analyses.length > 1 ? `Committee ${i + 1}` : undefined)),
    build: (state, names) => {
      state.committees = state.planRows.map((rows, i) => buildCommitteeSheet(rows, names[i] as string, state.sheetOf(rows.analysis.plan.sheet), state.context));
      return state.committees.map((table) => table.spec);
    },
  }),
  sheetKind({
    role: "summary",
    reads: "The plan-rows sheet: status and RAG counts by theme, overdue counts, disagreements between status and dates.",
    tab: 10,
    requests: () => [undefined],
    build: (state, names) => [
      buildSummarySheet(
        names[0] as string,
        state.committees.map((table, i) => ({ table, statusRows: state.statusRows[i] ?? [], comparison: state.comparisons[i] ?? null })),
        state.rules,
        state.context,
      ),
    ],
  }),
  sheetKind({
    role: "benefits",
    reads: "The plan's amount columns, cell by cell: cashable benefits by year, stage and service area; investment.",
    tab: 20,
    requests: (state) => (state.plans.some((plan) => Object.keys(plan.columns.benefitYears).length > 0) ? [undefined] : []),
    build: (state, names) => {
      const planRows = state.planRows.filter((rows) => Object.keys(rows.analysis.plan.columns.benefitYears).length > 0 || rows.analysis.plan.columns.fields.investment !== undefined);
      const spec = buildBenefitsSheet(state.plans, { asOf: state.context.asOf, refreshedAt: state.context.refreshedAt, sheetName: names[0] as string, planRows });
      return spec ? [spec] : [];
    },
  }),
  sheetKind({
    role: "exceptions",
    reads: "The plan-rows sheet: overdue, slipped and not started actions, found live by reason.",
    tab: 30,
    requests: (state) => (state.analyses.length > 0 ? [undefined] : []),
    build: (state, names) => [buildExceptionsSheet(names[0] as string, state.committees, state.context)],
  }),
  sheetKind({
    role: "settings",
    reads: "The workbook's settings: RAG rules, status words, column corrections.",
    tab: 50,
    requests: (state) => (state.settings.source !== "legacy" ? [undefined] : []),
    build: (state, names) => [buildSettingsSheet(names[0] as string, state.settings, unlistedStatuses(state.analyses, state.rules, state.check.statuses))],
  }),
  sheetKind({
    role: "history",
    reads: "Snapshots of each action's status, written by earlier refreshes.",
    tab: 60,
    requests: (state) => (state.history.length > 0 ? [undefined] : []),
    build: (state, names) => [buildHistorySheet(names[0] as string, state.history)],
  }),
  sheetKind({
    role: "problems",
    reads: "The check's problems, each with a link to its cell; made when the officer asks for it in the pane, then kept up to date.",
    tab: 70,
    // Written only once the officer has asked for it; while it exists, each refresh brings it up to date.
    requests: (state) => (state.grid.sheets.some((sheet) => generatedRoleOf(sheet) === "problems") ? [undefined] : []),
    build: (state, names) => [buildProblemsSheet({ sheetName: names[0] as string, asOf: state.context.asOf, checkedAt: state.context.refreshedAt, issues: state.check.issues })],
  }),
];

export function buildRefresh(input: RefreshInput): RefreshOutput {
  const { grid, check, asOf, refreshedAt } = input;
  const settings = readWorkbookSettings(grid);
  const rules = settings.ragRules;
  const sheetOf = (name: string): SheetGrid | undefined => grid.sheets.find((sheet) => sheet.name === name);

  const plans: Plan[] = check.plans.map((plan) => withoutOwnRagColumn(plan, sheetOf(plan.sheet)));
  const analyses = analysePlans(plans, check.statuses, rules, asOf);
  const history = readHistory(grid);
  const previous = previousSnapshot(history, asOf);
  const comparisons = analyses.map((analysis) => comparePeriod(analysis, previous));
  const rows = analyses.map((analysis, i) => (analysis.context.hasStatus ? statusRows(analysis, rules, check.statuses, comparisons[i]?.labels ?? []) : []));
  const newHistory = input.takeSnapshot ? withSnapshot(history, takeSnapshot(analyses, rows, asOf, refreshedAt)) : history;

  // Names in tab order, so a new sheet's "(2)" suffix does not depend on the build order.
  const byTab = [...GENERATED_SHEETS].sort((a, b) => a.tab - b.tab);
  const state: RefreshState = {
    grid,
    check,
    settings,
    rules,
    plans,
    analyses,
    statusRows: rows,
    comparisons,
    history: newHistory,
    context: { asOf, refreshedAt, asAtRef: "" },
    sheetOf,
    planRows: [],
    committees: [],
  };
  const requests: Array<{ role: SheetRole; label?: string }> = byTab.flatMap((kind) => kind.requests(state).map((label) => ({ role: kind.role, ...(label !== undefined ? { label } : {}) })));
  const names = sheetNamesFor(requests, officerSheetNames(grid));
  const namesOf = (role: SheetRole): string[] => names.filter((_, i) => requests[i]?.role === role);
  const context: RefreshContext = { asOf, refreshedAt, asAtRef: summaryAsAtRef(namesOf("summary")[0] as string) };
  const built = new Map<SheetRole, SheetSpec[]>();
  const withContext: RefreshState = { ...state, context };
  for (const kind of GENERATED_SHEETS) {
    const wanted = namesOf(kind.role);
    built.set(kind.role, wanted.length === 0 ? [] : kind.build(withContext, wanted));
  }
  const specs = byTab.flatMap((kind) => built.get(kind.role) ?? []);

  const ragColumns = input.addRagColumn === false ? [] : analyses.flatMap((analysis, i) => {
    const sheet = sheetOf(analysis.plan.sheet);
    const rows = withContext.planRows[i];
    const column = sheet && rows ? buildRagColumn(analysis, rows, sheet, context.asAtRef) : null;
    return column ? [column] : [];
  });
  return {
    specs,
    sheets: specs.map((spec) => ({ name: spec.name, role: spec.role, rows: lastRowOf(spec) })),
    ragColumns,
    history: { kept: newHistory.map((snapshot) => snapshot.date).sort(), comparedWith: previous?.date ?? null },
  };
}
