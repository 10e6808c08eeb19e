/**
 * Refresh summary (issue 3), the core of it: from the workbook as read and its check, the specs of
 * every sheet we generate, and the optional RAG column for each plan. Pure and deterministic — two
 * refreshes of the same grid differ only where `refreshedAt` is shown.
 *
 * Tab order: Summary, Benefits (when a plan has amounts), Exceptions, one Committee table per plan,
 * Settings (unless the officer keeps their own settings sheet), History (when there are snapshots).
 * Names come from {@link sheetNamesFor} with the officer's sheet names, so ours never take theirs.
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
import { generatedRoleOf, officerSheetNames, sheetNamesFor, type SheetRole, type SheetSpec } from "../sheets/SheetSpec.js";
import { buildBenefitsSheet } from "./benefitsSheet.js";
import { buildCommitteeSheet, type RefreshContext } from "./committeeSheet.js";
import { buildExceptionsSheet } from "./exceptionsSheet.js";
import { buildHistorySheet, comparePeriod, previousSnapshot, readHistory, takeSnapshot, withSnapshot } from "./history.js";
import { analysePlans, type PlanAnalysis } from "./planAnalysis.js";
import { buildRagColumn, withoutOwnRagColumn, type RagColumnSpec } from "./ragColumn.js";
import { buildProblemsSheet } from "./problemsSheet.js";
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

  const hasProblemsSheet = grid.sheets.some((sheet) => generatedRoleOf(sheet) === "problems");
  const hasBenefits = plans.some((plan) => Object.keys(plan.columns.benefitYears).length > 0);
  const writeSettings = settings.source !== "legacy";
  const requests: Array<{ role: SheetRole; label?: string }> = [
    { role: "summary" },
    ...(hasBenefits ? [{ role: "benefits" as const }] : []),
    ...(analyses.length > 0 ? [{ role: "exceptions" as const }] : []),
    ...analyses.map((_, i) => ({ role: "committee" as const, ...(analyses.length > 1 ? { label: `Committee ${i + 1}` } : {}) })),
    ...(writeSettings ? [{ role: "settings" as const }] : []),
    ...(newHistory.length > 0 ? [{ role: "history" as const }] : []),
    // The problem list is written only when the officer asks for it; once there, each refresh brings it up to date.
    ...(hasProblemsSheet ? [{ role: "problems" as const }] : []),
  ];
  const names = sheetNamesFor(requests, officerSheetNames(grid));
  const nameOf = (role: SheetRole, nth = 0): string => names.filter((_, i) => requests[i]?.role === role)[nth] as string;

  const summaryName = nameOf("summary");
  const context: RefreshContext = { asOf, refreshedAt, asAtRef: summaryAsAtRef(summaryName) };
  const tables = analyses.map((analysis, i) => buildCommitteeSheet(analysis, nameOf("committee", i), sheetOf(analysis.plan.sheet), context));

  const specs: SheetSpec[] = [
    buildSummarySheet(
      summaryName,
      tables.map((table, i) => ({ table, statusRows: rows[i] ?? [], officerSheet: sheetOf(table.analysis.plan.sheet), comparison: comparisons[i] ?? null })),
      rules,
      context,
    ),
  ];
  if (hasBenefits) {
    const benefits = buildBenefitsSheet(plans, { asOf, refreshedAt, sheetName: nameOf("benefits") });
    if (benefits) specs.push(benefits);
  }
  if (tables.length > 0) specs.push(buildExceptionsSheet(nameOf("exceptions"), tables, context));
  specs.push(...tables.map((table) => table.spec));
  if (writeSettings) specs.push(buildSettingsSheet(nameOf("settings"), settings, unlistedStatuses(analyses, rules, check.statuses)));
  if (newHistory.length > 0) specs.push(buildHistorySheet(nameOf("history"), newHistory));
  if (hasProblemsSheet) specs.push(buildProblemsSheet({ sheetName: nameOf("problems"), asOf, checkedAt: refreshedAt, issues: check.issues }));

  const ragColumns = analyses.flatMap((analysis) => {
    const sheet = sheetOf(analysis.plan.sheet);
    const column = sheet ? buildRagColumn(analysis, sheet, context.asAtRef) : null;
    return column ? [column] : [];
  });
  return {
    specs,
    sheets: specs.map((spec) => ({ name: spec.name, role: spec.role, rows: spec.rows.length })),
    ragColumns,
    history: { kept: newHistory.map((snapshot) => snapshot.date).sort(), comparedWith: previous?.date ?? null },
  };
}
