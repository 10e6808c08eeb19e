/**
 * A formula moved as Excel's fill-down and a file's shared formula (ECMA-376 Part 1 §18.3.1.40) move
 * it: the package reader writes out an officer's shared formulas with it, and the core the formula
 * runs of our own sheets for renderers that write cell by cell. Expected answers are Excel's, typed
 * by hand from what fill-down shows.
 */
import { describe, expect, it } from "vitest";
import { shiftFormula } from "../../src/core/grid/shiftFormula.js";

describe("shiftFormula", () => {
  it("moves relative rows and leaves absolute rows, whole columns and other sheets' absolute rows", () => {
    expect(shiftFormula("IF($K7=\"\",\"\",INDEX(Plan!$C:$C,$K7)&\"\")", 5, 0)).toBe('IF($K12="","",INDEX(Plan!$C:$C,$K12)&"")');
    expect(shiftFormula("COUNTIF('PT Plan rows'!$Q$5:$Q$254,1)+A1", 3, 0)).toBe("COUNTIF('PT Plan rows'!$Q$5:$Q$254,1)+A4");
    expect(shiftFormula("IF($B6<>1,0,$C5)", 1, 0)).toBe("IF($B7<>1,0,$C6)");
  });

  it("leaves text, quoted sheet names, function names and numbers alone", () => {
    expect(shiftFormula('"A1 and B2"&A1', 1, 0)).toBe('"A1 and B2"&A2');
    expect(shiftFormula("'Q1 2025'!$A1+LOG10(A1)+ATAN2(B1,C1)", 1, 0)).toBe("'Q1 2025'!$A2+LOG10(A2)+ATAN2(B2,C2)");
    expect(shiftFormula("A1*1E+9+1E5", 2, 0)).toBe("A3*1E+9+1E5");
    expect(shiftFormula('"He said ""A1"""&B1', 1, 0)).toBe('"He said ""A1"""&B2');
  });

  it("moves columns too, for the reader's shared formulas", () => {
    expect(shiftFormula("B2*C2", 1, 0)).toBe("B3*C3");
    expect(shiftFormula("B2*$C2", 0, 2)).toBe("D2*$C2");
  });

  it("gives #REF! for a reference moved off the sheet, as Excel does", () => {
    expect(shiftFormula("A1048576", 1, 0)).toBe("#REF!");
    expect(shiftFormula("A2", -2, 0)).toBe("#REF!");
  });

  it("is the identity for no move", () => {
    const formula = "IFERROR(MATCH(1,'PT Plan rows'!$G$5:$G$254,0),\"\")";
    expect(shiftFormula(formula, 0, 0)).toBe(formula);
  });
});
