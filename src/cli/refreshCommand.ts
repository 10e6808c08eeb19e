import { applyRagColumn } from "../adapters/exceljs/applyRagColumn.js";
import { loadWorkbook } from "../adapters/exceljs/readWorkbook.js";
import { WorkbookReadError } from "../adapters/exceljs/WorkbookReadError.js";
import { unsupportedParts } from "../adapters/exceljs/unsupportedParts.js";
import { replaceGeneratedSheets, TableNameClashError } from "../adapters/exceljs/writeSheets.js";
import { defaultOutputPath, WorkbookWriteError, writeWorkbookSafely } from "../adapters/exceljs/writeWorkbookSafely.js";
import { reportFor } from "../core/checkWorkbook.js";
import { columnLetters } from "../core/grid/Address.js";
import { buildRefresh } from "../core/refresh/buildRefresh.js";
import type { RefreshReport } from "../core/report/RefreshReport.js";
import { fileStamp, ukDateTime } from "../core/parse/localTime.js";
import type { CliIo } from "./CliIo.js";
import { formatHuman } from "./formatHuman.js";
import { openPlanWorkbook, UnreadablePlanError } from "./openPlanWorkbook.js";
import type { RefreshArgs } from "./parseArgs.js";
import { finish, unreadable, type FileOutcome } from "./validateCommand.js";

async function refreshFile(file: string, args: RefreshArgs, io: CliIo): Promise<RefreshReport> {
  const { bytes, grid, check } = await openPlanWorkbook(file, args);
  const now = io.now();
  const lost = unsupportedParts(bytes);
  const warnings: string[] = [];
  if (lost.length > 0) {
    const parts = lost.join(", ");
    if (args.inPlace) {
      throw new UnreadablePlanError("unsupported-content", `the workbook has ${parts}, which the command-line tool cannot carry over, so it will not replace it. Refresh to a copy with -o, or use the Excel add-in.`);
    }
    warnings.push(`The workbook has ${parts}; the refreshed copy does not keep them. Your original file is unchanged.`);
  }
  // ExcelJS is only the writer here: the plan was read and checked without it.
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    // The file was read and checked, so it is not damaged: the file library could not take it in to write a copy.
    if (error instanceof WorkbookReadError) {
      throw new UnreadablePlanError(
        "write-failed",
        "the workbook was read and checked, but the command-line tool cannot write a refreshed copy of it (it holds content the writer does not understand). Open it in Excel, save it again as .xlsx and refresh that copy, or use the Excel add-in.",
      );
    }
    throw error;
  }
  const refresh = buildRefresh({ grid, check, asOf: args.asOf, refreshedAt: ukDateTime(now), takeSnapshot: args.snapshot });
  try {
    replaceGeneratedSheets(workbook, refresh.specs);
  } catch (error) {
    if (error instanceof TableNameClashError) throw new UnreadablePlanError("name-clash", error.message);
    throw error;
  }
  const ragColumns = args.addRagColumn ? refresh.ragColumns : [];
  for (const column of ragColumns) applyRagColumn(workbook, column);

  const outputPath = args.inPlace ? file : (args.output ?? defaultOutputPath(file));
  try {
    const written = await writeWorkbookSafely(workbook, { inputPath: file, outputPath, inPlace: args.inPlace, stamp: fileStamp(now) });
    return {
      ...reportFor(file, args.asOf, check),
      output: {
        file: written.outputPath,
        backup: written.backupPath,
        sheets: refresh.sheets.map((sheet) => ({ name: sheet.name, role: sheet.role, rows: sheet.rows })),
        ragColumns: ragColumns.map((column) => ({ sheet: column.sheet, column: columnLetters(column.column) })),
        warnings,
      },
    };
  } catch (error) {
    if (error instanceof WorkbookWriteError) throw new UnreadablePlanError("write-failed", error.message);
    throw error;
  }
}

function describeRefresh(report: RefreshReport): string {
  const lines = [formatHuman(report), "", `Wrote ${report.output.file}:`];
  for (const sheet of report.output.sheets) lines.push(`  ${sheet.name} (${sheet.role}, ${sheet.rows} rows)`);
  for (const column of report.output.ragColumns) lines.push(`  RAG column added to "${column.sheet}" in column ${column.column}`);
  if (report.output.backup) lines.push(`The original was kept as ${report.output.backup}.`);
  for (const warning of report.output.warnings) lines.push(`Note: ${warning}`);
  return lines.join("\n");
}

/** `plan-tracker refresh`: generated sheets written to a new file (or, with --in-place, the same one). */
export async function refreshCommand(args: RefreshArgs, io: CliIo): Promise<number> {
  const outcomes: Array<FileOutcome<RefreshReport>> = [];
  for (const file of args.files) {
    try {
      outcomes.push({ kind: "report", report: await refreshFile(file, args, io) });
    } catch (error) {
      outcomes.push(unreadable(file, error));
    }
  }
  return finish(outcomes, args.json, io, describeRefresh);
}
