import type { CellRange } from "../grid/Address.js";
import type { CellValue } from "../grid/Cell.js";
import type { AmountUnit } from "../parse/AmountUnit.js";
import type { IsoDate } from "../parse/IsoDate.js";
import type { Money } from "../parse/Money.js";
import type { Timescale } from "../parse/Timescale.js";
import type { RagValue } from "../rag/RagValue.js";
import type { ColumnChoice, SetAsideHeading } from "./ColumnChoice.js";
import type { CompletionEvidence } from "./completionEvidence.js";
import type { StatusList } from "./statusList.js";

/** The fields a plan column can hold. Benefit-year columns are keyed separately by financial year. */
export const FIELD_KEYS = [
  "ref",
  "theme",
  "recommendation",
  "outcome",
  "action",
  "lead",
  "target",
  "revisedTarget",
  "status",
  "progress",
  "stage",
  "serviceArea",
  "investment",
  "inMtfp",
  "benefitTotal",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Where each field lives: column numbers (1-based). `benefitYears` maps "2022/23" → column. */
export interface ColumnMapping {
  readonly fields: Partial<Record<FieldKey, number>>;
  readonly benefitYears: Readonly<Record<string, number>>;
}

export type MappingSource = "detected" | "workbook" | "option";

/** A cell of the officer's plan as the core read it. The workbook itself is never changed. */
export interface SourceCell {
  readonly row: number;
  readonly column: number;
  readonly raw: CellValue;
  /** Text for reading: HTML tags and entities removed, whitespace normalised. */
  readonly text: string;
  readonly formula?: string;
  readonly numFmt?: string;
  /** The raw text held HTML markup (pasted from a web page). */
  readonly hadHtml: boolean;
}

export interface PlanAction {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly ref: string | null;
  /** From the theme column, the theme/section row above, or carried down from the row above. */
  readonly theme: string | null;
  readonly cells: Readonly<Partial<Record<FieldKey, SourceCell>>>;
  readonly benefitCells: Readonly<Record<string, SourceCell>>;
  readonly target: Timescale | null;
  readonly revisedTarget: Timescale | null;
  /** Status as written, cleaned; null when blank or there is no status column. */
  readonly status: string | null;
  readonly investment: Money | null;
  readonly benefits: Readonly<Record<string, Money>>;
  /** Null when the plan says nothing about the MTFP. */
  readonly inMtfp: boolean | null;
  /** Footnote marks on this row ("**" on the activity), in reading order. */
  readonly footnoteMarks: readonly string[];
  /**
   * The RAG read from the status cell's fill colour, when the cell holds no words but is coloured
   * (some councils keep RAG only as a colour). Absent otherwise.
   */
  readonly fillRag?: RagValue;
  /** Complete by a "% complete" of 100% or a filled "Date completed", whatever the status says. Absent otherwise. */
  readonly completedBy?: CompletionEvidence;
  /** A "% complete" of 0%: not started, in a plan with no status column to say so. Absent otherwise. */
  readonly notStartedBy?: CompletionEvidence;
  /**
   * The theme cell is blank on a plan whose rows each name their theme (sorted by date or lead, so
   * the row above may belong to another theme): the theme is left empty and the cell is flagged,
   * rather than carried down from whatever row happens to be above.
   */
  readonly themeMissing?: true;
}

export interface Footnote {
  readonly row: number;
  readonly mark: string;
  readonly text: string;
  /** The footnote says the marked amounts are not included in the totals. */
  readonly excludesFromTotals: boolean;
  /** The footnote says the marked benefits are already in the MTFP. */
  readonly marksInMtfp: boolean;
}

/** One table of actions found on a sheet. A sheet may hold several. */
export interface Plan {
  readonly sheet: string;
  readonly range: CellRange;
  readonly title: string | null;
  /** A date the plan states for itself (title "… February 2024"); targets before it are suspicious. */
  readonly planDate: IsoDate | null;
  readonly headerRows: readonly number[];
  readonly columns: ColumnMapping;
  /** Each mapped column's heading as read, a two-row header's caption first ("Dates Revised", "Q1 RAG"). */
  readonly columnHeadings?: Readonly<Record<number, string>>;
  /** The unit of each amount column (benefit years, investment, benefit total), where the plan states one. */
  readonly amountUnits?: Readonly<Record<number, AmountUnit>>;
  readonly mappingSource: MappingSource;
  readonly themes: readonly string[];
  readonly themeRows: readonly number[];
  /**
   * True when the theme column names each action's theme on its own row (a plan sorted by date or
   * lead), so a blank theme cell is a gap, not "same as above". Absent = the theme is carried down.
   */
  readonly themeOnEveryRow?: boolean;
  readonly totalsRows: readonly number[];
  readonly footnotes: readonly Footnote[];
  readonly actions: readonly PlanAction[];
  /**
   * Which column was taken for each field and the alternatives set aside, with why (a previous
   * period, hidden, empty). Absent for plans built by hand in tests.
   */
  readonly columnChoices?: readonly ColumnChoice[];
  /** Headings set aside for fields the plan has no column for ("Priority" of High/Medium/Low is not a theme). */
  readonly headingsSetAside?: readonly SetAsideHeading[];
  /** The drop-down list on the status column, when it has one: the council's own status words. */
  readonly statusList?: StatusList;
  /** Columns that say an action is complete besides its status ("% complete", "Date completed"). */
  readonly completionColumns?: { readonly percent?: number; readonly dateCompleted?: number };
}
