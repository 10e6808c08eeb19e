import type { SheetGrid, WorkbookGrid } from "./grid/SheetGrid.js";
import type { IsoDate } from "./parse/IsoDate.js";
import type { ColumnOverride } from "./plan/ColumnOverride.js";
import type { Plan } from "./plan/Plan.js";
import { readPlans, type SkippedSheet } from "./plan/readPlans.js";
import { DEFAULT_STATUS_VOCABULARY, statusLookup, type StatusLookup, type StatusVocabulary } from "./plan/StatusVocabulary.js";
import { buildReport } from "./report/buildReport.js";
import type { FileReport } from "./report/ValidationReport.js";
import { isSettingsSheet, readWorkbookSettings } from "./settings/WorkbookSettings.js";
import { isPlanTrackerSheet } from "./sheets/SheetSpec.js";

/** Ours, or made by a newer version of Plan Tracker: never read as a plan. */
const isGeneratedSheet = (sheet: SheetGrid): boolean => isPlanTrackerSheet(sheet);
import type { Issue } from "./validate/Issue.js";
import { ISSUE_CODES } from "./validate/IssueCode.js";
import { validatePlans } from "./validate/validatePlans.js";

export interface CheckOptions {
  readonly asOf: IsoDate;
  /** Column corrections given for this run; they win over those kept in the workbook. */
  readonly overrides?: readonly ColumnOverride[];
  readonly vocabulary?: StatusVocabulary;
  /** Sheets that are ours (generated); never read as plans. Defaults to the marker test. */
  readonly isGeneratedSheet?: (sheet: SheetGrid) => boolean;
}

export interface WorkbookCheck {
  readonly plans: Plan[];
  readonly skipped: SkippedSheet[];
  readonly issues: Issue[];
  readonly statuses: StatusLookup;
}

/** The whole Validate job on an in-memory workbook: find the plans, then check them. Pure. */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions): WorkbookCheck {
  const settings = readWorkbookSettings(workbook);
  const statuses = statusLookup(options.vocabulary ?? DEFAULT_STATUS_VOCABULARY);
  const fromOptions = options.overrides ?? [];
  const overrides = fromOptions.length > 0 ? fromOptions : settings.columnOverrides;
  const { plans, skipped } = readPlans(workbook, {
    overrides,
    skipSheet: (sheet) => isSettingsSheet(sheet) || (options.isGeneratedSheet ?? isGeneratedSheet)(sheet),
  });
  const fromWorkbook = fromOptions.length === 0 && settings.columnOverrides.length > 0;
  const labelled = fromWorkbook ? plans.map((plan) => (plan.mappingSource === "option" ? { ...plan, mappingSource: "workbook" as const } : plan)) : plans;
  const settingIssues: Issue[] = settings.problems.map((problem) => ({
    severity: ISSUE_CODES["setting-invalid"],
    code: "setting-invalid",
    message: `This Plan Tracker setting could not be used: ${problem.message}`,
    sheet: settings.sheet as string,
    cell: problem.cell,
    row: Number(problem.cell.slice(1)),
    fix: "Correct the value in that cell of the settings sheet, or delete the row to use the default.",
  }));
  const issues = [...settingIssues, ...validatePlans(labelled, { asOf: options.asOf, statuses })];
  return { plans: labelled, skipped, issues, statuses };
}

export function reportFor(file: string, asOf: IsoDate, check: WorkbookCheck): FileReport {
  return buildReport({ file, asOf, plans: check.plans, skipped: check.skipped, issues: check.issues, statuses: check.statuses });
}
