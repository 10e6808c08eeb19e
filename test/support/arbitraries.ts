/**
 * fast-check arbitraries for the property tests (test/property): random workbooks shaped like the
 * officers' plans — title rows, headers in many wordings (repeated per theme), theme rows merged
 * across, action rows — filled with the values real workbooks hold and the hostile ones colleagues
 * paste in: HTML, entities, formulas-as-text ("=SUM(A1)", "+44", "- note", "@x"), emoji,
 * right-to-left text, Cyrillic look-alikes, 40,000-character cells, doubles from tiny to huge,
 * dates from 1900 to 9999, booleans, error values, blanks, formulas with cached results, merged
 * regions, odd sheet names (spaces, apostrophes, non-Latin letters, names that read as cell
 * addresses), hidden sheets, the officer's own settings sheet and leftovers of our generated sheets.
 *
 * Grids are built as the ExcelJS adapter (src/adapters/exceljs/toGrid.ts) would read them: cells
 * covered by a merge are empty, empty cells are absent, rowCount/columnCount are the last row and
 * column holding anything. Long strings are a few fixed constants, not generated, to keep runs fast.
 */
import fc from "fast-check";
import type { CellRange } from "../../src/core/grid/Address.js";
import type { Cell, CellValue } from "../../src/core/grid/Cell.js";
import type { SheetGrid, SheetVisibility, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { SETTINGS_MARKER } from "../../src/core/settings/WorkbookSettings.js";
import { markerText, type SheetRole } from "../../src/core/sheets/SheetSpec.js";

// ---------------------------------------------------------------------------------------------
// Fixed long strings (generating 40,000 characters per case would dominate the run time)
// ---------------------------------------------------------------------------------------------

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Over Excel's 32,767-character cell limit (a file can still hold it). */
export const LONG_PROSE_40K = repeatTo("Progress: the board agreed the revised timetable; officers to report back. ", 40_000);
/** A 40,000-character progress note that starts like a formula. */
export const LONG_DASH_40K = `- ${repeatTo("awaiting sign-off ", 39_998)}`;
/** One 40,000-character "word": no spaces to wrap at. */
export const LONG_WORD_40K = repeatTo("x", 40_000);
/** HTML pasted from a web page, 40,000 characters. */
export const LONG_HTML_40K = `<p>${repeatTo("<i>Improve</i> &amp; deliver &#8211; ", 39_993)}</p>`;
/** Exactly Excel's limit, and one over. */
export const TEXT_AT_LIMIT = repeatTo("=SUM(A1) ", 32_767);
export const TEXT_OVER_LIMIT = repeatTo("@note ", 32_768);

export const LONG_STRINGS = [LONG_PROSE_40K, LONG_DASH_40K, LONG_WORD_40K, LONG_HTML_40K, TEXT_AT_LIMIT, TEXT_OVER_LIMIT] as const;

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** Text an officer (or a web page, or a colleague) may put in any cell. */
export const HOSTILE_TEXTS: readonly string[] = [
  "<p>Develop the <i>workforce</i> strategy</p>",
  "<p>&nbsp;</p>",
  "<p>Deliver the MTFP savings</p><p>Report to Cabinet</p>",
  "Fish &amp; chips &lt;b&gt;bold&lt;/b&gt;",
  "&#8211; &#x2014; &bogus; &#99999999; &#0;",
  "<br/>",
  "<!-- unfinished comment",
  "</p>",
  "<script>alert(1)</script>",
  "=SUM(A1)",
  "=SUM(A1:A3)*2",
  "=1+1",
  '=HYPERLINK("http://example.invalid","click")',
  "=cmd|' /C calc'!A0",
  "+44 20 7946 0000",
  "+",
  "- awaiting CLT sign-off",
  "-",
  "-- see note",
  "-5",
  "@x",
  "@SUM(A1)",
  "'quoted from Excel",
  "\t=tab first",
  "😀🎉 done",
  "👩‍👩‍👧 family of graphemes",
  "\u200B zero width space",
  "\u202Eright-to-left override",
  "خطة التحسين المؤسسي",
  "תוכנית פעולה",
  "Соmрlеtеd",
  "Оn trаck",
  "Ѕоmе slippage",
  "As 19 above",
  "See 2.4",
  "As 99 above",
  "tbc",
  "TBC",
  "n/a",
  "(44,000)",
  "£1.2m",
  "44,000*",
  "**",
  "** Not included in the totals",
  "* Already in the MTFP",
  "1.1",
  "1.10",
  "a.",
  "#REF!",
  "#N/A",
  "NaN",
  "Infinity",
  "-0",
  "1e308",
  "TRUE",
  "line one\nline two\nline three",
  "Head of HR\nHead of Finance",
  "a\r\nb",
  "   ",
  " padded ",
  '"quoted"',
  "''",
  "Officer's note",
  "Sheet1!A1",
  "'PT Summary'!B3",
  "[Book1]Sheet1!$A$1",
  "On* track?",
  "Complete~",
  "%",
  "plan-tracker:generated:summary:PT Summary",
  "plan-tracker:settings",
  "RAG (Plan Tracker)",
  "Ref",
  "Status",
  "Action",
];

/** Strings that cannot be in a real cell (lone surrogates, XML-forbidden control characters) are removed. */
function cellSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }).map(cellSafe) },
  { weight: 1, arbitrary: fc.constantFrom("<p>", "</p>", "<i>", "&amp;", "&nbsp;", "\n", " ", "=", "+", "-", "@", "'", '"', "!", "*", "£", ",", "(", ")") },
);

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 15, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")) },
  { weight: 8, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }).map(cellSafe) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_STRINGS) },
);

