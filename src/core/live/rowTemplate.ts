/**
 * A formula written once for every row it is used in: built with {@link ROW_MARK} where its own row
 * number goes (and {@link PREVIOUS_ROW_MARK} for the row above), then joined around each row's number.
 * The slots of the plan-rows sheet and the officer's RAG column differ from row to row only there.
 */

/** Stands for the formula's own row number while it is built. */
export const ROW_MARK = "\u0000";
/** Stands for the row above's number. */
export const PREVIOUS_ROW_MARK = "\u0001";

/** The formula `source` (built with the marks) as it reads in a given row. */
export function rowTemplate(source: string): (row: number) => string {
  const parts = source.split(/(\u0000|\u0001)/);
  return (row: number) => parts.map((part) => (part === ROW_MARK ? String(row) : part === PREVIOUS_ROW_MARK ? String(row - 1) : part)).join("");
}
