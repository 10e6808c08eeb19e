/**
 * A shared formula (`<f t="shared" si="0" ref="D2:D50">B2*C2</f>` on the first cell, `<f t="shared"
 * si="0"/>` on the others, ECMA-376 §18.3.1.40) written out for one of the other cells: each relative
 * reference moved by the cell's offset from the first, as Excel shows it (D3 holds `B3*C3`).
 *
 * The package reader writes out the shared formulas of an officer's sheet with it, and the core the
 * formula runs of a generated sheet for renderers that write cell by cell (src/core/sheets/FormulaRun.ts).
 */
import { columnLetters, columnNumber } from "./Address.js";

/** Excel's last row and column: a reference moved beyond them becomes #REF!, as in Excel. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** A1 references outside strings, quoted sheet names and structured references; not a function name (`LOG10(`) nor a sheet (`AB1!`). */
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(!])/g;

function shiftPlain(text: string, rows: number, columns: number): string {
  return text.replace(REFERENCE, (whole, columnFixed: string, letters: string, rowFixed: string, digits: string) => {
    let column: number;
    try {
      column = columnNumber(letters);
    } catch {
      return whole;
    }
    if (column > MAX_COLUMN) return whole;
    const row = Number(digits);
    const newColumn = columnFixed ? column : column + columns;
    const newRow = rowFixed ? row : row + rows;
    if (newColumn < 1 || newColumn > MAX_COLUMN || newRow < 1 || newRow > MAX_ROW) return "#REF!";
    return `${columnFixed}${columnLetters(newColumn)}${rowFixed}${newRow}`;
  });
}

/** End (exclusive) of a literal that opens at `start` with `quote`, where a doubled quote stands for one. */
function literalEnd(formula: string, start: number, quote: string): number {
  let at = start + 1;
  for (;;) {
    const close = formula.indexOf(quote, at);
    if (close < 0) return formula.length;
    if (formula[close + 1] === quote) at = close + 2;
    else return close + 1;
  }
}

function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/** `formula` moved `rows` down and `columns` right (negative: up, left). */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = "";
  let plainStart = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      out += shiftPlain(formula.slice(plainStart, i), rows, columns);
      const end = ch === "[" ? bracketEnd(formula, i) : literalEnd(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      plainStart = end;
    } else {
      i++;
    }
  }
  return out + shiftPlain(formula.slice(plainStart), rows, columns);
}
