/**
 * Excel's limits on a formula ("Excel specifications and limits"): 8,192 characters and 64 levels of
 * nested functions. A spec that breaks one is refused when it is built, so no adapter meets Excel
 * refusing the formula half-way through a write.
 */
import { describe, expect, it } from "vitest";
import { formulaNestingAbove } from "../../src/core/sheets/ExcelLimits.js";
import { formula, SheetSpecBuilder } from "../../src/core/sheets/SheetSpec.js";

const nested = (levels: number): string => `${"ABS(".repeat(levels)}1${")".repeat(levels)}`;

describe("formula nesting", () => {
  it("measures the deepest brackets, ignoring brackets inside strings", () => {
    expect(formulaNestingAbove(nested(65), 64)).toBe(65);
    expect(formulaNestingAbove(nested(64), 64)).toBeNull();
    // 70 opening brackets, but side by side: depth 2.
    expect(formulaNestingAbove(Array.from({ length: 35 }, () => "ABS(ABS(1))").join("+"), 64)).toBeNull();
    // Brackets typed inside text ("(((") are not nesting.
    expect(formulaNestingAbove(`LEN("${"(".repeat(80)}")`, 64)).toBeNull();
    expect(formulaNestingAbove(`LEN("say ""("" twice")&${nested(65)}`, 64)).toBe(65);
  });

  it("a sheet spec with a formula nested 65 deep is refused when built; 64 is accepted", () => {
    const build = (levels: number) => new SheetSpecBuilder("PT Summary", "summary").cell(2, 1, formula(nested(levels))).build();
    expect(() => build(64)).not.toThrow();
    expect(() => build(65)).toThrow(/nests 65 levels; Excel allows 64/);
  });
});
