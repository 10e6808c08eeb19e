import { WorkbookReadError } from "../adapters/exceljs/WorkbookReadError.js";
import { readFileBytes } from "../adapters/exceljs/readWorkbook.js";
import { openXlsxPackage, type XlsxPackage } from "../adapters/xlsxPackage/index.js";
import { gridOfPackage } from "../adapters/xlsxRead/readXlsxGrid.js";
import { checkWorkbook, type WorkbookCheck } from "../core/checkWorkbook.js";
import type { WorkbookGrid } from "../core/grid/SheetGrid.js";
import { whyNoPlan } from "../core/plan/whyNoPlan.js";
import type { CheckArgs } from "./parseArgs.js";

export interface OpenedPlanWorkbook {
  readonly bytes: Uint8Array;
  /** The workbook as the zip of parts it is: what a refresh writes into. */
  readonly pkg: XlsxPackage;
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

/**
 * Reads a workbook and finds and checks its plans: the first half of both `validate` and `refresh`.
 * The file is opened once as its package of parts (src/adapters/xlsxPackage); the grid comes from
 * the package reader (src/adapters/xlsxRead), not from a spreadsheet library, and a refresh writes
 * into the same package.
 */
export async function openPlanWorkbook(file: string, args: CheckArgs): Promise<OpenedPlanWorkbook> {
  try {
    const bytes = await readFileBytes(file);
    const pkg = await openXlsxPackage(bytes);
    const grid = gridOfPackage(pkg);
    const check = checkWorkbook(grid, {
      asOf: args.asOf,
      overrides: args.overrides,
      ...(args.vocabulary ? { vocabulary: args.vocabulary } : {}),
    });
    if (check.plans.length === 0) {
      const reason = whyNoPlan(grid, check.skipped, args.overrides);
      throw new UnreadablePlanError(reason.code, reason.message);
    }
    return { bytes, pkg, grid, check };
  } catch (error) {
    if (error instanceof UnreadablePlanError) throw error;
    if (error instanceof WorkbookReadError) throw new UnreadablePlanError(error.failure, error.message);
    // A fault of ours must still name the file and never print a stack trace at an officer.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim().slice(0, 300);
    throw new UnreadablePlanError("internal", `Plan Tracker could not finish reading this file (${detail}). Please report this with the file.`);
  }
}
