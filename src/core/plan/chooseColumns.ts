/**
 * Of several columns that could hold the same field, which one the plan means. Plans keep a status
 * per period — "Previous RAG | Current RAG", "Status June | Status Sept", "Q1 RAG | Q1 update | … |
 * Q4 RAG | Q4 update", "2023/24 status | 2024/25 status" — and the header reader takes the first it
 * meets, which is the oldest. Here the status is the latest period that holds values:
 *
 * 1. a hidden column is never preferred over a visible one;
 * 2. a column with nothing in it loses to one with values (Q3 and Q4 are blank mid-year);
 * 3. the latest period named in the heading wins — dates, months, quarters, financial years, or the
 *    words current/latest/this/now against previous/last/prior/was;
 * 4. otherwise the rightmost column with values (plans add the new period on the right).
 *
 * The update or commentary column of the same period becomes the progress. A "% complete" column
 * and a "Date completed" column are found here too: they say an action is done (completionEvidence.ts).
 * Every column set aside is kept with the reason, for the report.
 */
import { cellAt } from "../grid/SheetGrid.js";
import { ragOfFill } from "../rag/fillRag.js";
import type { HeaderRow } from "./findHeaderRows.js";
import { signatureOf } from "./findHeaderRows.js";
import { headingPeriod, hasPeriod, samePeriod, type HeadingPeriod } from "./headingPeriod.js";
import { matchHeader } from "./headerSynonyms.js";
import type { RejectedColumn } from "./ColumnChoice.js";
import type { ColumnMapping, FieldKey } from "./Plan.js";
import type { SheetReader } from "./SheetReader.js";
import { defaultStatusMeaning } from "./statusMeaning.js";

/** What the choice decided beyond the header reader's mapping. */
export interface ChosenColumns {
  readonly header: HeaderRow;
  /** Per field (`status`, `progress`, `percentComplete`, `dateCompleted`): how the column was taken and what was set aside. */
  readonly decisions: ReadonlyMap<string, { readonly column: number; readonly why?: string; readonly rejected: readonly RejectedColumn[] }>;
  readonly completion: { readonly percent?: number; readonly dateCompleted?: number };
}

interface Candidate {
  readonly column: number;
  readonly header: string;
  readonly period: HeadingPeriod;
  readonly hidden: boolean;
  readonly hasValues: boolean;
}

type HeadingKind = "status" | "progress" | "percent" | "dateCompleted" | "target" | "periodOnly" | "other";

const STATUS_WORD = /\b(rag|status|rating|position)\b/;
const PROGRESS_WORD = /\b(update|updates|progress|commentary|comments?|notes?)\b/;
const PERCENT = /%|\bper ?cent(age)?\b|\bpct\b/;
const DATE_COMPLETED = /^(date (of )?completion|date completed|completed (on|date)|actual (completion|end)( date)?|date closed|closed (on|date)|date achieved|date implemented|implemented on|completion date \(?actual\)?)$/;
/** A heading that names only a period ("Last quarter", "This quarter", "June 2024", "Q3"): a status column when its cells are status words. */
const PERIOD_ONLY = /^(this|last|previous|current|prior|latest|next)\s+(quarter|month|period|year|review|update)$|^(q[1-4]|quarter [1-4])(\s+\S+)?$|^[a-z]{3,9}\s*'?\d{2,4}$/;
/** Rows read to decide whether a period-only column holds status words. */
const SAMPLE_ROWS = 60;

function headingKind(text: string): HeadingKind {
  const lower = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (PERCENT.test(lower) && /\b(complete|completed|completion|done|progress|delivered)\b/.test(lower)) return "percent";
  if (DATE_COMPLETED.test(lower.replace(/[?:.]/g, "").trim())) return "dateCompleted";
  const match = matchHeader(text);
  if (match?.kind === "field") {
    if (match.field === "status") return "status";
    if (match.field === "progress") return "progress";
    if (match.field === "target") return "target";
    return "other";
  }
  if (match?.kind === "benefitYear") {
    // "Status 2024/25" and "Update 2024/25" end with a year, which reads as a benefit year.
    if (STATUS_WORD.test(lower)) return "status";
    if (PROGRESS_WORD.test(lower)) return "progress";
    return "other";
  }
  if (PERIOD_ONLY.test(lower) && hasPeriod(headingPeriod(lower))) return "periodOnly";
  return "other";
}

