/**
 * A generated sheet's Excel table as a table part (ECMA-376 Part 1 §18.5): its range, filter
 * buttons, column names (the header cells' text, which Excel requires to match) and style.
 */
import type { SheetSpec, TableRegion } from "../../core/sheets/SheetSpec.js";
import { rangeA1 } from "../../core/sheets/SheetSpec.js";
import { SPREADSHEET_NS } from "./sheetXml.js";
import { element } from "./xmlWriter.js";

/** A table column's name as the part stores it: line breaks written `_x000a_` (as Excel does). */
function columnName(header: string): string {
  return header.replace(/_x[0-9A-Fa-f]{4}_/g, (match) => `_x005F${match}`).replace(/\r?\n/g, "_x000a_");
}

export function renderTableXml(spec: SheetSpec, table: TableRegion, id: number): string {
  const headerCells = spec.rows[table.range.top - 1]?.cells ?? [];
  const columns: string[] = [];
  for (let c = table.range.left; c <= table.range.right; c++) {
    const header = headerCells[c - 1];
    columns.push(element("tableColumn", { id: c - table.range.left + 1, name: columnName(header?.kind === "text" ? header.text : `Column${c - table.range.left + 1}`) }));
  }
  const ref = rangeA1(table.range);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${SPREADSHEET_NS}"${` id="${id}" name="${table.name}" displayName="${table.name}" ref="${ref}" totalsRowShown="0"`}>` +
    element("autoFilter", { ref }) +
    element("tableColumns", { count: columns.length }, columns.join("")) +
    element("tableStyleInfo", { name: table.theme ?? "TableStyleLight1", showFirstColumn: false, showLastColumn: false, showRowStripes: table.showRowStripes ?? false, showColumnStripes: false }) +
    "</table>"
  );
}
