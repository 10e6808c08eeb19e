/**
 * The acceptance corpus: workbooks laid out the way other councils and their performance systems
 * keep their plans (sources in test/corpus/README.md), each with the reading we expect written
 * beside its rows. The test reads every workbook through the command line's read path and checks
 * the reading assertion by assertion; known gaps of today's reader are listed in knownGaps.json.
 */
import type { RagValue } from "../../src/core/rag/RagValue.js";

/** The points of the "read every council's plan" work this corpus is built to check (1–11). */
export type Point = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

/**
 * What an action's status means, whatever words the council uses: read from the reader's facts
 * (state and declared RAG), so a fill colour, "% complete" or "Date completed" count too.
 * - complete: finished (also Closed, Superseded, Cancelled: nothing more will be delivered)
 * - on track: the status stands for Green
 * - slipping: Amber or Amber/Green
 * - off track: Red or Amber/Red
 * - not started: not yet begun (Grey)
 * - unknown: a status is written but it has no meaning we can place
 * - none: nothing written
 */
export const MEANINGS = ["complete", "on track", "slipping", "off track", "not started", "unknown", "none"] as const;
export type Meaning = (typeof MEANINGS)[number];

/** A fill as Excel writes it: RGB (`FF0000`), an indexed palette entry, or a theme colour with tint. */
export type FillDef = string | { readonly indexed: number } | { readonly theme: number; readonly tint?: number };

export interface CellSpec {
  readonly v?: string | number | boolean | Date | null;
  readonly f?: string;
  readonly numFmt?: string;
  readonly fill?: FillDef;
  readonly bold?: boolean;
}
export type CellDef = string | number | boolean | Date | null | undefined | CellSpec;

/** The reading we expect of one action row, written beside it. */
export interface ActionExpectation {
  /** The RAG at the corpus as-of date by the rules in README.md ("RAG rules"). */
  readonly rag: RagValue;
  readonly meaning: Meaning;
  /** The theme the action belongs to; null for none. */
  readonly theme: string | null;
  /** The reference as printed, qualified by its parent ("3 (ii)") where refs restart. */
  readonly ref?: string;
}

export type RowDef = readonly CellDef[] | { readonly cells: readonly CellDef[]; readonly expect: ActionExpectation; readonly hidden?: boolean };

export interface ValidationDef {
  readonly sqref: string;
  /** Inline words, or a formula pointing at a range (`Lists!$A$2:$A$7`) or a defined name. */
  readonly list: readonly string[] | string;
  /** Written as Excel 2010+ writes a list on another sheet: `<x14:dataValidation>` in the sheet's extLst. */
  readonly x14?: boolean;
}

export interface SheetDef {
  readonly name: string;
  readonly rows: readonly RowDef[];
  readonly state?: "visible" | "hidden";
  readonly merges?: readonly string[];
  readonly hiddenColumns?: readonly string[];
  readonly validations?: readonly ValidationDef[];
  /**
   * The rows from `headerRow` to `lastRow` formatted as an Excel table ("Format as Table"), with
   * Excel's totals row below: "Total" in the first column and a count in `countColumn`.
   */
  readonly table?: { readonly name: string; readonly headerRow: number; readonly lastRow: number; readonly countColumn: number };
  /** The plan on this sheet, when there is one: header rows and the expected column mapping. */
  readonly plan?: PlanDef;
}

export interface PlanDef {
  /** Header rows (1-based); two-row headers list both. */
  readonly headerRows: readonly number[];
  /** Field → column letter, as the report's `columns` gives them. Only the fields listed are checked. */
  readonly columns: Readonly<Record<string, string>>;
  /** Fields that must not be mapped (a High/Medium/Low "Priority" is not a theme). */
  readonly notMapped?: readonly string[];
  /** The plan's theme list (one entry per theme, however the rows interleave), in any order. */
  readonly themeList?: readonly string[];
  /** Benefit totals by financial year, in the plan's own unit. */
  readonly benefits?: Readonly<Record<string, number>>;
  /** Text the plan's JSON summary must contain: chosen headers, rejected alternatives, the unit. */
  readonly reportMentions?: readonly string[];
}

export interface FlagDef {
  readonly point: Point;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  /** Words the message or fix must contain (the word itself, how to teach it). */
  readonly mentions?: readonly string[];
}

/** A cell that must not be flagged (at all, or at the given severity). */
export interface CleanDef {
  readonly point: Point;
  readonly sheet: string;
  readonly cell: string;
  readonly severity?: "error" | "warning";
}

export interface CorpusWorkbook {
  /** File stem; also the key of its known gaps. */
  readonly name: string;
  /** What the layout is and where we saw it (README.md lists the sources). */
  readonly description: string;
  readonly points: readonly Point[];
  readonly sheets: readonly SheetDef[];
  /** How the package is written: ExcelJS as is, with Excel's date1904="1", or LibreOffice's "true"; or saved again by LibreOffice. */
  readonly writer?: "exceljs" | "excel-mac-1904" | "libreoffice-1904" | "libreoffice" | "libreoffice-saved-1904";
  /** Defined names (e.g. a status list). */
  readonly names?: Readonly<Record<string, string>>;
  readonly flags?: readonly FlagDef[];
  /** Exactly this many issues of the code in the whole file ("reported once per word"). */
  readonly flagCounts?: ReadonlyArray<{ readonly point: Point; readonly code: string; readonly count: number }>;
  readonly clean?: readonly CleanDef[];
  /** Words the generated benefits sheet must contain: the plan's unit and its sign convention. */
  readonly benefitsSheetMentions?: readonly string[];
  /** Words it must not contain (a unit or sign the plan does not use, stated as if it did). */
  readonly benefitsSheetAvoids?: readonly string[];
}
