/**
 * Builds the catalogue's bad workbooks at test time (nothing binary is committed). Each builder writes
 * one file at the path it is given; test/catalogue/catalogue.ts says what each should produce.
 *
 * Most files are made with ExcelJS and, where no spreadsheet program would write them, patched or
 * assembled with the small zip writer beside this file.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { part, readZip, repeatedPart, rewriteZip, writeZip } from "./zipWriter.js";

export type Row = ReadonlyArray<ExcelJS.CellValue>;

export const HEADER: Row = ["Ref", "Action", "Lead officer", "Target date", "Status", "Progress"];

/** Two actions that raise no issue at the catalogue's as-of date (31 January 2025). */
export function goodRows(prefix = "1"): Row[] {
  return [
    [`${prefix}.1`, "Agree the council's vision with Cabinet", "Chief Executive", "March 2025", "On track", "- draft agreed with the Leader"],
    [`${prefix}.2`, "Publish the corporate plan", "Head of Policy", "June 2025", "Completed", "=Published on the website"],
  ];
}

export function addPlan(ws: ExcelJS.Worksheet, rows: readonly Row[] = goodRows(), header: Row = HEADER): void {
  ws.addRow([...header]);
  for (const row of rows) ws.addRow([...row]);
}

async function save(workbook: ExcelJS.Workbook, path: string): Promise<Buffer> {
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(path, bytes);
  return bytes;
}

/** A small good plan workbook: the input for the safe-write cases. */
export async function goodPlan(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addPlan(workbook.addWorksheet("Action plan"));
  await save(workbook, path);
}

/** The lock file Excel keeps beside a workbook it has open: "~$" + the name, holding the user's name. */
export function excelLockFile(dir: string, file: string): void {
  writeFileSync(join(dir, `~$${file}`), Buffer.concat([Buffer.from([15]), Buffer.from("Council Officer", "utf16le")]));
}

// -------------------------------------------------------------------------------------------------
// Files that are not workbooks at all
// -------------------------------------------------------------------------------------------------

/** A photo saved with an .xlsx name: binary, not a zip. */
export function notAZip(path: string): void {
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), randomBytes(4096)]);
  writeFileSync(path, jpeg);
}

/** The first half of a good workbook: a download or copy cut short. */
export async function truncatedZip(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addPlan(workbook.addWorksheet("Action plan"));
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(path, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
}

function oleHeader(): Buffer {
  const ole = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  return ole;
}

/**
 * What Excel writes for File > Info > Protect Workbook > Encrypt with Password: an OLE compound file
 * (not a zip) holding the streams "EncryptionInfo" and "EncryptedPackage" (names in UTF-16).
 */
export function encryptedXlsx(path: string): void {
  writeFileSync(path, Buffer.concat([oleHeader(), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64), Buffer.from("EncryptedPackage", "utf16le"), randomBytes(1024)]));
}

/** An Excel 97-2003 workbook: an OLE compound file with a "Workbook" stream. */
export function legacyXls(path: string): void {
  writeFileSync(path, Buffer.concat([oleHeader(), Buffer.from("Workbook", "utf16le"), randomBytes(1024)]));
}

export function csvRenamed(path: string): void {
  writeFileSync(path, `${HEADER.join(",")}\n${goodRows().map((row) => row.map((cell) => `"${String(cell)}"`).join(",")).join("\n")}\n`);
}

// -------------------------------------------------------------------------------------------------
// Workbooks with nothing to check
// -------------------------------------------------------------------------------------------------

export async function noSheets(path: string): Promise<void> {
  await save(new ExcelJS.Workbook(), path);
}

export async function oneEmptySheet(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1");
  await save(workbook, path);
}

/** Only hidden sheets: the plan hidden, last year's plan "very hidden" (only the VBA editor shows it). */
export async function onlyHiddenSheets(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addPlan(workbook.addWorksheet("Action plan", { state: "hidden" }));
  addPlan(workbook.addWorksheet("Old plan", { state: "veryHidden" }), goodRows("9"));
  await save(workbook, path);
}

