import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseMoney } from "../../src/core/parse/parseMoney.js";
import type { CellValue } from "../../src/core/grid/Cell.js";
import type { Money } from "../../src/core/parse/Money.js";

const text = (value: number, footnote?: string): Money =>
  footnote === undefined ? { kind: "amount", value, typedAsText: true } : { kind: "amount", value, typedAsText: true, footnote };

const nil: Money = { kind: "amount", value: 0, typedAsText: false };
const notApplicable: Money = { kind: "blank", notApplicable: true };

describe("parseMoney in a column's unit", () => {
  it.each<[CellValue, number, Money]>([
    // "15k" in a £000 column is 15 thousand pounds: 15 in the column's unit
    ["15k", 1000, text(15)],
    ["£1.2m", 1000, text(1200)],
    ["(£250k)", 1000, text(-250)],
    ["£2m", 1e6, text(2)],
    ["500k", 1e6, text(0.5)],
    // a number, or text without its own scale, is already in the column's unit
    [15, 1000, { kind: "amount", value: 15, typedAsText: false }],
    ["(44)", 1000, text(-44)],
    ["-", 1000, nil],
  ])("reads %j in a column of %d pounds per unit", (value, scale, expected) => {
    expect(parseMoney(value, scale)).toEqual(expected);
  });
});

describe("parseMoney", () => {
  it.each<[CellValue, Money]>([
    // numbers
    [44000, { kind: "amount", value: 44000, typedAsText: false }],
    [-44000, { kind: "amount", value: -44000, typedAsText: false }],
    [0, { kind: "amount", value: 0, typedAsText: false }],
    [1234.56, { kind: "amount", value: 1234.56, typedAsText: false }],
    // amounts typed as text (seed 001's Appendix B)
    ["(44,000)", text(-44000)],
    ["(176,000)", text(-176000)],
    ["(1202,000)", text(-1202000)],
    ["-44,000", text(-44000)],
    ["\u221244,000", text(-44000)],
    ["- 44,000", text(-44000)],
    ["(-44,000)", text(-44000)],
    ["£1,200", text(1200)],
    ["£ 1,200", text(1200)],
    ["-£1,200", text(-1200)],
    ["£(1,200)", text(-1200)],
    ["(£1,200)", text(-1200)],
    ["£ (44,000.50)", text(-44000.5)],
    ["£1.2m", text(1200000)],
    ["1.2 million", text(1200000)],
    ["250k", text(250000)],
    ["£250k", text(250000)],
    ["£2bn", text(2e9)],
    ["90,000", text(90000)],
    ["120,000*", text(120000, "*")],
    ["**45,000", text(45000, "**")],
    ["(30,000)\u2020", text(-30000, "\u2020")],
    ["0", text(0)],
    ["(0)", text(0)],
    ["<p>1,500</p>", text(1500)],
    // nil: an accountant's dash is a zero, not a number typed as text (nothing to re-enter)
    ["-", nil],
    ["\u2013", nil],
    ["\u2014", nil],
    ["£-", nil],
    ["nil", nil],
    // not applicable: nothing to count, and not an error
    ["n/a", notApplicable],
    ["N/A", notApplicable],
    ["N/a.", notApplicable],
    ["not applicable", notApplicable],
    // not yet known
    ["tbc", { kind: "tbc", note: "tbc" }],
    ["TBC", { kind: "tbc", note: "TBC" }],
    ["Tbc (main investment from safer streets grant)", { kind: "tbc", note: "Tbc (main investment from safer streets grant)" }],
    ["to be confirmed", { kind: "tbc", note: "to be confirmed" }],
    ["TBD", { kind: "tbc", note: "TBD" }],
    // several amounts in one cell
    ["(40,000) (30,000) (49,000)", { kind: "amounts", values: [-40000, -30000, -49000], typedAsText: true }],
    ["(40,000)\n(30,000)\n(49,000)", { kind: "amounts", values: [-40000, -30000, -49000], typedAsText: true }],
    ["90,000 497,000", { kind: "amounts", values: [90000, 497000], typedAsText: true }],
    // blank
    [null, { kind: "blank" }],
    ["", { kind: "blank" }],
    ["   ", { kind: "blank" }],
    ["<p></p>", { kind: "blank" }],
    // unparsed
    ["5%", { kind: "unparsed", text: "5%" }],
    ["(44,000", { kind: "unparsed", text: "(44,000" }],
    ["£1,200 per annum", { kind: "unparsed", text: "£1,200 per annum" }],
    ["1.2.3", { kind: "unparsed", text: "1.2.3" }],
    ["tbcx", { kind: "unparsed", text: "tbcx" }],
    [{ error: "#REF!" }, { kind: "unparsed", text: "#REF!" }],
    [{ error: "#N/A" }, { kind: "unparsed", text: "#N/A" }],
    [true, { kind: "unparsed", text: "TRUE" }],
    [Number.NaN, { kind: "unparsed", text: "NaN" }],
    [Number.POSITIVE_INFINITY, { kind: "unparsed", text: "Infinity" }],
    [new Date(Date.UTC(2024, 0, 1)), { kind: "unparsed", text: "01/01/2024" }],
  ])("reads %j", (value, expected) => {
    expect(parseMoney(value)).toEqual(expected);
  });

  it("never returns negative zero", () => {
    const result = parseMoney("(0)");
    expect(result.kind === "amount" && Object.is(result.value, -0)).toBe(false);
    const numeric = parseMoney(-0);
    expect(numeric.kind === "amount" && Object.is(numeric.value, -0)).toBe(false);
  });

  it("handles a 40,000-character cell", () => {
    expect(parseMoney("9".repeat(40_000)).kind).toBe("unparsed");
    expect(parseMoney("(1,000) ".repeat(5_000)).kind).toBe("unparsed");
  });

  it("reads any bracketed amount with thousands commas as its negative", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const written = `(${groupThousands(n)})`;
        expect(parseMoney(written)).toEqual({ kind: "amount", value: n === 0 ? 0 : -n, typedAsText: true });
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a plain amount with thousands commas as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const written = n < 0 ? `-${groupThousands(-n)}` : groupThousands(n);
        expect(parseMoney(written)).toEqual({ kind: "amount", value: n === 0 ? 0 : n, typedAsText: true });
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws and always returns a known kind", () => {
    const fragment = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("(", ")", "£", ",", ".", "-", "–", "k", "m", "*", "tbc", " ", "\n", "0", "44", "000"),
    );
    const cell = fc.oneof(
      fc.array(fragment, { maxLength: 10 }).map((parts) => parts.join("")),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.string().map((error) => ({ error })),
      fc.date(),
    );
    fc.assert(
      fc.property(cell, (value) => {
        const result = parseMoney(value);
        expect(["blank", "amount", "amounts", "tbc", "unparsed"]).toContain(result.kind);
        if (result.kind === "amount") expect(Number.isFinite(result.value)).toBe(true);
        if (result.kind === "amounts") expect(result.values.every(Number.isFinite)).toBe(true);
        expect(parseMoney(value)).toEqual(result);
      }),
      { numRuns: 3000 },
    );
  });
});

function groupThousands(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}
