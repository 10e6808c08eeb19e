import { z } from "zod";
import { FileReportSchema } from "./ValidationReport.js";

/** `plan-tracker pack --json`: the validate report plus the document written. Same stability rules. */
export const PackReportSchema = FileReportSchema.extend({
  output: z.object({
    /** The Word document written. */
    file: z.string(),
    /** Its title (first heading and document property). */
    title: z.string(),
    /** Plans reported on. */
    plans: z.number().int().nonnegative(),
  }),
});

export type PackReport = z.infer<typeof PackReportSchema>;
