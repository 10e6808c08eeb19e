/**
 * The officer's defined names (named ranges, print areas, print titles) carried through a refresh
 * exactly as Excel wrote them.
 *
 * ExcelJS handles defined names in ways that lose or damage them:
 * - it expands each named range into one object per cell, so a name over `$A$1:$IV$65536` costs
 *   1.7 GB and a whole-sheet one never finishes (a hostile or just old workbook exhausts memory);
 * - it drops names it cannot read as plain ranges (`=0.2`, `=OFFSET(…)`, `$A:$A`), and a sheet's
 *   print titles or area when the sheet name has an apostrophe (`'Officer''s plan'!$1:$1`);
 * - it makes every sheet-level name workbook-level, so two sheets each with their own "Data" merge;
 * - it writes the print titles and area of a sheet whose name has an apostrophe without doubling it
 *   (`'Officer's plan'!$1:$1`), which Excel and LibreOffice reject as a damaged file.
 *
 * So {@link loadWorkbook} reads `xl/workbook.xml` itself, keeps every name as text, and hides them from
 * ExcelJS; when the workbook is written, the names go back verbatim (sheet-level ones re-pointed at
 * their sheet's new position; those of sheets no longer there dropped), and every sheet reference is
 * quoted the way Excel requires.
 */
import type ExcelJS from "exceljs";

/** One `<definedName>` as Excel wrote it. */
export interface CarriedName {
  readonly name: string;
  /** The formula text, XML entities decoded, e.g. `'Officer''s plan'!$A$1:$H$40`. */
  readonly text: string;
  /** For a sheet-level name: the sheet's name (Excel stores its position, which changes). */
  readonly sheet?: string;
}

export interface WorkbookXmlNames {
  /** Sheet names in workbook order: what `localSheetId` counts. */
  readonly sheets: readonly string[];
  readonly names: readonly CarriedName[];
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[entity] ?? "";
  });
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const key = (match[1] as string).replace(/^\w+:/, "");
    attributes[key] = decodeXml(match[2] ?? match[3] ?? "");
  }
  return attributes;
}

/** The sheet names and defined names of an `xl/workbook.xml`. Never throws; unreadable parts are skipped. */
export function parseWorkbookXml(xml: string): WorkbookXmlNames {
  const sheets: string[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
    const name = attributesOf(match[1] as string).name;
    if (name !== undefined) sheets.push(name);
  }
  const names: CarriedName[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?definedName(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g)) {
    const attributes = attributesOf(match[1] ?? "");
    const text = decodeXml(match[2] ?? "").trim();
    if (!attributes.name || !text) continue;
    const local = attributes.localSheetId === undefined ? undefined : Number(attributes.localSheetId);
    if (local !== undefined && !(Number.isInteger(local) && sheets[local] !== undefined)) continue;
    names.push(local === undefined ? { name: attributes.name, text } : { name: attributes.name, text, sheet: sheets[local] as string });
  }
  return { sheets, names };
}

/** `'Sheet name'!` as Excel writes it: apostrophes in the name doubled. */
function quotedPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Doubles the apostrophes of sheet names written `'Officer's plan'!` — ExcelJS's mistake, which
 * LibreOffice then saves as `'officer's plan'!` (sheet names match in any case) — and leaves
 * correctly quoted references alone.
 */
export function requoteSheetReferences(text: string, sheetNames: readonly string[]): string {
  let out = text;
  for (const sheet of sheetNames) {
    if (!sheet.includes("'")) continue;
    const wrong = new RegExp(escapeRegExp(`'${sheet}'!`), "gi");
    out = out.replace(wrong, () => quotedPrefix(sheet));
  }
  return out;
}

interface ModelDefinedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface WriteModel {
  sheets?: Array<{ name: string } | undefined>;
  definedNames?: ModelDefinedName[];
}

/** The parts of ExcelJS's XLSX class the hooks wrap. Internal to ExcelJS 4.4; pinned in package.json. */
interface XlsxInternals {
  reconcile(model: { definedNames?: unknown[] }, options: unknown): void;
  prepareModel(model: WriteModel, options: unknown): void;
  __planTrackerNames?: true;
}

const carried = new WeakMap<ExcelJS.Workbook, readonly CarriedName[]>();
/** The worksheets as loaded, by name: a sheet-level name goes back only to the very sheet it came with. */
const loadedSheets = new WeakMap<ExcelJS.Workbook, ReadonlyMap<string, ExcelJS.Worksheet>>();

/** The officer's names kept for `workbook` by {@link carryDefinedNames} (empty for any other workbook). */
export function carriedNames(workbook: ExcelJS.Workbook): readonly CarriedName[] {
  return carried.get(workbook) ?? [];
}

/** Sheet names in the order ExcelJS writes them, which is what `localSheetId` counts. */
function sheetOrder(model: WriteModel): string[] {
  const names: string[] = [];
  (model.sheets ?? []).forEach((sheet) => {
    if (sheet) names.push(sheet.name);
  });
  return names;
}

/**
 * Makes every later write of `workbook` quote sheet names correctly in its print areas and titles,
 * and, after {@link carryDefinedNames}, write the officer's names back. Safe to call more than once.
 */
export function quoteDefinedNamesOnWrite(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  if (xlsx.__planTrackerNames) return;
  xlsx.__planTrackerNames = true;
  const prepare = xlsx.prepareModel.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    prepare(model, options);
    const order = sheetOrder(model);
    const names = model.definedNames ?? [];
    // ExcelJS's own names: the print areas and titles of sheets whose page setup asks for them.
    for (const defined of names) defined.ranges = defined.ranges.map((range) => requoteSheetReferences(range, order));
    const taken = new Set(names.map((defined) => `${defined.localSheetId ?? ""}\u0000${defined.name.toUpperCase()}`));
    const loaded = loadedSheets.get(workbook);
    for (const name of carriedNames(workbook)) {
      if (name.sheet !== undefined && loaded?.get(name.sheet) !== workbook.getWorksheet(name.sheet)) continue; // its sheet is gone, or replaced (one of ours)
      const localSheetId = name.sheet === undefined ? undefined : order.indexOf(name.sheet);
      if (localSheetId === -1) continue;
      const key = `${localSheetId ?? ""}\u0000${name.name.toUpperCase()}`;
      if (taken.has(key)) continue;
      taken.add(key);
      names.push({ name: name.name, ranges: [requoteSheetReferences(name.text, order)], ...(localSheetId !== undefined ? { localSheetId } : {}) });
    }
    model.definedNames = names;
  };
}

/**
 * Before `workbook.xlsx.load`: keeps `names` (read from the package's own workbook.xml) to be written
 * back verbatim, and stops ExcelJS from reading defined names at all.
 */
export function carryDefinedNames(workbook: ExcelJS.Workbook, names: readonly CarriedName[]): void {
  carried.set(workbook, names);
  const xlsx = workbook.xlsx as unknown as XlsxInternals & { load(...args: unknown[]): Promise<unknown> };
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    model.definedNames = [];
    reconcile(model, options);
  };
  const load = xlsx.load.bind(xlsx);
  xlsx.load = async (...args) => {
    const result = await load(...args);
    loadedSheets.set(workbook, new Map(workbook.worksheets.map((sheet) => [sheet.name, sheet])));
    return result;
  };
  quoteDefinedNamesOnWrite(workbook);
}
