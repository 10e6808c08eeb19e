/**
 * What the reader decided about a plan's columns, and why: for each field the column taken, and the
 * other columns that could have been it, each with the reason it was set aside. Plans often carry
 * several status-like columns (one per quarter, "Previous RAG" beside "Current RAG"); saying which was
 * taken lets an officer see a wrong choice and correct it (the correction UI is built on this model).
 */

/** Why a candidate column was not taken. Part of the JSON report contract: add values, never rename. */
export const REJECTION_REASONS = [
  /** Its heading names an earlier period than the column taken (Q1 beside Q3, "Previous RAG", "June" beside "Sept"). */
  "previous-period",
  /** The column is hidden; a visible one was taken. */
  "hidden",
  /** The column holds nothing in the plan's rows; one with values was taken. */
  "empty",
  /** Same kind of heading and no period to tell them apart: the rightmost column with values was taken. */
  "further-left",
  /** The update or commentary column of another period than the status taken. */
  "other-period",
  /** An officer's correction (settings sheet or --map) named another column. */
  "corrected",
  /** Its heading names the same field as a column to its left, which was taken ("Description" after "Action Title"). */
  "further-right",
  /** A "Priority" column of High/Medium/Low ratings: it rates each action, it does not group them. */
  "rating-not-theme",
  /** A start date says when the action begins, not when it is due. */
  "start-date",
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** A column that could have been the field but was not. */
export interface RejectedColumn {
  readonly column: number;
  /** The heading as written. */
  readonly header: string;
  readonly reason: RejectionReason;
  /** The reason in plain English, e.g. "Q1 is an earlier period than Q3". */
  readonly detail: string;
}

/**
 * The fields a choice is reported for: the plan's fields (`status`, `progress`, …), benefit years as
 * `benefit:2022/23`, and the completion columns `percentComplete` and `dateCompleted`.
 */
export type ChoiceField = string;

export interface ColumnChoice {
  readonly field: ChoiceField;
  readonly column: number;
  /** The heading as written ("" when the column was given by a correction and has no heading). */
  readonly header: string;
  /** How the column was taken, in plain English ("the latest period, Q3"); absent when it was the only candidate. */
  readonly why?: string;
  readonly rejected: readonly RejectedColumn[];
}

/** A heading the header reader set aside for a field, before the plan's rows are read. */
export interface SetAsideHeading extends RejectedColumn {
  readonly field: string;
}
