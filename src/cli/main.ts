import { runCli } from "./runCli.js";

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  today,
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