function holdsValues(reader: SheetReader, column: number, from: number): boolean {
  for (let row = from; row <= reader.rowCount; row++) {
    if (reader.source(row, column) !== undefined) return true;
    const fill = cellAt(reader.sheet, row, column)?.fill;
    if (fill !== undefined && ragOfFill(fill) !== null) return true;
  }
  return false;
}

/** Most of the first non-empty cells below the header are status words ("G", "On track", "Red"). */
function holdsStatusWords(reader: SheetReader, column: number, from: number): boolean {
  let seen = 0;
  let words = 0;
  for (let row = from; row <= reader.rowCount && seen < SAMPLE_ROWS; row++) {
    const source = reader.source(row, column);
    if (!source) continue;
    seen++;
    if (typeof source.raw === "string" && source.text.length <= 40 && defaultStatusMeaning(source.text) !== null) words++;
  }
  return seen > 0 && words / seen >= 0.6;
}

function periodName(candidate: Candidate): string {
  return candidate.period.label ?? `column ${candidate.column}`;
}

/**
 * Positive when `a` names a later period than `b`, 0 when the headings cannot tell them apart. Years
 * are compared when every candidate has one, else positions in the year, else the words
 * current/previous.
 */
function periodDifference(a: Candidate, b: Candidate, all: readonly Candidate[]): number {
  if (all.every((c) => c.period.absolute !== null)) return (a.period.absolute as number) - (b.period.absolute as number);
  if (all.every((c) => c.period.withinYear !== null)) return (a.period.withinYear as number) - (b.period.withinYear as number) || a.period.relative - b.period.relative;
  return a.period.relative - b.period.relative;
}

/** Rules 3 and 4: the later period, then the column further right. Positive when `a` wins. */
function compareLatest(a: Candidate, b: Candidate, all: readonly Candidate[]): number {
  return periodDifference(a, b, all) || a.column - b.column;
}

function decideAmong(candidates: readonly Candidate[], what: string): { chosen: Candidate; why: string; rejected: RejectedColumn[] } {
  const rejected: RejectedColumn[] = [];
  let pool = [...candidates];
  const visible = pool.filter((c) => !c.hidden);
  if (visible.length > 0 && visible.length < pool.length) {
    for (const c of pool) if (c.hidden) rejected.push({ column: c.column, header: c.header, reason: "hidden", detail: `The column is hidden; a visible ${what} column was taken.` });
    pool = visible;
  }
  const filled = pool.filter((c) => c.hasValues);
  if (filled.length > 0 && filled.length < pool.length) {
    for (const c of pool) if (!c.hasValues) rejected.push({ column: c.column, header: c.header, reason: "empty", detail: `The column is empty in the plan's rows.` });
    pool = filled;
  }
  const periods = pool.some((c) => hasPeriod(c.period));
  const sorted = [...pool].sort((a, b) => compareLatest(b, a, pool));
  const chosen = sorted[0] as Candidate;
  for (const c of sorted.slice(1)) {
    const byPeriod = periods && periodDifference(chosen, c, pool) > 0;
    rejected.push(
      byPeriod
        ? { column: c.column, header: c.header, reason: "previous-period", detail: `"${c.header}" is an earlier period (${periodName(c)}) than "${chosen.header}" (${periodName(chosen)}); kept as history.` }
        : { column: c.column, header: c.header, reason: "further-left", detail: `"${c.header}" and "${chosen.header}" name no period that tells them apart; the rightmost with values was taken.` },
    );
  }
  const why = pool.length < 2 ? "the only one that is visible and holds values" : periods && rejected.some((r) => r.reason === "previous-period") ? `the latest period (${periodName(chosen)})` : "the rightmost with values";
  rejected.sort((a, b) => a.column - b.column);
  return { chosen, why, rejected };
}

/**
 * Chooses the status, progress and completion columns of a header row. `header.mapping` is the
 * header reader's first-found mapping; the result's header carries the choice.
 */
