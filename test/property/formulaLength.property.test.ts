/**
 * Nothing the refresh writes grows with the plan: random plans of up to 20,000 actions, their rows in
 * random order (themes interleaved, as after a sort by lead or by date), refresh, and every generated
 * formula — cells, the officer's RAG column — is at most Excel's 8,192 characters. Before the live
 * design a theme's count had one part per run of its rows, and such a plan failed from a few hundred
 * actions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import type { CellValue } from "../../src/core/grid/Cell.js";
import { buildRefresh } from "../../src/core/refresh/buildRefresh.js";
import { EXCEL_LIMITS, expandFormulaRuns, isPlanTrackerSheet } from "../../src/core/sheets/SheetSpec.js";
import { syntheticRows } from "../../bench/syntheticPlan.js";
import { sheet, workbook } from "../support/grid.js";


interface PlanShape {
  readonly actions: number;
  readonly themes: number;
  readonly seed: number;
}

/**
 * A realistic plan (bench/syntheticPlan.ts: mixed timescales, statuses, HTML), `themes` themes named in
 * a theme column on every row, its rows shuffled by `seed` (a sort by anything but theme).
 */
function shuffledPlan({ actions, themes, seed }: PlanShape) {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const rows = syntheticRows(actions);
  const head = rows.slice(0, 3);
  const body = rows.slice(3).map((row) => [row[0] ?? null, `Theme ${Math.floor(random() * themes) + 1}: improving services`, ...row.slice(2)]);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [body[i], body[j]] = [body[j] as CellValue[], body[i] as CellValue[]];
  }
  return workbook(sheet("Plan", [...head, ...body]));
}

function longestFormula(shape: PlanShape): { longest: number; where: string; actions: number } {
  const grid = shuffledPlan(shape);
  const check = checkWorkbook(grid, { asOf: "2025-06-30", isGeneratedSheet: isPlanTrackerSheet });
  const output = buildRefresh({ grid, check, asOf: "2025-06-30", refreshedAt: "30/06/2025 09:00", takeSnapshot: false });
  let longest = 0;
  let where = "";
  for (const spec of output.specs.map(expandFormulaRuns)) {
    spec.rows.forEach((row, r) =>
      row?.cells.forEach((cell, c) => {
        if (cell?.kind === "formula" && cell.formula.length > longest) {
          longest = cell.formula.length;
          where = `${spec.name} R${r + 1}C${c + 1}`;
        }
      }),
    );
  }
  for (const column of output.ragColumns) {
    for (const cell of column.cells) {
      if (cell.formula.length > longest) {
        longest = cell.formula.length;
        where = `RAG column row ${cell.row}`;
      }
    }
  }
  return { longest, where, actions: check.plans[0]?.actions.length ?? 0 };
}

describe("generated formulas do not grow with the plan", () => {
  it("20,000 actions in 60 interleaved themes refresh, every formula within Excel's limit", () => {
    const result = longestFormula({ actions: 20_000, themes: 60, seed: 7 });
    expect(result.actions).toBe(20_000);
    expect(result.longest, result.where).toBeLessThanOrEqual(EXCEL_LIMITS.formulaLength);
  }, 300_000);

  it("the longest formula is the same length for 200 and 5,000 actions in any order", () => {
    const small = longestFormula({ actions: 200, themes: 12, seed: 3 });
    const large = longestFormula({ actions: 5_000, themes: 12, seed: 11 });
    // Row numbers grow by a digit or two per reference; nothing else may grow.
    expect(large.longest - small.longest).toBeLessThan(200);
  }, 300_000);

  it("random plans in random row order: every formula within Excel's limit", () => {
    fc.assert(
      fc.property(fc.record({ actions: fc.integer({ min: 1, max: 3_000 }), themes: fc.integer({ min: 1, max: 80 }), seed: fc.integer() }), (shape) => {
        const result = longestFormula(shape);
        expect(result.longest, result.where).toBeLessThanOrEqual(EXCEL_LIMITS.formulaLength);
      }),
      { numRuns: 12 },
    );
  }, 600_000);
});
