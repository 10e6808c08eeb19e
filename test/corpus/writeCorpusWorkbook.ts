/**
 * Writes a corpus workbook the way the program it imitates writes it. ExcelJS lays out the cells;
 * the package is then edited part by part (it is a zip of independent parts) for what ExcelJS
 * cannot write but Excel and LibreOffice do:
 * - list validations, inline or pointing at a range, and Excel 2010+'s `<x14:dataValidation>` in
 *   the sheet's `extLst`, which Excel uses for a list on another sheet (MS-XLSX 2.6.x, the x14
 *   `dataValidations` extension, ext uri {CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF});
 * - `<workbookPr date1904="1"/>` as Excel for Mac writes it, or `date1904="true"` as LibreOffice
 *   does (QtExcel/QXlsx#167 notes LibreOffice writes the boolean words);
 * - a genuine LibreOffice save (`soffice --convert-to xlsx`) for the "libreoffice" writers.
 * Deterministic: fixed document dates, no random ids; the same definition gives the same parts.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { saveWithLibreOffice } from "./saveWithLibreOffice.js";
import { rewriteZip } from "../catalogue/zipWriter.js";
import type { CellDef, CellSpec, CorpusWorkbook, FillDef, RowDef, SheetDef, ValidationDef } from "./CorpusWorkbook.js";

const DATE_FORMAT = "dd/mm/yyyy";

export function cellsOf(row: RowDef): readonly CellDef[] {
  return Array.isArray(row) ? row : (row as { cells: readonly CellDef[] }).cells;
}

function isSpec(cell: CellDef): cell is CellSpec {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date);
}

function fillOf(fill: FillDef): ExcelJS.Fill {
  const fgColor = typeof fill === "string" ? { argb: `FF${fill}` } : fill;
  return { type: "pattern", pattern: "solid", fgColor: fgColor as Partial<ExcelJS.Color> };
}

function writeCell(cell: ExcelJS.Cell, def: CellDef): void {
  if (def === undefined) return;
  const spec: CellSpec = isSpec(def) ? def : { v: def };
  if (spec.f !== undefined) cell.value = { formula: spec.f, result: spec.v as ExcelJS.CellValue as never };
  else if (spec.v !== undefined) cell.value = spec.v;
  const value = spec.v;
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  else if (value instanceof Date) cell.numFmt = DATE_FORMAT;
  if (spec.fill) cell.fill = fillOf(spec.fill);
  if (spec.bold) cell.font = { bold: true };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function listFormula(list: ValidationDef["list"]): string {
  return typeof list === "string" ? list : `"${list.join(",")}"`;
}

function classicValidations(validations: readonly ValidationDef[]): string {
  const rules = validations.filter((v) => !v.x14);
  if (rules.length === 0) return "";
  const body = rules
    .map((v) => `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${v.sqref}"><formula1>${escapeXml(listFormula(v.list))}</formula1></dataValidation>`)
    .join("");
  return `<dataValidations count="${rules.length}">${body}</dataValidations>`;
}

function x14Validations(validations: readonly ValidationDef[]): string {
  const rules = validations.filter((v) => v.x14);
  if (rules.length === 0) return "";
  const body = rules
    .map(
      (v) =>
        `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>${escapeXml(typeof v.list === "string" ? v.list : `"${v.list.join(",")}"`)}</xm:f></x14:formula1><xm:sqref>${v.sqref}</xm:sqref></x14:dataValidation>`,
    )
    .join("");
  return (
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
    `<x14:dataValidations count="${rules.length}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">${body}</x14:dataValidations></ext></extLst>`
  );
}

/** Adds the sheet's validations to its XML, in the places the schema orders them. */
function withValidations(xml: string, validations: readonly ValidationDef[]): string {
  let out = xml;
  const classic = classicValidations(validations);
  if (classic) {
    const at = out.indexOf("<pageMargins");
    out = at >= 0 ? out.slice(0, at) + classic + out.slice(at) : out.replace("</worksheet>", `${classic}</worksheet>`);
  }
  const x14 = x14Validations(validations);
  if (x14) out = out.replace("</worksheet>", `${x14}</worksheet>`);
  return out;
}

