/**
 * Finds the cell references in a generated formula and checks each points at something that exists.
 *
 * Parsing (enough for the formulas we generate, which are en-US A1 style):
 * - string literals ("…", with "" inside) and array constants ({…}) hold no references and are skipped;
 * - a reference is an optional sheet — `'Sheet ''x'''!` (quoted, apostrophes doubled) or a bare name
 *   `Sheet1!` — followed by `$A$1`, `A1:B9`, `$A:$A` (whole columns) or `$1:$3` (whole rows);
 * - a reference with no sheet is to the formula's own sheet;
 * - an identifier followed by `(` is a function (LOG10( is not cell LOG10), other identifiers (TRUE,
 *   FALSE) are skipped whole;
 * - `#REF!` anywhere is reported: a formula we generate must never hold a broken reference.
 *
 * What "exists" means (see {@link referenceProblems}):
 * - a sheet in the finished workbook: an officer's sheet (one without our marker — sheets with the
 *   marker are removed by the refresh) or one of the generated specs, named exactly;
 * - for an officer's sheet, inside its used range (merged cells included, as in Excel): row ≤ rowCount and column ≤ columnCount — the cells
 *   the officer filled — or in a column the officer names in a columns setting ("status=G"), which
 *   is part of the plan even while empty. Whole-column references are checked on their columns only;
 * - for a generated sheet, inside what the spec writes: row ≤ spec.rows.length and column ≤ the widest
 *   row; a single-cell reference (`B3`, not a range such as `I6:I6`, which a SUM may leave empty)
 *   must name a cell the spec fills (not absent, not a styled blank), because the formula reads its value;
 * - every range is written top-left to bottom-right, within Excel's limits, and no formula refers
 *   to its own cell (a circular reference).
 */