/** Finite doubles only (a cell cannot hold NaN or ±Infinity), never -0. */
export const cellNumber: fc.Arbitrary<number> = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
    { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-6, max: 1e-6 }) },
    { weight: 2, arbitrary: fc.integer({ min: 20_000, max: 80_000 }) }, // Excel date serials
    {
      weight: 2,
      arbitrary: fc.constantFrom(0, 1, -1, 0.5, 44_000, -44_000, 1e15, -1e15, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324, 2_958_465, 2_958_466, 1, 60, 61, 2024, 202_223),
    },
  )
  .map((n) => (Object.is(n, -0) ? 0 : n));

const DAY_MS = 86_400_000;
const MIN_DATE = Date.UTC(1900, 0, 1);
const MAX_DATE = Date.UTC(9999, 11, 31);

/** Dates as ExcelJS gives them: UTC fields hold the calendar date; mostly whole days, some with a time. */
export const cellDate: fc.Arbitrary<Date> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: Date.UTC(2010, 0, 1) / DAY_MS, max: Date.UTC(2030, 11, 31) / DAY_MS }).map((d) => new Date(d * DAY_MS)) },
  { weight: 2, arbitrary: fc.integer({ min: MIN_DATE / DAY_MS, max: MAX_DATE / DAY_MS }).map((d) => new Date(d * DAY_MS)) },
  { weight: 1, arbitrary: fc.integer({ min: MIN_DATE / 1000, max: MAX_DATE / 1000 }).map((s) => new Date(s * 1000)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Date(Date.UTC(1900, 0, 1)),
      new Date(Date.UTC(1900, 1, 28)),
      new Date(Date.UTC(1900, 2, 1)),
      new Date(Date.UTC(9999, 11, 31)),
      new Date(Date.UTC(9999, 11, 31, 23, 59, 59)),
      new Date(Date.UTC(2024, 1, 29)),
    ),
  },
);

export const ERROR_CODES = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"] as const;
export const cellError: fc.Arbitrary<{ error: string }> = fc.constantFrom(...ERROR_CODES).map((error) => ({ error }));

/** A generated cell: a value, or a formula with its cached result, with an optional number format. */
export interface GenCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly numFmt?: string;
}

