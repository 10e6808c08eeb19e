import { isErrorValue } from "../../grid/Cell.js";
import type { Plan, PlanAction, SourceCell } from "../../plan/Plan.js";
import { EXCEL_LIMITS } from "../../sheets/SheetSpec.js";
import type { IssueSink } from "../IssueSink.js";

const FIELD_LABELS: Readonly<Record<string, string>> = {
  ref: "Ref",
  theme: "Theme",
  recommendation: "Recommendation",
  outcome: "Outcome",
  action: "Action",
  lead: "Lead",
  target: "Target date",
  revisedTarget: "Revised date",
  status: "Status",
  progress: "Progress",
};

function hasAnyHtml(action: PlanAction): boolean {
  for (const key in action.cells) if (action.cells[key as keyof PlanAction["cells"]]?.hadHtml) return true;
  return false;
}

/**
 * Cell-level problems: error values in data, text longer than Excel allows in a cell, and HTML pasted
 * from a web page (one note per row).
 */
export function checkCells(plan: Plan, sink: IssueSink): void {
  for (const action of plan.actions) {
    // Plain loops, not a generator: this runs for every cell of the plan.
    for (const key in action.cells) checkCell(action.cells[key as keyof PlanAction["cells"]] as SourceCell, sink);
    for (const key in action.benefitCells) checkCell(action.benefitCells[key] as SourceCell, sink);
    const withHtml = hasAnyHtml(action) ? Object.entries(action.cells).filter(([, cell]) => cell.hadHtml) : [];
    const first = withHtml[0];
    if (first) {
      const names = withHtml.map(([field]) => FIELD_LABELS[field] ?? field).join(", ");
      sink.add(
        "html-in-cell",
        first[1].row,
        first[1].column,
        `${names} ${withHtml.length === 1 ? "contains" : "contain"} HTML pasted from a web page (tags such as <p>); it is read without the tags.`,
        "Paste as plain text (Paste Special > Text) to remove the tags from the sheet.",
      );
    }
  }
}

/** Error values and text longer than a cell holds. */
function checkCell(cell: SourceCell, sink: IssueSink): void {
  if (typeof cell.raw === "string" && cell.raw.length > EXCEL_LIMITS.textLength) {
    // Other programs (and the file library) can write such a cell; Excel cannot hold it.
    sink.add(
      "text-too-long",
      cell.row,
      cell.column,
      `The cell holds ${cell.raw.length.toLocaleString("en-GB")} characters, more than the ${EXCEL_LIMITS.textLength.toLocaleString("en-GB")} Excel allows: Excel may cut it short or call the file damaged, and Plan Tracker's sheets show only the start.`,
      "Shorten the text, or keep the detail in a document and link to it from the cell.",
    );
  }
  if (typeof cell.raw === "object" && isErrorValue(cell.raw)) {
    sink.add(
      "error-value",
      cell.row,
      cell.column,
      `The cell shows the error ${cell.raw.error}${cell.formula ? ` from its formula =${cell.formula}` : ""}, so it is not read.`,
      "Fix the formula or enter the value directly.",
    );
  }
}
