/**
 * The catalogue of bad files: every way a colleague can break a workbook that we know of, and what
 * Plan Tracker does with each — the exit code of `validate` and `refresh`, and for a file that
 * cannot be read, the one sentence the officer sees: the CLI prints it after "<file>: cannot read:"
 * (and on stderr after "plan-tracker: <file>:"), JSON gives it as `error.message` with `error.code`,
 * and the task pane shows the same sentence.
 *
 * test/catalogue/catalogue.test.ts runs both commands over every entry and checks all of it, plus:
 * no stack trace, the input byte-identical afterwards, and no partial output.
 * The files are built at test time by test/catalogue/buildCatalogue.ts.
 */
import * as build from "./buildCatalogue.js";

/** Every catalogue run measures "overdue" against this date. */
export const AS_OF = "2025-01-31";

/** Where the run happens, for messages that name a path. */
export interface RunPaths {
  /** The input workbook. */
  readonly input: string;
  /** Its folder (each entry has a folder of its own). */
  readonly dir: string;
}

export type Message = string | RegExp | ((paths: RunPaths) => string);

/** A file that cannot be read (or, for refresh, written): exit 2 and one sentence. */
export interface Unreadable {
  readonly exit: 2;
  /** `error.code` in the JSON report. */
  readonly code: string;
  readonly message: Message;
}

/** A file that is read: exit 0 (no errors) or 1 (errors), with exactly these issues. */
export interface Readable {
  readonly exit: 0 | 1;
  /** Every issue, as "code sheet!cell". */
  readonly issues: readonly string[];
}

export type Outcome = Unreadable | Readable;

export interface CatalogueEntry {
  readonly id: string;
  /** The input's file name. */
  readonly file: string;
  /** What is wrong with it, in an officer's words. */
  readonly what: string;
  readonly build: (path: string) => unknown;
  /** Done after building, before the runs: e.g. Excel's lock file beside the input. */
  readonly setup?: (paths: RunPaths) => void;
  /** Refresh options after the input (default: none, so the copy goes to <name>.refreshed.xlsx). */
  readonly refreshArgs?: (paths: RunPaths) => string[];
  /** Null: the entry is about writing, `validate` has nothing to add. */
  readonly validate: Outcome | null;
  readonly refresh: Outcome;
  /**
   * What the task pane shows. For an unreadable file it is the CLI's sentence, word for word (the test
   * checks they are the same); for a readable one, what its issue list says.
   */
  readonly pane: Message;
}

// ------------------------------------------------------------------------------------------------
// Messages (one per failure; the CLI, the JSON report and the pane share them)
// ------------------------------------------------------------------------------------------------

const NOT_XLSX = "this is not an Excel workbook (.xlsx). Check you picked the right file.";
const TRUNCATED = "the file is damaged or incomplete (the zip inside an .xlsx is cut short). Ask for a fresh copy, or open it in Excel and let it repair the file.";
const ENCRYPTED =
  "the workbook is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save a copy and check that.";
const LEGACY = "this is an old-style Excel 97-2003 (.xls) file. Open it in Excel and use File > Save As > Excel Workbook (*.xlsx), then check the .xlsx.";
const CSV = "this is a text file (probably CSV) with an .xlsx name. Open it in Excel and save it as an Excel Workbook (*.xlsx).";
const NO_SHEETS = "the workbook has no sheets. Check you picked the right file, and that the plan was saved into it.";
const ONE_EMPTY_SHEET = 'the workbook\'s only sheet ("Sheet1") is empty. Check you picked the right file, and that the plan was saved into it.';
const ONLY_HIDDEN =
  'the plans are on hidden sheets ("Action plan", "Old plan"), and hidden sheets are not checked. In Excel, right-click any sheet tab, choose Unhide and pick "Action plan"; "Old plan" is "very hidden", so Unhide does not list it: press Alt+F11, select the sheet under Microsoft Excel Objects and set its Visible property to "-1 - xlSheetVisible". Then save and check again.';
