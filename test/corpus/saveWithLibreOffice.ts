/**
 * Saves several workbooks again with LibreOffice Calc in one `soffice --convert-to xlsx` run, so the
 * corpus holds files LibreOffice really wrote. The gotchas are those of test/support/libreoffice.ts
 * (GUIDE §5): a private profile, a fresh output folder, and every output checked.
 */
import { copyFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { tmpdir } from "node:os";
import { convertManyWithLibreOffice } from "../support/libreoffice.js";

/** Replaces each file with LibreOffice's own save of it. */
export async function saveWithLibreOffice(paths: readonly string[], tempRoot: string = tmpdir()): Promise<void> {
  if (paths.length === 0) return;
  const saved = await convertManyWithLibreOffice(paths, { filter: "xlsx:Calc MS Excel 2007 XML", extension: "xlsx" }, { timeoutMs: 180_000, tempRoot });
  try {
    for (const [i, path] of paths.entries()) await copyFile(saved[i] as string, path);
  } finally {
    await rm(dirname(saved[0] as string), { recursive: true, force: true });
  }
}
