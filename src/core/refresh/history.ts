/**
 * Snapshots for period comparison (seed 002 compares June with September): per snapshot date, each
 * action's status, state and RAG, and the status counts, kept in the hidden "PT History" sheet.
 *
 * The sheet is the store. A refresh reads the earlier snapshots back from it and writes them out
 * again unchanged; `--snapshot` adds this period's (the same date again replaces that date's). One
 * flat table, one record per row, machine-shaped (ISO dates as text, fixed columns), because both the
 * add-in and the command line read it back and neither may guess.
 */
import { cellText } from "../parse/cleanText.js";
import { isValidIso } from "../parse/dates.js";
import type { IsoDate } from "../parse/IsoDate.js";
import type { WorkbookGrid } from "../grid/SheetGrid.js";
import { isSlippedRag, parseRagWord, type RagValue } from "../rag/RagValue.js";
import type { ActionState } from "../rag/statusWords.js";
import { SheetSpecBuilder, generatedRoleOf, num, text, type SheetSpec } from "../sheets/SheetSpec.js";
import type { ActionAssessment, PlanAnalysis } from "./planAnalysis.js";
import { MACHINERY_TAB, STYLE, withReportStyles } from "./sheetStyles.js";
import { rowCounts, type StatusRow } from "./statusFormulas.js";

export interface SnapshotAction {
  readonly key: string;
  readonly ref: string;
  readonly row: number;
  readonly status: string;
  readonly state: ActionState;
  readonly declared: RagValue | null;
  readonly rag: RagValue;
}

export interface SnapshotPlan {
  readonly sheet: string;
  readonly table: number;
  readonly counts: ReadonlyArray<{ readonly label: string; readonly count: number }>;
  readonly actions: readonly SnapshotAction[];
}

export interface Snapshot {
  readonly date: IsoDate;
  readonly takenAt: string;
  readonly plans: readonly SnapshotPlan[];
}

export const HISTORY_TITLE = "Plan Tracker snapshot history. Plan Tracker reads this sheet back on every refresh: please do not edit it.";
const HEADERS = ["Snapshot", "Taken", "Record", "Plan sheet", "Table", "Key", "Ref", "Row", "Status", "State", "Declared RAG", "RAG", "Count"] as const;
const HEADER_ROW = 3;
const STATES: readonly ActionState[] = ["Complete", "Not started", "Open"];

/** Reads the snapshots kept in the workbook's history sheet (ours, found by its marker). Rows it cannot read are skipped. */
export function readHistory(workbook: WorkbookGrid): Snapshot[] {
  const sheet = workbook.sheets.find((candidate) => generatedRoleOf(candidate) === "history");
  if (!sheet) return [];
  const byDate = new Map<IsoDate, { takenAt: string; plans: Map<string, { sheet: string; table: number; counts: Array<{ label: string; count: number }>; actions: SnapshotAction[] }> }>();
  for (let row = HEADER_ROW + 1; row <= sheet.rowCount; row++) {
    const cells = sheet.rows[row - 1] ?? [];
    const at = (column: number): string => cellText(cells[column - 1]?.value ?? null).text.trim();
    const numberAt = (column: number): number => {
      const value = cells[column - 1]?.value;
      return typeof value === "number" ? value : Number(at(column));
    };
    const date = at(1);
    const record = at(3);
    const planSheet = at(4);
    const table = numberAt(5);
    if (!isValidIso(date) || planSheet === "" || !Number.isInteger(table) || (record !== "counts" && record !== "action")) continue;
    const snapshot = byDate.get(date) ?? { takenAt: at(2), plans: new Map() };
    byDate.set(date, snapshot);
    const planKey = `${table}\u0000${planSheet}`;
    const plan = snapshot.plans.get(planKey) ?? { sheet: planSheet, table, counts: [], actions: [] };
    snapshot.plans.set(planKey, plan);
    if (record === "counts") {
      const count = numberAt(13);
      if (at(6) !== "" && Number.isFinite(count)) plan.counts.push({ label: at(6), count });
      continue;
    }
    const state = at(10) as ActionState;
    const rag = parseRagWord(at(12));
    const rowNumber = numberAt(8);
    if (at(6) === "" || !STATES.includes(state) || rag === null || !Number.isInteger(rowNumber)) continue;
    plan.actions.push({ key: at(6), ref: at(7), row: rowNumber, status: at(9), state, declared: parseRagWord(at(11)), rag });
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, s]) => ({ date, takenAt: s.takenAt, plans: [...s.plans.values()] }));
}

