/** What a generated sheet is for, and the words an officer sees for it. */

/** What a generated sheet is for. One role can have several sheets (e.g. one committee table per board). */
export type SheetRole = "summary" | "benefits" | "exceptions" | "committee" | "settings" | "history" | "problems";

export const SHEET_ROLES: readonly SheetRole[] = ["summary", "benefits", "exceptions", "committee", "settings", "history", "problems"];

export const ROLE_SHEET_LABELS: Readonly<Record<SheetRole, string>> = {
  summary: "Summary",
  benefits: "Benefits",
  exceptions: "Exceptions",
  committee: "Committee",
  settings: "Settings",
  history: "History",
  problems: "Problems",
};
