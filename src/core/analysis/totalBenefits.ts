import type { Money } from "../parse/Money.js";
import type { Plan } from "../plan/Plan.js";

export interface BenefitTotals {
  readonly years: string[];
  readonly byYear: Record<string, number>;
  readonly total: number;
  /** Per year and "total": benefits already counted in the Medium-Term Financial Plan. */
  readonly inMtfp: Record<string, number>;
  /** Per year and "total": new benefits, not yet in the MTFP. */
  readonly notInMtfp: Record<string, number>;
  readonly byStage: Record<string, number>;
  readonly byServiceArea: Record<string, number>;
  readonly investment: number;
}

export const NOT_GIVEN = "(not given)";

/** Sums in pence-safe steps: amounts are whole pounds in practice, but text like "1.2m" must not drift. */
function add(a: number, b: number): number {
  return Math.round((a + b) * 100) / 100;
}

function countedValue(money: Money | null | undefined, excludedMarks: ReadonlySet<string>): number {
  if (!money) return 0;
  if (money.kind === "amount") return money.footnote && excludedMarks.has(money.footnote) ? 0 : money.value;
  if (money.kind === "amounts") return money.values.reduce(add, 0);
  return 0;
}

function bump(totals: Record<string, number>, key: string, value: number): void {
  totals[key] = add(totals[key] ?? 0, value);
}

/**
 * Benefit totals for a plan with financial-year amount columns; null for a plan without them.
 * Totals rows in the sheet are never actions, so nothing is counted twice. Amounts keep the
 * officer's sign: councils write benefits as negatives, "(44,000)".
 */
export function totalBenefits(plan: Plan): BenefitTotals | null {
  const years = Object.keys(plan.columns.benefitYears).sort();
  if (years.length === 0 && plan.columns.fields.investment === undefined) return null;
  const excludedMarks = new Set(plan.footnotes.filter((note) => note.excludesFromTotals).map((note) => note.mark));
  const byYear: Record<string, number> = Object.fromEntries(years.map((year) => [year, 0]));
  const inMtfp: Record<string, number> = Object.fromEntries([...years, "total"].map((key) => [key, 0]));
  const notInMtfp: Record<string, number> = Object.fromEntries([...years, "total"].map((key) => [key, 0]));
  const byStage: Record<string, number> = {};
  const byServiceArea: Record<string, number> = {};
  let total = 0;
  let investment = 0;
  for (const action of plan.actions) {
    investment = add(investment, countedValue(action.investment, excludedMarks));
    let rowTotal = 0;
    for (const year of years) {
      const value = countedValue(action.benefits[year], excludedMarks);
      rowTotal = add(rowTotal, value);
      bump(byYear, year, value);
      bump(action.inMtfp === true ? inMtfp : notInMtfp, year, value);
    }
    total = add(total, rowTotal);
    bump(action.inMtfp === true ? inMtfp : notInMtfp, "total", rowTotal);
    if (plan.columns.fields.stage !== undefined) bump(byStage, action.cells.stage?.text || NOT_GIVEN, rowTotal);
    if (plan.columns.fields.serviceArea !== undefined) bump(byServiceArea, action.cells.serviceArea?.text || NOT_GIVEN, rowTotal);
  }
  return { years, byYear, total, inMtfp, notInMtfp, byStage, byServiceArea, investment };
}
