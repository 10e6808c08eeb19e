import { basename, dirname, extname, join } from "node:path";
import { renderPackDocx } from "../adapters/docx/renderPackDocx.js";
import { reportFor } from "../core/checkWorkbook.js";
import { buildCommitteePack } from "../core/pack/buildCommitteePack.js";
import { ukDateTime } from "../core/parse/localTime.js";
import type { PackReport } from "../core/report/PackReport.js";
import type { CliIo } from "./CliIo.js";
import { openPlanWorkbook, UnreadablePlanError } from "./openPlanWorkbook.js";
import type { PackArgs } from "./parseArgs.js";
import { finish, unreadable, type FileOutcome } from "./validateCommand.js";
import { DocumentWriteError, writeDocument } from "./writeDocument.js";

/** "plan.xlsx" → "plan committee pack.docx", beside the workbook. */
export function defaultPackPath(inputPath: string): string {
  return join(dirname(inputPath), `${basename(inputPath, extname(inputPath))} committee pack.docx`);
}

async function packFile(file: string, args: PackArgs, io: CliIo): Promise<PackReport> {
  const { grid, check } = await openPlanWorkbook(file, args);
  const pack = buildCommitteePack({ grid, check, asOf: args.asOf, generatedAt: ukDateTime(io.now()), ...(args.title ? { title: args.title } : {}) });
  const bytes = await renderPackDocx(pack);
  const outputPath = args.output ?? defaultPackPath(file);
  try {
    await writeDocument(bytes, outputPath, file);
  } catch (error) {
    if (error instanceof DocumentWriteError) throw new UnreadablePlanError("write-failed", error.message);
    throw error;
  }
  return { ...reportFor(file, args.asOf, check), output: { file: outputPath, title: pack.title, plans: check.plans.length } };
}

function describePack(report: PackReport): string {
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const note = errors > 0 ? ` The plan has ${errors} error${errors === 1 ? "" : "s"}: run plan-tracker validate to see them before the meeting.` : "";
  return `${report.file}: wrote ${report.output.file} ("${report.output.title}", progress up to ${report.asOf}).${note}`;
}

/** `plan-tracker pack`: the committee report as a Word document, from the same analysis as the sheets. */
export async function packCommand(args: PackArgs, io: CliIo): Promise<number> {
  const outcomes: Array<FileOutcome<PackReport>> = [];
  for (const file of args.files) {
    try {
      outcomes.push({ kind: "report", report: await packFile(file, args, io) });
    } catch (error) {
      outcomes.push(unreadable(file, error));
    }
  }
  return finish(outcomes, args.json, io, describePack);
}
