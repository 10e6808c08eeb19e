import { reportFor } from "../core/checkWorkbook.js";
import type { FileReport, UnreadableFileReport } from "../core/report/ValidationReport.js";
import { EXIT, type CliIo } from "./CliIo.js";
import { formatHuman } from "./formatHuman.js";
import { openPlanWorkbook, UnreadablePlanError } from "./openPlanWorkbook.js";
import type { CheckArgs } from "./parseArgs.js";

export type FileOutcome<R> = { kind: "report"; report: R } | { kind: "unreadable"; report: UnreadableFileReport };

/** Any failure for one file becomes its one-line report; the other files still run. */
export function unreadable(file: string, error: unknown): FileOutcome<never> {
  if (error instanceof UnreadablePlanError) return { kind: "unreadable", report: { file, error: { code: error.code, message: error.message } } };
  // One line, whatever the fault said (some errors list their problems on several lines).
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim().slice(0, 300);
  return { kind: "unreadable", report: { file, error: { code: "internal", message: `Plan Tracker could not finish this file (${detail}). Please report this with the file.` } } };
}

/** Prints the outcomes (JSON or text) and returns the exit code shared by validate and refresh. */
export function finish<R extends FileReport>(outcomes: ReadonlyArray<FileOutcome<R>>, json: boolean, io: CliIo, describe: (report: R) => string): number {
  if (json) {
    const reports = outcomes.map((outcome) => outcome.report);
    io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  } else {
    io.out(outcomes.map((outcome) => (outcome.kind === "report" ? describe(outcome.report) : `${outcome.report.file}: cannot read: ${outcome.report.error.message}`)).join("\n\n"));
  }
  for (const outcome of outcomes) {
    if (outcome.kind === "unreadable" && !json) io.err(`plan-tracker: ${outcome.report.file}: ${outcome.report.error.message}`);
  }
  if (outcomes.some((outcome) => outcome.kind === "unreadable")) return EXIT.unreadable;
  const hasErrors = outcomes.some((outcome) => outcome.kind === "report" && outcome.report.issues.some((issue) => issue.severity === "error"));
  return hasErrors ? EXIT.errorsFound : EXIT.ok;
}

export async function validateCommand(args: CheckArgs, io: CliIo): Promise<number> {
  const outcomes: Array<FileOutcome<FileReport>> = [];
  for (const file of args.files) {
    try {
      const { check } = await openPlanWorkbook(file, args);
      outcomes.push({ kind: "report", report: reportFor(file, args.asOf, check) });
    } catch (error) {
      outcomes.push(unreadable(file, error));
    }
  }
  return finish(outcomes, args.json, io, formatHuman);
}
