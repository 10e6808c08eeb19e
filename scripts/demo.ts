/**
 * `npm run demo`: checks and refreshes the bundled CIP sample (seed 002) as at its report date.
 * Exit code 1 from the CLI only means the plan has errors — the sample has some on purpose — so the
 * demo succeeds then; a file that could not be read or written (2) fails it.
 */
import { runCli } from "../src/cli/runCli.js";

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
};
const sample = "samples/cip-monitoring.xlsx";
const code = await runCli(["refresh", sample, "--as-of", "2018-09-30"], io);
if (code === 2) process.exit(2);
process.stdout.write(
  `\nDemo done. Open samples/cip-monitoring.refreshed.xlsx in Excel or LibreOffice to see the generated sheets;\n` +
    `the sample's planted problems are listed above with their cells (see samples/README.md).\n`,
);