/** This period's snapshot of every plan. `statusRows` gives each plan's status table rows (same order). */
export function takeSnapshot(analyses: readonly PlanAnalysis[], statusRows: ReadonlyArray<readonly StatusRow[]>, date: IsoDate, takenAt: string): Snapshot {
  return {
    date,
    takenAt,
    plans: analyses.map((analysis, i) => ({
      sheet: analysis.plan.sheet,
      table: analysis.table,
      counts: (statusRows[i] ?? []).map((row) => ({ label: row.label, count: analysis.actions.filter((a) => rowCounts(row, a)).length })),
      actions: analysis.actions.map((a) => ({
        key: a.key,
        ref: a.action.ref ?? "",
        row: a.action.row,
        status: a.facts.status,
        state: a.facts.state,
        declared: a.facts.declared,
        rag: a.rag,
      })),
    })),
  };
}

/** The history with `snapshot` added, replacing any snapshot of the same date; oldest first. */
export function withSnapshot(history: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  return [...history.filter((s) => s.date !== snapshot.date), snapshot].sort((a, b) => a.date.localeCompare(b.date));
}

/** The latest snapshot before `asOf` — "the last period". */
export function previousSnapshot(history: readonly Snapshot[], asOf: IsoDate): Snapshot | null {
  let previous: Snapshot | null = null;
  for (const snapshot of history) if (snapshot.date < asOf && (previous === null || snapshot.date > previous.date)) previous = snapshot;
  return previous;
}

export interface ComparedAction {
  readonly assessment: ActionAssessment;
  readonly thenStatus: string;
}

/** This period against the last, for one plan. */
export interface PeriodComparison {
  readonly date: IsoDate;
  /** Status label (lower case) → count then. */
  readonly counts: ReadonlyMap<string, number>;
  readonly labels: readonly string[];
  readonly newlyCompleted: readonly ComparedAction[];
  readonly newlySlipped: readonly ComparedAction[];
}

function slipped(state: ActionState, declared: RagValue | null): boolean {
  return state === "Open" && isSlippedRag(declared);
}

/** Compares a plan now with its record in `previous` (matched by sheet and table), or null if it was not recorded. */
export function comparePeriod(analysis: PlanAnalysis, previous: Snapshot | null): PeriodComparison | null {
  const then = previous?.plans.find((plan) => plan.sheet === analysis.plan.sheet && plan.table === analysis.table);
  if (!previous || !then) return null;
  const thenByKey = new Map(then.actions.map((action) => [action.key, action]));
  const newlyCompleted: ComparedAction[] = [];
  const newlySlipped: ComparedAction[] = [];
  for (const assessment of analysis.actions) {
    const before = thenByKey.get(assessment.key);
    if (!before) continue;
    if (assessment.facts.state === "Complete" && before.state !== "Complete") newlyCompleted.push({ assessment, thenStatus: before.status });
    if (assessment.slipped && !slipped(before.state, before.declared)) newlySlipped.push({ assessment, thenStatus: before.status });
  }
  return {
    date: previous.date,
    counts: new Map(then.counts.map((c) => [c.label.toLowerCase(), c.count])),
    labels: then.counts.map((c) => c.label),
    newlyCompleted,
    newlySlipped,
  };
}

/** The hidden history sheet holding every snapshot. */
export function buildHistorySheet(sheetName: string, history: readonly Snapshot[]): SheetSpec {
  const b = withReportStyles(new SheetSpecBuilder(sheetName, "history")).visibility("hidden").tabColor(MACHINERY_TAB).fitRowHeights(false);
  b.columnWidths([12, 18, 8, 20, 6, 12, 8, 6, 16, 11, 12, 10, 7]);
  b.row(2, [text(HISTORY_TITLE, STYLE.note)]);
  b.row(HEADER_ROW, HEADERS.map((h) => text(h, STYLE.header)));
  let row = HEADER_ROW + 1;
  for (const snapshot of history) {
    for (const plan of snapshot.plans) {
      const lead = [text(snapshot.date), text(snapshot.takenAt)];
      for (const { label, count } of plan.counts) {
        b.row(row++, [...lead, text("counts"), text(plan.sheet), num(plan.table), text(label), undefined, undefined, undefined, undefined, undefined, undefined, num(count)]);
      }
      for (const action of plan.actions) {
        b.row(row++, [
          ...lead,
          text("action"),
          text(plan.sheet),
          num(plan.table),
          text(action.key),
          text(action.ref),
          num(action.row),
          text(action.status),
          text(action.state),
          text(action.declared ?? ""),
          text(action.rag),
        ]);
      }
    }
  }
  b.freeze(HEADER_ROW);
  return b.build();
}
