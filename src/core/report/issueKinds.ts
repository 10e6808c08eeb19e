/**
 * A short name for each kind of problem, as a list heading: "No lead officer (110)". The pane groups
 * its problem list by kind, as Excel's Accessibility Checker groups by rule, so one heading and one
 * explanation stand for every cell with that problem.
 */
import type { IssueCode } from "../validate/IssueCode.js";

export const ISSUE_KIND_LABELS: Readonly<Record<IssueCode, string>> = {
  "action-missing": "No action written",
  "lead-missing": "No lead officer",
  "service-area-missing": "No service area",
  "status-missing": "No status",
  "status-unknown": "Status not recognised",
  "status-variant": "Status written differently",
  "status-unplaced": "Status with no RAG meaning",
  "status-from-fill": "Status read from a colour",
  "target-missing": "No target date",
  "target-tbc": "Target date to be confirmed",
  "theme-missing": "No theme among rows that name theirs",
  "amount-scaled": "Amount written with its own scale",
  "timescale-unparsed": "Target date not readable",
  "timescale-ambiguous": "Target date unclear",
  "ongoing-no-date": "Ongoing, with no date",
  "target-passed": "Target date passed",
  "target-before-plan-date": "Target before the plan's date",
  "revised-unparsed": "Revised date not readable",
  "revised-before-original": "Revised date before the original",
  "duplicate-ref": "Reference used twice",
  "see-other-row": "Refers to another row",
  "see-other-missing": "Refers to a row that is not there",
  "number-as-text": "Number typed as text",
  "amount-tbc": "Amount to be confirmed",
  "amount-unparsed": "Amount not readable",
  "amount-several": "Several amounts in one cell",
  "amount-excluded": "Amount left out of the totals",
  "html-in-cell": "Web page markup in a cell",
  "error-value": "Excel error in a cell",
  "setting-invalid": "Setting not usable",
  "lookalike-characters": "Look-alike letters",
  "text-too-long": "Text too long for a cell",
};

/** The heading for an issue's kind; a code added later without a label reads as its words. */
export function issueKindLabel(code: string): string {
  const label = (ISSUE_KIND_LABELS as Readonly<Record<string, string>>)[code];
  if (label !== undefined) return label;
  const words = code.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
