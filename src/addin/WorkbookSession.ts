/**
 * What the task pane and the ribbon command ask of the open workbook — the add-in's use cases,
 * independent of React and of how Excel is reached. `officeWorkbookSession.ts` implements it over
 * Office.js (the adapter in `adapters/officejs`); the browser test runs the real pane against that
 * implementation over a fake Excel.
 *
 * Every method rejects only with an `Error` whose `message` is a plain-English sentence that says
 * what to do, fit to show an officer as it is.
 */
import type { CommitteePack } from "../core/pack/PackDocument.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import type { SheetLocationChoices } from "../core/plan/PlanLocation.js";
import type { RagRules } from "../core/rag/ragRules.js";
import type { FileReport } from "../core/report/ValidationReport.js";
import type { SheetRole } from "../core/sheets/SheetSpec.js";

/** The settings as the workbook holds them, for the Columns and RAG rules views. */
export interface SettingsView {
  /** "none": no settings sheet yet (a refresh or a save makes "PT Settings"); "legacy": the officer's own sheet. */
  readonly source: "none" | "legacy" | "generated";
  readonly sheet: string | null;
  /** False for an officer's own settings sheet: we never write to it; the view says where to edit instead. */
  readonly editable: boolean;
  readonly ragRules: RagRules;
  /** Column corrections as written in the settings (`status=G, lead=D`), per plan sheet; `sheet` absent = all sheets. */
  readonly columns: ReadonlyArray<{ readonly sheet?: string; readonly text: string }>;
}

/** A sheet Plan Tracker generated in an earlier refresh. */
export interface GeneratedSheetView {
  readonly name: string;
  readonly role: SheetRole;
}

export type CheckOutcome =
  | {
      readonly kind: "checked";
      /** Plans found, their columns and the issues, exactly as `plan-tracker validate --json` reports them. */
      readonly report: FileReport;
      readonly settings: SettingsView;
      readonly generatedSheets: readonly GeneratedSheetView[];
      /** For "Where is your plan?": each sheet's possible header rows and headings, and what was found there. */
      readonly locations: readonly SheetLocationChoices[];
      /** The status words the checker accepts, the council's vocabulary, in its order. */
      readonly statusWords: readonly string[];
    }
  | {
      /** The workbook has no plan we can read: `message` says why and what to do. */
      readonly kind: "no-plan";
      readonly code: string;
      readonly message: string;
      readonly settings: SettingsView;
      readonly locations: readonly SheetLocationChoices[];
      readonly statusWords: readonly string[];
    };

export interface RefreshProgress {
  readonly phase: "reading" | "checking" | "writing";
  /** Write requests done and expected (phase "writing" only; 0 of 0 before it starts). */
  readonly done: number;
  readonly total: number;
}

export interface RefreshRequest {
  readonly asOf: IsoDate;
  /** Add this period's statuses to the history (the pane's "Snapshot for the period"). */
  readonly takeSnapshot: boolean;
  /** Write the RAG column into the officer's plan sheet: changes their sheet, so only when they tick it. */
  readonly addRagColumn: boolean;
  readonly onProgress?: (progress: RefreshProgress) => void;
}

export interface RefreshOutcome {
  readonly report: FileReport;
  /** Sheets written, in tab order. */
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly role: SheetRole; readonly action: "replaced" | "added"; readonly rows: number }>;
  /** Our sheets from an earlier refresh that this one no longer produces, deleted. */
  readonly removed: readonly string[];
  /** Features this Excel lacks and the sheets that went without them, e.g. "coloured RAG cells (conditional formatting)". */
  readonly skippedFeatures: ReadonlyArray<{ readonly label: string; readonly requirementSet: string; readonly sheets: readonly string[] }>;
  /** RAG columns written into the officer's sheets (only when asked). */
  readonly ragColumns: ReadonlyArray<{ readonly sheet: string; readonly column: string }>;
  /** Shown on the sheets as "Refreshed …". */
  readonly refreshedAt: string;
  /** The snapshots kept after this refresh (oldest first) and the one its summary compared with. */
  readonly history: { readonly kept: readonly IsoDate[]; readonly comparedWith: IsoDate | null };
  /**
   * Parts that failed after the sheets were written (a RAG column on a protected sheet): the
   * refresh is a partial success, and the pane says what was written and what was not.
   */
  readonly failures: ReadonlyArray<{ readonly what: string; readonly message: string }>;
}

/** The "PT Problems" sheet as written. */
export interface ProblemsSheetOutcome {
  readonly name: string;
  readonly action: "replaced" | "added";
  readonly problems: number;
}

/** Stops watching the plan sheets for edits. */
export type StopWatching = () => Promise<void>;

export interface WorkbookSession {
  /** Finds and checks the plans (read-only). */
  check(asOf: IsoDate): Promise<CheckOutcome>;
  /** Regenerates our sheets; never writes to an officer's sheet unless `addRagColumn`. */
  refresh(request: RefreshRequest): Promise<RefreshOutcome>;
  /** Activates the sheet and selects the cell (or A1 of our sheets when no cell is given). */
  goTo(sheet: string, cell?: string): Promise<void>;
  /**
   * Saves a column correction for one plan sheet (`status=G, lead=D`; empty text removes it) in the
   * settings sheet. Rejects, changing nothing, when the text cannot be read or the settings sheet is the officer's own.
   */
  saveColumns(sheet: string, text: string): Promise<void>;
  /** Saves the RAG rules in the settings sheet; same refusals as `saveColumns`. */
  saveRagRules(rules: RagRules): Promise<void>;
  /** Writes (or rewrites) the "PT Problems" sheet: the check's problems as at `asOf`, each with a link to its cell. */
  writeProblemsSheet(asOf: IsoDate): Promise<ProblemsSheetOutcome>;
  /**
   * Calls `onChange` whenever a cell of one of `sheets` changes, until stopped. Null when this Excel
   * cannot report edits (worksheet change events need ExcelApi 1.7).
   */
  watchSheets(sheets: readonly string[], onChange: () => void): Promise<StopWatching | null>;
  /**
   * The committee pack's contents as at `asOf` (read-only): the same document `plan-tracker pack`
   * writes, as plain data; the pane turns it into a Word file.
   */
  committeePack(asOf: IsoDate): Promise<CommitteePack>;
}
