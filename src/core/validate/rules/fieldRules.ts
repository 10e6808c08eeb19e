import { z } from "zod";
import type { FieldKey, Plan, PlanAction } from "../../plan/Plan.js";
import type { IssueCode } from "../IssueCode.js";
import type { IssueSink } from "../IssueSink.js";

interface FieldRule {
  readonly code: IssueCode;
  readonly message: string;
  readonly fix: string;
}

const REQUIRED: Partial<Record<FieldKey, FieldRule>> = {
  action: {
    code: "action-missing",
    message: "This row has dates or a lead but no action.",
    fix: "Describe the action, or delete the row if it is not an action.",
  },
  lead: {
    code: "lead-missing",
    message: "No lead officer is named for this action.",
    fix: "Name the officer or team responsible.",
  },
  serviceArea: {
    code: "service-area-missing",
    message: "No service area is given, so this row's benefits are not counted under any service area.",
    fix: "Enter the service area responsible for the benefit.",
  },
  status: {
    code: "status-missing",
    message: "No status is given for this action.",
    fix: "Enter a status, for example On track or Completed.",
  },
};

/**
 * The shape one action row must have, built from the plan's columns: a required field is only
 * required where the plan has a column for it. zod does the checking; codes come back in the issue params.
 */
function actionRowSchema(plan: Plan) {
  const shape: Record<string, z.ZodType> = {};
  for (const [field, rule] of Object.entries(REQUIRED) as Array<[FieldKey, FieldRule]>) {
    if (plan.columns.fields[field] === undefined) continue;
    shape[field] = z.string().min(1, { error: rule.code });
  }
  // Unknown status words are reported once per word (statusWordRules.ts), not per cell.
  return z.object(shape);
}

function rowRecord(action: PlanAction): Record<string, string> {
  const record: Record<string, string> = {};
  for (const field of Object.keys(REQUIRED) as FieldKey[]) record[field] = action.cells[field]?.text ?? "";
  // A status cell with no words but a RAG colour is not missing (statusWordRules.ts notes it).
  if (record.status === "" && action.fillRag) record.status = action.fillRag;
  return record;
}

export function checkFields(plan: Plan, sink: IssueSink): void {
  const schema = actionRowSchema(plan);
  for (const action of plan.actions) {
    const result = schema.safeParse(rowRecord(action));
    if (!result.success) {
      for (const problem of result.error.issues) {
        const field = problem.path[0] as FieldKey;
        const column = plan.columns.fields[field] as number;
        const rule = REQUIRED[field];
        if (rule) sink.add(rule.code, action.row, column, rule.message, rule.fix);
      }
    }
  }
}