const HIDDEN_BEHIND_COVER =
  'the plan is on a hidden sheet ("Action plan"), and hidden sheets are not checked. In Excel, right-click any sheet tab, choose Unhide and pick it. Then save and check again.';
const FRESH_COPY = "Open it in Excel, check what it holds and save a fresh copy (File > Save As), or ask whoever sent it for a new one";
const ZIP_BOMB = `xl/sharedStrings.xml (the workbook's text) unpacks from 2 MB to 2.0 GB, 1,028 times its packed size, which no real workbook does: the file is damaged, or built to exhaust memory (a "zip bomb"). ${FRESH_COPY}.`;
const LYING_ZIP = `xl/sharedStrings.xml (the workbook's text) unpacks to more than the 1 KB the file says it holds: the file is damaged, or built to exhaust memory (a "zip bomb"). ${FRESH_COPY}.`;
const TOO_LARGE = `the workbook unpacks to 150 MB, more than the 128 MB Plan Tracker will open (the biggest part, xl/media/image1.png (a picture), is 15 MB). ${FRESH_COPY}; if the plan really is that big, copy the plan sheet into a workbook of its own and check that.`;

// ------------------------------------------------------------------------------------------------
// The catalogue
// ------------------------------------------------------------------------------------------------

function unreadable(code: string, message: Message): Unreadable {
  return { exit: 2, code, message };
}

/** An entry whose file cannot be read: both commands exit 2 with the same sentence, which the pane shows too. */
function cannotRead(id: string, file: string, what: string, builder: (path: string) => unknown, code: string, message: string): CatalogueEntry {
  return { id, file, what, build: builder, validate: unreadable(code, message), refresh: unreadable(code, message), pane: message };
}

const AWKWARD_ISSUES = build.AWKWARD_SHEETS.map((sheet) => `target-passed ${sheet}!D3`);

