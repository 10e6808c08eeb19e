import type { Severity } from "./Issue.js";

/**
 * Every issue code the validator can raise, with its severity. Codes are part of the JSON report
 * contract: add new ones, never rename. Errors make `validate` exit 1; warnings and info do not.
 */
export const ISSUE_CODES = {
  "action-missing": "warning",
  "lead-missing": "warning",
  "service-area-missing": "warning",
  "status-missing": "warning",
  "status-unknown": "error",
  "status-variant": "info",
  "status-unplaced": "warning",
  "status-from-fill": "info",
  "target-missing": "warning",
  "timescale-unparsed": "error",
  "timescale-ambiguous": "warning",
  "ongoing-no-date": "warning",
  "target-passed": "warning",
  "target-before-plan-date": "error",
  "revised-unparsed": "error",
  "revised-before-original": "error",
  "duplicate-ref": "error",
  "see-other-row": "info",
  "see-other-missing": "error",
  "number-as-text": "error",
  "amount-tbc": "warning",
  "amount-unparsed": "error",
  "amount-several": "warning",
  "amount-excluded": "info",
  "html-in-cell": "info",
  "error-value": "error",
  "setting-invalid": "error",
  "lookalike-characters": "warning",
  "text-too-long": "warning",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_CODES;
