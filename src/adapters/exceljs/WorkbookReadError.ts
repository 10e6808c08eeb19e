/** Why a file could not be read as a plan workbook. Stable codes; the message is for officers. */
export type WorkbookReadFailure =
  | "not-found"
  | "unreadable"
  | "empty-file"
  | "encrypted"
  | "legacy-xls"
  | "text-file"
  | "not-xlsx"
  | "corrupt"
  /** Unpacks to more than Plan Tracker will load (see PACKAGE_LIMITS): a zip bomb, or a workbook too big to check safely. */
  | "too-large";

export class WorkbookReadError extends Error {
  constructor(
    readonly failure: WorkbookReadFailure,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}
