/**
 * System tools some tests drive for real (LibreOffice, poppler, chromium): finding them, and the
 * one rule for when they are missing — a failure under CI (`CI` set), never a silent skip; locally
 * a visible skip that says what to install.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of `command` on PATH, if it is there. */
export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

export interface ToolGate {
  readonly available: boolean;
  /** Why the tests are skipped (locally), for the test title. */
  readonly reason: string;
}

/** Throws under CI when anything is `missing`; otherwise warns and reports the skip. */
export function toolGate(suite: string, missing: readonly string[], installCommand: string): ToolGate {
  if (missing.length === 0) return { available: true, reason: "" };
  const reason = `missing ${missing.join(", ")}`;
  if (process.env.CI) throw new Error(`${suite} cannot run in CI: ${reason}. .ci/run must install them: ${installCommand}`);
  console.warn(`Skipping ${suite}: ${reason}. Install: ${installCommand}`);
  return { available: false, reason };
}
