import { WorkbookReadError } from "../adapters/exceljs/WorkbookReadError.js";
import { loadWorkbook, readFileBytes } from "../adapters/exceljs/readWorkbook.js";
import { workbookToGrid } from "../adapters/exceljs/toGrid.js";
import { zipEntries } from "../adapters/exceljs/zipEntries.js";
import { openXlsxPackage, readingCopy, type XlsxPackage } from "../adapters/xlsxPackage/index.js";
import { checkWorkbook, type WorkbookCheck } from "../core/checkWorkbook.js";
import type { Cell, CellValue } from "../core/grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../core/grid/SheetGrid.js";
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

/** Days between Excel's two date systems: 1 January 1904 is serial 1462 in the 1900 system. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;

function shifted(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime() + DAYS_1904 * MS_PER_DAY) : value;
}

/**
 * The grid with its dates moved into the 1904 system. ExcelJS 4.4 recognises the 1904 flag only when
 * written "1"; LibreOffice writes "true", and without this every date would be 1,462 days early.
 */
function in1904System(grid: WorkbookGrid): WorkbookGrid {
  const sheets = grid.sheets.map((sheet): SheetGrid => ({
    ...sheet,
    rows: sheet.rows.map((row) => row?.map((cell): Cell | undefined => (cell && cell.value instanceof Date ? { ...cell, value: shifted(cell.value) } : cell))),
  }));
  return { ...grid, sheets, date1904: true };
}

/**
 * Reads a workbook and finds and checks its plans: the first half of both `validate` and `refresh`.
 * The file is opened as its package of parts; the cells are read from a reading copy holding only
 * the parts the grid needs (see readingCopy.ts).
 */
export async function openPlanWorkbook(file: string, args: CheckArgs): Promise<OpenedPlanWorkbook> {
  try {
    const bytes = await readFileBytes(file);
    const pkg = await openXlsxPackage(bytes);
    const copy = readingCopy(pkg);
    const workbook = await loadWorkbook(copy, zipEntries(copy));
    let grid = workbookToGrid(workbook);
    if (pkg.workbook.date1904 && !workbook.properties.date1904) grid = in1904System(grid);
    else if (pkg.workbook.date1904) grid = { ...grid, date1904: true };
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
    // A fault of ours: the officer hears what failed and what to do, not a library's internals.
    throw new UnreadablePlanError(
      "internal",
      "Plan Tracker could not finish reading this file. Nothing was changed. This is a fault in Plan Tracker, not necessarily in your workbook: please report it with the file, and meanwhile use the Excel add-in.",
    );
  }
}
