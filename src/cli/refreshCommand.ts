import { defaultOutputPath, WorkbookWriteError, writeBytesSafely } from "../adapters/exceljs/writeWorkbookSafely.js";
import { PackageNameClashError, refreshPackage } from "../adapters/xlsxPackage/index.js";
import { reportFor } from "../core/checkWorkbook.js";
import { columnLetters } from "../core/grid/Address.js";
import { buildRefresh } from "../core/refresh/buildRefresh.js";
import type { RefreshReport } from "../core/report/RefreshReport.js";
import { fileStamp, ukDateTime } from "../core/parse/localTime.js";
import { generatedRoleOf } from "../core/sheets/SheetSpec.js";
import type { CliIo } from "./CliIo.js";
import { formatHuman } from "./formatHuman.js";
import { openPlanWorkbook, UnreadablePlanError } from "./openPlanWorkbook.js";
import type { RefreshArgs } from "./parseArgs.js";
import { finish, unreadable, type FileOutcome } from "./validateCommand.js";

/**
 * Refreshes one file at the package level: our sheets are added as new parts and only the package's
 * index parts change; every part of the officer's is carried over as it was (see refreshPackage.ts).
 */
async function refreshFile(file: string, args: RefreshArgs, io: CliIo): Promise<RefreshReport> {
  const { pkg, grid, check } = await openPlanWorkbook(file, args);
  const now = io.now();
  const refresh = buildRefresh({ grid, check, asOf: args.asOf, refreshedAt: ukDateTime(now), takeSnapshot: args.snapshot, addRagColumn: args.addRagColumn });
  const ragColumns = args.addRagColumn ? refresh.ragColumns : [];
  const replacedSheets = grid.sheets.filter((sheet) => generatedRoleOf(sheet) !== undefined).map((sheet) => sheet.name);
  let bytes: Uint8Array;
  try {
    bytes = refreshPackage(pkg, { specs: refresh.specs, replacedSheets, ragColumns }).bytes;
  } catch (error) {
    if (error instanceof PackageNameClashError) throw new UnreadablePlanError("name-clash", error.message);
    throw new UnreadablePlanError(
      "internal",
      "Plan Tracker could not build the refreshed workbook. Nothing was written and your file is unchanged. This is a fault in Plan Tracker: please report it with the file, and meanwhile use the Excel add-in.",
    );
  }

  const outputPath = args.inPlace ? file : (args.output ?? defaultOutputPath(file));
  try {
    const written = await writeBytesSafely(bytes, { inputPath: file, outputPath, inPlace: args.inPlace, stamp: fileStamp(now) });
    return {
      ...reportFor(file, args.asOf, check),
      output: {
        file: written.outputPath,
        backup: written.backupPath,
        sheets: refresh.sheets.map((sheet) => ({ name: sheet.name, role: sheet.role, rows: sheet.rows })),
        ragColumns: ragColumns.map((column) => ({ sheet: column.sheet, column: columnLetters(column.column) })),
        warnings: [],
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
