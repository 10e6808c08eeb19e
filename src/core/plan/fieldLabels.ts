/**
 * The plan's fields in words an officer uses ("Lead officer" for `lead`), for the pane's Columns view
 * and the reader's own explanations of which column it took.
 */
import type { FieldKey } from "./Plan.js";

export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = {
  ref: "Reference",
  theme: "Theme",
  recommendation: "Recommendation",
  outcome: "Outcome or measure of success",
  action: "Action",
  lead: "Lead officer",
  target: "Target date",
  revisedTarget: "Revised date",
  status: "Status",
  progress: "Progress or commentary",
  stage: "Project stage",
  serviceArea: "Service area",
  investment: "One-off investment",
  inMtfp: "Already in the MTFP",
  benefitTotal: "Benefits total",
};
