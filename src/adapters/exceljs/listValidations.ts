/**
 * List data validations of a worksheet, for the core (`SheetGrid.validations`).
 *
 * ExcelJS 4.4 reads only the classic `<dataValidations>` element (not Excel 2010's x14 form, which
 * Excel writes when a list points at another sheet in some versions) and expands each rule's `sqref`
 * into one entry per cell, all sharing the same rule object (data-validations-xform.js `parseClose`).
 * The cells are gathered back into column runs here, grouped by that shared object.
 */
import type ExcelJS from "exceljs";
import { columnNumber, type CellRange } from "../../core/grid/Address.js";
import type { ListValidation } from "../../core/grid/SheetGrid.js";

interface RuleLike {
  readonly type?: string;
  readonly formulae?: readonly unknown[];
}

function runsOf(cells: ReadonlyArray<readonly [number, number]>): CellRange[] {
  const byColumn = new Map<number, number[]>();
  for (const [row, column] of cells) {
    const rows = byColumn.get(column) ?? [];
    rows.push(row);
    byColumn.set(column, rows);
  }
  const ranges: CellRange[] = [];
  for (const [column, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let top = rows[0] as number;
    let previous = top;
    for (const row of rows.slice(1)) {
      if (row === previous + 1) {
        previous = row;
        continue;
      }
      ranges.push({ top, left: column, bottom: previous, right: column });
      top = row;
      previous = row;
    }
    ranges.push({ top, left: column, bottom: previous, right: column });
  }
  return ranges;
}

export function listValidationsOf(worksheet: ExcelJS.Worksheet): ListValidation[] {
  const model = (worksheet as unknown as { dataValidations?: { model?: Record<string, RuleLike> } }).dataValidations?.model ?? {};
  const byRule = new Map<RuleLike, Array<readonly [number, number]>>();
  for (const [address, rule] of Object.entries(model)) {
    if (rule?.type !== "list") continue;
    const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
    if (!match) continue;
    const cells = byRule.get(rule) ?? [];
    cells.push([Number(match[2]), columnNumber(match[1] as string)]);
    byRule.set(rule, cells);
  }
  const validations: ListValidation[] = [];
  for (const [rule, cells] of byRule) {
    const formula = typeof rule.formulae?.[0] === "string" ? (rule.formulae[0] as string).trim().replace(/^=/, "") : undefined;
    if (formula === undefined || formula === "") continue;
    const inline = /^"(.*)"$/s.exec(formula);
    validations.push({
      ranges: runsOf(cells),
      ...(inline ? { items: (inline[1] as string).split(",").map((word) => word.trim()).filter(Boolean) } : {}),
      source: formula,
    });
  }
  return validations;
}
