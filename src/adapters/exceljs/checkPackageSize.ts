/**
 * The guard against zip bombs and workbooks too big to load: an .xlsx is a zip, and the file library
 * unpacks each part into memory (a sheet's XML costs about 14 times its size once loaded). A 2 MB
 * file whose text part unpacks to 2 GB would exhaust memory before anyone could say why, so the
 * zip's own directory is read first and such a file is refused in one sentence.
 */
import { WorkbookReadError } from "./WorkbookReadError.js";
import { inflatedSizeWithin, ZipFormatError, zipEntries, type ZipEntry } from "./zipEntries.js";

const MB = 2 ** 20;

/**
 * What Plan Tracker will unpack. Measured (docs/PERFORMANCE.md): a 100,000-action plan unpacks to
 * about 47 MB and takes about 1.2 GB of memory to read and check, about 25 times its unpacked size;
 * a default Node.js heap is about 4 GB. 128 MB unpacked — over twice the largest plan measured —
 * stays within it; a bigger workbook is refused in one sentence rather than crashing.
 */
export const PACKAGE_LIMITS = {
  /** All the parts together, unpacked. */
  totalBytes: 128 * MB,
  /**
   * A part that unpacks to more than `ratioMinBytes` and more than `ratio` times its packed size is a
   * bomb: real sheets and text shrink 5 to 30 times (even rows of empty formatted cells, 13 times);
   * repeated text packs up to about 1,000 times.
   */
  ratio: 100,
  ratioMinBytes: 16 * MB,
  /** Parts in the package: real workbooks have tens, a few hundred with many pictures. */
  entries: 10_000,
} as const;

/** "xl/sharedStrings.xml (the workbook's text)": which part, and what it is for an officer. */
function describePart(name: string): string {
  if (name === "xl/sharedStrings.xml") return `${name} (the workbook's text)`;
  if (/^xl\/worksheets\//.test(name)) return `${name} (a sheet)`;
  if (name === "xl/styles.xml") return `${name} (the formatting)`;
  if (/^xl\/media\//.test(name)) return `${name} (a picture)`;
  return name;
}

function size(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const WHAT_TO_DO = "Open it in Excel, check what it holds and save a fresh copy (File > Save As), or ask whoever sent it for a new one";

function tooLarge(message: string): WorkbookReadError {
  return new WorkbookReadError("too-large", message);
}

/**
 * The part unpacks to more than the zip's directory says it holds (a "lying" zip bomb): refused in
 * the same words whichever check finds it, the stream below or a reader unpacking the part itself.
 */
export function largerThanStated(entry: ZipEntry): WorkbookReadError {
  return tooLarge(
    `${describePart(entry.name)} unpacks to more than the ${size(entry.uncompressedSize)} the file says it holds: the file is damaged, or built to exhaust memory (a "zip bomb"). ${WHAT_TO_DO}.`,
  );
}

/**
 * The checks on what the zip's directory states: too many parts, a part packed far beyond what real
 * workbooks pack (a zip bomb), or too much in all. Throws {@link WorkbookReadError} `too-large`, or
 * `corrupt` for a zip that is cut short or damaged. Returns the entries.
 *
 * It does not unpack anything, so it cannot tell whether the directory tells the truth: a reader that
 * trusts it must unpack each part with the stated size as a hard cap and refuse the part beyond it
 * with {@link largerThanStated} (as the package reader does, src/adapters/xlsxPackage/XlsxPackage.ts).
 */
export function checkPackageDirectory(bytes: Uint8Array): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) {
      throw new WorkbookReadError(
        "corrupt",
        "the file is damaged or incomplete (the zip inside an .xlsx is cut short). Ask for a fresh copy, or open it in Excel and let it repair the file.",
      );
    }
    throw error;
  }
  if (entries.length > PACKAGE_LIMITS.entries) {
    throw tooLarge(`the workbook is made of ${entries.length.toLocaleString("en-GB")} parts, more than the ${PACKAGE_LIMITS.entries.toLocaleString("en-GB")} Plan Tracker will open: it may be damaged, or built to exhaust memory. ${WHAT_TO_DO}.`);
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > PACKAGE_LIMITS.ratioMinBytes && ratio > PACKAGE_LIMITS.ratio) {
      throw tooLarge(
        `${describePart(entry.name)} unpacks from ${size(entry.compressedSize)} to ${size(entry.uncompressedSize)}, ${Math.round(ratio).toLocaleString("en-GB")} times its packed size, which no real workbook does: the file is damaged, or built to exhaust memory (a "zip bomb"). ${WHAT_TO_DO}.`,
      );
    }
  }
  if (total > PACKAGE_LIMITS.totalBytes) {
    const biggest = entries.reduce((a, b) => (b.uncompressedSize > a.uncompressedSize ? b : a));
    throw tooLarge(
      `the workbook unpacks to ${size(total)}, more than the ${size(PACKAGE_LIMITS.totalBytes)} Plan Tracker will open (the biggest part, ${describePart(biggest.name)}, is ${size(biggest.uncompressedSize)}). ${WHAT_TO_DO}; if the plan really is that big, copy the plan sheet into a workbook of its own and check that.`,
    );
  }
  return entries;
}

/**
 * Refuses a package whose parts unpack to more than {@link PACKAGE_LIMITS} allow — judged first from
 * the sizes the zip's directory states ({@link checkPackageDirectory}), then by unpacking each part as
 * a stream (one chunk in memory at a time) to check the directory told the truth. For a library that
 * unpacks every part without a cap (ExcelJS). Throws {@link WorkbookReadError} `too-large`, or
 * `corrupt` for a zip that is cut short or damaged. Returns the entries for later use.
 */
export async function checkPackageSize(bytes: Uint8Array): Promise<ZipEntry[]> {
  const entries = checkPackageDirectory(bytes);
  for (const entry of entries) {
    if (entry.compressedSize === 0 || entry.name.endsWith("/")) continue; // a folder, or an empty part
    let actual: number;
    try {
      actual = await inflatedSizeWithin(bytes, entry, entry.uncompressedSize);
    } catch (error) {
      if (error instanceof ZipFormatError) {
        throw new WorkbookReadError("corrupt", `the file is damaged: ${describePart(entry.name)} cannot be unpacked. Ask for a fresh copy, or open it in Excel and let it repair the file.`);
      }
      throw error;
    }
    if (actual > entry.uncompressedSize) throw largerThanStated(entry);
  }
  return entries;
}
