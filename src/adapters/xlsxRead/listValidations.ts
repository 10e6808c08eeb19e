/**
 * A list validation's formula resolved to the words of its drop-down, where that can be done from
 * the workbook itself: an inline list (`"Red,Amber,Green"`), a range on any sheet
 * (`Lists!$A$2:$A$6`, `$H$2:$H$6` on the same sheet), a defined name for one (`StatusList`, sheet
 * level first), or a table column (`Statuses[Status]`, usually wrapped as
 * `INDIRECT("Statuses[Status]")` because Excel refuses a bare structured reference in a list). The
 * formula is always kept as `source`; anything else (OFFSET, another workbook) has no `items`.
 */
import type { CellRange } from "../../core/grid/Address.js";
import { isBlankValue, isErrorValue, type CellValue } from "../../core/grid/Cell.js";
import type { ListValidation, SheetGrid } from "../../core/grid/SheetGrid.js";
import { readRange } from "./cellReferences.js";

export interface WorkbookTable {
  readonly name: string;
  readonly sheet: string;
  readonly range: CellRange;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly string[];
}

export interface ValidationLookup {
  readonly sheets: readonly SheetGrid[];
  /** Defined names: workbook-level under "" and sheet-level under the sheet's name; keys upper case. */
  readonly names: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Tables by upper-case name. */
  readonly tables: ReadonlyMap<string, WorkbookTable>;
}

/** Cells read per list at most: a whole-column reference must not walk a million empty rows. */
const MAX_ITEMS_SCANNED = 10_000;

function itemText(value: CellValue): string | undefined {
  if (isBlankValue(value) || isErrorValue(value)) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

function itemsIn(sheet: SheetGrid, range: CellRange): string[] {
  const items: string[] = [];
  const bottom = Math.min(range.bottom, sheet.rowCount, range.top + MAX_ITEMS_SCANNED - 1);
  const right = Math.min(range.right, Math.max(sheet.columnCount, range.left));
  for (let row = range.top; row <= bottom; row++) {
    const cells = sheet.rows[row - 1];
    if (!cells) continue;
    for (let column = range.left; column <= right; column++) {
      const cell = cells[column - 1];
      const text = cell ? itemText(cell.value) : undefined;
      if (text) items.push(text);
    }
  }
  return items;
}

/** `'Officer''s lists'!$A$2:$A$6` → the sheet name and the range text. */
function splitSheetReference(text: string): { sheet?: string; reference: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { reference: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, reference: text.slice(bang + 1) };
}

function unquoteList(formula: string): string | undefined {
  if (!(formula.startsWith('"') && formula.endsWith('"') && formula.length >= 2)) return undefined;
  return formula.slice(1, -1).replace(/""/g, '"');
}

function resolveFormula(formula: string, onSheet: SheetGrid, lookup: ValidationLookup, depth: number): string[] | undefined {
  if (depth > 3) return undefined;
  const text = formula.trim().replace(/^=/, "");
  const inline = unquoteList(text);
  if (inline !== undefined) return inline.split(",").map((item) => item.trim()).filter((item) => item !== "");

  const indirect = /^INDIRECT\(\s*"((?:[^"]|"")*)"\s*\)$/i.exec(text);
  if (indirect) return resolveFormula((indirect[1] as string).replace(/""/g, '"'), onSheet, lookup, depth + 1);

  const structured = /^([A-Za-z_\\][\w.\\]*)\[(?:\[?#Data\]?,\s*)?\[?([^\]]+)\]?\]$/.exec(text);
  if (structured) {
    const table = lookup.tables.get((structured[1] as string).toUpperCase());
    const column = (structured[2] as string).replace(/'(.)/g, "$1").trim().toUpperCase();
    const sheet = table && lookup.sheets.find((item) => item.name === table.sheet);
    const index = table ? table.columns.findIndex((name) => name.trim().toUpperCase() === column) : -1;
    if (!table || !sheet || index < 0) return undefined;
    const top = table.range.top + table.headerRows;
    const bottom = table.range.bottom - table.totalsRows;
    const at = table.range.left + index;
    return top <= bottom ? itemsIn(sheet, { top, bottom, left: at, right: at }) : [];
  }

  const { sheet: sheetName, reference } = splitSheetReference(text);
  const range = readRange(reference.replace(/\$/g, ""));
  if (range) {
    const sheet = sheetName === undefined ? onSheet : lookup.sheets.find((item) => item.name.toUpperCase() === sheetName.toUpperCase());
    return sheet ? itemsIn(sheet, range) : undefined;
  }
  if (sheetName === undefined && /^[A-Za-z_\\][\w.\\]*$/.test(text)) {
    const key = text.toUpperCase();
    const defined = lookup.names.get(onSheet.name)?.get(key) ?? lookup.names.get("")?.get(key);
    if (defined !== undefined) return resolveFormula(defined, onSheet, lookup, depth + 1);
  }
  return undefined;
}

export function resolveListValidation(ranges: readonly CellRange[], formula: string, onSheet: SheetGrid, lookup: ValidationLookup): ListValidation {
  const items = resolveFormula(formula, onSheet, lookup, 0);
  return items === undefined ? { ranges, source: formula } : { ranges, items, source: formula };
}