/** A cover sheet everyone sees, and the plan on a hidden sheet. */
export async function hiddenPlanBehindCover(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Cover").getCell("A1").value = "Corporate Improvement Plan 2025";
  addPlan(workbook.addWorksheet("Action plan", { state: "hidden" }));
  await save(workbook, path);
}

// -------------------------------------------------------------------------------------------------
// Hostile packages
// -------------------------------------------------------------------------------------------------

const SST_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
const SST_TAIL = "</t></si></sst>";
/** 16 MB of "Yes " — period 4, so the packed copies join into one valid stream (see repeatedPart). */
const YES_16MB = "Yes ".repeat(4 * 2 ** 20);

async function basePackage(): Promise<Map<string, Buffer>> {
  const workbook = new ExcelJS.Workbook();
  addPlan(workbook.addWorksheet("Action plan"));
  return readZip(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** A 2 MB workbook whose shared strings (its text) unpack to 2 GB: a zip bomb. A valid zip, CRCs and all. */
export async function zipBomb(path: string): Promise<void> {
  const bomb = repeatedPart("xl/sharedStrings.xml", SST_HEAD, YES_16MB, 128, SST_TAIL);
  writeFileSync(path, writeZip([...(await basePackage())].map(([name, content]) => (name === "xl/sharedStrings.xml" ? bomb : part(name, content)))));
}

/** The same bomb, 256 MB, behind a directory that says its text is 1 KB: only unpacking shows the truth. */
export async function lyingZipBomb(path: string): Promise<void> {
  const bomb = { ...repeatedPart("xl/sharedStrings.xml", SST_HEAD, YES_16MB, 16, SST_TAIL), uncompressedSize: 1024 };
  writeFileSync(path, writeZip([...(await basePackage())].map(([name, content]) => (name === "xl/sharedStrings.xml" ? bomb : part(name, content)))));
}

/**
 * No part a bomb on its own (each picture 15 MB, below the size at which packing is judged), but
 * 150 MB in all: more than Plan Tracker will load.
 */
export async function tooLargeInAll(path: string): Promise<void> {
  const pictures = Array.from({ length: 10 }, (_, i) => repeatedPart(`xl/media/image${i + 1}.png`, "", "Yes ".repeat(2 ** 18), 15, ""));
  writeFileSync(path, writeZip([...[...(await basePackage())].map(([name, content]) => part(name, content)), ...pictures]));
}

/** One value in the very last row (and on a second sheet, the very last cell, XFD1048576). */
export async function valueInLastRow(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet("Action plan");
  addPlan(plan);
  plan.getCell("F1048576").value = "Last row";
  workbook.addWorksheet("Notes").getCell("XFD1048576").value = "The last cell Excel has";
  await save(workbook, path);
}

/** A defined name over every cell of a sheet: 17 billion cells, which ExcelJS would expand one by one. */
export async function wholeSheetName(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addPlan(workbook.addWorksheet("Action plan"));
  workbook.definedNames.add("'Action plan'!$A$1:$B$2", "Everything");
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(path, rewriteZip(bytes, (name, content) => (name === "xl/workbook.xml" ? content.toString("utf8").replace(/\$A\$1:\$B\$2/, "$A$1:$XFD$1048576") : content)));
}

// -------------------------------------------------------------------------------------------------
// Readable workbooks with awkward content
// -------------------------------------------------------------------------------------------------

/** #REF! as a lead, #DIV/0! from a formula as a target date, #N/A as a status. */
export async function errorValues(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Action plan");
  addPlan(ws, [
    ["1.1", "Agree the council's vision", { error: "#REF!" } as ExcelJS.CellErrorValue, "March 2025", "On track", "Draft agreed"],
    ["1.2", "Publish the corporate plan", "Head of Policy", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue, "On track", "With design team"],
    ["1.3", "Review the constitution", "Monitoring Officer", "June 2025", { formula: "VLOOKUP(A4,Z:Z,2,FALSE)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue, "Not yet"],
  ]);
  await save(workbook, path);
}

/** A title merged across the header's width, "Action" merged over two columns, a theme row merged across. */
export async function mergedHeader(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Action plan");
  ws.getCell("A1").value = "Corporate Improvement Plan 2025";
  ws.mergeCells("A1:F1");
  ws.getRow(2).values = ["Ref", "Action", null, "Lead officer", "Target date", "Status"];
  ws.mergeCells("B2:C2");
  ws.getCell("A3").value = "Theme 1: Leadership";
  ws.mergeCells("A3:F3");
  ws.getRow(4).values = ["1.1", "Agree the council's vision", null, "Chief Executive", "March 2025", "On track"];
  ws.mergeCells("B4:C4");
  ws.getRow(5).values = ["1.2", "Publish the corporate plan", null, "Head of Policy", "June 2025", "Completed"];
  ws.mergeCells("B5:C5");
  await save(workbook, path);
}

export const LONG_TEXT_LENGTH = 40_000;

/**
 * A progress note of 40,000 characters: ExcelJS writes it, Excel allows 32,767. An emoji (two UTF-16
 * units) straddles the point where our sheets cut it, so a careless cut would leave half a character.
 */
export async function longText(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const rows = goodRows();
  const filler = `- ${"Update from the board. ".repeat(Math.ceil(LONG_TEXT_LENGTH / 23))}`;
  const note = `${filler.slice(0, 32_765)}😀${filler.slice(32_767)}`.slice(0, LONG_TEXT_LENGTH);
  addPlan(workbook.addWorksheet("Action plan"), [[...(rows[0] as Row).slice(0, 5), note], rows[1] as Row]);
  await save(workbook, path);
}

/** Sheet names that must be quoted in formulas: an apostrophe, spaces and brackets, Welsh, Cyrillic, Chinese. */
export const AWKWARD_SHEETS = ["Officer's plan", "Plan 2025 (Q1 – draft)", "Cynllun gweithredu ŵ", "План действий", "行动计划"] as const;

/**
 * A plan on each awkward sheet, each with print titles and a print area. Written by ExcelJS, whose
 * print names for "Officer's plan" are invalid (`'Officer's plan'!$1:$1`) — as any ExcelJS-made
 * workbook an officer receives would be.
 */
export async function awkwardSheetNames(path: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  AWKWARD_SHEETS.forEach((name, i) => {
    const ws = workbook.addWorksheet(name);
    addPlan(ws, [
      [`${i + 1}.1`, "Agree the council's vision", "Chief Executive", "March 2025", "On track", "- draft agreed"],
      [`${i + 1}.2`, "Publish the corporate plan", "Head of Policy", "June 2024", "Some slippage", "=awaiting sign-off"],
      [`${i + 1}.3`, "Review the constitution", "Monitoring Officer", "December 2024", "Completed", "Adopted"],
    ]);
    ws.pageSetup.printTitlesRow = "1:1";
    ws.pageSetup.printArea = "A1:F4";
  });
  return save(workbook, path);
}

/** The same workbook with its print names quoted as Excel writes them (`'Officer''s plan'!$1:$1`). */
export async function awkwardSheetNamesAsExcelWritesThem(path: string): Promise<void> {
  const bytes = await awkwardSheetNames(path);
  writeFileSync(
    path,
    rewriteZip(bytes, (name, content) => (name === "xl/workbook.xml" ? content.toString("utf8").split("&apos;Officer&apos;s plan&apos;!").join("&apos;Officer&apos;&apos;s plan&apos;!") : content)),
  );
}

/** Replaces the first `<definedName name="…">` text of that name in a package's workbook.xml. */
function setDefinedName(bytes: Buffer, name: string, text: string, attributes = ""): Buffer {
  return rewriteZip(bytes, (part, content) => {
    if (part !== "xl/workbook.xml") return content;
    const pattern = new RegExp(`<definedName name="${name.replace(/\./g, "\\.")}"([^>]*)>[^<]*</definedName>`);
    return content.toString("utf8").replace(pattern, (_match, rest: string) => `<definedName${attributes} name="${name}"${rest}>${xmlText(text)}</definedName>`);
  });
}

/**
 * Print area and titles over whole columns and rows (`$A:$F`, `$1:$1`), as Excel writes them when an
 * officer selects columns and sets the print area. ExcelJS alone reads them as "ANaN:FNaN" and writes that back.
 */
export async function wholeColumnPrintArea(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Action plan");
  addPlan(ws);
  ws.pageSetup.printArea = "A1:F3";
  ws.pageSetup.printTitlesRow = "1:1";
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(path, setDefinedName(bytes, "_xlnm.Print_Area", "'Action plan'!$A:$F"));
}

/**
 * An ExcelJS-made workbook re-saved by LibreOffice: the print area of "Officer's plan" comes back as
 * `'officer's plan'!$a1:$f3` (still unquoted, now in lower case), which makes ExcelJS alone crash on load.
 */
export async function libreOfficeResavedPrintArea(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Officer's plan");
  addPlan(ws);
  ws.pageSetup.printArea = "A1:F3";
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(path, setDefinedName(bytes, "_xlnm.Print_Area", "'officer's plan'!$a1:$f3", ' function="false" hidden="false"'));
}

/** The officer's own named things that ExcelJS would lose, merge or expand. */
export const OFFICER_NAMES = [
  { name: "PT_Summary", text: "'Action plan'!$B$2:$B$3" },
  { name: "Data", text: "'Action plan'!$A$1:$F$3" },
  { name: "Data", text: "Budget!$A$1:$B$3", sheet: "Budget" },
  { name: "Data", text: "'Action plan'!$E$2:$E$3", sheet: "Action plan" },
  { name: "VAT", text: "0.2" },
  { name: "Statuses", text: "OFFSET('Action plan'!$E$2,0,0,COUNTA('Action plan'!$E:$E)-1,1)" },
  { name: "Leads", text: "'Action plan'!$C:$C" },
] as const;

function xmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");
}

/**
 * An officer's workbook with an Excel table called "PT_Summary" (like our summary sheet's name), a
 * named range of the same name, one name ("Data") at workbook level and on two sheets, a constant
 * (VAT = 0.2) used by a formula, a formula name and a whole-column name.
 */
export async function nameClash(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet("Action plan");
  addPlan(plan);
  const budget = workbook.addWorksheet("Budget");
  budget.addTable({
    name: "PT_Summary_Table",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Cost centre" }, { name: "Budget" }],
    rows: [["Libraries", 120_000], ["Parks", 80_000]],
  });
  budget.getCell("C2").value = { formula: "B2*VAT", result: 24_000 };
  budget.getCell("C3").value = { formula: "SUM(PT_Summary_Table[Budget])", result: 200_000 };
  const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const sheets = ["Action plan", "Budget"];
  const definedNames = `<definedNames>${OFFICER_NAMES.map((n) => `<definedName name="${n.name}"${"sheet" in n ? ` localSheetId="${sheets.indexOf(n.sheet)}"` : ""}>${xmlText(n.text)}</definedName>`).join("")}</definedNames>`;
  writeFileSync(
    path,
    rewriteZip(bytes, (name, content) => {
      if (name !== "xl/workbook.xml") return content;
      const xml = content.toString("utf8").replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
      return xml.replace("</sheets>", `</sheets>${definedNames}`);
    }),
  );
}

/** The workbook.xml of a package: for the tests' checks of defined names. */
export function workbookXmlOf(path: string): string {
  return readZip(readFileSync(path)).get("xl/workbook.xml")?.toString("utf8") ?? "";
}
