/** The pane's four views, their tab labels, and the view the URL asks for (`taskpane.html?view=refresh`). */
export const VIEWS = ["check", "refresh", "columns", "rules"] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Readonly<Record<View, string>> = {
  check: "Check",
  refresh: "Refresh",
  columns: "Columns",
  rules: "RAG rules",
};

/** The `view` query parameter (`?view=check`), or "check" when it is missing or not one of ours. */
export function viewFromQuery(search: string): View {
  const wanted = new URLSearchParams(search).get("view")?.trim().toLowerCase();
  return (VIEWS as readonly string[]).includes(wanted ?? "") ? (wanted as View) : "check";
}

export function isView(value: unknown): value is View {
  return typeof value === "string" && (VIEWS as readonly string[]).includes(value);
}
