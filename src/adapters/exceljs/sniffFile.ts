import { WorkbookReadError } from "./WorkbookReadError.js";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as UTF-16LE: the stream an encrypted OOXML package keeps inside its OLE container. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/**
 * Recognises the usual wrong files by their first bytes, so an officer hears
 * "this is a password-protected workbook" rather than a zip library's complaint.
 */
export function sniffFile(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new WorkbookReadError("empty-file", "the file is empty (0 bytes). Check it was saved or copied completely.");
  }
  if (startsWith(bytes, ZIP_MAGIC)) return;
  if (startsWith(bytes, OLE_MAGIC)) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)) {
      throw new WorkbookReadError(
        "encrypted",
        "the workbook is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save a copy and check that.",
      );
    }
    throw new WorkbookReadError(
      "legacy-xls",
      "this is an old-style Excel 97-2003 (.xls) file. Open it in Excel and use File > Save As > Excel Workbook (*.xlsx), then check the .xlsx.",
    );
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  const printable = head.filter((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)).length;
  if (printable / head.length > 0.95) {
    throw new WorkbookReadError(
      "text-file",
      "this is a text file (probably CSV) with an .xlsx name. Open it in Excel and save it as an Excel Workbook (*.xlsx).",
    );
  }
  throw new WorkbookReadError("not-xlsx", "this is not an Excel workbook (.xlsx). Check you picked the right file.");
}
