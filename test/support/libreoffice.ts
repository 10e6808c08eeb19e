/**
 * LibreOffice headless as an independent spreadsheet engine for tests: recalculates our formulas
 * honestly and prints sheets to PDF the way a committee clerk would.
 *
 * Gotchas handled here (GUIDE §5):
 * - LibreOffice keeps the cached results stored in an .xlsx unless the profile says
 *   `/org.openoffice.Office.Calc/Formula/Load` → `OOXMLRecalcMode` = 0 ("always recalculate").
 *   Each run gets a fresh private profile pre-seeded with that setting.
 * - Runs that share a profile silently lose output, so every run has its own `-env:UserInstallation`.
 * - `soffice` exits 0 even when it wrote nothing: the output file is checked.
 * - The output goes to a fresh directory, never next to the input.
 *
 * Needs `soffice` (Debian: `apt-get install --no-install-recommends libreoffice-calc-nogui`) and, for
 * the PDF checks, `pdfinfo`/`pdftotext`/`pdftoppm` (`poppler-utils`). Set SOFFICE to use another binary.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { isExecutable, onPath, toolGate, type ToolGate } from "./systemTools.js";

export type { ToolGate };

/** The profile setting that makes LibreOffice recalculate every formula when it loads an .xlsx (and .ods). */
export const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const DEFAULT_TIMEOUT_MS = 120_000;

/** The LibreOffice binary: $SOFFICE, then `soffice`/`libreoffice` on PATH, then the usual install places. */
export function findSoffice(): string | undefined {
  const configured = process.env.SOFFICE;
  if (configured) return isExecutable(configured) ? configured : undefined;
  return (
    onPath("soffice") ??
    onPath("libreoffice") ??
    ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"].find(isExecutable)
  );
}

export function isLibreOfficeAvailable(): boolean {
  return findSoffice() !== undefined;
}

export function isCommandAvailable(command: string): boolean {
  return onPath(command) !== undefined;
}

/**
 * Decides whether LibreOffice tests run. In CI (`CI` set) a missing tool is a failure, never a silent
 * skip: this throws, failing the test file. Locally it returns `available: false` with a reason,
 * and prints it, so the skip is visible.
 */
export function requireLibreOffice(extraCommands: readonly string[] = []): ToolGate {
  const missing = [
    ...(isLibreOfficeAvailable() ? [] : ["soffice (apt package libreoffice-calc-nogui)"]),
    ...extraCommands.filter((c) => !isCommandAvailable(c)).map((c) => `${c} (apt package poppler-utils)`),
  ];
  return toolGate("LibreOffice tests", missing, "apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils");
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command in its own process group, killing the whole group if it overruns. */
export function run(command: string, args: readonly string[], options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env: options.env ?? process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      reject(new Error(`${command} ${args.join(" ")} timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms\n${stderr}`));
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Converts `inputPath` with a private, pre-seeded profile into a fresh directory, and returns the
 * output path. Throws with LibreOffice's own output when no file (or an empty one) appeared.
 */
export interface ConvertOptions {
  readonly timeoutMs?: number;
  /** Folder in which the output folder is made (default the system temp folder); tests pass their own temp folder to clean up. */
  readonly tempRoot?: string;
}

export async function convertWithLibreOffice(
  inputPath: string,
  target: { readonly filter: string; readonly extension: string },
  options: ConvertOptions = {},
): Promise<string> {
  const [outputPath] = await convertManyWithLibreOffice([inputPath], target, options);
  return outputPath as string;
}

/**
 * Converts several files in one soffice run (starting soffice costs seconds, converting a small
 * workbook a fraction of that) into one fresh folder, and returns the output paths in order. Throws
 * with LibreOffice's own output when any output is missing or empty: soffice exits 0 even then.
 */
export async function convertManyWithLibreOffice(
  inputPaths: readonly string[],
  target: { readonly filter: string; readonly extension: string },
  options: ConvertOptions = {},
): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  const profile = await mkdtemp(join(tmpdir(), "pt-lo-profile-"));
  const outDir = await mkdtemp(join(options.tempRoot ?? tmpdir(), "pt-lo-out-"));
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
      target.filter,
      "--outdir",
      outDir,
      ...inputPaths,
    ];
    const result = await run(soffice, args, {
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      env: { ...process.env, HOME: profile },
    });
    const outputs: string[] = [];
    for (const inputPath of inputPaths) {
      const outputPath = join(outDir, `${basename(inputPath, extname(inputPath))}.${target.extension}`);
      const size = await stat(outputPath).then((s) => s.size, () => -1);
      if (size <= 0) {
        throw new Error(
          `LibreOffice wrote ${size < 0 ? "no file" : "an empty file"} converting ${inputPath} to ${target.filter} (exit ${result.code}).\nstdout: ${result.stdout.trim()}\nstderr: ${result.stderr.trim()}`,
        );
      }
      outputs.push(outputPath);
    }
    return outputs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** xlsx → xlsx with every formula recalculated by LibreOffice. Returns the new file's path. */
export function recalculate(xlsxPath: string, options: ConvertOptions = {}): Promise<string> {
  return convertWithLibreOffice(xlsxPath, { filter: 'xlsx:Calc MS Excel 2007 XML', extension: "xlsx" }, options);
}

/** xlsx → PDF as LibreOffice prints it (every visible sheet, honouring each sheet's page setup). */
export function exportPdf(xlsxPath: string, options: ConvertOptions = {}): Promise<string> {
  return convertWithLibreOffice(xlsxPath, { filter: "pdf:calc_pdf_Export", extension: "pdf" }, options);
}

export interface PdfInfo {
  readonly pages: number;
  /** Points, of the first page. */
  readonly width: number;
  readonly height: number;
  readonly pageSizeLine: string;
}

export async function pdfInfo(pdfPath: string): Promise<PdfInfo> {
  const { stdout, code, stderr } = await run("pdfinfo", [pdfPath]);
  if (code !== 0) throw new Error(`pdfinfo failed: ${stderr}`);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(.*)$/m.exec(stdout);
  if (!size || !Number.isFinite(pages)) throw new Error(`Unexpected pdfinfo output:\n${stdout}`);
  return { pages, width: Number(size[1]), height: Number(size[2]), pageSizeLine: size[0] };
}

/** The text of one page (1-based), laid out as on the page. */
export async function pdfPageText(pdfPath: string, page: number): Promise<string> {
  const { stdout, code, stderr } = await run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdfPath, "-"]);
  if (code !== 0) throw new Error(`pdftotext failed: ${stderr}`);
  return stdout;
}

/** One page rendered to RGB pixels (PPM) at `dpi`, for colour checks. */
export async function pdfPagePixels(pdfPath: string, page: number, dpi = 40): Promise<{ width: number; height: number; rgb: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), "pt-ppm-"));
  try {
    const prefix = join(dir, "page");
    const { code, stderr } = await run("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdfPath, prefix]);
    if (code !== 0) throw new Error(`pdftoppm failed: ${stderr}`);
    const bytes = await readFile(`${prefix}.ppm`);
    // P6 header: "P6\n<w> <h>\n<max>\n" then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString("latin1"));
    if (!header) throw new Error("pdftoppm did not write a P6 image");
    return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(header[0].length) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
