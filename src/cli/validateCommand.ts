import { WorkbookReadError } from "../adapters/exceljs/WorkbookReadError.js";
import { readWorkbookGrid } from "../adapters/exceljs/readWorkbook.js";
import { checkWorkbook, reportFor } from "../core/checkWorkbook.js";
import type { FileReport, UnreadableFileReport } from "../core/report/ValidationReport.js";
import { EXIT, type CliIo } from "./CliIo.js";
import { formatHuman } from "./formatHuman.js";
import type { ValidateArgs } from "./parseValidateArgs.js";

type FileOutcome = { kind: "report"; report: FileReport } | { kind: "unreadable"; report: UnreadableFileReport };

function unreadable(file: string, code: string, message: string): FileOutcome {
  return { kind: "unreadable", report: { file, error: { code, message } } };
}

async function checkFile(file: string, args: ValidateArgs): Promise<FileOutcome> {
  try {
    const grid = await readWorkbookGrid(file);
    if (grid.sheets.length === 0) return unreadable(file, "empty-workbook", "the workbook has no sheets.");
    const check = checkWorkbook(grid, {
      asOf: args.asOf,
      overrides: args.overrides,
      ...(args.vocabulary ? { vocabulary: args.vocabulary } : {}),
    });
    if (check.plans.length === 0) {
      const reasons = check.skipped.map((sheet) => `"${sheet.sheet}": ${sheet.reason}`).join("; ");
      return unreadable(
        file,
        "no-plan",
        `no plan found (${reasons || "no sheets to read"}). If the headings use unusual words, name the columns with --map, e.g. --map "header=3,action=C,lead=D,target=E".`,
      );
    }
    return { kind: "report", report: reportFor(file, args.asOf, check) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return unreadable(file, error.failure, error.message);
    // A fault of ours must still name the file and never print a stack trace at an officer.
    const detail = error instanceof Error ? error.message : String(error);
    return unreadable(file, "internal", `Plan Tracker could not finish checking this file (${detail}). Please report this with the file.`);
  }
}

export async function validateCommand(args: ValidateArgs, io: CliIo): Promise<number> {
  const outcomes: FileOutcome[] = [];
  for (const file of args.files) outcomes.push(await checkFile(file, args));

  if (args.json) {
    const reports = outcomes.map((outcome) => outcome.report);
    io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  } else {
    const blocks = outcomes.map((outcome) =>
      outcome.kind === "report" ? formatHuman(outcome.report) : `${outcome.report.file}: cannot read: ${outcome.report.error.message}`,
    );
    io.out(blocks.join("\n\n"));
  }
  for (const outcome of outcomes) {
    if (outcome.kind === "unreadable" && !args.json) io.err(`plan-tracker: ${outcome.report.file}: ${outcome.report.error.message}`);
  }
  if (outcomes.some((outcome) => outcome.kind === "unreadable")) return EXIT.unreadable;
  const hasErrors = outcomes.some((outcome) => outcome.kind === "report" && outcome.report.issues.some((issue) => issue.severity === "error"));
  return hasErrors ? EXIT.errorsFound : EXIT.ok;
}