const FORMULAS = [
  "SUM(A1:A3)",
  "A1*2",
  "TODAY()",
  'IF(B2="","",B2)',
  "'Other sheet'!A1",
  "VLOOKUP(A1,Sheet1!A:B,2,FALSE)",
  "1/0",
  "#REF!+1",
  'CONCATENATE("=",A1)',
  "DATE(2024,3,31)",
] as const;

const formulaCell: fc.Arbitrary<GenCell> = fc
  .tuple(
    fc.constantFrom(...FORMULAS),
    fc.oneof(cellNumber, hostileText, fc.boolean(), cellError, fc.constant(null), cellDate),
  )
  .map(([formula, value]) => ({ formula, value }));

const numberCell: fc.Arbitrary<GenCell> = fc
  .tuple(cellNumber, fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom("#,##0;(#,##0)", "£#,##0", "0%", "0.00", "@") }))
  .map(([value, numFmt]) => (numFmt === null ? { value } : { value, numFmt }));
const dateCell: fc.Arbitrary<GenCell> = fc
  .tuple(cellDate, fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom("dd/mm/yyyy", "mmm yyyy", "d mmmm yyyy") }))
  .map(([value, numFmt]) => (numFmt === null ? { value } : { value, numFmt }));

const valueCell = (arb: fc.Arbitrary<CellValue>): fc.Arbitrary<GenCell> => arb.map((value) => ({ value }));

/** Any value at all. */
export const anyCell: fc.Arbitrary<GenCell> = fc.oneof(
  { weight: 6, arbitrary: valueCell(hostileText) },
  { weight: 3, arbitrary: numberCell },
  { weight: 2, arbitrary: dateCell },
  { weight: 1, arbitrary: valueCell(fc.boolean()) },
  { weight: 1, arbitrary: valueCell(cellError) },
  { weight: 2, arbitrary: fc.constant({ value: null }) },
  { weight: 1, arbitrary: formulaCell },
);

// ---------------------------------------------------------------------------------------------
// Plan columns: headers and the values under them
// ---------------------------------------------------------------------------------------------

export type ColumnKind = "ref" | "theme" | "action" | "lead" | "target" | "revised" | "status" | "progress" | "stage" | "service" | "money" | "benefit" | "mtfp" | "other";

const HEADERS: Readonly<Record<ColumnKind, readonly string[]>> = {
  ref: ["Ref", "Ref No.", "No.", "Action ref", "ID", "Reference"],
  theme: ["Theme", "Key theme", "Recommendation", "Challenge", "Priority", "Workstream"],
  action: ["Action", "Actions", "How are we going to do it?", "What we will do", "Activity", "Outcome", "Measure of success", "Project"],
  lead: ["Lead officer", "Lead", "Responsible officer", "Owner", "SRO"],
  target: ["Target date", "Timescale", "Deadline", "Original deadline", "Due date", "By when"],
  revised: ["Revised target date", "Revised date", "New target"],
  status: ["Status", "RAG", "RAG status", "Status (September 2018)"],
  progress: ["Progress", "Commentary", "Update", "Comments", "Progress update"],
  stage: ["Project stage", "Stage", "Phase"],
  service: ["Service area", "Directorate", "Department"],
  money: ["One-off investment £", "Investment", "One off cost", "Total benefits"],
  benefit: ["Cashable benefits 2022/23", "Cashable benefits 2023/24", "Benefits 2024/25 £", "2025/26"],
  mtfp: ["Already in MTFP", "In MTFP?"],
  other: ["Risk", "Impact", "Likelihood", "Governance board", "Column1", "Notes for officers only", "Σ", "План"],
};