export const CATALOGUE: readonly CatalogueEntry[] = [
  cannotRead("not-a-zip", "holiday-photo.xlsx", "a photo (JPEG) renamed .xlsx: binary, not a zip", build.notAZip, "not-xlsx", NOT_XLSX),
  cannotRead("truncated-zip", "cut-short.xlsx", "the first half of a workbook (a copy or download cut short)", build.truncatedZip, "corrupt", TRUNCATED),
  cannotRead("encrypted", "password.xlsx", "saved with File > Info > Protect Workbook > Encrypt with Password", build.encryptedXlsx, "encrypted", ENCRYPTED),
  cannotRead("legacy-xls", "old-plan.xls", "an Excel 97-2003 workbook", build.legacyXls, "legacy-xls", LEGACY),
  cannotRead("csv-renamed", "export.xlsx", "a CSV export renamed .xlsx", build.csvRenamed, "text-file", CSV),
  cannotRead("no-sheets", "no-sheets.xlsx", "a workbook with no sheets at all (Excel cannot make one; other tools can)", build.noSheets, "empty-workbook", NO_SHEETS),
  cannotRead("one-empty-sheet", "blank.xlsx", "a workbook with one empty sheet", build.oneEmptySheet, "empty-workbook", ONE_EMPTY_SHEET),
  cannotRead("only-hidden-sheets", "hidden.xlsx", 'only hidden sheets: the plan hidden, last year\'s "very hidden"', build.onlyHiddenSheets, "hidden-plan", ONLY_HIDDEN),
  cannotRead("hidden-plan", "cover-only.xlsx", "a visible cover sheet, the plan on a hidden sheet", build.hiddenPlanBehindCover, "hidden-plan", HIDDEN_BEHIND_COVER),
  cannotRead("zip-bomb", "bomb.xlsx", "a 2 MB file whose text (xl/sharedStrings.xml) unpacks to 2 GB", build.zipBomb, "too-large", ZIP_BOMB),
  cannotRead("lying-zip-bomb", "lying-bomb.xlsx", "a zip bomb whose directory says its text is 1 KB (it unpacks to 256 MB)", build.lyingZipBomb, "too-large", LYING_ZIP),
  cannotRead("too-large", "photos.xlsx", "no part a bomb, but 150 MB unpacked in all (ten 15 MB pictures)", build.tooLargeInAll, "too-large", TOO_LARGE),
  {
    id: "value-in-last-row",
    file: "last-row.xlsx",
    what: "a used range down to row 1,048,576 (one value there) and, on another sheet, a value in XFD1048576",
    build: build.valueInLastRow,
    validate: { exit: 0, issues: [] },
    refresh: { exit: 0, issues: [] },
    pane: "no issues; the plan's 2 actions",
  },
  {
    id: "whole-sheet-name",
    file: "named-everything.xlsx",
    what: "a defined name covering a whole sheet ($A$1:$XFD$1048576), which ExcelJS alone would expand cell by cell",
    build: build.wholeSheetName,
    validate: { exit: 0, issues: [] },
    refresh: { exit: 0, issues: [] },
    pane: "no issues; the plan's 2 actions",
  },
  {
    id: "long-text",
    file: "long-note.xlsx",
    what: `a progress note of ${build.LONG_TEXT_LENGTH.toLocaleString("en-GB")} characters (Excel allows 32,767)`,
    build: build.longText,
    validate: { exit: 0, issues: ["text-too-long Action plan!F2"] },
    refresh: { exit: 0, issues: ["text-too-long Action plan!F2"] },
    pane: "a warning at F2: the cell holds 40,000 characters, more than the 32,767 Excel allows",
  },
  {
    id: "error-values",
    file: "errors.xlsx",
    what: "#REF! as a lead, #DIV/0! from a formula as a target date, #N/A from a formula as a status",
    build: build.errorValues,
    validate: { exit: 1, issues: ["error-value Action plan!C2", "error-value Action plan!D3", "error-value Action plan!E4"] },
    refresh: { exit: 1, issues: ["error-value Action plan!C2", "error-value Action plan!D3", "error-value Action plan!E4"] },
    pane: "3 errors, one per cell: C2 shows #REF!, D3 #DIV/0! (from =1/0), E4 #N/A (from its VLOOKUP)",
  },
  {
    id: "merged-header",
    file: "merged.xlsx",
    what: 'a title merged across the header, "Action" merged over two columns, a theme row merged across',
    build: build.mergedHeader,
    validate: { exit: 0, issues: [] },
    refresh: { exit: 0, issues: [] },
    pane: "no issues; 2 actions in 1 theme, columns ref A, action B, lead D, target E, status F",
  },
  {
    id: "awkward-sheet-names",
    file: "sheet-names.xlsx",
    what: "plans on \"Officer's plan\", \"Plan 2025 (Q1 – draft)\", Welsh, Cyrillic and Chinese sheet names, with print titles (ExcelJS-written: the apostrophe's print titles unquoted)",
    build: build.awkwardSheetNames,
    validate: { exit: 0, issues: AWKWARD_ISSUES },
    refresh: { exit: 0, issues: AWKWARD_ISSUES },
    pane: "one warning per sheet (June 2024 target passed); every sheet's formulas work",
  },
  {
    id: "awkward-sheet-names-excel",
    file: "sheet-names-excel.xlsx",
    what: "the same, with the print titles quoted as Excel writes them ('Officer''s plan'!$1:$1)",
    build: build.awkwardSheetNamesAsExcelWritesThem,
    validate: { exit: 0, issues: AWKWARD_ISSUES },
    refresh: { exit: 0, issues: AWKWARD_ISSUES },
    pane: "one warning per sheet (June 2024 target passed); every sheet's formulas work",
  },
  {
    id: "name-clash",
    file: "names.xlsx",
    what: 'a table "PT_Summary_Table" and a named range "PT_Summary"; "Data" defined for the workbook and again on two sheets; a constant VAT = 0.2 used in a formula; OFFSET and whole-column names',
    build: build.nameClash,
    validate: { exit: 0, issues: [] },
    refresh: { exit: 0, issues: [] },
    pane: "no issues; refresh keeps every name as it was (Plan Tracker makes no tables or workbook-level names to clash with)",
  },
  {
    id: "whole-column-print-area",
    file: "print-columns.xlsx",
    what: "a print area over whole columns ('Action plan'!$A:$F), as Excel writes it when columns are selected",
    build: build.wholeColumnPrintArea,
    validate: { exit: 0, issues: [] },
    refresh: { exit: 0, issues: [] },
    pane: "no issues; the officer's print area is kept as it was",
  },
  {
    id: "libreoffice-resaved-print-area",
    file: "resaved.xlsx",
    what: "an ExcelJS-made workbook re-saved by LibreOffice: the print area of \"Officer's plan\" written 'officer's plan'!$a1:$f3",
    build: build.libreOfficeResavedPrintArea,
    validate: { exit: 0, issues: [] },
    refresh: { exit: 0, issues: [] },
    pane: "no issues; the print area is written back correctly quoted",
  },

  // Safe writes: a good workbook, and an output that cannot be written.
  {
    id: "output-read-only",
    file: "plan.xlsx",
    what: "refresh -o into a read-only location (/sys: even root cannot create files there)",
    build: build.goodPlan,
    refreshArgs: () => ["-o", "/sys/plan-tracker-catalogue.xlsx"],
    validate: null,
    refresh: unreadable("write-failed", /^cannot write \/sys\/plan-tracker-catalogue\.xlsx: (permission denied\. Save to a folder you can write to with -o\.|the folder is read-only\. Save somewhere else with -o\.)$/),
    pane: "(not a pane case: the add-in writes into the open workbook)",
  },
  {
    id: "output-folder-refuses-files",
    file: "plan.xlsx",
    what: "refresh -o into /proc, a folder that exists but takes no new files",
    build: build.goodPlan,
    refreshArgs: () => ["-o", "/proc/plan-tracker-catalogue.xlsx"],
    validate: null,
    refresh: unreadable("write-failed", "cannot write /proc/plan-tracker-catalogue.xlsx: files cannot be created in that folder. Save somewhere else with -o."),
    pane: "(not a pane case)",
  },
  {
    id: "output-parent-is-a-file",
    file: "plan.xlsx",
    what: "refresh -o plan.xlsx/out.xlsx: the output's folder is really a file",
    build: build.goodPlan,
    refreshArgs: ({ input }) => ["-o", `${input}/out.xlsx`],
    validate: null,
    refresh: unreadable("write-failed", ({ input }) => `cannot write ${input}/out.xlsx: part of that path is a file, not a folder. Save somewhere else with -o.`),
    pane: "(not a pane case)",
  },
  {
    id: "output-is-input",
    file: "plan.xlsx",
    what: "refresh -o naming the input itself, without --in-place",
    build: build.goodPlan,
    refreshArgs: ({ input }) => ["-o", input],
    validate: null,
    refresh: unreadable("write-failed", ({ input }) => `the output would replace ${input}. Add --in-place to do that (a backup is kept), or choose another file with -o.`),
    pane: "(not a pane case)",
  },
  {
    id: "open-in-excel",
    file: "plan.xlsx",
    what: "refresh --in-place while Excel has the workbook open (its ~$plan.xlsx lock file is present)",
    build: build.goodPlan,
    setup: ({ dir }) => build.excelLockFile(dir, "plan.xlsx"),
    refreshArgs: () => ["--in-place"],
    validate: null,
    refresh: unreadable("write-failed", ({ input }) => `${input} looks open in Excel (its ~$ lock file is present). Close it in Excel first, then refresh again.`),
    pane: "(not a pane case)",
  },
];

/** The sentence for a path, whatever form the catalogue gives it in. */
export function messageFor(message: Message, paths: RunPaths): string | RegExp {
  return typeof message === "function" ? message(paths) : message;
}
