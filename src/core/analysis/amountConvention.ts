/**
 * What the plan's own amounts say about themselves: the unit they are kept in (from headings,
 * captions or a line above the table) and which way round savings are written. Councils differ —
 * seed 001 prints savings as negatives in brackets, "(44,000)"; others list them as positive
 * figures — so the benefits sheet states the plan's convention instead of assuming one.
 */
import { describeUnit, POUNDS, type AmountUnit } from "../parse/AmountUnit.js";
import type { Money } from "../parse/Money.js";
import type { Plan } from "../plan/Plan.js";

export type SavingsSign = "negative" | "positive" | "mixed" | "none";

export interface AmountConvention {
  /** The unit every amount column shares, or null when the plans use different units. */
  readonly unit: AmountUnit | null;
  /** Each distinct unit with the headings that state it, for the "mixed" case. */
  readonly units: readonly AmountUnit[];
  /** How the benefit amounts are signed: mostly negative (savings as negatives), mostly positive, both, or no amounts. */
  readonly savings: SavingsSign;
}

function amountsOf(money: Money): number[] {
  if (money.kind === "amount") return [money.value];
  if (money.kind === "amounts") return [...money.values];
  return [];
}

/** A clear majority (three in four) decides the sign; otherwise the plan mixes both. */
const MAJORITY = 0.75;

export function amountConvention(plans: readonly Plan[]): AmountConvention {
  const units: AmountUnit[] = [];
  let negative = 0;
  let positive = 0;
  for (const plan of plans) {
    const columns = [...Object.values(plan.columns.benefitYears), plan.columns.fields.investment, plan.columns.fields.benefitTotal];
    for (const column of columns) {
      if (column === undefined) continue;
      const unit = plan.amountUnits?.[column] ?? POUNDS;
      if (!units.some((known) => known.scale === unit.scale)) units.push(unit);
    }
    for (const action of plan.actions) {
      for (const money of Object.values(action.benefits)) {
        for (const value of amountsOf(money)) {
          if (value < 0) negative++;
          else if (value > 0) positive++;
        }
      }
    }
  }
  const signed = negative + positive;
  const savings: SavingsSign = signed === 0 ? "none" : negative / signed >= MAJORITY ? "negative" : positive / signed >= MAJORITY ? "positive" : "mixed";
  return { unit: units.length === 1 ? (units[0] as AmountUnit) : units.length === 0 ? POUNDS : null, units, savings };
}

/** The sentence the benefits sheet opens with: the unit and the sign convention, as the plan uses them. */
export function describeAmountConvention(convention: AmountConvention): string {
  const unit = convention.unit
    ? `Amounts in ${describeUnit(convention.unit)}, as the plan gives them${convention.unit.source ? ` (from "${convention.unit.source.replace(/\s+/g, " ")}")` : ""}.`
    : `Amounts as the plan gives them, in different units by column: ${convention.units.map((u) => `${describeUnit(u)}${u.source ? ` ("${u.source.replace(/\s+/g, " ")}")` : ""}`).join(", ")}. Totals add each column in its own unit.`;
  const example = convention.unit && convention.unit.scale !== 1 ? "(44)" : "(44,000)";
  switch (convention.savings) {
    case "negative":
      return `${unit} This plan writes benefits (savings) as negative amounts, printed in brackets, e.g. ${example}.`;
    case "positive":
      return `${unit} This plan writes benefits (savings) as positive amounts; a negative amount, printed in brackets, is a cost.`;
    case "mixed":
      return `${unit} This plan writes some benefits as positive and some as negative amounts: check the signs, as totals add them as written (negatives print in brackets).`;
    case "none":
      return `${unit} Negative amounts print in brackets, e.g. ${example}.`;
  }
}
