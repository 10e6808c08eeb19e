/**
 * The unit a plan states for its amounts: "£000", "£'000", "(£000s)", "£k", "£m", "£ thousands" in a
 * column heading, the caption over it, or a line above the table ("All figures in £000s"). Council
 * finance tables are routinely kept in thousands (seed 001 prints whole pounds; MTFP appendices in
 * £000s), so an amount is read in its column's unit: 15 in a £000 column is £15,000.
 */
export interface AmountUnit {
  /** How the unit is shown: "£", "£000" or "£m". */
  readonly label: "£" | "£000" | "£m";
  /** Pounds in one unit: 1, 1000 or 1,000,000. */
  readonly scale: number;
  /** Where the plan says so: the heading (with its caption) or the line above the table that states it. */
  readonly source: string;
}

export const POUNDS: AmountUnit = { label: "£", scale: 1, source: "" };

const THOUSANDS = /£\s*['’]?\s*000s?(?![0-9])|£\s*k(?![a-z])|(?<![a-z])k£|£\s*thousands?\b|\bthousands of pounds\b/i;
const MILLIONS = /£\s*(?:m|mn|millions?)(?![a-z])|\bmillions of pounds\b/i;

/** The unit a heading or line of text states, or null when it states none. */
export function findAmountUnit(text: string): AmountUnit | null {
  if (text.length > 300) return null;
  if (THOUSANDS.test(text)) return { label: "£000", scale: 1000, source: text };
  if (MILLIONS.test(text)) return { label: "£m", scale: 1e6, source: text };
  return null;
}

/** "in £000 (thousands of pounds)", for sentences shown to the officer. */
export function describeUnit(unit: AmountUnit): string {
  if (unit.scale === 1000) return "£000 (thousands of pounds)";
  if (unit.scale === 1e6) return "£m (millions of pounds)";
  return "£ (pounds)";
}
