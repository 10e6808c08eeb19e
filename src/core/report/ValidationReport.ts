import { z } from "zod";
import { REJECTION_REASONS } from "../plan/ColumnChoice.js";

/**
 * The JSON report of `plan-tracker validate --json`. This schema is the contract: fields may be
 * added, never renamed or removed. Tests check every report the CLI prints against it.
 */
const amountsByKey = z.record(z.string(), z.number());

export const IssueSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  message: z.string().min(1),
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/),
  row: z.number().int().positive(),
  fix: z.string().min(1),
});

export const BenefitsSchema = z.object({
  years: z.array(z.string().regex(/^\d{4}\/\d{2}$/)),
  byYear: amountsByKey,
  total: z.number(),
  inMtfp: amountsByKey,
  notInMtfp: amountsByKey,
  byStage: amountsByKey,
  byServiceArea: amountsByKey,
  investment: z.number(),
  /** The unit the plan keeps its amounts in, and the heading or line that says so ("Benefits £k"). Totals are in this unit. */
  unit: z.object({ label: z.enum(["£", "£000", "£m"]), poundsPerUnit: z.number().positive(), statedIn: z.string().nullable() }).optional(),
  /** How the plan writes savings: as negative amounts ("(44,000)"), positive, both, or no amounts yet. */
  savings: z.enum(["negative", "positive", "mixed", "none"]).optional(),
});

const columnLetter = z.string().regex(/^[A-Z]{1,3}$/);

/** A column that could have been the field but was set aside (see src/core/plan/ColumnChoice.ts). */
export const RejectedColumnSchema = z.object({
  column: columnLetter,
  header: z.string(),
  reason: z.enum(REJECTION_REASONS),
  detail: z.string().min(1),
});

/** Which column was taken for a field, its heading, and the alternatives set aside. */
export const ColumnChoiceSchema = z.object({
  /** A plan field, `benefit:YYYY/YY`, `percentComplete` or `dateCompleted`. */
  field: z.string().min(1),
  column: columnLetter,
  header: z.string(),
  why: z.string().optional(),
  rejected: z.array(RejectedColumnSchema),
});

export const PlanSummarySchema = z.object({
  sheet: z.string(),
  range: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/),
  title: z.string().nullable(),
  actions: z.number().int().nonnegative(),
  themes: z.array(z.string()),
  /** Field → column letter; benefit years as "benefit:2022/23". */
  columns: z.record(z.string(), z.string().regex(/^[A-Z]{1,3}$/)),
  mapping: z.enum(["detected", "workbook", "option"]),
  statusCounts: z.record(z.string(), z.number().int().nonnegative()).nullable(),
  benefits: BenefitsSchema.nullable(),
  /** Added in 0.2: every mapped column with its heading, and the alternatives rejected and why. */
  columnChoices: z.array(ColumnChoiceSchema).optional(),
  /** Added in 0.2: headings set aside for fields the plan has no column for, with why ("Priority" of High/Medium/Low is not a theme). */
  headingsSetAside: z.array(RejectedColumnSchema.extend({ field: z.string().min(1) })).optional(),
  /** Added in 0.2: the drop-down list on the status column (the council's words); null when there is none. */
  statusList: z.object({ words: z.array(z.string()), source: z.string().nullable() }).nullable().optional(),
  /** Added in 0.2: actions complete by a 100% "% complete" or a filled "Date completed". */
  completedBy: z.object({ percentComplete: z.number().int().nonnegative(), dateCompleted: z.number().int().nonnegative() }).optional(),
  /** Added in 0.2: actions whose status was read from the status cell's fill colour (the cell holds no words). */
  statusFromFill: z.number().int().nonnegative().optional(),
});

export const FileReportSchema = z.object({
  file: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  plans: z.array(PlanSummarySchema),
  skippedSheets: z.array(z.object({ sheet: z.string(), reason: z.string() })),
  issues: z.array(IssueSchema),
  /** Added in 0.2: status words learned from this workbook and where from (its drop-down lists, its settings, their everyday meaning). */
  learnedStatuses: z.array(z.object({ word: z.string(), from: z.enum(["settings", "list", "meaning"]) })).optional(),
});

/** A file that could not be read at all: exit code 2. */
export const UnreadableFileReportSchema = z.object({
  file: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export type IssueJson = z.infer<typeof IssueSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type ColumnChoiceJson = z.infer<typeof ColumnChoiceSchema>;
export type FileReport = z.infer<typeof FileReportSchema>;
export type UnreadableFileReport = z.infer<typeof UnreadableFileReportSchema>;
