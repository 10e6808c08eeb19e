/** What the Refresh view says while it runs, and how full its progress bar is. */
import type { RefreshProgress } from "../addin/WorkbookSession.js";

export function phaseText(progress: RefreshProgress | null): string {
  if (progress === null) return "Starting…";
  switch (progress.phase) {
    case "reading":
      return "Reading the workbook…";
    case "checking":
      return "Checking the plan…";
    case "writing":
      return progress.total > 0
        ? `Writing sheet requests ${Math.min(progress.done, progress.total)} of ${progress.total}…`
        : "Writing the summary sheets…";
  }
}

/** 0–1 while writing with a known total; undefined (an indeterminate bar) before that. */
export function progressValue(progress: RefreshProgress | null): number | undefined {
  if (progress === null || progress.phase !== "writing" || progress.total <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}
