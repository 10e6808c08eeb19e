/**
 * Sheet specs: a declarative, plain-data description of one generated worksheet — cell contents,
 * named styles, column widths, merges, frozen panes, conditional formats, validation lists, print
 * setup and an optional Excel table.
 *
 * The core builds specs from its analysis; two thin adapters render them: ExcelJS (files, the
 * command line and tests) and Office.js (live Excel). Nothing here knows about either library, and
 * every rule that decides what ends up in the workbook lives here, so both adapters produce the
 * same sheet. Rules the adapters must follow are marked **Adapter rule** below.
 *
 * @example
 * ```ts
 * const b = new SheetSpecBuilder(sheetNameFor("summary", officerSheetNames(grid)), "summary")
 *   .style("header", { bold: true, fill: "1F4E79", fontColor: "FFFFFF", wrap: true, border: "thin" })
 *   .style("money", { numberFormat: MONEY_FORMAT, border: "thin" })
 *   .row(2, [text("Status", "header"), text("Actions", "header")])
 *   .row(3, [text("Completed"), formula(`COUNTIFS(${quoteSheetName("Officer's plan")}!D:D,"Completed")`, 12)])
 *   .freeze(2)
 *   .print(committeePrintSetup({ asAt: "2018-09-30", titleRows: { first: 2, last: 2 } }));
 * const spec = b.build(); // throws SheetSpecError listing every problem
 * ```
 */
import { isIsoDate } from "../parse/IsoDate.js";
import type { CellRange } from "../grid/Address.js";
import { cellAddress, columnNumber, rangeAddress } from "../grid/Address.js";
import type { SheetGrid, SheetVisibility, WorkbookGrid } from "../grid/SheetGrid.js";
import { cellAt } from "../grid/SheetGrid.js";

// ---------------------------------------------------------------------------------------------
// Roles and limits
// ---------------------------------------------------------------------------------------------

/** What a generated sheet is for. One role can have several sheets (e.g. one committee table per board). */
export type SheetRole = "summary" | "benefits" | "exceptions" | "committee" | "settings" | "history" | "problems";

export const SHEET_ROLES: readonly SheetRole[] = ["summary", "benefits", "exceptions", "committee", "settings", "history", "problems"];

/** Excel's limits, checked when a spec is built so no adapter ever meets them at write time. */
export const EXCEL_LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  sheetNameLength: 31,
  textLength: 32_767,
  formulaLength: 8_192,
  /** An inline validation list ("Red,Amber,Green") may be at most 255 characters. */
  inlineListLength: 255,
} as const;

// ---------------------------------------------------------------------------------------------
// Cell contents
// ---------------------------------------------------------------------------------------------

interface CellBase {
  /** Name of a style in {@link SheetSpec.styles}. */
  readonly style?: string;
}

/**
 * Literal text — always text, even when it starts with `=`, `+`, `-`, `@` or `'`, or looks like a
 * number or a date ("1.10", "1/2"). Officers' progress notes often start with "- ".
 *
 * **Adapter rule:** a text cell is written with number format `@` (Text), whatever its style says
 * (see {@link effectiveNumberFormat}). In Office.js set `numberFormat` to `@` *before* `values` —
 * otherwise Excel parses the string as if typed (`=` makes a formula, "1.10" becomes 1.1).
 * In ExcelJS a plain JS string is written as a shared string and stays text.
 */
export interface TextCell extends CellBase {
  readonly kind: "text";
  readonly text: string;
}

export interface NumberCell extends CellBase {
  readonly kind: "number";
  readonly value: number;
}

/**
 * A calendar date, written as an Excel date (a serial number with a date format).
 * **Adapter rule:** if the cell's style has no number format, use {@link DEFAULT_DATE_FORMAT}.
 */
export interface DateCell extends CellBase {
  readonly kind: "date";
  /** "YYYY-MM-DD". */
  readonly iso: string;
}

/**
 * A live Excel formula. Generated formulas must work in Excel 2016/2019: no dynamic arrays, XLOOKUP,
 * LET, FILTER or UNIQUE.
 */
export interface FormulaCell extends CellBase {
  readonly kind: "formula";
  /** Without the leading `=`, in Excel's en-US syntax (commas between arguments). */
  readonly formula: string;
  /**
   * What the core computed from the same data. Tests compare it with a real recalculation; the
   * ExcelJS adapter stores it as the cached result so readers that do not recalculate still see it.
   */
  readonly expected?: number | string;
}

/** An empty cell, present only to carry a style (a bordered empty cell in a table). */
export interface BlankCell extends CellBase {
  readonly kind: "blank";
}

export type CellSpec = TextCell | NumberCell | DateCell | FormulaCell | BlankCell;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text without lone UTF-16 surrogates — half an emoji, left where text was cut short with
 * `slice` — which a workbook cannot store (its XML is UTF-8; writers put "�" in their place).
 */
export function wellFormedText(value: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATE, "") : value;
}

/** Text longer than Excel allows is cut to fit, ending with "…" (the officer's original is untouched). */
export function text(value: string, style?: string): TextCell {
  const fitted = wellFormedText(
    value.length > EXCEL_LIMITS.textLength ? `${value.slice(0, EXCEL_LIMITS.textLength - 1)}…` : value,
  );
  return style === undefined ? { kind: "text", text: fitted } : { kind: "text", text: fitted, style };
}

