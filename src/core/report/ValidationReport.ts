import { z } from "zod";

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
});

export const FileReportSchema = z.object({
  file: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  plans: z.array(PlanSummarySchema),
  skippedSheets: z.array(z.object({ sheet: z.string(), reason: z.string() })),
  issues: z.array(IssueSchema),
});

/** A file that could not be read at all: exit code 2. */
export const UnreadableFileReportSchema = z.object({
  file: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export type IssueJson = z.infer<typeof IssueSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type FileReport = z.infer<typeof FileReportSchema>;
export type UnreadableFileReport = z.infer<typeof UnreadableFileReportSchema>;
