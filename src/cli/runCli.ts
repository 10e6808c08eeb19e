import { isoToday } from "../core/parse/localTime.js";
import { EXIT, UsageError, type CliIo } from "./CliIo.js";
import { packCommand } from "./packCommand.js";
import { parsePackArgs, parseRefreshArgs, parseValidateArgs } from "./parseArgs.js";
import { refreshCommand } from "./refreshCommand.js";
import { validateCommand } from "./validateCommand.js";

export const USAGE = `Usage:
  plan-tracker validate <file.xlsx>... [options]
  plan-tracker refresh <file.xlsx>... [-o out.xlsx | --in-place] [--snapshot] [--add-rag-column] [options]
  plan-tracker pack <file.xlsx> [-o "Cabinet March 2026.docx"] [--title "..."] [options]

validate  checks council improvement and action plans and lists every problem with its cell.
          The workbooks are only read, never changed.
refresh   writes the summary, exceptions, committee and benefits sheets (live Excel formulas)
          into a copy: plan.xlsx → plan.refreshed.xlsx, or the file named by -o.
          Only sheets Plan Tracker made are replaced; your own sheets are left as they are.
pack      writes the committee report as a Word document: status this period and last, RAG by
          theme (chart and table), slipped, not-started and overdue actions, and the whole plan
          as an appendix. Default file: "<name> committee pack.docx". The workbook is only read.

Options:
  --json                 print the report as JSON (one object, or an array for several files)
  --as-of YYYY-MM-DD     the date "overdue" is measured against (default: today)
  --map "field=COL,..."  correct the detected columns, e.g. --map "status=G,lead=D";
                         prefix a sheet to limit it: --map "'CIP monitoring'!status=G";
                         header=N names the header row (repeatable)
  --statuses "A,B,C"     the council's status words, replacing the default list
  -o, --output FILE      refresh: where to write (default: <name>.refreshed.xlsx); pack: the .docx
  --title "TEXT"         pack: the document's title (default: the plan's own title)
  --in-place             refresh: replace the workbook itself, keeping a backup copy
  --snapshot             refresh: save this period's statuses, to compare with next time
  --add-rag-column       refresh: add a calculated RAG column to your plan sheet (changes it)
  -h, --help             show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found in a plan, 2 a file could not be
read or written.`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.out(USAGE);
    return command === undefined ? EXIT.unreadable : EXIT.ok;
  }
  const today = isoToday(io.now());
  try {
    if (command === "validate") return await validateCommand(parseValidateArgs(rest, today), io);
    if (command === "refresh") return await refreshCommand(parseRefreshArgs(rest, today), io);
    if (command === "pack") return await packCommand(parsePackArgs(rest, today), io);
    throw new UsageError(`unknown command "${command}". Try: plan-tracker validate plan.xlsx`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`plan-tracker: ${error.message}\n\n${USAGE}`);
      return EXIT.unreadable;
    }
    throw error;
  }
}
