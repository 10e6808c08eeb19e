/**
 * Errors from Excel, in words an officer understands.
 *
 * Office.js rejects `context.sync()` with an `OfficeExtension.Error` whose `code` says what went
 * wrong (`InvalidOperationInCellEditMode`, `AccessDenied`, …). The adapter turns every such error
 * into a {@link PlanTrackerHostError}: a plain-English message, what to do about it, and the
 * original code and message kept for support.
 */

export type HostErrorKind =
  | "cell-edit-mode"
  | "protected"
  | "too-large"
  | "not-found"
  | "busy"
  | "name-clash"
  | "general";

/** Office's error codes we explain (`OfficeExtension.Error.code`, `Excel.ErrorCodes`). */
export const OFFICE_ERROR_CODES = {
  cellEditMode: "InvalidOperationInCellEditMode",
  accessDenied: "AccessDenied",
  requestTooLarge: "RequestPayloadSizeLimitExceeded",
  responseTooLarge: "ResponsePayloadSizeLimitExceeded",
  itemNotFound: "ItemNotFound",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  conflict: "Conflict",
} as const;

/** An Excel-side failure, explained: `message` says what happened, `whatToDo` how to get past it. */
export class PlanTrackerHostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    message: string,
    readonly whatToDo: string,
    /** Office's error code, when the error came from Excel. */
    readonly officeCode?: string,
    /** Office's own message and where it happened, for support. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = "PlanTrackerHostError";
  }

  /** Message and advice in one paragraph, for a notification. */
  get fullMessage(): string {
    return `${this.message} ${this.whatToDo}`;
  }
}

/** The parts of `OfficeExtension.Error` we read (a structural type: tests fake it). */
interface OfficeErrorLike {
  readonly code: string;
  readonly message?: string;
  readonly debugInfo?: { readonly code?: string; readonly message?: string; readonly errorLocation?: string };
}

function isOfficeError(error: unknown): error is OfficeErrorLike {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

export type HostAction = "reading" | "writing";

function explain(code: string, action: HostAction): { kind: HostErrorKind; message: string; whatToDo: string } {
  const doing = action === "reading" ? "read the workbook" : "update the workbook";
  switch (code) {
    case OFFICE_ERROR_CODES.cellEditMode:
      return {
        kind: "cell-edit-mode",
        message: `Plan Tracker couldn't ${doing} because a cell is being edited.`,
        whatToDo: "Press Enter (or Esc) to finish editing the cell, then try again.",
      };
    case OFFICE_ERROR_CODES.accessDenied:
      return {
        kind: "protected",
        message: `Excel didn't let Plan Tracker ${doing}: a sheet or the workbook is protected, or you can only view this file.`,
        whatToDo: "Unprotect the sheet (Review > Unprotect Sheet) or ask the workbook's owner for permission to edit, then try again.",
      };
    case OFFICE_ERROR_CODES.requestTooLarge:
    case OFFICE_ERROR_CODES.responseTooLarge:
      return {
        kind: "too-large",
        message: `This workbook holds more than Excel on the web can pass to Plan Tracker in one go, so it couldn't ${doing}.`,
        whatToDo: "Open the workbook in the Excel desktop app and try again there, or split very long plans across sheets.",
      };
    case OFFICE_ERROR_CODES.itemNotFound:
      return {
        kind: "not-found",
        message: `A sheet or range Plan Tracker was using has gone — it may have been renamed or deleted while Plan Tracker was working.`,
        whatToDo: "Run it again. If this keeps happening, check the plan's sheet names and that no one else is editing the workbook.",
      };
    case OFFICE_ERROR_CODES.activityLimitReached:
    case OFFICE_ERROR_CODES.conflict:
      return {
        kind: "busy",
        message: `Excel was busy and Plan Tracker couldn't ${doing}.`,
        whatToDo: "Wait a moment and try again. If someone else is editing the workbook, try when they have finished.",
      };
    default:
      return {
        kind: "general",
        message:
          action === "reading"
            ? "Excel reported a problem while Plan Tracker was reading the workbook."
            : "Excel reported a problem while Plan Tracker was writing, so the Plan Tracker sheets may be incomplete. Your own sheets were not changed.",
        // GeneralException is also what Excel raises while another workbook has focus (Troubleshooting
        // Excel add-ins: "API limitations when the active workbook switches").
        whatToDo:
          action === "reading"
            ? "Save your work, close and reopen the workbook, then run it again. If it still fails, contact support with the details below."
            : "Keep this workbook in front until Plan Tracker has finished (another workbook coming to the front stops it part-way), then run it again. If it still fails, save your work, close and reopen the workbook, and contact support with the details below.",
      };
  }
}

/** Any error thrown while talking to Excel, as a {@link PlanTrackerHostError}. Our own errors pass through. */
export function toHostError(error: unknown, action: HostAction): Error {
  if (error instanceof PlanTrackerHostError) return error;
  if (!isOfficeError(error)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code === "" ? (error.debugInfo?.code ?? "") : error.code;
  const { kind, message, whatToDo } = explain(code, action);
  const where = error.debugInfo?.errorLocation ? ` (at ${error.debugInfo.errorLocation})` : "";
  return new PlanTrackerHostError(kind, message, whatToDo, code, `${code}: ${error.message ?? error.debugInfo?.message ?? ""}${where}`);
}

/** Runs `work`, turning Office errors into {@link PlanTrackerHostError}s. */
export async function withHostErrors<T>(action: HostAction, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error, action);
  }
}

/** A generated sheet that is protected: we refuse before writing anything. */
export function protectedSheetError(sheetName: string): PlanTrackerHostError {
  return new PlanTrackerHostError(
    "protected",
    `The sheet "${sheetName}" is protected, so Plan Tracker can't refresh it. Nothing was changed.`,
    `Unprotect "${sheetName}" (Review > Unprotect Sheet), then run it again.`,
  );
}

/**
 * The workbook's structure is protected (Review > Protect Workbook), which stops adding, deleting,
 * renaming, hiding and unhiding sheets. Refused before writing anything, so nothing is left half done.
 */
export function structureProtectedError(): PlanTrackerHostError {
  return new PlanTrackerHostError(
    "protected",
    "This workbook's structure is protected, so Plan Tracker can't add, remove, hide or rename its sheets. Nothing was changed.",
    "Select Review > Protect Workbook to turn the protection off (you may need its password), run Plan Tracker again, then protect the workbook again if you want to.",
  );
}

/**
 * A generated sheet's table would take a name the officer already uses for a table or named range
 * (one namespace in Excel). Refused before writing anything.
 */
export function tableNameClashError(tableName: string, sheetName: string): PlanTrackerHostError {
  return new PlanTrackerHostError(
    "name-clash",
    `The name "${tableName}" is already used in this workbook by a table or named range of yours, and Plan Tracker gives it to the table on its "${sheetName}" sheet. Nothing was changed.`,
    "Rename yours (Formulas > Name Manager), then run it again.",
  );
}
