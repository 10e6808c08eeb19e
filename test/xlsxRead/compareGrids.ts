/**
 * Where two readers' grids of the same file differ, one line per difference ("Plan!D3 value: old
 * 2025-06-30T00:00:00.000Z, new 45838"), so a differential test can list and explain each.
 * Compared: sheet names, order and visibility, the used size, merges, and every cell's value,
 * formula and number format. Fills, hidden rows and columns, validations and the 1904 flag are new
 * with the package reader (the old one never read them) and are tested on their own.
 */
import { cellAddress, rangeAddress } from "../../src/core/grid/Address.js";
import type { Cell, CellValue } from "../../src/core/grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";

function show(value: CellValue | undefined): string {
  if (value === undefined) return "(no cell)";
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === "object" && typeof b === "object" && a !== null && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** An empty cell and no cell are the same thing to the core. */
function meaningful(cell: Cell | undefined): Cell | undefined {
  return cell && (cell.value !== null || cell.formula !== undefined) ? cell : undefined;
}

function compareSheet(name: string, old: SheetGrid, next: SheetGrid, out: string[]): void {
  if (old.visibility !== next.visibility) out.push(`${name} visibility: old ${old.visibility}, new ${next.visibility}`);
  if (old.rowCount !== next.rowCount || old.columnCount !== next.columnCount) out.push(`${name} size: old ${old.rowCount}x${old.columnCount}, new ${next.rowCount}x${next.columnCount}`);
  const merges = (sheet: SheetGrid) => sheet.merges.map(rangeAddress).sort();
  const oldMerges = merges(old);
  const newMerges = merges(next);
  if (oldMerges.join(" ") !== newMerges.join(" ")) out.push(`${name} merges: old ${oldMerges.length} [${oldMerges.slice(0, 5).join(" ")}], new ${newMerges.length} [${newMerges.slice(0, 5).join(" ")}]`);
  const rows = Math.max(old.rows.length, next.rows.length);
  for (let r = 0; r < rows; r++) {
    const columns = Math.max(old.rows[r]?.length ?? 0, next.rows[r]?.length ?? 0);
    for (let c = 0; c < columns; c++) {
      const a = meaningful(old.rows[r]?.[c]);
      const b = meaningful(next.rows[r]?.[c]);
      if (!a && !b) continue;
      const at = `${name}!${cellAddress(r + 1, c + 1)}`;
      if (!a || !b) {
        out.push(`${at} cell: old ${show(a?.value)}, new ${show(b?.value)}`);
        continue;
      }
      if (!sameValue(a.value, b.value)) out.push(`${at} value: old ${show(a.value)}, new ${show(b.value)}`);
      if (a.formula !== b.formula) out.push(`${at} formula: old ${JSON.stringify(a.formula)}, new ${JSON.stringify(b.formula)}`);
      if (a.numFmt !== b.numFmt) out.push(`${at} numFmt: old ${JSON.stringify(a.numFmt)}, new ${JSON.stringify(b.numFmt)}`);
    }
  }
}

export function compareGrids(old: WorkbookGrid, next: WorkbookGrid): string[] {
  const out: string[] = [];
  const oldNames = old.sheets.map((sheet) => sheet.name);
  const newNames = next.sheets.map((sheet) => sheet.name);
  if (oldNames.join("\u0000") !== newNames.join("\u0000")) out.push(`sheets: old [${oldNames.join(", ")}], new [${newNames.join(", ")}]`);
  for (const sheet of old.sheets) {
    const other = next.sheets.find((item) => item.name === sheet.name);
    if (other) compareSheet(sheet.name, sheet, other, out);
  }
  return out;
}