const THEMES = ["City Leadership", "MTFP", "Effective management", "Robust internal controls", "Theme 1: Finance", "<p>Workforce</p>", "Improved service outcomes"];
const ACTIONS = [
  "Develop a new workforce strategy",
  "Review the constitution",
  "Refresh the MTFP and report to Cabinet",
  "Introduce a corporate risk register\nTrain managers",
  "a. Agree the scope\nb. Consult staff\nc. Report",
];
const LEADS = ["Chief Executive", "Head of HR", "Director of Finance\nHead of Audit", "S151 Officer", "tbc", "CLT"];
const TIMESCALES = [
  "July 2014",
  "February 2014 – March 2015",
  "Spring 2024",
  "April-Sept 2024",
  "February/March 2024",
  "By December 2024",
  "2022/23 Q1",
  "2015/16",
  "Ongoing",
  "Ongoing until 2016/17.",
  "September 2018 and ongoing",
  "In place",
  "Completed",
  "31/12/2024",
  "29/02/2023",
  "00/00/0000",
  "31/12/9999",
  "01/01/1900",
  "Winter 2023",
  "Q5 2024",
  "Dec 2018",
];
const STATUSES = ["Completed", "On track", "Some slippage", "Major slippage", "Not started", "on-track", "Complete ", "completed", "Deferred", "Ongoing", "On target", "Behind schedule", "Pending", "Red", "Amber", "Green", "Blue", "Amber/Red", "Соmрlеtеd", "Done*", "On track?", "~"];
const STAGES = ["Discover and define", "Design and develop", "Delivery", "Closed", "1. Discover"];
const SERVICES = ["Finance", "HR", "ICT", "Resources", "Place", "People & Communities"];
const MONEY_TEXT = ["(44,000)", "£1.2m", "tbc", "44,000*", "n/a", "£", "12,500", "1,000,000", "(1.5k)", "-"];
const MTFP = ["Yes", "No", "Y", "N", "yes*", "Partly"];

const refValue: fc.Arbitrary<GenCell> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => ({ value: `${a}.${b}` })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => ({ value: n })) },
  { weight: 1, arbitrary: valueCell(fc.constantFrom("a.", "b.", "19", "1.10", "2.4*", "")) },
);

const realistic = (values: readonly string[]): fc.Arbitrary<GenCell> => valueCell(fc.constantFrom(...values));

