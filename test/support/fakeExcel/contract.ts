/**
 * Rules of real Excel that the fake enforces, each with the Microsoft document or OfficeDev issue it
 * comes from. The fake's classes call these; keeping them here keeps the sources in one place.
 */
import { FakeOfficeError } from "./errors.js";
import type { FakeSheet } from "./model.js";

/**
 * Office's limit for one request and for one response in Excel on the web ("Resource limits and
 * performance optimization for Office Add-ins": 5 MB). Desktop Excel is more lenient, so code that
 * stays under this works everywhere.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one queued action costs on the wire besides its path, name and arguments. office.js sends each
 * action as `{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":{…}}` and each new proxy as
 * an object path of the same shape; the fake's wire record (path, action, name, args) leaves those ids
 * and type fields out, so they are added here (about 64 bytes an action, counted from office.js's
 * RichApi request JSON).
 */
export const ACTION_OVERHEAD_BYTES = 64;

/** The error each focus-sensitive API raises; see {@link otherWorkbookFocusError}. */
export type FocusError = "GeneralException" | "InvalidSelection";

/**
 * "API limitations when the active workbook switches" (Troubleshooting Excel add-ins): while another
 * workbook has focus, WorksheetCollection.add, Worksheet.activate, Range.select and the
 * WorksheetFreezePanes methods throw GeneralException, and Worksheet.delete throws InvalidSelection
 * (Windows and Mac, several workbooks open).
 */
export function otherWorkbookFocusError(code: FocusError, api: string): FakeOfficeError {
  return new FakeOfficeError(code, code === "GeneralException" ? "There was an internal error while processing the request." : "The current selection is invalid for this operation.", api);
}

/**
 * Workbook structure protection (Review > Protect Workbook, "Structure"; `WorkbookProtection`,
 * ExcelApi 1.7) stops adding, deleting, renaming, moving, hiding and unhiding sheets ("Protect a
 * workbook", Microsoft Support).
 */
export function structureProtectedError(api: string): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", api);
}

/**
 * Freeze panes and tab colour on a sheet that is not visible: `unfreeze()` throws on a hidden sheet
 * (OfficeDev/office-js#1463), `freezeRows` throws GeneralException part-way through a write
 * (office-js#2196), and `Worksheet.tabColor` "if the worksheet is invisible, the value will be null"
 * (Worksheet.tabColor reference), so a colour set there does not stick. The fake refuses all of them.
 */
export function refuseOnHiddenSheet(sheet: FakeSheet, api: string): void {
  if (sheet.visibility !== "Visible") {
    throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request. (${api} on the hidden sheet "${sheet.name}")`, api);
  }
}

/**
 * `PageLayoutZoomOptions` documents `horizontalFitToPages` and `verticalFitToPages` as a number of
 * pages and `scale` as 10–400; 0 pages ("automatic", as the file format writes it) is not documented,
 * and fit-to-pages may not take effect at all (OfficeDev/office-js#1860). The fake accepts only what
 * the reference defines.
 */
export function checkZoom(zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }): void {
  for (const key of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    const pages = zoom[key];
    if (pages !== undefined && !(Number.isInteger(pages) && pages >= 1)) {
      throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (PageLayout.zoom.${key} = ${pages})`, "PageLayout.zoom");
    }
  }
  if (zoom.scale !== undefined && !(zoom.scale >= 10 && zoom.scale <= 400)) {
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (PageLayout.zoom.scale = ${zoom.scale})`, "PageLayout.zoom");
  }
}
