import { columnLetters, rangeAddress } from "../grid/Address.js";
import { countStatuses } from "../analysis/countStatuses.js";
import { amountConvention } from "../analysis/amountConvention.js";
import { totalBenefits, type BenefitTotals } from "../analysis/totalBenefits.js";
import type { IsoDate } from "../parse/IsoDate.js";
import type { Plan } from "../plan/Plan.js";
import type { SkippedSheet } from "../plan/readPlans.js";
import type { StatusLookup } from "../plan/StatusVocabulary.js";
import type { Issue } from "../validate/Issue.js";
import type { LearnedWord } from "../plan/learnVocabulary.js";
import type { ColumnChoiceJson, FileReport, PlanSummary } from "./ValidationReport.js";

function columnsOf(plan: Plan): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(plan.columns.fields)) columns[field] = columnLetters(column);
  for (const [year, column] of Object.entries(plan.columns.benefitYears)) columns[`benefit:${year}`] = columnLetters(column);
  return columns;
}

function choicesOf(plan: Plan): ColumnChoiceJson[] {
  return (plan.columnChoices ?? []).map((choice) => ({
    field: choice.field,
    column: columnLetters(choice.column),
    header: choice.header,
    ...(choice.why !== undefined ? { why: choice.why } : {}),
    rejected: choice.rejected.map((r) => ({ column: columnLetters(r.column), header: r.header, reason: r.reason, detail: r.detail })),
  }));
}

export function summarisePlan(plan: Plan, statuses: StatusLookup): PlanSummary {
  let percentComplete = 0;
  let dateCompleted = 0;
  let statusFromFill = 0;
  for (const action of plan.actions) {
    if (action.completedBy?.kind === "percentComplete") percentComplete++;
    else if (action.completedBy?.kind === "dateCompleted") dateCompleted++;
    if (action.fillRag !== undefined) statusFromFill++;
  }
  return {
    sheet: plan.sheet,
    range: rangeAddress(plan.range),
    title: plan.title,
    actions: plan.actions.length,
    themes: [...plan.themes],
    columns: columnsOf(plan),
    mapping: plan.mappingSource,
    statusCounts: countStatuses(plan, statuses),
    benefits: withConvention(plan, totalBenefits(plan)),
    columnChoices: choicesOf(plan),
    ...(plan.headingsSetAside
      ? { headingsSetAside: plan.headingsSetAside.map((h) => ({ field: h.field, column: columnLetters(h.column), header: h.header, reason: h.reason, detail: h.detail })) }
      : {}),
    statusList: plan.statusList ? { words: [...plan.statusList.words], source: plan.statusList.source } : null,
    completedBy: { percentComplete, dateCompleted },
    statusFromFill,
  };
}

/** The totals with the unit and sign convention the plan itself uses (analysis/amountConvention.ts). */
function withConvention(plan: Plan, totals: BenefitTotals | null): PlanSummary["benefits"] {
  if (totals === null) return null;
  const convention = amountConvention([plan]);
  const unit = convention.unit;
  return {
    ...totals,
    ...(unit ? { unit: { label: unit.label, poundsPerUnit: unit.scale, statedIn: unit.source || null } } : {}),
    savings: convention.savings,
  };
}

export interface ReportInput {
  readonly file: string;
  readonly asOf: IsoDate;
  readonly plans: readonly Plan[];
  readonly skipped: readonly SkippedSheet[];
  readonly issues: readonly Issue[];
  readonly statuses: StatusLookup;
  readonly learnedStatuses?: readonly LearnedWord[];
}

export function buildReport(input: ReportInput): FileReport {
  return {
    file: input.file,
    asOf: input.asOf,
    plans: input.plans.map((plan) => summarisePlan(plan, input.statuses)),
    skippedSheets: [...input.skipped],
    issues: [...input.issues],
    learnedStatuses: (input.learnedStatuses ?? []).map((word) => ({ ...word })),
  };
}