/** What goes under a column: mostly the kind of value the heading promises, sometimes anything. */
export function cellFor(kind: ColumnKind): fc.Arbitrary<GenCell> {
  const typical: fc.Arbitrary<GenCell> = (() => {
    switch (kind) {
      case "ref":
        return refValue;
      case "theme":
        return realistic(THEMES);
      case "action":
        return fc.oneof(realistic(ACTIONS), valueCell(hostileText));
      case "lead":
        return realistic(LEADS);
      case "target":
      case "revised":
        return fc.oneof(dateCell, realistic(TIMESCALES), valueCell(fc.integer({ min: 20_000, max: 80_000 })));
      case "status":
        return realistic(STATUSES);
      case "progress":
        return valueCell(hostileText);
      case "stage":
        return realistic(STAGES);
      case "service":
        return realistic(SERVICES);
      case "money":
      case "benefit":
        return fc.oneof(numberCell, realistic(MONEY_TEXT));
      case "mtfp":
        return fc.oneof(realistic(MTFP), valueCell(fc.boolean()));
      case "other":
        return anyCell;
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: typical }, { weight: 1, arbitrary: fc.constant({ value: null }) }, { weight: 2, arbitrary: anyCell });
}

export interface GenColumn {
  readonly kind: ColumnKind;
  readonly header: string;
}

const headerDecoration = fc.constantFrom<(h: string) => string>(
  (h) => h,
  (h) => h,
  (h) => h,
  (h) => h.toUpperCase(),
  (h) => `<p>${h}</p>`,
  (h) => `${h}*`,
  (h) => `${h}\n(see note)`,
  (h) => ` ${h} `,
);

const column: fc.Arbitrary<GenColumn> = fc
  .constantFrom(...(Object.keys(HEADERS) as ColumnKind[]))
  .chain((kind) => fc.tuple(fc.constant(kind), fc.constantFrom(...HEADERS[kind]), headerDecoration))
  .map(([kind, header, decorate]) => ({ kind, header: decorate(header) }));

/** A realistic layout: an anchor column (ref/action/theme) and a few more. */
const columns: fc.Arbitrary<GenColumn[]> = fc
  .tuple(
    fc.constantFrom<ColumnKind>("ref", "action", "theme"),
    fc.array(column, { minLength: 1, maxLength: 7 }),
    fc.constantFrom(...HEADERS.action),
    fc.nat(),
  )
  .map(([anchor, rest, actionHeader, at]) => {
    const cols = [...rest];
    cols.splice(at % (rest.length + 1), 0, { kind: anchor, header: anchor === "action" ? actionHeader : (HEADERS[anchor][0] as string) });
    return cols;
  });

// ---------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------

type Row = { readonly cells: ReadonlyArray<GenCell | null>; readonly mergeAcross?: boolean };

function rowOf(width: number, at: number, cell: GenCell): Row {
  const cells: Array<GenCell | null> = new Array<GenCell | null>(width).fill(null);
  cells[Math.min(at, width - 1)] = cell;
  return { cells };
}

function bodyRow(cols: readonly GenColumn[]): fc.Arbitrary<Row> {
  const width = cols.length;
  const header: Row = { cells: cols.map((c) => ({ value: c.header })) };
  return fc.oneof(
    { weight: 12, arbitrary: fc.tuple(...cols.map((c) => cellFor(c.kind))).map((cells) => ({ cells })) },
    { weight: 2, arbitrary: fc.constant(header) }, // repeated header, one per theme
    {
      weight: 3,
      arbitrary: fc.tuple(fc.oneof(realistic(THEMES), valueCell(hostileText)), fc.boolean()).map(([cell, mergeAcross]) => ({ ...rowOf(width, 0, cell), mergeAcross })),
    },
    { weight: 2, arbitrary: fc.constant({ cells: new Array<GenCell | null>(width).fill(null) }) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 0, max: width - 1 }), numberCell).map(([at, total]) => {
        const row = rowOf(width, at, { formula: `SUM(${String.fromCharCode(65 + at)}2:${String.fromCharCode(65 + at)}9)`, value: total.value });
        const cells = [...row.cells];
        if (at > 0) cells[0] = { value: "Total" };
        return { cells };
      }),
    },
    { weight: 1, arbitrary: realistic(["** Not included in the totals", "* Already in the MTFP", "Note: dates are indicative"]).map((cell) => rowOf(width, 0, cell)) },
    { weight: 2, arbitrary: fc.array(anyCell, { minLength: width, maxLength: width }).map((cells) => ({ cells })) },
  );
}

const titleRow = (width: number): fc.Arbitrary<Row> =>
  fc
    .tuple(
      fc.oneof(
        realistic(["Corporate Improvement Plan – Progress up to 30 September 2018", "Action plan February 2024", "Peer challenge improvement plan", "Organisational Development Projects"]),
        valueCell(hostileText),
      ),
      fc.boolean(),
    )
    .map(([cell, mergeAcross]) => ({ ...rowOf(width, 0, cell), mergeAcross }));

interface SheetShape {
  readonly offset: number;
  readonly rows: readonly Row[];
  readonly width: number;
}

/** A plan-like sheet: optional title rows, a header (usually), then a body of actions, themes and the rest. */
const planShape: fc.Arbitrary<SheetShape> = fc.tuple(columns, fc.integer({ min: 0, max: 2 })).chain(([cols, offset]) => {
  const width = cols.length;
  const header: Row = { cells: cols.map((c) => ({ value: c.header })) };
  return fc
    .tuple(
      fc.array(fc.oneof(titleRow(width), fc.constant({ cells: new Array<GenCell | null>(width).fill(null) })), { maxLength: 2 }),
      fc.oneof({ weight: 9, arbitrary: fc.constant([header]) }, { weight: 1, arbitrary: fc.constant([]) }),
      fc.array(bodyRow(cols), { maxLength: 24, size: "medium" }),
    )
    .map(([titles, headers, body]) => ({ offset, width: width + offset, rows: [...titles, ...headers, ...body].map((row) => ({ ...row, cells: [...new Array<GenCell | null>(offset).fill(null), ...row.cells] })) }));
});

