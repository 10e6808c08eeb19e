/**
 * A formula filled down a column: one formula for rows `firstRow`–`lastRow`, its relative row
 * references moving with each row, as an officer's fill-down makes it. A refresh's live sheets are
 * mostly such columns (one formula per plan-row slot, per committee row), so the core describes them
 * once instead of building close to a million formula strings for a 20,000-row plan; the package
 * writer saves each as one shared formula (ECMA-376 Part 1 §18.3.1.40, what Excel itself writes for a
 * filled column), and renderers that write cell by cell call {@link expandFormulaRuns}.
 */
import { formula, type CellSpec, type FormulaCell } from "./CellSpec.js";
import { shiftFormula } from "../grid/shiftFormula.js";
import type { RowSpec } from "./SheetFeatures.js";
import type { SheetSpec } from "./SheetSpecModel.js";

export interface FormulaRun {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** The formula as it reads in `firstRow`, without the leading `=` (see {@link FormulaCell.formula}). */
  readonly formula: string;
  readonly style?: string;
  /** `expected[i]` is what the core computed for row `firstRow + i` (see {@link FormulaCell.expected}). */
  readonly expected?: ReadonlyArray<number | string | undefined>;
}

/**
 * What a run may not hold because Excel mishandles it in a shared formula, or null: a reference to
 * another sheet that is not absolute in both column and row (`Plan!G5`, `Plan!A:B`, `'PT Plan
 * rows'!$P5`) — Excel does not move it, and reports errors when the workbook is opened or saved
 * (EPPlus issue #92; "Open XML Excel: some formulas are not supported by shared formula", where
 * `VLOOKUP(A2,Sheet2!A:B,2,0)` fails and `Sheet2!$A:$B` works) — and a structured reference
 * (`Table1[Amount]`), which fails the same way. Excel itself writes such columns cell by cell. Our runs
 * reach other sheets only through `$G:$G` columns and `$B$3` cells.
 */
export function sharedFormulaProblem(formula: string): string | null {
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"') inString = !inString;
    if (inString) continue;
    if (c === "'") {
      // A quoted sheet name ('' inside stands for one quote): skip to its closing quote.
      for (i++; i < formula.length; i++) if (formula[i] === "'" && formula[++i] !== "'") break;
    }
    if (formula[i] === "[") return `the structured reference at "${formula.slice(Math.max(0, i - 10), i + 10)}"`;
    if (formula[i] !== "!") continue;
    const reference = /^(\$?)[A-Za-z]{0,3}(\$?)\d*(?::(\$?)[A-Za-z]{0,3}(\$?)\d*)?/.exec(formula.slice(i + 1, i + 40))?.[0] ?? "";
    // Every column and every row named must carry a "$".
    const parts = reference.split(":").filter((part) => part !== "");
    const relative = parts.some((part) => {
      const [, column = "", row = ""] = /^(\$?[A-Za-z]*)(\$?\d*)$/.exec(part) ?? [];
      return (column !== "" && !column.startsWith("$")) || (row !== "" && !row.startsWith("$"));
    });
    if (relative) return `${reference}, a reference to another sheet that is not absolute`;
  }
  return null;
}

/** The cell of `run` in `row` (which the run covers), its formula moved down from the first row. */
export function runCellAt(run: FormulaRun, row: number): FormulaCell {
  // Through formula(), as a cell of its own would be written: an expected text loses any lone surrogate.
  return formula(shiftFormula(run.formula, row - run.firstRow, 0), run.expected?.[row - run.firstRow], run.style);
}

/** The spec with every run written out as cells in its rows, and no runs: for renderers that write cell by cell. */
export function expandFormulaRuns(spec: SheetSpec): SheetSpec {
  const runs = spec.formulaRuns ?? [];
  if (runs.length === 0) return spec;
  const rows: Array<{ cells: Array<CellSpec | undefined>; height?: number; hidden?: boolean } | undefined> = spec.rows.map((row) =>
    row ? { ...row, cells: [...row.cells] } : undefined,
  );
  for (const run of runs) {
    for (let row = run.firstRow; row <= run.lastRow; row++) {
      const target = (rows[row - 1] ??= { cells: [] });
      target.cells[run.column - 1] = runCellAt(run, row);
    }
  }
  const expanded: { -readonly [K in keyof SheetSpec]: SheetSpec[K] } = { ...spec, rows: rows as ReadonlyArray<RowSpec | undefined> };
  delete expanded.formulaRuns;
  return expanded;
}

/** The last row holding anything, runs included. */
export function lastRowOf(spec: SheetSpec): number {
  let last = spec.rows.length;
  for (const run of spec.formulaRuns ?? []) last = Math.max(last, run.lastRow);
  return last;
}

/** The cell at (row, column), whether written as a cell or as part of a run. */
export function specCellAt(spec: SheetSpec, row: number, column: number): CellSpec | undefined {
  const own = spec.rows[row - 1]?.cells[column - 1];
  if (own !== undefined) return own;
  const run = (spec.formulaRuns ?? []).find((r) => r.column === column && r.firstRow <= row && row <= r.lastRow);
  return run ? runCellAt(run, row) : undefined;
}
