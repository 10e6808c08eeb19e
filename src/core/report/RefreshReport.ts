import { z } from "zod";
import { FileReportSchema } from "./ValidationReport.js";

/** `plan-tracker refresh --json`: the validate report plus what was written. Same stability rules. */
export const RefreshReportSchema = FileReportSchema.extend({
  output: z.object({
    file: z.string(),
    /** The copy of the original kept by --in-place; null otherwise. */
    backup: z.string().nullable(),
    sheets: z.array(z.object({ name: z.string(), role: z.string(), rows: z.number().int().nonnegative() })),
    /** Plans that received a calculated RAG column (only with --add-rag-column). */
    ragColumns: z.array(z.object({ sheet: z.string(), column: z.string().regex(/^[A-Z]{1,3}$/) })),
    /** Things the officer should know about the written file, e.g. parts of the workbook it could not keep. */
    warnings: z.array(z.string()),
  }),
});

export type RefreshReport = z.infer<typeof RefreshReportSchema>;
