#!/usr/bin/env node
// The CLI is compiled to build/ by `npm ci` (the "prepare" script); this file only starts it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../build/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("plan-tracker: the command has not been built yet. Run `npm ci` (or `npm run prepare`) in the project folder first.\n");
  process.exit(2);
}
await import(entry.href);
