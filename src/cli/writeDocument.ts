import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** Why a document could not be written, in words an officer can act on. */
export class DocumentWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocumentWriteError";
  }
}

function reason(path: string, error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EACCES":
    case "EPERM":
      return `cannot write ${path}: permission denied. Save to a folder you can write to with -o.`;
    case "EBUSY":
      return `cannot write ${path}: the file is open in another program (Word?). Close it and try again.`;
    case "ENOENT":
      return `cannot write ${path}: the folder does not exist.`;
    case "ENOSPC":
      return `cannot write ${path}: the disk is full.`;
    default:
      return `cannot write ${path}. Check the folder exists and you can write to it, or choose another file with -o.`;
  }
}

/**
 * Writes a generated document beside its final name and renames it into place, so a failure never
 * leaves half a document. It may replace an earlier pack of the same name, never the workbook it came from.
 */
export async function writeDocument(bytes: Uint8Array, outputPath: string, inputPath: string): Promise<void> {
  if (resolve(outputPath) === resolve(inputPath)) throw new DocumentWriteError(`the document would replace the workbook ${inputPath}. Choose another file name with -o.`);
  if ((await stat(outputPath).catch(() => null))?.isDirectory()) throw new DocumentWriteError(`cannot write ${outputPath}: it is a folder.`);
  const temporary = join(dirname(outputPath), `.${basename(outputPath)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, outputPath);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new DocumentWriteError(reason(outputPath, error));
  }
}
