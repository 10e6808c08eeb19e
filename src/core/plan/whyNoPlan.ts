import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import { textFor, type FrontEnd } from "../report/FrontEnd.js";
import type { ColumnOverride } from "./ColumnOverride.js";
import { readSheetPlans, type SkippedSheet } from "./readPlans.js";

/** Why a workbook gives no plan to check: a stable code and one sentence for the officer. */
export interface NoPlanReason {
  readonly code: "empty-workbook" | "hidden-plan" | "no-plan";
  /** Starts in lower case: front ends put it after "cannot read:" or the file's name. */
  readonly message: string;
}

const HIDDEN_REASON = "the sheet is hidden";
const EMPTY_REASON = "the sheet is empty";

function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

/** The plan sits on hidden sheets: say which, and how to show them (very hidden sheets need the VBA editor). */
function hiddenPlanMessage(sheets: readonly SheetGrid[], frontEnd: FrontEnd): string {
  const one = sheets.length === 1;
  const where = one ? `the plan is on a hidden sheet (${quotedList(sheets.map((sheet) => sheet.name))})` : `the plans are on hidden sheets (${quotedList(sheets.map((sheet) => sheet.name))})`;
  const hidden = sheets.filter((sheet) => sheet.visibility !== "veryHidden").map((sheet) => sheet.name);
  const veryHidden = sheets.filter((sheet) => sheet.visibility === "veryHidden").map((sheet) => sheet.name);
  const steps: string[] = [];
  if (hidden.length > 0) steps.push(`In Excel, right-click any sheet tab, choose Unhide and pick ${one ? "it" : quotedList(hidden)}`);
  if (veryHidden.length > 0) {
    const subject = one ? "It is" : `${quotedList(veryHidden)} ${veryHidden.length === 1 ? "is" : "are"}`;
    const them = veryHidden.length === 1 ? "it" : "them";
    steps.push(
      `${steps.length > 0 ? subject.replace(/^It/, "it") : subject} "very hidden", so Unhide does not list ${them}: press Alt+F11, select ${veryHidden.length === 1 ? "the sheet" : "each one"} under Microsoft Excel Objects and set its Visible property to "-1 - xlSheetVisible"`,
    );
  }
  // The command line reads the saved file; the pane reads the open workbook, so there is nothing to save first.
  return `${where}, and hidden sheets are not checked. ${steps.join("; ")}. ${textFor(frontEnd, { excel: "Then check again.", commandLine: "Then save and check again." })}`;
}

/** What to do when the workbook holds no plan at all: Excel has the workbook open, the command line was given a file. */
const RIGHT_FILE = {
  excel: "Open the workbook that holds the plan, or paste the plan into a sheet of this one, then check again.",
  commandLine: "Check you picked the right file, and that the plan was saved into it.",
} as const;

/**
 * What to do when no header row is recognised. In Excel the officer says where the plan is in the
 * pane's Columns view (saved in PT Settings); on the command line they name the columns with --map.
 */
const NAME_THE_COLUMNS = {
  excel: "If the headings use unusual words, open the Columns view of the Plan Tracker pane and say which row holds the headings and which column holds what.",
  commandLine: 'If the headings use unusual words, name the columns with --map, e.g. --map "header=3,action=C,lead=D,target=E".',
} as const;

/**
 * Why {@link checkWorkbook} found no plan, for a workbook where it found none: no sheets, only empty
 * sheets, the plan on hidden sheets, or no header row we recognise. Pure; shared by the command line
 * and the task pane, each of which gets advice it can act on (`frontEnd`).
 */
export function whyNoPlan(workbook: WorkbookGrid, skipped: readonly SkippedSheet[], overrides: readonly ColumnOverride[], frontEnd: FrontEnd): NoPlanReason {
  if (workbook.sheets.length === 0) {
    return { code: "empty-workbook", message: `the workbook has no sheets. ${textFor(frontEnd, RIGHT_FILE)}` };
  }
  const hiddenNames = new Set(skipped.filter((sheet) => sheet.reason === HIDDEN_REASON).map((sheet) => sheet.sheet));
  const hiddenPlans = workbook.sheets.filter((sheet) => hiddenNames.has(sheet.name) && sheet.rowCount > 0 && readSheetPlans(sheet, overrides).length > 0);
  if (hiddenPlans.length > 0) return { code: "hidden-plan", message: hiddenPlanMessage(hiddenPlans, frontEnd) };
  if (skipped.length > 0 && skipped.every((sheet) => sheet.reason === EMPTY_REASON)) {
    const names = quotedList(skipped.map((sheet) => sheet.sheet));
    return {
      code: "empty-workbook",
      message: `${skipped.length === 1 ? `the workbook's only sheet (${names}) is empty` : `every sheet in the workbook (${names}) is empty`}. ${textFor(frontEnd, RIGHT_FILE)}`,
    };
  }
  const reasons = skipped.map((sheet) => `"${sheet.sheet}": ${sheet.reason}`).join("; ");
  return {
    code: "no-plan",
    message: `no plan found (${reasons || "no sheets to read"}). ${textFor(frontEnd, NAME_THE_COLUMNS)}`,
  };
}
