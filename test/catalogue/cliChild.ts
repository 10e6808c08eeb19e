/**
 * Runs the CLI in a child process for the catalogue's memory checks: the real `main` behaviour (exit
 * code, stdout, stderr), plus the process's peak memory written to $PT_MAX_RSS_FILE on exit.
 * Started as `node --max-old-space-size=N --import tsx test/catalogue/cliChild.ts validate file.xlsx`.
 */
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.PT_MAX_RSS_FILE;
  // resourceUsage().maxRSS is in kilobytes.
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});

await import("../../src/cli/main.js");