export function num(value: number, style?: string): NumberCell {
  if (!Number.isFinite(value)) throw new RangeError(`A number cell needs a finite number, got ${value}`);
  return style === undefined ? { kind: "number", value } : { kind: "number", value, style };
}

export function date(iso: string, style?: string): DateCell {
  if (!isIsoDate(iso)) throw new RangeError(`A date cell needs "YYYY-MM-DD", got "${iso}"`);
  return style === undefined ? { kind: "date", iso } : { kind: "date", iso, style };
}

/** A formula without its leading `=`; `expected` is what the core computed. */
export function formula(source: string, expected?: number | string, style?: string): FormulaCell {
  if (source.startsWith("=")) throw new RangeError(`Write formulas without the leading "=": ${source.slice(0, 40)}`);
  return {
    kind: "formula",
    formula: source,
    ...(expected !== undefined ? { expected } : {}),
    ...(style !== undefined ? { style } : {}),
  };
}

export function blank(style?: string): BlankCell {
  return style === undefined ? { kind: "blank" } : { kind: "blank", style };
}

/** The same cell with another style. */
export function withStyle<C extends CellSpec>(cell: C, style: string): C {
  return { ...cell, style };
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

/** "RRGGBB", six hex digits, no `#`. */
export type HexColor = string;

/**
 * A named cell style. Define each once per spec; cells refer to it by name, which keeps a
 * 20,000-row spec small and lets adapters build one style object per name.
 */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  readonly fontColor?: HexColor;
  /** Solid background fill. */
  readonly fill?: HexColor;
  /** An Excel number format code, e.g. {@link MONEY_FORMAT} or {@link DEFAULT_DATE_FORMAT}. */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  /** Indent level (each about three characters). */
  readonly indent?: number;
  /** Thin black border on all four sides. */
  readonly border?: "thin";
}

/** Council style for money: thousands separators, negatives in brackets — `(44,000)`. */
export const MONEY_FORMAT = "#,##0;(#,##0)";
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
export const TEXT_FORMAT = "@";

/**
 * The number format a cell is written with — the one rule both adapters must share:
 * text → `@` (keeps it text; see {@link TextCell}); date → the style's format or
 * {@link DEFAULT_DATE_FORMAT}; anything else → the style's format (undefined means General).
 */
