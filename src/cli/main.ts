import { runCli } from "./runCli.js";

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last line of defence: one plain sentence, never a stack trace.
    process.stderr.write(`plan-tracker: unexpected problem: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