import { columnNumber } from "../../src/core/grid/Address.js";
import { expandFormulaRuns, generatedRoleOf, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import type { Plan } from "../../src/core/plan/Plan.js";

export interface FormulaReference {
  /** The sheet named in the reference; null for the formula's own sheet. */
  readonly sheet: string | null;
  /** Null bounds mean "whole": a whole column has no rows, a whole row no columns. */
  readonly top: number | null;
  readonly bottom: number | null;
  readonly left: number | null;
  readonly right: number | null;
  readonly text: string;
}

const SHEET_PREFIX = /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/y;
const CELL_AREA = /\$?([A-Za-z]{1,3})\$?([0-9]+)(?::\$?([A-Za-z]{1,3})\$?([0-9]+))?/y;
const COLUMN_AREA = /\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})/y;
const ROW_AREA = /\$?([0-9]+):\$?([0-9]+)/y;
const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.]*/y;
const CONTINUES = /[A-Za-z0-9_.(!]/;

function matchAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** The area at `at` (after any sheet prefix), if one starts there and is not part of a longer token. */
function areaAt(formula: string, at: number): { end: number; top: number | null; bottom: number | null; left: number | null; right: number | null } | null {
  const cell = matchAt(CELL_AREA, formula, at);
  if (cell && !CONTINUES.test(formula[at + cell[0].length] ?? "")) {
    const top = Number(cell[2]);
    const left = columnNumber(cell[1] as string);
    const bottom = cell[4] !== undefined ? Number(cell[4]) : top;
    const right = cell[3] !== undefined ? columnNumber(cell[3]) : left;
    return { end: at + cell[0].length, top, bottom, left, right };
  }
  const columns = matchAt(COLUMN_AREA, formula, at);
  if (columns && !CONTINUES.test(formula[at + columns[0].length] ?? "")) {
    return { end: at + columns[0].length, top: null, bottom: null, left: columnNumber(columns[1] as string), right: columnNumber(columns[2] as string) };
  }
  const rows = matchAt(ROW_AREA, formula, at);
  if (rows && !CONTINUES.test(formula[at + rows[0].length] ?? "")) {
    return { end: at + rows[0].length, top: Number(rows[1]), bottom: Number(rows[2]), left: null, right: null };
  }
  return null;
}

/** The index just after the string literal that starts at `at` ("" inside is a quote). */
function afterString(formula: string, at: number): number {
  let j = at + 1;
  for (;;) {
    if (j >= formula.length) throw new Error(`unterminated string in ${formula}`);
    if (formula[j] === '"') {
      if (formula[j + 1] !== '"') return j + 1;
      j += 2;
    } else j++;
  }
}

/** Every reference in `formula` (without its leading "="). Throws on a string or array left open. */
export function referencesIn(formula: string): FormulaReference[] {
  const found: FormulaReference[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      i = afterString(formula, i);
      continue;
    }
    if (ch === "{") {
      let j = i + 1;
      while (formula[j] !== "}") {
        if (j >= formula.length) throw new Error(`unterminated array constant in ${formula}`);
        j = formula[j] === '"' ? afterString(formula, j) : j + 1;
      }
      i = j + 1;
      continue;
    }
    const previous = i > 0 ? (formula[i - 1] as string) : "";
    const startsToken = !/[A-Za-z0-9_.$#]/.test(previous);
    if (startsToken && (ch === "'" || ch === "$" || /[A-Za-z0-9_]/.test(ch))) {
      const prefix = matchAt(SHEET_PREFIX, formula, i);
      if (prefix) {
        const sheet = prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : (prefix[2] as string);
        const area = areaAt(formula, i + prefix[0].length);
        if (!area) throw new Error(`sheet ${sheet} not followed by a reference in ${formula}`);
        found.push({ sheet, ...area, text: formula.slice(i, area.end) });
        i = area.end;
        continue;
      }
      const area = areaAt(formula, i);
      if (area) {
        found.push({ sheet: null, ...area, text: formula.slice(i, area.end) });
        i = area.end;
        continue;
      }
      const identifier = matchAt(IDENTIFIER, formula, i);
      if (identifier) {
        i += identifier[0].length;
        continue;
      }
      if (/[0-9]/.test(ch)) {
        // A number: skip its digits, decimal point and exponent.
        const number = matchAt(/[0-9]+(?:\.[0-9]*)?(?:[Ee][+-]?[0-9]+)?/y, formula, i);
        i += number ? number[0].length : 1;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** Excel's limits on what a formula may hold: 8,192 characters, and 255 in one string constant ("…"). */
export const FORMULA_LENGTH_LIMIT = 8_192;
export const FORMULA_STRING_LIMIT = 255;

/** The string constants of a formula, with doubled quotes undone. */
export function stringLiterals(formula: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const end = afterString(formula, i);
      found.push(formula.slice(i + 1, end - 1).replace(/""/g, '"'));
      i = end;
    } else i++;
  }
  return found;
}

/** Why Excel would refuse the formula as written (too long, a string constant over 255 characters). */
export function formulaTextProblems(site: FormulaSite): string[] {
  const where = `${site.sheet}!R${site.row}C${site.column}`;
  const problems: string[] = [];
  if (site.formula.length > FORMULA_LENGTH_LIMIT) problems.push(`formula of ${site.formula.length} characters (Excel allows ${FORMULA_LENGTH_LIMIT}) — in ${where}`);
  let literals: string[] = [];
  try {
    literals = stringLiterals(site.formula);
  } catch (error) {
    problems.push(`${String(error)} — in ${where}`);
  }
  for (const literal of literals) {
    if (literal.length > FORMULA_STRING_LIMIT) problems.push(`string constant of ${literal.length} characters "${literal.slice(0, 40)}…" (Excel allows ${FORMULA_STRING_LIMIT}) — in ${where}`);
  }
  return problems;
}

/** Where a formula sits: its sheet's name and its own cell (for the circular-reference check). */
export interface FormulaSite {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

/** The bounds of what exists on each sheet of the finished workbook. */
export interface Universe {
  readonly officer: ReadonlyMap<string, SheetGrid>;
  readonly generated: ReadonlyMap<string, SheetSpec>;
  /** Officer's columns named in a columns setting ("status=G"): part of the plan even while empty. */
  readonly namedColumns?: ReadonlyMap<string, ReadonlySet<number>>;
}

export function universeOf(grid: WorkbookGrid, specs: readonly SheetSpec[], plans: readonly Plan[] = []): Universe {
  const namedColumns = new Map<string, Set<number>>();
  for (const plan of plans) {
    if (plan.mappingSource === "detected") continue;
    const set = namedColumns.get(plan.sheet) ?? new Set<number>();
    for (const column of [...Object.values(plan.columns.fields), ...Object.values(plan.columns.benefitYears)]) set.add(column);
    namedColumns.set(plan.sheet, set);
  }
  return {
    officer: new Map(grid.sheets.filter((sheet) => generatedRoleOf(sheet) === undefined).map((sheet) => [sheet.name, sheet])),
    // Runs written out, so a reference to a cell of a run finds it.
    generated: new Map(specs.map((spec) => [spec.name, expandFormulaRuns(spec)])),
    namedColumns,
  };
}

export function specWidth(spec: SheetSpec): number {
  return spec.rows.reduce((width, row) => Math.max(width, row?.cells.length ?? 0), 0);
}

/** Why `site.formula` refers to something that does not exist; empty when every reference is fine. */
export function referenceProblems(site: FormulaSite, universe: Universe): string[] {
  return checkReferences(site, universe).problems;
}

/** {@link referenceProblems}, with the references read (so callers can count what was checked). */
export function checkReferences(site: FormulaSite, universe: Universe): { problems: string[]; references: FormulaReference[] } {
  const problems: string[] = [];
  const where = `${site.sheet}!R${site.row}C${site.column} =${site.formula.length > 200 ? `${site.formula.slice(0, 200)}…` : site.formula}`;
  const say = (problem: string): void => {
    problems.push(`${problem} — in ${where}`);
  };
  if (/#REF!/i.test(site.formula.replace(/"(?:[^"]|"")*"/g, '""'))) say("holds #REF!");
  let references: FormulaReference[];
  try {
    references = referencesIn(site.formula);
  } catch (error) {
    say(String(error));
    return { problems, references: [] };
  }
  for (const ref of references) {
    const sheetName = ref.sheet ?? site.sheet;
    const officer = universe.officer.get(sheetName);
    const spec = universe.generated.get(sheetName);
    if (!officer && !spec) {
      say(`${ref.text} names sheet "${sheetName}", which is not in the refreshed workbook`);
      continue;
    }
    if ((ref.top !== null && ref.bottom !== null && ref.top > ref.bottom) || (ref.left !== null && ref.right !== null && ref.left > ref.right)) {
      say(`${ref.text} is written bottom-right to top-left`);
    }
    // Excel's used range takes in merged cells, empty or not: a plan whose header merge runs past its last
    // filled column has that column in its range.
    const mergedBottom = officer ? Math.max(0, ...officer.merges.map((merge) => merge.bottom)) : 0;
    const mergedRight = officer ? Math.max(0, ...officer.merges.map((merge) => merge.right)) : 0;
    const rows = officer ? Math.max(officer.rowCount, mergedBottom) : (spec as SheetSpec).rows.length;
    const columns = officer ? Math.max(officer.columnCount, mergedRight) : specWidth(spec as SheetSpec);
    for (const row of new Set([ref.top, ref.bottom])) {
      if (row === null) continue;
      if (row < 1 || row > EXCEL_ROWS) say(`${ref.text}: row ${row} is outside Excel`);
      else if (row > rows) say(`${ref.text}: row ${row} is below the last row of "${sheetName}" (${rows})`);
    }
    for (const column of new Set([ref.left, ref.right])) {
      if (column === null) continue;
      if (column < 1 || column > EXCEL_COLUMNS) say(`${ref.text}: column ${column} is outside Excel`);
      else if (column > columns && !(officer && universe.namedColumns?.get(sheetName)?.has(column))) say(`${ref.text}: column ${column} is right of the last column of "${sheetName}" (${columns})`);
    }
    if (spec && !ref.text.includes(":") && ref.top !== null && ref.left !== null) {
      const cell = spec.rows[ref.top - 1]?.cells[ref.left - 1];
      if (!cell || cell.kind === "blank") say(`${ref.text} reads a cell "${sheetName}" leaves empty`);
    }
    if (sheetName === site.sheet) {
      const inRows = ref.top === null || (Math.min(ref.top, ref.bottom as number) <= site.row && site.row <= Math.max(ref.top, ref.bottom as number));
      const inColumns = ref.left === null || (Math.min(ref.left, ref.right as number) <= site.column && site.column <= Math.max(ref.left, ref.right as number));
      if (inRows && inColumns) say(`${ref.text} includes the formula's own cell (circular)`);
    }
  }
  return { problems, references };
}
