/** What a generated sheet is for, and the words an officer sees for it. */

/** What a generated sheet is for. One role can have several sheets (e.g. one committee table per board). */
export type SheetRole = "summary" | "benefits" | "exceptions" | "committee" | "settings" | "history" | "planRows" | "problems";

/**
 * The roles this version knows. A sheet marked with another role was made by a newer version: it is
 * neither read as a plan nor replaced (see {@link isPlanTrackerSheet}).
 */
export const SHEET_ROLES: readonly SheetRole[] = ["summary", "benefits", "exceptions", "committee", "settings", "history", "planRows", "problems"];

export const ROLE_SHEET_LABELS: Readonly<Record<SheetRole, string>> = {
  summary: "Summary",
  benefits: "Benefits",
  exceptions: "Exceptions",
  committee: "Committee",
  settings: "Settings",
  history: "History",
  planRows: "Plan rows",
  problems: "Problems",
};

/**
 * Roles whose sheets are kept hidden: the history of snapshots and the plan rows the other sheets
 * read from. Excel cannot go to a hidden sheet, so the front ends name them without a link.
 */
export function isKeptHidden(role: SheetRole): boolean {
  return role === "history" || role === "planRows";
}