export function chooseColumns(reader: SheetReader, header: HeaderRow): ChosenColumns {
  const hidden = new Set(reader.sheet.hiddenColumns ?? []);
  const from = header.row + 1;
  const byKind = new Map<HeadingKind, Candidate[]>();
  for (const column of reader.filledColumns(header.row)) {
    const source = reader.source(header.row, column);
    if (!source || typeof source.raw !== "string") continue;
    const kind = headingKind(source.text);
    if (kind === "other") continue;
    const candidate: Candidate = { column, header: source.text, period: headingPeriod(source.text), hidden: hidden.has(column), hasValues: false };
    const list = byKind.get(kind) ?? [];
    list.push(candidate);
    byKind.set(kind, list);
  }
  const decisions = new Map<string, { column: number; why?: string; rejected: RejectedColumn[] }>();
  const fields: Partial<Record<FieldKey, number>> = { ...header.mapping.fields };
  const benefitYears: Record<string, number> = { ...header.mapping.benefitYears };
  const withValues = (list: readonly Candidate[]): Candidate[] => list.map((c) => ({ ...c, hasValues: holdsValues(reader, c.column, from) }));

  // Status.
  const periodOnly = (byKind.get("periodOnly") ?? []).filter((c) => holdsStatusWords(reader, c.column, from));
  const statusCandidates = [...(byKind.get("status") ?? []), ...periodOnly].sort((a, b) => a.column - b.column);
  let chosenStatus: Candidate | undefined;
  if (statusCandidates.length >= 2 || (statusCandidates.length === 1 && fields.status === undefined)) {
    const decision = decideAmong(withValues(statusCandidates), "status");
    chosenStatus = decision.chosen;
    fields.status = decision.chosen.column;
    decisions.set("status", { column: decision.chosen.column, ...(statusCandidates.length >= 2 ? { why: decision.why } : {}), rejected: decision.rejected });
  } else if (statusCandidates.length === 1) {
    chosenStatus = statusCandidates[0];
  }
  for (const c of statusCandidates) for (const [year, column] of Object.entries(benefitYears)) if (column === c.column) delete benefitYears[year];

  // Progress: the update of the status's period, else the latest.
  const progressCandidates = byKind.get("progress") ?? [];
  for (const c of progressCandidates) for (const [year, column] of Object.entries(benefitYears)) if (column === c.column) delete benefitYears[year];
  if (progressCandidates.length >= 2) {
    const paired = chosenStatus ? progressCandidates.find((c) => samePeriod(c.period, (chosenStatus as Candidate).period)) : undefined;
    if (paired) {
      fields.progress = paired.column;
      decisions.set("progress", {
        column: paired.column,
        why: `the update for the same period as the status (${periodName(paired)})`,
        rejected: progressCandidates
          .filter((c) => c !== paired)
          .map((c) => ({ column: c.column, header: c.header, reason: "other-period" as const, detail: `"${c.header}" is the update for another period than the status taken.` })),
      });
    } else if (progressCandidates.some((c) => hasPeriod(c.period))) {
      const decision = decideAmong(withValues(progressCandidates), "update");
      fields.progress = decision.chosen.column;
      decisions.set("progress", { column: decision.chosen.column, why: decision.why, rejected: decision.rejected });
    }
  }

  // Completion.
  const completion: { percent?: number; dateCompleted?: number } = {};
  const percent = byKind.get("percent")?.[0];
  if (percent) {
    completion.percent = percent.column;
    if (fields.progress === percent.column) delete fields.progress;
    decisions.set("percentComplete", { column: percent.column, rejected: [] });
  }
  const targets = byKind.get("target") ?? [];
  const completedHeading = byKind.get("dateCompleted")?.[0] ?? (targets.length >= 2 ? targets.find((c) => /^(actual )?completion date$/i.test(c.header.trim())) : undefined);
  if (completedHeading) {
    completion.dateCompleted = completedHeading.column;
    if (fields.target === completedHeading.column) {
      const other = targets.find((c) => c.column !== completedHeading.column);
      if (other) fields.target = other.column;
      else delete fields.target;
    }
    decisions.set("dateCompleted", { column: completedHeading.column, rejected: [] });
  }

  const mapping: ColumnMapping = { fields, benefitYears };
  const changed = signatureOf(mapping) !== header.signature;
  return { header: changed ? { ...header, mapping, signature: signatureOf(mapping) } : header, decisions, completion };
}