/** Rows of random values: a sheet that is not a plan (notes, a lookup list). */
const junkShape: fc.Arbitrary<SheetShape> = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.array(fc.array(anyCell, { minLength: width, maxLength: width }).map((cells) => ({ cells })), { maxLength: 12 }).map((rows) => ({ offset: 0, width, rows })),
);

const rectangle = (rows: number, width: number): fc.Arbitrary<CellRange> =>
  fc
    .tuple(fc.integer({ min: 1, max: Math.max(1, rows) }), fc.integer({ min: 1, max: width }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
    .filter(([, , h, w]) => h + w > 0)
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Builds a grid sheet as the ExcelJS reader would produce it. */
export function toSheetGrid(name: string, visibility: SheetVisibility, genRows: ReadonlyArray<ReadonlyArray<GenCell | null>>, requestedMerges: readonly CellRange[]): SheetGrid {
  const merges: CellRange[] = [];
  for (const m of requestedMerges) {
    const single = m.top === m.bottom && m.left === m.right;
    if (!single && !merges.some((other) => overlaps(other, m))) merges.push(m);
  }
  const covered = (r: number, c: number): boolean => merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right && !(m.top === r && m.left === c));
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  let rowCount = 0;
  let columnCount = 0;
  genRows.forEach((genRow, r) => {
    const cells: Array<Cell | undefined> = [];
    genRow.forEach((gen, c) => {
      if (!gen || covered(r + 1, c + 1)) return;
      if (gen.formula === undefined && (gen.value === null || gen.value === "")) return;
      cells[c] = { value: gen.value, ...(gen.formula !== undefined ? { formula: gen.formula } : {}), ...(gen.numFmt !== undefined ? { numFmt: gen.numFmt } : {}) };
      columnCount = Math.max(columnCount, c + 1);
    });
    if (cells.length > 0) {
      rows[r] = cells;
      rowCount = r + 1;
    }
  });
  rows.length = rowCount;
  return { name, visibility, rows, rowCount, columnCount, merges };
}

function sheetFromShape(name: string, visibility: SheetVisibility, shape: SheetShape, extraMerges: readonly CellRange[]): SheetGrid {
  const rowMerges: CellRange[] = [];
  shape.rows.forEach((row, i) => {
    if (row.mergeAcross && shape.width - shape.offset >= 2) rowMerges.push({ top: i + 1, left: shape.offset + 1, bottom: i + 1, right: shape.width });
  });
  return toSheetGrid(name, visibility, shape.rows.map((row) => row.cells), [...rowMerges, ...extraMerges]);
}

/** Sheet names Excel accepts: spaces, apostrophes inside, non-Latin letters, names that read as addresses or numbers. */
export const SHEET_NAMES = [
  "Action plan",
  "Officer's plan",
  "CIP monitoring",
  "План действий",
  "خطة العمل",
  "תוכנית",
  "Plan 2024–25",
  "PT Summary",
  "PT Committee",
  "PT Settings",
  "Sheet1",
  "A1",
  "R1C1",
  "2024",
  "Data.2024",
  "_x",
  "Sheet (2)",
  "a'b''c",
  "Résumé",
  "😀 plan",
  "Plan  A",
  "Peer challenge plan with a name",
  "OD projects",
  "!bang",
  "Totals & summary",
  "x-y",
] as const;

const visibility: fc.Arbitrary<SheetVisibility> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<SheetVisibility>("visible") },
  { weight: 1, arbitrary: fc.constant<SheetVisibility>("hidden") },
  { weight: 1, arbitrary: fc.constant<SheetVisibility>("veryHidden") },
);

const officerSheet = (name: string): fc.Arbitrary<SheetGrid> =>
  fc
    .tuple(fc.oneof({ weight: 6, arbitrary: planShape }, { weight: 1, arbitrary: junkShape }), visibility)
    .chain(([shape, vis]) => fc.array(rectangle(shape.rows.length, shape.width), { maxLength: 3 }).map((merges) => sheetFromShape(name, vis, shape, merges)));

