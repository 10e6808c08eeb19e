import { EXIT, UsageError, type CliIo } from "./CliIo.js";
import { parseValidateArgs } from "./parseValidateArgs.js";
import { validateCommand } from "./validateCommand.js";

export const USAGE = `Usage: plan-tracker validate <file.xlsx>... [options]

Checks council improvement and action plans and lists every problem with its cell.
The workbooks are only read, never changed.

Options:
  --json                 print the report as JSON (one object, or an array for several files)
  --as-of YYYY-MM-DD     the date "overdue" is measured against (default: today)
  --map "field=COL,..."  correct the detected columns, e.g. --map "status=G,lead=D";
                         prefix a sheet to limit it: --map "'CIP monitoring'!status=G";
                         header=N names the header row (repeatable)
  --statuses "A,B,C"     the council's status words, replacing the default list
  -h, --help             show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read.`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.out(USAGE);
    return command === undefined ? EXIT.unreadable : EXIT.ok;
  }
  try {
    if (command === "validate") return await validateCommand(parseValidateArgs(rest, io.today()), io);
    throw new UsageError(`unknown command "${command}". Try: plan-tracker validate plan.xlsx`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`plan-tracker: ${error.message}\n\n${USAGE}`);
      return EXIT.unreadable;
    }
    throw error;
  }
}
