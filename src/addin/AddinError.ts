/**
 * The one kind of error the add-in's front ends show: `message` is a plain-English paragraph that
 * says what happened and what to do; `detail` (Office's code, our internal message) is for support.
 */
import { z } from "zod";
import { PlanTrackerHostError } from "../adapters/officejs/officeErrors.js";
import { ColumnOverrideError } from "../core/plan/ColumnOverride.js";
import { SheetNameConflictError } from "../core/sheets/SheetSpec.js";

export class AddinError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "AddinError";
  }
}

/** Any failure of a use case, as an {@link AddinError}; never a stack trace. */
export function toAddinError(error: unknown): AddinError {
  if (error instanceof AddinError) return error;
  if (error instanceof PlanTrackerHostError) return new AddinError(error.fullMessage, error.detail);
  if (error instanceof ColumnOverrideError) {
    return new AddinError(`That column correction can't be used: ${error.message} Nothing was saved.`);
  }
  if (error instanceof SheetNameConflictError) {
    return new AddinError(
      `A sheet of yours is called "${error.sheetName}", the name Plan Tracker uses for one of its own sheets, so Plan Tracker will not write it. Nothing was changed. Rename your sheet, then try again.`,
    );
  }
  if (error instanceof z.ZodError) {
    const first = error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.join(" ")})` : "";
    return new AddinError(`That setting can't be used${where}: ${first?.message ?? "it is not valid"}. Nothing was saved.`);
  }
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim().slice(0, 300);
  return new AddinError("Plan Tracker hit a problem it did not expect. Save your work, reopen the workbook and try again; if it happens again, please report it with the details.", detail);
}
