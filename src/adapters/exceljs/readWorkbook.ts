import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../core/grid/SheetGrid.js";
import { checkPackageSize } from "./checkPackageSize.js";
import { carryDefinedNames, parseWorkbookXml, quoteDefinedNamesOnWrite } from "./definedNames.js";
import { sniffFile } from "./sniffFile.js";
import { workbookToGrid } from "./toGrid.js";
import { WorkbookReadError } from "./WorkbookReadError.js";
import { readEntry, ZipFormatError, type ZipEntry } from "./zipEntries.js";

/** The package's own workbook.xml, read before ExcelJS sees it (its defined names are carried verbatim). */
async function workbookXml(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<string | null> {
  const entry = entries.find((item) => item.name === "xl/workbook.xml");
  if (!entry) return null;
  try {
    return (await readEntry(bytes, entry, entry.uncompressedSize)).toString("utf8");
  } catch (error) {
    if (error instanceof ZipFormatError) return null; // ExcelJS will say what is wrong with it
    throw error;
  }
}

/**
 * Loads an .xlsx into ExcelJS, after checking it is one (see {@link sniffFile}) and that it unpacks
 * to a size we can hold (see {@link checkPackageSize}) — unless `checkedEntries` says the caller has
 * done both already. The workbook's defined names are kept aside
 * and written back verbatim by any later write (see definedNames.ts).
 */
export async function loadWorkbook(bytes: Uint8Array, checkedEntries?: readonly ZipEntry[]): Promise<ExcelJS.Workbook> {
  let entries = checkedEntries;
  if (entries === undefined) {
    sniffFile(bytes);
    entries = await checkPackageSize(bytes);
  }
  const workbook = new ExcelJS.Workbook();
  const xml = await workbookXml(bytes, entries);
  if (xml !== null) carryDefinedNames(workbook, parseWorkbookXml(xml).names);
  else quoteDefinedNamesOnWrite(workbook);
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const truncated = /end of (central directory|data)|corrupted zip|invalid (signature|zip)|unexpected end/i.test(detail);
    throw new WorkbookReadError(
      "corrupt",
      truncated
        ? "the file is damaged or incomplete (the zip inside an .xlsx is cut short). Ask for a fresh copy, or open it in Excel and let it repair the file."
        : `the file could not be read as an Excel workbook (${detail.slice(0, 120)}). Open it in Excel and save it again as .xlsx.`,
    );
  }
  return workbook;
}

export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError("not-found", "no such file. Check the name and folder.");
    if (code === "EISDIR") throw new WorkbookReadError("unreadable", "this is a folder, not a file.");
    if (code === "EACCES" || code === "EPERM") {
      throw new WorkbookReadError("unreadable", "permission denied. Check you can open the file.");
    }
    throw new WorkbookReadError("unreadable", `the file could not be opened (${code ?? "unknown error"}).`);
  }
}

/** Reads an .xlsx file into the core's plain grid. The file is only ever read. */
export async function readWorkbookGrid(path: string): Promise<WorkbookGrid> {
  const workbook = await loadWorkbook(await readFileBytes(path));
  return workbookToGrid(workbook);
}
