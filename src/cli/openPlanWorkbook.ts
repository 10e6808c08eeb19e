import type ExcelJS from "exceljs";
import { WorkbookReadError } from "../adapters/exceljs/WorkbookReadError.js";
import { loadWorkbook, readFileBytes } from "../adapters/exceljs/readWorkbook.js";
import { workbookToGrid } from "../adapters/exceljs/toGrid.js";
import { checkWorkbook, type WorkbookCheck } from "../core/checkWorkbook.js";
import type { WorkbookGrid } from "../core/grid/SheetGrid.js";
import type { CheckArgs } from "./parseArgs.js";

export interface OpenedPlanWorkbook {
  readonly bytes: Uint8Array;
  readonly workbook: ExcelJS.Workbook;
  readonly grid: WorkbookGrid;
  readonly check: WorkbookCheck;
}

/** Why a file gives no report: the code and message of the JSON error report. */
export class UnreadablePlanError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "UnreadablePlanError";
  }
}

/** Reads a workbook and finds and checks its plans: the first half of both `validate` and `refresh`. */
export async function openPlanWorkbook(file: string, args: CheckArgs): Promise<OpenedPlanWorkbook> {
  try {
    const bytes = await readFileBytes(file);
    const workbook = await loadWorkbook(bytes);
    const grid = workbookToGrid(workbook);
    if (grid.sheets.length === 0) throw new UnreadablePlanError("empty-workbook", "the workbook has no sheets.");
    const check = checkWorkbook(grid, {
      asOf: args.asOf,
      overrides: args.overrides,
      ...(args.vocabulary ? { vocabulary: args.vocabulary } : {}),
    });
    if (check.plans.length === 0) {
      const reasons = check.skipped.map((sheet) => `"${sheet.sheet}": ${sheet.reason}`).join("; ");
      throw new UnreadablePlanError(
        "no-plan",
        `no plan found (${reasons || "no sheets to read"}). If the headings use unusual words, name the columns with --map, e.g. --map "header=3,action=C,lead=D,target=E".`,
      );
    }
    return { bytes, workbook, grid, check };
  } catch (error) {
    if (error instanceof UnreadablePlanError) throw error;
    if (error instanceof WorkbookReadError) throw new UnreadablePlanError(error.failure, error.message);
    // A fault of ours must still name the file and never print a stack trace at an officer.
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadablePlanError("internal", `Plan Tracker could not finish reading this file (${detail}). Please report this with the file.`);
  }
}
