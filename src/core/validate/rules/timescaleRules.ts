import type { IsoDate } from "../../parse/IsoDate.js";
import { formatUkDate } from "../../parse/formatDate.js";
import type { Timescale } from "../../parse/Timescale.js";
import { effectiveTarget, isComplete, resolveSeeOther } from "../../plan/actionState.js";
import type { Plan, PlanAction } from "../../plan/Plan.js";
import type { StatusLookup } from "../../plan/StatusVocabulary.js";
import type { IssueSink } from "../IssueSink.js";

export interface TimescaleRuleOptions {
  readonly asOf: IsoDate;
  readonly statuses: StatusLookup;
}

function quoted(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, " / ");
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}"`;
}

function checkTarget(plan: Plan, action: PlanAction, column: number, seeOther: Map<number, PlanAction | null>, complete: boolean, sink: IssueSink): void {
  const target = action.target as Timescale;
  switch (target.kind) {
    case "blank":
      if (!complete && !action.revisedTarget?.due) {
        sink.add("target-missing", action.row, column, "No target date is given, so this action can never show as overdue.", "Enter a target date or timescale, e.g. 31/03/2025 or March 2025.");
      }
      return;
    case "unparsed":
      sink.add(
        "timescale-unparsed",
        action.row,
        column,
        `The timescale ${quoted(target.text)} is not a date we can read, so it is left out of overdue checks.`,
        "Write a date (31/03/2025), a month (March 2025), a season (Spring 2025), a financial year (2024/25) or a quarter (2024/25 Q1).",
      );
      return;
    case "ongoing":
      if (target.due === null) {
        sink.add(
          "ongoing-no-date",
          action.row,
          column,
          `${quoted(target.text)} has no date to measure progress against.`,
          'Add a review or end date, e.g. "Ongoing until March 2025".',
        );
      }
      return;
    case "toBeConfirmed":
      if (!complete && !action.revisedTarget?.due) {
        sink.add(
          "target-tbc",
          action.row,
          column,
          `The target date is ${quoted(target.text)}: still to be confirmed, so this action cannot show as overdue yet.`,
          "Enter the date once it is agreed.",
        );
      }
      return;
    case "seeOther": {
      const pointed = seeOther.get(action.row);
      if (pointed) {
        sink.add(
          "see-other-row",
          action.row,
          column,
          `${quoted(target.text)} refers to row ${pointed.row}${pointed.ref ? ` (ref ${pointed.ref})` : ""}; its timescale is used.`,
          "No change needed; copy the timescale across if this action could slip separately.",
        );
      } else {
        sink.add(
          "see-other-missing",
          action.row,
          column,
          `${quoted(target.text)} refers to ${target.seeRef ? `ref ${target.seeRef}` : "a row above"}, but no action in this plan has that reference.`,
          "Correct the reference, or write the timescale out in full.",
        );
      }
      return;
    }
    default:
      break;
  }
  if (target.ambiguity) {
    sink.add("timescale-ambiguous", action.row, column, target.ambiguity, "Write the timescale unambiguously, e.g. a month or a financial-year quarter (2024/25 Q1).");
  }
  if (plan.planDate && !complete && target.due !== null && target.due < plan.planDate) {
    sink.add(
      "target-before-plan-date",
      action.row,
      column,
      `The target (${quoted(target.text)}, ending ${formatUkDate(target.due)}) is before the plan's own date (${formatUkDate(plan.planDate)}): probably a typing error in the year.`,
      "Check the year of the target date.",
    );
  }
}

function checkRevised(action: PlanAction, original: Timescale | null, column: number, sink: IssueSink): void {
  const revised = action.revisedTarget as Timescale;
  if (revised.kind === "toBeConfirmed") {
    sink.add("target-tbc", action.row, column, `The revised date is ${quoted(revised.text)}: still to be confirmed.`, "Enter the revised date once it is agreed.");
    return;
  }
  if (revised.kind === "unparsed") {
    sink.add("revised-unparsed", action.row, column, `The revised date ${quoted(revised.text)} is not a date we can read.`, "Write a date (31/03/2025) or a month (March 2025).");
    return;
  }
  if (revised.due !== null && original?.due && revised.due < original.due) {
    sink.add(
      "revised-before-original",
      action.row,
      column,
      `The revised date (${formatUkDate(revised.due)}) is earlier than the original target (${formatUkDate(original.due)}).`,
      "A revised date normally moves a target later: check which date is which, or the year.",
    );
  }
}

function checkOverdue(action: PlanAction, original: Timescale | null, column: number, asOf: IsoDate, sink: IssueSink): void {
  const revisedDue = action.revisedTarget?.due ?? null;
  const due = revisedDue ?? original?.due ?? null;
  if (due === null || due >= asOf) return;
  const against = revisedDue !== null ? `revised date ${formatUkDate(revisedDue)}` : `target ${formatUkDate(due)}`;
  const status = action.status ? ` but its status is "${action.status}"` : "";
  sink.add(
    "target-passed",
    action.row,
    column,
    `The ${against} passed before ${formatUkDate(asOf)} and the action is not marked complete${status}.`,
    "Mark it complete, or agree a revised date and record the slippage.",
  );
}

export function checkTimescales(plan: Plan, options: TimescaleRuleOptions, sink: IssueSink): void {
  const targetColumn = plan.columns.fields.target;
  const revisedColumn = plan.columns.fields.revisedTarget;
  const hasStatus = plan.columns.fields.status !== undefined;
  const seeOther = resolveSeeOther(plan);
  for (const action of plan.actions) {
    const complete = isComplete(action, options.statuses, hasStatus);
    const original = effectiveTarget(action, seeOther);
    if (targetColumn !== undefined && action.target) checkTarget(plan, action, targetColumn, seeOther, complete, sink);
    if (revisedColumn !== undefined && action.revisedTarget && action.revisedTarget.kind !== "blank") {
      checkRevised(action, original, revisedColumn, sink);
    }
    if (!complete && targetColumn !== undefined) {
      const column = action.revisedTarget?.due ? (revisedColumn as number) : targetColumn;
      checkOverdue(action, original, column, options.asOf, sink);
    }
  }
}