// ---------------------------------------------------------------------------------------------
// Settings and leftovers of generated sheets
// ---------------------------------------------------------------------------------------------

function settingValue(names: readonly string[]): fc.Arbitrary<GenCell> {
  const quoted = names.map((n) => `'${n.replace(/'/g, "''")}'`);
  return fc.oneof(
    realistic([
      "status=G, lead=D",
      "status=C",
      "status=Z",
      "status=ZZZ",
      "status=XFD",
      "header=3",
      "header=999",
      "header=0",
      "header=2, action=B, status=C",
      "status=G; lead=D",
      "benefit:2022/23=F",
      "lead=B, status=B",
      "bogus",
      "status=",
      "BRAG",
      "DCA5",
      "RAG",
      "rainbow",
      "30",
      "-5",
      "1e9",
      "original",
      "revised",
      "Green",
      "Amber/Red",
      "Purple",
      "",
    ]),
    ...(quoted.length > 0 ? [fc.tuple(fc.constantFrom(...quoted), fc.constantFrom("status=C", "action=B, lead=C", "header=2")).map(([q, body]) => ({ value: `${q}!${body}` }))] : []),
    valueCell(fc.constantFrom(30, -5, 0, 1e9, 2.5)),
    valueCell(hostileText),
  );
}

const SETTING_KEYS = [
  "columns",
  "rag.scale",
  "rag.amberDays",
  "rag.date",
  "status.On track",
  "status.Some slippage",
  "status.Deferred",
  "status.",
  "Rag.Scale",
  "junk key",
  "rag.bogus",
  "status.Соmрlеtеd",
  'status.On "track"',
  "status.=SUM(A1)",
  "status.On* track?~",
  `status.${"Waiting for the board to agree ".repeat(10)}`,
  `status.${"x".repeat(3000)}`,
] as const;

const settingsRows = (names: readonly string[]): fc.Arbitrary<Array<Array<GenCell | null>>> =>
  fc.array(fc.tuple(fc.oneof(realistic(SETTING_KEYS), valueCell(hostileText)), settingValue(names)).map(([k, v]) => [k, v]), { maxLength: 8 });

/** The officer's own settings sheet (`plan-tracker:settings` in A1). */
const legacySettings = (names: readonly string[]): fc.Arbitrary<SheetGrid> =>
  settingsRows(names).map((rows) => toSheetGrid("Plan Tracker settings", "visible", [[{ value: SETTINGS_MARKER }], ...rows], []));

function historyRows(names: readonly string[]): fc.Arbitrary<Array<Array<GenCell | null>>> {
  const row = fc.tuple(
    fc.constantFrom("2018-06-30", "2018-09-30", "2024-02-29", "2024-13-01", "not a date"),
    fc.constantFrom("counts", "action", "other"),
    fc.constantFrom(...(names.length > 0 ? names : ["Nowhere"]), "Gone sheet"),
    fc.constantFrom<CellValue>(1, 2, "1", 1.5),
    fc.constantFrom("Completed", "On track", "Total", "Red", "1.1", ""),
    fc.constantFrom<CellValue>(3, 5, 7, "x", -1),
    fc.constantFrom("Complete", "Open", "Not started", "Nope"),
    fc.constantFrom("Red", "Green", "Amber", "Blue", "Grey", "Purple", ""),
    fc.constantFrom<CellValue>(0, 4, 62, -3, "12", 1.5),
  );
  return fc.array(
    fc.oneof(
      { weight: 4, arbitrary: row.map(([date, record, sheet, table, label, r, state, rag, count]): Array<GenCell | null> => [date, "24/11/2026 15:04", record, sheet, table, label, label, r, label, state, rag, rag, count].map((value) => ({ value }))) },
      { weight: 1, arbitrary: fc.array(anyCell, { maxLength: 13 }) },
    ),
    { maxLength: 8 },
  );
}

