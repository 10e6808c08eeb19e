/** The reference parser the refresh properties rely on: if it missed references, they would prove nothing. */
import { describe, expect, it } from "vitest";
import { formulaTextProblems, referenceProblems, referencesIn, type Universe } from "./formulaReferences.js";
import { sheet } from "../support/grid.js";
import { SheetSpecBuilder, formula, text } from "../../src/core/sheets/SheetSpec.js";

const refs = (f: string): Array<[string | null, number | null, number | null, number | null, number | null]> =>
  referencesIn(f).map((r) => [r.sheet, r.top, r.left, r.bottom, r.right]);

describe("referencesIn", () => {
  it("reads quoted and bare sheet names, absolute and relative cells, ranges, whole columns and rows", () => {
    expect(refs("COUNTIFS('PT Committee'!$D$5:$D$9,\"Blue\")")).toEqual([["PT Committee", 5, 4, 9, 4]]);
    expect(refs("'Officer''s plan'!E4&Sheet1!$A$1")).toEqual([["Officer's plan", 4, 5, 4, 5], ["Sheet1", 1, 1, 1, 1]]);
    expect(refs("SUM($A:$B)+SUM(3:4)+SUM(B5:B9)")).toEqual([[null, null, 1, null, 2], [null, 3, null, 4, null], [null, 5, 2, 9, 2]]);
    expect(refs("IF($F5=\"Complete\",\"Blue\",CHOOSE(1+0,\"A1\",\"B2\"))")).toEqual([[null, 5, 6, 5, 6]]);
  });

  it("skips strings, array constants, function names and numbers", () => {
    expect(refs('MATCH(TRIM($G4),{"On track","A1 ""B2"""},0)+LOG10(100)+1.5E+3+TRUE')).toEqual([[null, 4, 7, 4, 7]]);
    expect(refs('IFERROR(VALUE(SUBSTITUTE(\'OD projects\'!E7,",","")),0)')).toEqual([["OD projects", 7, 5, 7, 5]]);
  });

  it("throws on an unterminated string", () => {
    expect(() => referencesIn('"open')).toThrow(/unterminated/);
  });
});

describe("referenceProblems", () => {
  const officer = sheet("Plan", [["Ref", "Action"], ["1.1", "Do it"]]);
  const spec = new SheetSpecBuilder("PT Summary", "summary").row(2, [text("As at"), formula("'Plan'!B2")]).cell(3, 3, text("x")).build();
  const universe: Universe = { officer: new Map([["Plan", officer]]), generated: new Map([["PT Summary", spec]]) };
  const at = (f: string, sheetName = "PT Summary", row = 3, column = 1): string[] => referenceProblems({ sheet: sheetName, row, column, formula: f }, universe);

  it("accepts references inside the used range of existing sheets", () => {
    expect(at("'Plan'!$A$1:$B$2")).toEqual([]);
    expect(at("Plan!A:B")).toEqual([]);
    expect(at("'PT Summary'!$A$2&B2")).toEqual([]);
  });

  it("reports missing sheets, cells outside the used range, empty cells, reversed ranges, #REF! and circularity", () => {
    expect(at("'Gone'!A1")).toEqual([expect.stringMatching(/not in the refreshed workbook/)]);
    expect(at("Plan!C1")).toEqual([expect.stringMatching(/right of the last column/)]);
    expect(at("Plan!A3")).toEqual([expect.stringMatching(/below the last row/)]);
    expect(at("D2")).toEqual([expect.stringMatching(/right of the last column/), expect.stringMatching(/leaves empty/)]);
    expect(at("B3")).toEqual([expect.stringMatching(/leaves empty/)]);
    expect(at("Plan!B2:A1")).toEqual([expect.stringMatching(/bottom-right to top-left/)]);
    expect(at("#REF!+1")).toEqual([expect.stringMatching(/#REF!/)]);
    expect(at("SUM(A2:B2)", "PT Summary", 2, 2)).toEqual([expect.stringMatching(/circular/)]);
  });
});

describe("formulaTextProblems", () => {
  it("reports formulas over 8,192 characters and string constants over 255", () => {
    const site = (formula: string) => ({ sheet: "S", row: 2, column: 1, formula });
    expect(formulaTextProblems(site(`"${"a".repeat(255)}"&"x"""""`))).toEqual([]);
    expect(formulaTextProblems(site(`A1="${"a".repeat(256)}"`))).toEqual([expect.stringMatching(/string constant of 256/)]);
    expect(formulaTextProblems(site(`A1+${"1+".repeat(4100)}1`))).toEqual([expect.stringMatching(/formula of 8204 characters/)]);
  });
});
