/**
 * Formula runs: one formula filled down a column. The builder keeps them apart from the cells,
 * validation refuses what Excel would not load or the renderers could not write, and a run written
 * out cell by cell is the fill-down of its first formula, with each row's expected value.
 */
import { describe, expect, it } from "vitest";
import { SheetSpecBuilder, expandFormulaRuns, formula, lastRowOf, runCellAt, sharedFormulaProblem, specCellAt, text } from "../../src/core/sheets/SheetSpec.js";

const builder = (): SheetSpecBuilder => new SheetSpecBuilder("PT Plan rows", "planRows").style("wrap", { wrap: true });

describe("formula runs", () => {
  it("writes a run out as the fill-down of its formula, each row with its expected value", () => {
    const spec = builder()
      .row(4, [text("Plan row"), text("Double")])
      .formulaRun(1, 5, 8, "ROW()-4")
      .formulaRun(2, 5, 8, "IF($A5=\"\",\"\",$A5*2)+$A$4*0", { expected: [2, 4, 6, 8] })
      .build();
    expect(spec.rows[4]?.cells[1]).toBeUndefined();
    expect(lastRowOf(spec)).toBe(8);
    const expanded = expandFormulaRuns(spec);
    expect(expanded.formulaRuns).toBeUndefined();
    expect(expanded.rows.slice(4, 8).map((row) => row?.cells[1])).toEqual([
      { kind: "formula", formula: 'IF($A5="","",$A5*2)+$A$4*0', expected: 2 },
      { kind: "formula", formula: 'IF($A6="","",$A6*2)+$A$4*0', expected: 4 },
      { kind: "formula", formula: 'IF($A7="","",$A7*2)+$A$4*0', expected: 6 },
      { kind: "formula", formula: 'IF($A8="","",$A8*2)+$A$4*0', expected: 8 },
    ]);
    expect(specCellAt(spec, 7, 1)).toEqual({ kind: "formula", formula: "ROW()-4" });
    expect(specCellAt(spec, 4, 1)).toEqual(text("Plan row"));
    expect(specCellAt(spec, 9, 1)).toBeUndefined();
  });

  it("writes out a run's expected text as a cell's would be: no lone surrogate (half an emoji cut by a truncation)", () => {
    const spec = builder().formulaRun(1, 5, 6, "B5&\"\"", { expected: ["cut \uD83D", "whole \uD83D\uDE00"] }).build();
    expect(expandFormulaRuns(spec).rows.slice(4, 6).map((row) => row?.cells[0])).toEqual([formula('B5&""', "cut "), formula('B6&""', "whole \uD83D\uDE00")]);
  });

  it("makes a run of one row a plain cell", () => {
    const spec = builder().formulaRun(3, 6, 6, "A6+1", { expected: [7] }).build();
    expect(spec.formulaRuns).toBeUndefined();
    expect(spec.rows[5]?.cells[2]).toEqual(formula("A6+1", 7));
  });

  it("refuses a cell written over a run, and two runs over the same cells", () => {
    expect(() => builder().formulaRun(1, 5, 9, "A4+1").cell(7, 1, text("x")).build()).toThrow(/A7 is also written as a cell/);
    expect(() => builder().formulaRun(1, 5, 9, "A4+1").formulaRun(1, 9, 12, "A8+1").build()).toThrow(/runs in column 1 overlap at row 9/);
    expect(() => builder().formulaRun(1, 5, 9, "A4+1").formulaRun(2, 5, 9, "A4+1").build()).not.toThrow();
  });

  it("refuses what Excel cannot share: a reference to another sheet not absolute in column and row, a structured reference", () => {
    expect(sharedFormulaProblem("INDEX(Plan!$G:$G,$A5)+'PT Plan rows'!$P$5+ROW('Officer''s plan'!$A$3)")).toBeNull();
    expect(sharedFormulaProblem('"Plan!G5 [x]"&A1')).toBeNull();
    expect(sharedFormulaProblem("Plan!G5*2")).toMatch(/^G5,/);
    expect(sharedFormulaProblem("Plan!$G5*2")).toMatch(/^\$G5,/);
    expect(sharedFormulaProblem("VLOOKUP(A2,Sheet2!A:B,2,0)")).toMatch(/^A:B,/);
    expect(sharedFormulaProblem("SUM('Officer''s plan'!$G$5:$G9)")).toMatch(/^\$G\$5:\$G9,/);
    expect(sharedFormulaProblem("SUM(Table1[Amount])")).toMatch(/structured reference/);
    expect(() => builder().formulaRun(1, 5, 9, "Plan!G5*2").build()).toThrow(/Excel cannot share/);
    expect(() => builder().formulaRun(1, 5, 9, "VLOOKUP($A5,Plan!$A:$B,2,0)").build()).not.toThrow();
  });

  it("refuses a run whose last row's formula is longer than Excel allows, though its first row's fits", () => {
    // 8,190 characters at row 5; its reference gains three digits by row 1,004 (8,193 characters).
    const long = `A5&"${"x".repeat(8_190 - 5)}"`;
    expect(long.length).toBe(8_190);
    expect(() => builder().formulaRun(1, 5, 999, long).build()).not.toThrow();
    expect(() => builder().formulaRun(1, 5, 1_004, long).build()).toThrow(/longer than 8192/);
  });

  it("sizes a row from the text its run cells will show", () => {
    const long = "A committee reads this description, which is long enough to wrap over several lines of a narrow column.";
    const spec = builder().column(1, { width: 20 }).formulaRun(1, 5, 6, "B5&\"\"", { style: "wrap", expected: [long, "short"] }).build();
    expect(spec.rows[4]?.height).toBeGreaterThan(15);
    expect(spec.rows[5]?.height).toBeUndefined();
    expect(runCellAt(spec.formulaRuns?.[0] as NonNullable<typeof spec.formulaRuns>[number], 6)).toEqual({ kind: "formula", formula: 'B6&""', expected: "short", style: "wrap" });
  });
});
