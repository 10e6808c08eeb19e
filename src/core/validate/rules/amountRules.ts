import { cellAddress } from "../../grid/Address.js";
import type { Money } from "../../parse/Money.js";
import type { Plan, PlanAction, SourceCell } from "../../plan/Plan.js";
import type { IssueSink } from "../IssueSink.js";

/** "15k", "£1.2m", "2 million": the text gives its own scale, which the reader converted to the column's unit. */
const WRITTEN_SCALE = /[0-9]\s*(?:k|m|mn|bn|thousand|million|billion)\b/i;

function formatAmount(value: number): string {
  const digits = Math.abs(value).toLocaleString("en-GB");
  return value < 0 ? `-${digits}` : digits;
}

/** The first totals row below an action, named in messages so the officer sees which total is wrong. */
function totalsRowBelow(plan: Plan, row: number): number | undefined {
  return plan.totalsRows.find((totalsRow) => totalsRow > row);
}

function checkAmount(plan: Plan, action: PlanAction, money: Money, source: SourceCell | undefined, what: string, column: number, excludedMarks: ReadonlySet<string>, sink: IssueSink): void {
  switch (money.kind) {
    case "amount":
      if (money.footnote && excludedMarks.has(money.footnote)) {
        sink.add("amount-excluded", action.row, column, `${what} ${formatAmount(money.value)}${money.footnote} is left out of totals, as its footnote says.`, "No change needed.");
        return;
      }
      if (money.typedAsText && WRITTEN_SCALE.test(source?.text ?? "")) {
        // "15k" in a £000 column: read as 15, as the column's unit says; only the sheet's own SUMs miss it.
        sink.add(
          "amount-scaled",
          action.row,
          column,
          `${what} "${source?.text ?? ""}" is read as ${formatAmount(money.value)} in this column's unit; it is text, so the sheet's own totals skip it.`,
          `Enter it as the number ${formatAmount(money.value)}.`,
        );
        return;
      }
      if (money.typedAsText) {
        const totals = totalsRowBelow(plan, action.row);
        const skipped = totals !== undefined ? ` The sheet's own total in ${cellAddress(totals, column)} skips it.` : " Sheet totals skip it.";
        sink.add(
          "number-as-text",
          action.row,
          column,
          `${what} "${source?.text ?? ""}" is typed as text, not a number.${skipped}`,
          `Re-enter it as a number (${formatAmount(money.value)}); format the cell as #,##0;(#,##0) to show brackets.`,
        );
      }
      return;
    case "amounts":
      sink.add("amount-several", action.row, column, `${what} holds several amounts in one cell (${money.values.map(formatAmount).join(", ")}); they are added together.`, "Put one amount in each cell, on separate rows if needed.");
      return;
    case "tbc":
      sink.add("amount-tbc", action.row, column, `${what} is "${money.note}": not yet known, so it is not counted.`, "Enter the amount when it is confirmed.");
      return;
    case "unparsed":
      sink.add("amount-unparsed", action.row, column, `${what} "${money.text}" is not an amount we can read, so it is not counted.`, "Enter a number, e.g. -44000 or (44,000).");
      return;
    case "blank":
      return;
  }
}

export function checkAmounts(plan: Plan, sink: IssueSink): void {
  const excludedMarks = new Set(plan.footnotes.filter((note) => note.excludesFromTotals).map((note) => note.mark));
  const investmentColumn = plan.columns.fields.investment;
  for (const action of plan.actions) {
    if (investmentColumn !== undefined && action.investment) {
      checkAmount(plan, action, action.investment, action.cells.investment, "One-off investment", investmentColumn, excludedMarks, sink);
    }
    for (const [year, money] of Object.entries(action.benefits)) {
      const column = plan.columns.benefitYears[year] as number;
      checkAmount(plan, action, money, action.benefitCells[year], `The ${year} benefit`, column, excludedMarks, sink);
    }
  }
}