export function effectiveNumberFormat(cell: CellSpec, style: CellStyle | undefined): string | undefined {
  switch (cell.kind) {
    case "text":
      return TEXT_FORMAT;
    case "date":
      return style?.numberFormat ?? DEFAULT_DATE_FORMAT;
    default:
      return style?.numberFormat;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet-level features
// ---------------------------------------------------------------------------------------------

export interface RowSpec {
  /** `cells[c - 1]` is column c; missing entries are left empty. */
  readonly cells: ReadonlyArray<CellSpec | undefined>;
  /** Points. Omit to let Excel size the row. */
  readonly height?: number;
  readonly hidden?: boolean;
}

export interface ColumnSpec {
  /**
   * Excel's character units — the number Excel shows in Format > Column Width (ExcelJS uses the same).
   * **Adapter rule (Office.js):** `columnWidth` is in points; convert with {@link columnWidthToPoints}.
   */
  readonly width?: number;
  readonly hidden?: boolean;
}

/**
 * A conditional format. Only the font (bold, italic, colour) and the fill of the referenced style are
 * applied — that is all Excel lets a conditional format change besides the number format.
 */
export type ConditionalFormat =
  | {
      /** Cell value equal to a word (case-insensitive, as in Excel): RAG words → coloured fill. */
      readonly kind: "textEquals";
      readonly range: CellRange;
      readonly text: string;
      readonly style: string;
    }
  | {
      /**
       * A formula returning TRUE/FALSE, written for the range's top-left cell; Excel shifts relative
       * references for the other cells, e.g. `AND($F3<>"",$F3<TODAY())` on B3:H200. No leading `=`.
       */
      readonly kind: "expression";
      readonly range: CellRange;
      readonly formula: string;
      readonly style: string;
    };

/** A drop-down list of allowed values. */
export interface ListValidation {
  readonly range: CellRange;
  /**
   * Either the allowed words (joined with commas they must fit in 255 characters and may not contain
   * commas) or a reference to cells holding them, e.g. `'PT Settings'!$A$2:$A$6` (no leading `=`).
   */
  readonly allowed: { readonly values: readonly string[] } | { readonly source: string };
  /** Default true. */
  readonly allowBlank?: boolean;
  /** "stop" (default) refuses other values; "warning" lets the officer keep them. */
  readonly errorStyle?: "stop" | "warning";
  readonly prompt?: string;
}

/** Inches, as Excel's Page Setup dialog shows them. Office.js wants points: multiply by 72. */
export interface PageMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
}

/**
 * The three parts of a page header or footer, each in Excel's header/footer codes: `&P` page number,
 * `&N` number of pages, `&D` date printed, `&A` sheet name, `&&` a literal `&`. Use
 * {@link headerFooterLiteral} to put officer text in safely.
 */
export interface HeaderFooterSections {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit to this many pages wide and any number of pages tall. Omit to print at 100%. */
  readonly fitToPagesWide?: number;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly printArea?: CellRange;
  readonly margins?: PageMargins;
  readonly header?: HeaderFooterSections;
  readonly footer?: HeaderFooterSections;
  readonly centerHorizontally?: boolean;
  readonly gridLines?: boolean;
}

/**
 * An Excel table over a region whose first row holds the column headers (text cells, unique,
 * non-blank — Excel requires it). Lets officers filter and sort, and formulas use `Name[Column]`.
 */
export interface TableRegion {
  /** Letters, digits, `_` and `.`; starts with a letter or `_`; must not look like a cell address (e.g. "T1"). */
  readonly name: string;
  /** Header row plus at least one data row. */
  readonly range: CellRange;
  /** Built-in table style, default "TableStyleLight1". */
  readonly theme?: string;
  readonly showRowStripes?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The spec
// ---------------------------------------------------------------------------------------------

export interface SheetSpec {
  readonly name: string;
  readonly role: SheetRole;
  readonly visibility: SheetVisibility;
  readonly tabColor?: HexColor;
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** `columns[c - 1]` is column c. */
  readonly columns: ReadonlyArray<ColumnSpec | undefined>;
  /** `rows[r - 1]` is row r. Row 1 is the hidden marker row (see {@link GENERATED_MARKER}). */
  readonly rows: ReadonlyArray<RowSpec | undefined>;
  readonly merges: readonly CellRange[];
  /** Rows frozen at the top (counting the hidden marker row) and columns frozen at the left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly ListValidation[];
  readonly print?: PrintSetup;
  readonly table?: TableRegion;
}

// ---------------------------------------------------------------------------------------------
// Marking a sheet as ours
// ---------------------------------------------------------------------------------------------

/**
 * How Plan Tracker recognises the sheets it generated — the only sheets it ever replaces.
 *
 * Two marks, for two readers:
 * - **For people — the name.** Generated sheets are called {@link GENERATED_SHEET_PREFIX} + label
 *   ("PT Summary", "PT Committee"), so an officer can see which tabs a refresh rewrites. The name is
 *   never trusted on its own: an officer may well have a sheet called "PT Summary" of their own.
 * - **For the program — a marker cell.** Cell A1 holds `plan-tracker:generated:<role>:<sheet name>`
 *   and row 1 is hidden (B1 holds a one-line explanation for anyone who unhides it). Generated
 *   content starts at row 2.
 *
 * Why a cell, and why this one:
 * - The core reads it from the plain grid ({@link generatedRoleOf}) — no adapter-specific feature.
 *   Both ExcelJS and Office.js read A1 cheaply (Office.js: one 1×1 range per sheet, one sync).
 *   Defined names are weaker: ExcelJS drops their sheet scope, and they do not travel with the sheet.
 *   Worksheet custom properties need ExcelApi 1.12 and ExcelJS cannot write them.
 * - A1 rather than a cell "far away": a cell at XFD1 or row 1,048,576 would stretch the used range,
 *   and Office.js `getUsedRange()` on a 20,000-row sheet would then cover 300 million cells.
 * - The text is namespaced and machine-shaped; no officer types it by accident.
 * - It names the sheet it was written for. Excel's Move or Copy copies cell A1, so an officer's copy
 *   "PT Summary (2)" still says "PT Summary" — the mismatch makes the copy theirs and it is kept.
 *   (`:` cannot occur in a sheet name, so the text parses unambiguously.) Likewise, renaming a
 *   generated sheet adopts it: it is never replaced again, and the next refresh makes a fresh one.
 * - Failure is safe: if A1 is edited, or rows are inserted above it, the sheet stops being ours and
 *   is left alone; the worst case is a stale extra sheet, never a lost one.
 *
 * **Adapter rule (Office.js):** replace a generated sheet *in place* (clear it, then render), rather
 * than deleting it — deleting turns formulas that refer to it in the officer's sheets into `#REF!`.
 */
export const GENERATED_MARKER = "plan-tracker:generated";
export const MARKER_CELL = { row: 1, column: 1 } as const;
/** First row available for generated content. */
export const FIRST_CONTENT_ROW = 2;
export const MARKER_NOTE =
  "Generated by Plan Tracker and replaced on every refresh. To keep your own changes, copy or rename this sheet.";
/** Prefix of generated sheet names (short: Excel allows 31 characters). */
export const GENERATED_SHEET_PREFIX = "PT ";

export const ROLE_SHEET_LABELS: Readonly<Record<SheetRole, string>> = {
  summary: "Summary",
  benefits: "Benefits",
  exceptions: "Exceptions",
  committee: "Committee",
  settings: "Settings",
  history: "History",
  problems: "Problems",
};

export function markerText(role: SheetRole, sheetName: string): string {
  return `${GENERATED_MARKER}:${role}:${sheetName}`;
}

/** Reads a marker cell's value; undefined unless it is exactly a marker. */
export function parseMarker(value: unknown): { role: SheetRole; sheetName: string } | undefined {
  if (typeof value !== "string" || !value.startsWith(`${GENERATED_MARKER}:`)) return undefined;
  const rest = value.slice(GENERATED_MARKER.length + 1);
  const colon = rest.indexOf(":");
  if (colon < 0) return undefined;
  const role = rest.slice(0, colon) as SheetRole;
  const sheetName = rest.slice(colon + 1);
  if (!SHEET_ROLES.includes(role) || sheetName === "") return undefined;
  return { role, sheetName };
}

/**
 * The role of a sheet Plan Tracker generated, or undefined for any other sheet. A sheet is ours only
 * when its marker cell holds a marker naming this very sheet.
 */
export function generatedRoleFromMarker(sheetName: string, markerCellValue: unknown): SheetRole | undefined {
  const marker = parseMarker(markerCellValue);
  return marker !== undefined && marker.sheetName === sheetName ? marker.role : undefined;
}

/** {@link generatedRoleFromMarker} for a sheet read into the core's grid. */
export function generatedRoleOf(sheet: SheetGrid): SheetRole | undefined {
  return generatedRoleFromMarker(sheet.name, cellAt(sheet, MARKER_CELL.row, MARKER_CELL.column)?.value);
}

/** Names of the sheets that are not ours — the names a new generated sheet must avoid. */
export function officerSheetNames(workbook: WorkbookGrid): string[] {
  return workbook.sheets.filter((sheet) => generatedRoleOf(sheet) === undefined).map((sheet) => sheet.name);
}

// ---------------------------------------------------------------------------------------------
// Sheet names
// ---------------------------------------------------------------------------------------------

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/** Why Excel would refuse this sheet name, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > EXCEL_LIMITS.sheetNameLength) return `"${name}" is longer than ${EXCEL_LIMITS.sheetNameLength} characters`;
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) return `"${name}" contains one of [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  if (name.toUpperCase() === "HISTORY") return `"History" is reserved by Excel`;
  return undefined;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

function cleanLabel(label: string): string {
  // Apostrophes are dropped too: ExcelJS writes print titles as '<name>'!$1:$3 without doubling them.
  return label.replace(/[[\]:*?/\\']/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The name for a new generated sheet: "PT " + the role's label (or `label`), and if that is taken
 * by one of `existingNames` (compared as Excel does, ignoring case), the first free "PT Summary (2)",
 * "(3)"… Never returns an existing name; always ≤ 31 characters, always valid.
 *
 * Pass the names of the sheets that stay — the officer's ({@link officerSheetNames}) plus any
 * names already chosen in this refresh — not the generated sheets about to be replaced, or the name
 * would drift to "(2)" on every refresh.
 */
export function sheetNameFor(role: SheetRole, existingNames: Iterable<string>, label?: string): string {
  const taken = new Set<string>();
  for (const name of existingNames) taken.add(name.toUpperCase());
  const cleaned = cleanLabel(label ?? ROLE_SHEET_LABELS[role]) || ROLE_SHEET_LABELS[role];
  const base = `${GENERATED_SHEET_PREFIX}${cleaned}`.slice(0, EXCEL_LIMITS.sheetNameLength).trimEnd();
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, EXCEL_LIMITS.sheetNameLength - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

/** Names for several generated sheets at once, distinct from each other and from `existingNames`. */
export function sheetNamesFor(
  requests: ReadonlyArray<{ readonly role: SheetRole; readonly label?: string }>,
  existingNames: Iterable<string>,
): string[] {
  const taken = [...existingNames];
  return requests.map(({ role, label }) => {
    const name = sheetNameFor(role, taken, label);
    taken.push(name);
    return name;
  });
}

// ---------------------------------------------------------------------------------------------
// Print helpers
// ---------------------------------------------------------------------------------------------

/** Officer text for a header or footer: `&` doubled so Excel does not read it as a code. */
export function headerFooterLiteral(value: string): string {
  return wellFormedText(value).replace(/&/g, "&&");
}

/** The sections as one Excel header/footer string: `&L…&C…&R…` (the form the file format stores). */
export function headerFooterString(sections: HeaderFooterSections): string {
  return (
    (sections.left ? `&L${sections.left}` : "") +
    (sections.center ? `&C${sections.center}` : "") +
    (sections.right ? `&R${sections.right}` : "")
  );
}

export const PAGE_NUMBER_CODE = "&P";
export const PAGE_COUNT_CODE = "&N";

/** "30/09/2018" for "2018-09-30". */
export function ukDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`Expected "YYYY-MM-DD", got "${iso}"`);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Narrow margins (inches), as Excel's "Narrow" preset. */
export const NARROW_MARGINS: PageMargins = { top: 0.75, bottom: 0.75, left: 0.25, right: 0.25, header: 0.3, footer: 0.3 };

/**
 * Committee-ready printing (GUIDE §2): A4 landscape, one page wide, header rows repeated on every
 * page, "As at <date>" and "Page X of Y" in the footer.
 */
export function committeePrintSetup(options: {
  readonly asAt: string;
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly title?: string;
  readonly orientation?: "portrait" | "landscape";
}): PrintSetup {
  return {
    paperSize: "A4",
    orientation: options.orientation ?? "landscape",
    fitToPagesWide: 1,
    ...(options.titleRows ? { titleRows: options.titleRows } : {}),
    margins: NARROW_MARGINS,
    footer: {
      left: headerFooterLiteral(`As at ${ukDate(options.asAt)}`),
      ...(options.title ? { center: headerFooterLiteral(options.title) } : {}),
      right: `Page ${PAGE_NUMBER_CODE} of ${PAGE_COUNT_CODE}`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Small conversions the adapters share
// ---------------------------------------------------------------------------------------------

export { isIsoDate };

/** A `Date` whose UTC fields hold the calendar date (ExcelJS's convention for date cells). */
export function isoDateToUtcDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** Excel's serial number for a date (1900 system; pass `date1904` for Mac-era workbooks). */
export function isoDateToSerial(iso: string, date1904 = false): number {
  const days = (isoDateToUtcDate(iso).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

/** Excel character-unit column width → points (Calibri 11: 7 px per character + 5 px padding, 96 dpi). */
export function columnWidthToPoints(width: number): number {
  return ((Math.round(width * 7) + 5) * 72) / 96;
}

/** "B2:H2" or "B2" → a range. */
export function range(a1: string): CellRange {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!match) throw new RangeError(`Not an A1 range: "${a1}"`);
  const top = Number(match[2]);
  const left = columnNumber(match[1] ?? "");
  const bottom = match[4] !== undefined ? Number(match[4]) : top;
  const right = match[3] !== undefined ? columnNumber(match[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** "B2:H2" (or "B2" for one cell). */
export function rangeA1(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : rangeAddress(r);
}

// ---------------------------------------------------------------------------------------------
// Row heights for wrapped text
// ---------------------------------------------------------------------------------------------

/** Excel's default font size and column width (character units) for a new workbook. */
export const DEFAULT_FONT_SIZE = 11;
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Points per line of 11 pt text (Excel's default row height). */
const LINE_HEIGHT_PER_POINT = 15 / 11;
/**
 * Average width of a character of prose, in Excel's character units (the width of "0"). Measured:
 * Calibri prose averages about 0.75; DejaVu Sans — LibreOffice's fallback when Calibri is missing —
 * about 0.82. 0.9 errs on the tall side: a row a little too tall prints fine, one too short hides text.
 */
const GLYPH_WIDTH = 0.9;

/**
 * How many lines `value` takes when wrapped in a column `width` characters wide: a greedy word wrap
 * honouring line breaks, breaking words longer than a line.
 */
export function wrappedLineCount(value: string, width: number, glyphWidth = GLYPH_WIDTH): number {
  const capacity = Math.max(1, Math.floor((width - 0.7) / glyphWidth));
  let lines = 0;
  for (const paragraph of value.split(/\r\n|\r|\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
      let length = word.length;
      if (used > 0 && used + 1 + length <= capacity) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines += 1;
      while (length > capacity) {
        lines += 1;
        length -= capacity;
      }
      used = length;
    }
  }
  return Math.max(1, lines);
}

/**
 * Excel does not grow rows for wrapped text when it opens a file (neither does LibreOffice), so a
 * generated sheet must say how tall each row is. Returns the height in points for a row whose
 * wrapped cells need more than one line (or whose font is larger than the default), else undefined.
 * Cells listed in `skipColumns` (covered by merges) are not measured.
 */
export function estimateRowHeight(
  cells: ReadonlyArray<CellSpec | undefined>,
  columns: ReadonlyArray<ColumnSpec | undefined>,
  styles: Readonly<Record<string, CellStyle>>,
  skipColumns?: ReadonlySet<number>,
): number | undefined {
  let lines = 1;
  let fontSize = DEFAULT_FONT_SIZE;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || skipColumns?.has(c + 1)) continue;
    const style = cell.style === undefined ? undefined : styles[cell.style];
    const size = style?.fontSize ?? DEFAULT_FONT_SIZE;
    if (cell.kind !== "blank") fontSize = Math.max(fontSize, size);
    if (!style?.wrap) continue;
    const content = cell.kind === "text" ? cell.text : cell.kind === "formula" && typeof cell.expected === "string" ? cell.expected : "";
    if (content === "") continue;
    const glyph = GLYPH_WIDTH * (size / DEFAULT_FONT_SIZE) * (style.bold ? 1.08 : 1);
    lines = Math.max(lines, wrappedLineCount(content, columns[c]?.width ?? DEFAULT_COLUMN_WIDTH, glyph));
  }
  if (lines === 1 && fontSize <= DEFAULT_FONT_SIZE) return undefined;
  return Math.min(409, Math.ceil(lines * fontSize * LINE_HEIGHT_PER_POINT + (lines > 1 ? 2 : 0)));
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** A spec the core built wrongly. A programming error, never an officer's: the message lists every problem. */
export class SheetSpecError extends Error {
  constructor(
    readonly sheetName: string,
    readonly problems: readonly string[],
  ) {
    super(`Sheet spec "${sheetName}" is not valid:\n- ${problems.slice(0, 20).join("\n- ")}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ""}`);
    this.name = "SheetSpecError";
  }
}

/** A generated sheet would take the name of a sheet that is not ours. We never overwrite those. */
export class SheetNameConflictError extends Error {
  constructor(readonly sheetName: string) {
    super(
      `A sheet called "${sheetName}" already exists and was not generated by Plan Tracker, so it will not be replaced. Choose the name with sheetNameFor().`,
    );
    this.name = "SheetNameConflictError";
  }
}

const HEX_COLOR = /^[0-9A-Fa-f]{6}$/;

function rangeProblem(r: CellRange): string | undefined {
  const ok =
    Number.isInteger(r.top) && Number.isInteger(r.left) && Number.isInteger(r.bottom) && Number.isInteger(r.right) &&
    r.top >= 1 && r.left >= 1 && r.top <= r.bottom && r.left <= r.right &&
    r.bottom <= EXCEL_LIMITS.rows && r.right <= EXCEL_LIMITS.columns;
  return ok ? undefined : `range ${JSON.stringify(r)} is not a valid cell range`;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Table names Excel accepts: not a cell address (A1, T1, XFD100), not R1C1 style, not "R"/"C". */
export function tableNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name)) return `table name "${name}" must start with a letter or _ and use only letters, digits, _ and .`;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return `table name "${name}" reads as a cell address`;
  if (/^(R|C|R[0-9]*C[0-9]*)$/i.test(name)) return `table name "${name}" reads as an R1C1 reference`;
  return undefined;
}

function styleProblems(name: string, style: CellStyle): string[] {
  const problems: string[] = [];
  for (const key of ["fontColor", "fill"] as const) {
    const color = style[key];
    if (color !== undefined && !HEX_COLOR.test(color)) problems.push(`style "${name}": ${key} "${color}" is not RRGGBB`);
  }
  if (style.fontSize !== undefined && !(style.fontSize >= 1 && style.fontSize <= 409)) problems.push(`style "${name}": font size ${style.fontSize}`);
  if (style.indent !== undefined && !(Number.isInteger(style.indent) && style.indent >= 0 && style.indent <= 250)) problems.push(`style "${name}": indent ${style.indent}`);
  if (style.numberFormat !== undefined && style.numberFormat.trim() === "") problems.push(`style "${name}": empty number format`);
  return problems;
}

/** Every problem in a spec (empty when it is fine). {@link SheetSpecBuilder.build} throws if any. */
export function validateSheetSpec(spec: SheetSpec): string[] {
  const problems: string[] = [];
  const add = (p: string | undefined): void => {
    if (p !== undefined && problems.length < 200) problems.push(p);
  };
  add(sheetNameProblem(spec.name));
  if (!SHEET_ROLES.includes(spec.role)) add(`unknown role "${spec.role}"`);
  if (spec.tabColor !== undefined && !HEX_COLOR.test(spec.tabColor)) add(`tab colour "${spec.tabColor}" is not RRGGBB`);
  for (const [name, style] of Object.entries(spec.styles)) for (const p of styleProblems(name, style)) add(p);
  const styleExists = (name: string | undefined): boolean => name === undefined || Object.hasOwn(spec.styles, name);

  // The marker row.
  const markerRow = spec.rows[MARKER_CELL.row - 1];
  const marker = markerRow?.cells[MARKER_CELL.column - 1];
  if (marker?.kind !== "text" || marker.text !== markerText(spec.role, spec.name)) add(`cell A1 must hold the marker "${markerText(spec.role, spec.name)}"`);
  if (markerRow?.hidden !== true) add("row 1 (the marker row) must be hidden");
  const note = markerRow?.cells[1];
  if (markerRow && (markerRow.cells.length > 2 || (note !== undefined && note.kind !== "text"))) add("row 1 is reserved for the marker");

  // Cells.
  if (spec.rows.length > EXCEL_LIMITS.rows) add(`${spec.rows.length} rows is more than Excel allows`);
  spec.rows.forEach((row, r) => {
    if (!row) return;
    if (row.height !== undefined && !(row.height >= 0 && row.height <= 409)) add(`row ${r + 1}: height ${row.height}`);
    if (row.cells.length > EXCEL_LIMITS.columns) add(`row ${r + 1}: more columns than Excel allows`);
    row.cells.forEach((cell, c) => {
      if (!cell) return;
      const at = cellAddress(r + 1, c + 1);
      if (!styleExists(cell.style)) add(`${at}: unknown style "${cell.style}"`);
      switch (cell.kind) {
        case "text":
          if (typeof cell.text !== "string") add(`${at}: text is not a string`);
          else if (cell.text.length > EXCEL_LIMITS.textLength) add(`${at}: text longer than ${EXCEL_LIMITS.textLength} characters`);
          break;
        case "number":
          if (!Number.isFinite(cell.value)) add(`${at}: ${cell.value} is not a finite number`);
          break;
        case "date":
          if (!isIsoDate(cell.iso)) add(`${at}: "${cell.iso}" is not a YYYY-MM-DD date`);
          break;
        case "formula":
          if (cell.formula.trim() === "" || cell.formula.startsWith("=")) add(`${at}: formula must be non-empty and without the leading "="`);
          if (cell.formula.length > EXCEL_LIMITS.formulaLength) add(`${at}: formula longer than ${EXCEL_LIMITS.formulaLength} characters`);
          if (typeof cell.expected === "number" && !Number.isFinite(cell.expected)) add(`${at}: expected ${cell.expected}`);
          break;
        case "blank":
          break;
        default:
          add(`${at}: unknown cell kind "${(cell as { kind: unknown }).kind}"`);
      }
    });
  });

  spec.columns.forEach((column, c) => {
    if (column?.width !== undefined && !(column.width >= 0 && column.width <= 255)) add(`column ${c + 1}: width ${column.width}`);
  });
  if (spec.columns.length > EXCEL_LIMITS.columns) add("more columns than Excel allows");

  // Merges.
  spec.merges.forEach((m, i) => {
    add(rangeProblem(m));
    if (m.top === m.bottom && m.left === m.right) add(`merge ${rangeA1(m)} is a single cell`);
    if (m.top <= MARKER_CELL.row) add(`merge ${rangeA1(m)} touches the marker row`);
    for (let j = 0; j < i; j++) {
      const other = spec.merges[j];
      if (other && overlaps(m, other)) add(`merges ${rangeA1(other)} and ${rangeA1(m)} overlap`);
    }
  });

  if (spec.freeze) {
    const { rows, columns } = spec.freeze;
    if (!(Number.isInteger(rows) && Number.isInteger(columns) && rows >= 0 && columns >= 0)) add(`freeze ${JSON.stringify(spec.freeze)}`);
  }

  for (const cf of spec.conditionalFormats) {
    add(rangeProblem(cf.range));
    if (!Object.hasOwn(spec.styles, cf.style)) add(`conditional format on ${rangeA1(cf.range)}: unknown style "${cf.style}"`);
    if (cf.kind === "expression" && (cf.formula.trim() === "" || cf.formula.startsWith("="))) add(`conditional format on ${rangeA1(cf.range)}: formula must be non-empty, without "="`);
  }

  for (const v of spec.validations) {
    add(rangeProblem(v.range));
    if ("values" in v.allowed) {
      const values = v.allowed.values;
      if (values.length === 0) add(`validation on ${rangeA1(v.range)}: no allowed values`);
      if (values.some((x) => x.includes(",") || x.includes('"'))) add(`validation on ${rangeA1(v.range)}: a value contains a comma or a quote; use a source range`);
      if (values.join(",").length > EXCEL_LIMITS.inlineListLength) add(`validation on ${rangeA1(v.range)}: list longer than 255 characters; use a source range`);
    } else if (v.allowed.source.trim() === "" || v.allowed.source.startsWith("=")) {
      add(`validation on ${rangeA1(v.range)}: source must be a reference without "="`);
    }
  }

  if (spec.print) {
    const p = spec.print;
    if (p.fitToPagesWide !== undefined && !(Number.isInteger(p.fitToPagesWide) && p.fitToPagesWide >= 1)) add(`fitToPagesWide ${p.fitToPagesWide}`);
    if (p.titleRows && !(Number.isInteger(p.titleRows.first) && Number.isInteger(p.titleRows.last) && p.titleRows.first >= 1 && p.titleRows.first <= p.titleRows.last)) add(`title rows ${JSON.stringify(p.titleRows)}`);
    if (p.printArea) add(rangeProblem(p.printArea));
    for (const part of [p.header, p.footer]) {
      if (part && headerFooterString(part).length > 255) add("header or footer longer than 255 characters");
    }
  }

  if (spec.table) {
    const t = spec.table;
    add(tableNameProblem(t.name));
    add(rangeProblem(t.range));
    if (t.range.top <= MARKER_CELL.row) add(`table ${t.name} touches the marker row`);
    if (t.range.bottom <= t.range.top) add(`table ${t.name} needs a header row and at least one data row`);
    const headers = new Set<string>();
    for (let c = t.range.left; c <= t.range.right; c++) {
      const cell = spec.rows[t.range.top - 1]?.cells[c - 1];
      if (cell?.kind !== "text" || cell.text.trim() === "") {
        add(`table ${t.name}: header ${cellAddress(t.range.top, c)} must be non-blank text`);
      } else if (headers.has(cell.text.toUpperCase())) {
        add(`table ${t.name}: header "${cell.text}" is repeated`);
      } else {
        headers.add(cell.text.toUpperCase());
      }
    }
    for (const m of spec.merges) if (overlaps(m, t.range)) add(`table ${t.name} overlaps merge ${rangeA1(m)}`);
  }
  return problems;
}

/**
 * Checks the specs a refresh writes together, before any writer touches a workbook: each spec is
 * valid, and no two share a sheet name or a table name. Throws {@link SheetSpecError}.
 */
export function checkSpecSet(specs: readonly SheetSpec[]): void {
  for (const spec of specs) {
    const problems = validateSheetSpec(spec);
    if (problems.length > 0) throw new SheetSpecError(spec.name, problems);
  }
  specs.forEach((spec, i) => {
    const earlier = specs.slice(0, i);
    if (earlier.some((other) => sameSheetName(other.name, spec.name))) {
      throw new SheetSpecError(spec.name, [`two generated sheets are both called "${spec.name}"`]);
    }
    const table = spec.table?.name.toUpperCase();
    if (table !== undefined && earlier.some((other) => other.table?.name.toUpperCase() === table)) {
      throw new SheetSpecError(spec.name, [`table name "${spec.table?.name}" is already used by another generated sheet`]);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------

interface MutableRow {
  cells: Array<CellSpec | undefined>;
  height?: number;
  hidden?: boolean;
}

/**
 * Builds a {@link SheetSpec} cell by cell or row by row (1-based, as Excel shows them), then
 * {@link build} adds the marker row and checks everything. Row 1 is reserved for the marker.
 */
export class SheetSpecBuilder {
  private readonly styles: Record<string, CellStyle> = {};
  private readonly rows: Array<MutableRow | undefined> = [];
  private readonly columns: Array<ColumnSpec | undefined> = [];
  private readonly merges: CellRange[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly validations: ListValidation[] = [];
  private frozen: { rows: number; columns: number } | undefined;
  private printSetup: PrintSetup | undefined;
  private tableRegion: TableRegion | undefined;
  private sheetVisibility: SheetVisibility = "visible";
  private tab: HexColor | undefined;
  private autoRowHeights = true;

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  style(name: string, style: CellStyle): this {
    this.styles[name] = style;
    return this;
  }

  private rowAt(row: number): MutableRow {
    if (!Number.isInteger(row) || row < FIRST_CONTENT_ROW || row > EXCEL_LIMITS.rows) {
      throw new RangeError(`Row ${row}: generated content starts at row ${FIRST_CONTENT_ROW} (row 1 holds the marker)`);
    }
    let existing = this.rows[row - 1];
    if (!existing) {
      existing = { cells: [] };
      this.rows[row - 1] = existing;
    }
    return existing;
  }

  cell(row: number, column: number, cell: CellSpec | undefined): this {
    if (!Number.isInteger(column) || column < 1 || column > EXCEL_LIMITS.columns) throw new RangeError(`Column ${column}`);
    this.rowAt(row).cells[column - 1] = cell;
    return this;
  }

  /** Writes `cells` into `row` from `firstColumn` (default A); `undefined` entries leave a cell alone. */
  row(row: number, cells: ReadonlyArray<CellSpec | undefined>, options: { firstColumn?: number; height?: number } = {}): this {
    const target = this.rowAt(row);
    const first = options.firstColumn ?? 1;
    cells.forEach((cell, i) => {
      if (cell !== undefined) target.cells[first - 1 + i] = cell;
    });
    if (options.height !== undefined) target.height = options.height;
    return this;
  }

  rowHeight(row: number, points: number): this {
    this.rowAt(row).height = points;
    return this;
  }

  hideRow(row: number): this {
    this.rowAt(row).hidden = true;
    return this;
  }

  column(column: number, spec: ColumnSpec): this {
    this.columns[column - 1] = { ...this.columns[column - 1], ...spec };
    return this;
  }

  /** Widths in Excel character units, from `firstColumn` (default A). */
  columnWidths(widths: readonly number[], firstColumn = 1): this {
    widths.forEach((width, i) => this.column(firstColumn + i, { width }));
    return this;
  }

  merge(area: CellRange | string): this {
    this.merges.push(typeof area === "string" ? range(area) : area);
    return this;
  }

  freeze(rows: number, columns = 0): this {
    this.frozen = { rows, columns };
    return this;
  }

  conditionalFormat(format: ConditionalFormat): this {
    this.conditionalFormats.push(format);
    return this;
  }

  /** One "cell value equals <word> → style" rule per entry, e.g. `{ Red: "rag-red", Amber: "rag-amber" }`. */
  ragFormats(area: CellRange | string, styleByWord: Readonly<Record<string, string>>): this {
    const r = typeof area === "string" ? range(area) : area;
    for (const [word, style] of Object.entries(styleByWord)) this.conditionalFormats.push({ kind: "textEquals", range: r, text: word, style });
    return this;
  }

  validation(validation: ListValidation): this {
    this.validations.push(validation);
    return this;
  }

  print(setup: PrintSetup): this {
    this.printSetup = setup;
    return this;
  }

  table(region: TableRegion): this {
    this.tableRegion = region;
    return this;
  }

  visibility(visibility: SheetVisibility): this {
    this.sheetVisibility = visibility;
    return this;
  }

  tabColor(color: HexColor): this {
    this.tab = color;
    return this;
  }

  /**
   * On by default: {@link build} gives every row without an explicit height the height its wrapped
   * text needs ({@link estimateRowHeight}), because neither Excel nor LibreOffice grows rows when
   * opening a file. Turn off for sheets with no wrapped text to save a little time.
   */
  fitRowHeights(on = true): this {
    this.autoRowHeights = on;
    return this;
  }

  /** The finished spec, with the marker row. Throws {@link SheetSpecError} listing every problem. */
  build(): SheetSpec {
    const merged = new Map<number, Set<number>>();
    for (const m of this.merges) {
      for (let r = m.top; r <= Math.min(m.bottom, this.rows.length); r++) {
        const set = merged.get(r) ?? new Set<number>();
        for (let c = m.left; c <= m.right; c++) set.add(c);
        merged.set(r, set);
      }
    }
    const rows: Array<RowSpec | undefined> = this.rows.map((row, i) => {
      if (!row) return undefined;
      const height = row.height ?? (this.autoRowHeights ? estimateRowHeight(row.cells, this.columns, this.styles, merged.get(i + 1)) : undefined);
      return { cells: [...row.cells], ...(height !== undefined ? { height } : {}), ...(row.hidden ? { hidden: true } : {}) };
    });
    rows[MARKER_CELL.row - 1] = { hidden: true, cells: [text(markerText(this.role, this.name)), text(MARKER_NOTE)] };
    const spec: SheetSpec = {
      name: this.name,
      role: this.role,
      visibility: this.sheetVisibility,
      ...(this.tab !== undefined ? { tabColor: this.tab } : {}),
      styles: { ...this.styles },
      columns: [...this.columns],
      rows,
      merges: [...this.merges],
      ...(this.frozen ? { freeze: this.frozen } : {}),
      conditionalFormats: [...this.conditionalFormats],
      validations: [...this.validations],
      ...(this.printSetup ? { print: this.printSetup } : {}),
      ...(this.tableRegion ? { table: this.tableRegion } : {}),
    };
    const problems = validateSheetSpec(spec);
    if (problems.length > 0) throw new SheetSpecError(this.name, problems);
    return spec;
  }
}