/** The package as ExcelJS lays it out, with Excel's parts added. Deterministic: fixed dates, no random ids. */
export async function corpusWorkbookBytes(def: CorpusWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plan Tracker corpus";
  workbook.created = new Date(Date.UTC(2025, 0, 10));
  workbook.modified = new Date(Date.UTC(2025, 0, 10));
  const is1904 = def.writer === "excel-mac-1904" || def.writer === "libreoffice-1904" || def.writer === "libreoffice-saved-1904";
  if (is1904) workbook.properties.date1904 = true;
  for (const sheet of def.sheets) writeSheet(workbook, sheet);
  for (const [name, range] of Object.entries(def.names ?? {})) workbook.definedNames.add(range, name);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const sheetParts = new Map<string, SheetDef>(def.sheets.map((sheet, index) => [`xl/worksheets/sheet${index + 1}.xml`, sheet]));
  return rewriteZip(bytes, (name, content) => {
    const sheet = sheetParts.get(name);
    if (sheet?.validations?.length) return withValidations(content.toString("utf8"), sheet.validations);
    if (name === "xl/workbook.xml" && def.writer === "libreoffice-1904") return content.toString("utf8").replace('date1904="1"', 'date1904="true"');
    return content;
  });
}

function writeSheet(workbook: ExcelJS.Workbook, def: SheetDef): void {
  const sheet = workbook.addWorksheet(def.name, { state: def.state ?? "visible" });
  def.rows.forEach((row, index) => {
    const cells = cellsOf(row);
    const excelRow = sheet.getRow(index + 1);
    cells.forEach((cell, column) => writeCell(excelRow.getCell(column + 1), cell));
    if (!Array.isArray(row) && (row as { hidden?: boolean }).hidden) excelRow.hidden = true;
  });
  if (def.table) addTable(sheet, def);
  for (const range of def.merges ?? []) sheet.mergeCells(range);
  for (const letter of def.hiddenColumns ?? []) sheet.getColumn(letter).hidden = true;
  const widest = Math.max(...def.rows.map((row) => cellsOf(row).length), 1);
  for (let column = 1; column <= widest; column++) sheet.getColumn(column).width = 18;
}

function plainValue(cell: CellDef): ExcelJS.CellValue {
  if (cell === undefined) return null;
  return isSpec(cell) ? ((cell.v ?? null) as ExcelJS.CellValue) : (cell as ExcelJS.CellValue);
}

/** Excel's "Format as Table" over rows already written, with its totals row (label and a count). */
function addTable(sheet: ExcelJS.Worksheet, def: SheetDef): void {
  const table = def.table;
  if (!table) return;
  const names = cellsOf(def.rows[table.headerRow - 1] ?? []).map((cell) => String(plainValue(cell) ?? ""));
  const body = def.rows.slice(table.headerRow, table.lastRow).map((row) => names.map((_, i) => plainValue(cellsOf(row)[i])));
  sheet.addTable({
    name: table.name,
    ref: `A${table.headerRow}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: names.map((name, i) => ({
      name,
      filterButton: true,
      ...(i === 0 ? { totalsRowLabel: "Total" } : {}),
      ...(i === table.countColumn - 1 ? { totalsRowFunction: "count" as const } : {}),
    })),
    rows: body,
  });
}

/** Whether the workbook is saved again by LibreOffice itself after ExcelJS lays it out. */
export function isLibreOfficeSaved(def: CorpusWorkbook): boolean {
  return def.writer === "libreoffice" || def.writer === "libreoffice-saved-1904";
}

/** Writes the workbook as ExcelJS (plus Excel's parts) would, into `dir`; returns its path. */
export async function writeCorpusWorkbook(def: CorpusWorkbook, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${def.name}.xlsx`);
  await writeFile(path, await corpusWorkbookBytes(def));
  return path;
}

/**
 * Writes every workbook into `dir` and returns name → path. Those LibreOffice writes are then
 * saved again by LibreOffice, all in one run (see saveWithLibreOffice.ts).
 */
export async function writeCorpus(defs: readonly CorpusWorkbook[], dir: string): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (const def of defs) paths.set(def.name, await writeCorpusWorkbook(def, dir));
  await saveWithLibreOffice(defs.filter(isLibreOfficeSaved).map((def) => paths.get(def.name) as string), dir);
  return paths;
}