/** A sheet carrying our marker: left by an earlier refresh, then perhaps edited by someone. */
const generatedLeftover = (names: readonly string[]): fc.Arbitrary<SheetGrid> =>
  fc
    .constantFrom<[SheetRole, string]>(["summary", "PT Summary"], ["committee", "PT Committee"], ["history", "PT History"], ["settings", "PT Settings"], ["exceptions", "PT Exceptions"], ["benefits", "PT Benefits (2)"])
    .chain(([role, name]) => {
      const body = role === "history" ? historyRows(names) : role === "settings" ? settingsRows(names) : fc.array(fc.array(anyCell, { maxLength: 5 }), { maxLength: 6 });
      const header: Array<GenCell | null> = role === "history" ? ["Snapshot", "Taken", "Record"].map((value) => ({ value })) : [];
      return fc
        .tuple(body, fc.constantFrom<SheetVisibility>("visible", "hidden"))
        .map(([rows, vis]) => toSheetGrid(name, vis, [[{ value: markerText(role, name) }], [{ value: "Title" }], header, ...rows], []));
    });

// ---------------------------------------------------------------------------------------------
// Workbooks
// ---------------------------------------------------------------------------------------------

export interface WorkbookCase {
  readonly grid: WorkbookGrid;
  readonly asOf: string;
}

export const isoDay: fc.Arbitrary<string> = fc.integer({ min: Date.UTC(2012, 0, 1) / DAY_MS, max: Date.UTC(2030, 11, 31) / DAY_MS }).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));

/** One to three officer sheets, sometimes a settings sheet, sometimes leftovers of our own sheets. */
export const workbookCase: fc.Arbitrary<WorkbookCase> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3, selector: (name) => name.toUpperCase() })
  .chain((names) =>
    fc.tuple(
      fc.tuple(...names.map((name) => officerSheet(name))),
      fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: legacySettings(names) }),
      fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.uniqueArray(generatedLeftover(names), { minLength: 1, maxLength: 2, selector: (sheet) => sheet.name.toUpperCase() }) }),
      isoDay,
    ),
  )
  .map(([officer, settings, leftovers, asOf]) => {
    const taken = new Set(officer.map((sheet) => sheet.name.toUpperCase()));
    const extra = [...(settings ? [settings] : []), ...leftovers].filter((sheet) => {
      if (taken.has(sheet.name.toUpperCase())) return false;
      taken.add(sheet.name.toUpperCase());
      return true;
    });
    return { grid: { sheets: [...officer, ...extra] }, asOf };
  });

// ---------------------------------------------------------------------------------------------
// Running properties
// ---------------------------------------------------------------------------------------------

const LONG_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["LONG_PROSE_40K", LONG_PROSE_40K],
  ["LONG_DASH_40K", LONG_DASH_40K],
  ["LONG_WORD_40K", LONG_WORD_40K],
  ["LONG_HTML_40K", LONG_HTML_40K],
  ["TEXT_AT_LIMIT", TEXT_AT_LIMIT],
  ["TEXT_OVER_LIMIT", TEXT_OVER_LIMIT],
];

/** A failure report with the 40,000-character constants named rather than printed. */
export function shortenReport(message: string): string {
  let out = message;
  for (const [name, value] of LONG_NAMES) out = out.split(JSON.stringify(value).slice(1, -1)).join(`<${name}>`).split(value).join(`<${name}>`);
  return out.replace(/[^"\n]{2000,}/g, (run) => `${run.slice(0, 500)}…[${run.length} characters]`);
}

/**
 * `fc.assert`, with readable failure reports. fast-check picks the seed; on failure the report gives
 * the seed and path (rerun with `{ seed, path, endOnFailure: true }` to reproduce) and the shrunk case.
 */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, params: fc.Parameters<Ts>): void | Promise<void> {
  const shorten = (error: unknown): never => {
    if (error instanceof Error) {
      error.message = shortenReport(error.message);
      if (error.cause instanceof Error) error.cause.message = shortenReport(error.cause.message);
    }
    throw error;
  };
  try {
    const result = fc.assert(property as fc.IAsyncProperty<Ts>, params);
    return result instanceof Promise ? result.catch(shorten) : result;
  } catch (error) {
    return shorten(error);
  }
}
