/** Why a file could not be read as a plan workbook. Stable codes; the message is for officers. */
export type WorkbookReadFailure =
  | "not-found"
  | "unreadable"
  | "empty-file"
  | "encrypted"
  | "legacy-xls"
  | "text-file"
  | "not-xlsx"
  | "corrupt";

export class WorkbookReadError extends Error {
  constructor(
    readonly failure: WorkbookReadFailure,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}
