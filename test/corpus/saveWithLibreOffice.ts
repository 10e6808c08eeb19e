/**
 * Saves several workbooks again with LibreOffice Calc in one `soffice --convert-to xlsx` run, so the
 * corpus holds files LibreOffice really wrote. One run for all of them: starting soffice costs
 * seconds, converting a small workbook a fraction of that. The gotchas are those of
 * test/support/libreoffice.ts (GUIDE §5): a private profile, a fresh output folder, and every output
 * checked, since soffice exits 0 even when it wrote nothing.
 */
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice, RECALC_ALWAYS_XCU, run } from "../support/libreoffice.js";

/** Replaces each file with LibreOffice's own save of it. */
export async function saveWithLibreOffice(paths: readonly string[], tempRoot: string = tmpdir()): Promise<void> {
  if (paths.length === 0) return;
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  const profile = await mkdtemp(join(tmpdir(), "pt-lo-profile-"));
  const outDir = await mkdtemp(join(tempRoot, "pt-lo-out-"));
  try {
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS_XCU);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--nologo",
      "--norestore",
      "--nodefault",
      "--nolockcheck",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...paths,
    ];
    const result = await run(soffice, args, { timeoutMs: 180_000, env: { ...process.env, HOME: profile } });
    for (const path of paths) {
      const saved = join(outDir, basename(path));
      const size = await stat(saved).then((s) => s.size, () => -1);
      if (size <= 0) throw new Error(`LibreOffice wrote no file for ${path} (exit ${result.code}).\nstdout: ${result.stdout.trim()}\nstderr: ${result.stderr.trim()}`);
      await copyFile(saved, path);
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
}
