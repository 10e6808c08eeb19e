/**
 * What a refresh knows while it builds sheets: the workbook, the plans and their analysis, and the
 * parts built so far (plan-rows sheets, committee tables) that later sheets refer to.
 */
import type { WorkbookCheck } from "../checkWorkbook.js";
import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import type { PlanRows } from "../live/planRows.js";
import type { Plan } from "../plan/Plan.js";
import type { RagRules } from "../rag/ragRules.js";
import type { WorkbookSettings } from "../settings/WorkbookSettings.js";
import type { CommitteeTable, RefreshContext } from "./committeeSheet.js";
import type { PeriodComparison, Snapshot } from "./history.js";
import type { PlanAnalysis } from "./planAnalysis.js";
import type { StatusRow } from "./statusFormulas.js";

export interface RefreshState {
  readonly grid: WorkbookGrid;
  readonly check: WorkbookCheck;
  readonly settings: WorkbookSettings;
  readonly rules: RagRules;
  readonly plans: readonly Plan[];
  readonly analyses: readonly PlanAnalysis[];
  readonly statusRows: ReadonlyArray<readonly StatusRow[]>;
  readonly comparisons: ReadonlyArray<PeriodComparison | null>;
  /** The snapshot history to write (with this refresh's snapshot when one is taken). */
  readonly history: readonly Snapshot[];
  readonly context: RefreshContext;
  readonly sheetOf: (name: string) => SheetGrid | undefined;
  /** Filled by the plan-rows entry, one per plan. */
  planRows: PlanRows[];
  /** Filled by the committee entry, one per plan. */
  committees: CommitteeTable[];
}
