import { access, copyFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type ExcelJS from "exceljs";
import { quoteDefinedNamesOnWrite } from "./definedNames.js";

/** Why a workbook could not be written. The message is for officers and names the file. */
export class WorkbookWriteError extends Error {
  override name = "WorkbookWriteError";
}

export interface SafeWriteOptions {
  /** The workbook the officer gave us; never written unless `inPlace`. */
  readonly inputPath: string;
  readonly outputPath: string;
  /** The officer asked to replace the input (it is backed up first). */
  readonly inPlace: boolean;
  /** Used in the backup's name, e.g. "20261124-1504". */
  readonly stamp: string;
}

export interface SafeWriteResult {
  readonly outputPath: string;
  readonly backupPath: string | null;
}

function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** Excel keeps "~$Name.xlsx" beside a workbook it has open. Replacing the file under it loses work. */
async function openInExcel(path: string): Promise<boolean> {
  try {
    await access(join(dirname(path), `~$${basename(path)}`));
    return true;
  } catch {
    return false;
  }
}

/** Cleans up after a failed write; a failure to clean up must not hide why the write failed. */
async function removeQuietly(path: string): Promise<void> {
  await rm(path, { force: true }).catch(() => undefined);
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function describeWriteFailure(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `cannot write ${path}: permission denied. Save to a folder you can write to with -o.`;
    case "EROFS":
      return `cannot write ${path}: the folder is read-only. Save somewhere else with -o.`;
    case "EBUSY":
      return `cannot write ${path}: the file is open in another program. Close it (in Excel) and try again.`;
    case "ENOENT":
      // The folder may exist yet refuse new files (a system folder such as /proc).
      return (await isFolder(dirname(path)))
        ? `cannot write ${path}: files cannot be created in that folder. Save somewhere else with -o.`
        : `cannot write ${path}: the folder does not exist.`;
    case "ENOTDIR":
      return `cannot write ${path}: part of that path is a file, not a folder. Save somewhere else with -o.`;
    case "ENOSPC":
      return `cannot write ${path}: the disk is full.`;
    default:
      return `cannot write ${path} (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  }
}

/** "plan.xlsx" → "plan.refreshed.xlsx": the default, so the officer's own file is never replaced unasked. */
export function defaultOutputPath(inputPath: string): string {
  const extension = extname(inputPath) || ".xlsx";
  return join(dirname(inputPath), `${basename(inputPath, extension)}.refreshed${extension}`);
}

/**
 * Writes the workbook to a temporary file beside the target and renames it into place, so a failure
 * never leaves a half-written workbook. Replacing the input needs `inPlace`, refuses while Excel has
 * the file open, and keeps a backup copy first.
 */
export async function writeWorkbookSafely(workbook: ExcelJS.Workbook, options: SafeWriteOptions): Promise<SafeWriteResult> {
  quoteDefinedNamesOnWrite(workbook);
  return writeSafely((temporary) => workbook.xlsx.writeFile(temporary), options);
}

/** {@link writeWorkbookSafely} for a package already built as bytes (the package-level refresh). */
export async function writeBytesSafely(bytes: Uint8Array, options: SafeWriteOptions): Promise<SafeWriteResult> {
  return writeSafely((temporary) => writeFile(temporary, bytes, { flag: "wx" }), options);
}

async function writeSafely(write: (temporary: string) => Promise<void>, options: SafeWriteOptions): Promise<SafeWriteResult> {
  const { inputPath, outputPath } = options;
  const replacingInput = sameFile(inputPath, outputPath);
  if (replacingInput && !options.inPlace) {
    throw new WorkbookWriteError(`the output would replace ${inputPath}. Add --in-place to do that (a backup is kept), or choose another file with -o.`);
  }
  if (replacingInput && (await openInExcel(inputPath))) {
    throw new WorkbookWriteError(`${inputPath} looks open in Excel (its ~$ lock file is present). Close it in Excel first, then refresh again.`);
  }
  const existing = await stat(outputPath).catch(() => null);
  if (existing?.isDirectory()) throw new WorkbookWriteError(`cannot write ${outputPath}: it is a folder.`);

  const temporary = join(dirname(outputPath), `.${basename(outputPath)}.${process.pid}.tmp`);
  await removeQuietly(temporary);
  try {
    await write(temporary);
  } catch (error) {
    await removeQuietly(temporary);
    throw new WorkbookWriteError(await describeWriteFailure(outputPath, error));
  }

  let backupPath: string | null = null;
  try {
    if (replacingInput) {
      const extension = extname(inputPath) || ".xlsx";
      backupPath = join(dirname(inputPath), `${basename(inputPath, extension)}.backup-${options.stamp}${extension}`);
      await copyFile(inputPath, backupPath);
    }
    await rename(temporary, outputPath);
  } catch (error) {
    await removeQuietly(temporary);
    throw new WorkbookWriteError(await describeWriteFailure(outputPath, error));
  }
  return { outputPath, backupPath };
}
