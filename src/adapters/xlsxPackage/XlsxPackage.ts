/**
 * An .xlsx or .xlsm opened as what it is: a zip of independent parts (ECMA-376 Part 2, Open
 * Packaging Conventions). Parts are unpacked (Node's native zlib) one at a time, only when asked for, after the zip-bomb
 * guard has checked what the zip's directory states ({@link checkPackageDirectory}); each part is
 * unpacked with its stated size as a hard cap, so a directory that lies is caught on the part that
 * lies, without unpacking every part once more beforehand. The workbook's structure — which
 * part is the workbook, its sheets, shared strings and styles — is read from the relationships, not
 * assumed.
 *
 * @example
 * ```ts
 * const pkg = await openXlsxPackage(bytes);
 * for (const sheet of pkg.workbook.sheets) console.log(sheet.name, sheet.part, pkg.text(sheet.part).length);
 * if (pkg.workbook.date1904) …
 * ```
 */
import { inflateRawSync } from "node:zlib";
import { WorkbookReadError } from "../exceljs/WorkbookReadError.js";
import { checkPackageDirectory, largerThanStated } from "../exceljs/checkPackageSize.js";
import { sniffFile } from "../exceljs/sniffFile.js";
import { packedBytes, ZipFormatError, type ZipEntry } from "../exceljs/zipEntries.js";
import { CONTENT_TYPES_PART, parseContentTypes, type ContentTypes } from "./contentTypes.js";
import { relationshipsPartOf } from "./partNames.js";
import { parseRelationships, relationshipOfType, RELATIONSHIP_TYPES, type Relationship } from "./relationships.js";
import { parseWorkbookPart, type WorkbookDefinedName, type WorkbookSheetEntry } from "./workbookPart.js";

/** A sheet of the workbook with the part that holds it. */
export interface PackageSheet extends WorkbookSheetEntry {
  /** Zip entry of the sheet ("xl/worksheets/sheet1.xml"), or undefined when its relationship is missing. */
  readonly part: string | undefined;
  /** "worksheet", "chartsheet", "dialogsheet", "macrosheet"… from the relationship type. */
  readonly kind: string;
}

export interface PackageWorkbook {
  /** Zip entry of the workbook part ("xl/workbook.xml" when Excel wrote it). */
  readonly part: string;
  readonly sheets: readonly PackageSheet[];
  readonly date1904: boolean;
  readonly definedNames: readonly WorkbookDefinedName[];
  /** The workbook part's relationships (sheets, styles, shared strings, theme, externals…). */
  readonly relationships: readonly Relationship[];
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

const DAMAGED = "Ask for a fresh copy, or open it in Excel and let it repair the file.";

function corrupt(message: string): WorkbookReadError {
  return new WorkbookReadError("corrupt", message);
}

export class XlsxPackage {
  private readonly byName: ReadonlyMap<string, ZipEntry>;
  private readonly byLowerName: ReadonlyMap<string, ZipEntry>;
  readonly contentTypes: ContentTypes;
  readonly packageRelationships: readonly Relationship[];
  readonly workbook: PackageWorkbook;

  private constructor(
    /** The file's bytes, as read. */
    readonly bytes: Uint8Array,
    /** Zip entries in the order the file holds them. */
    readonly entries: readonly ZipEntry[],
  ) {
    this.byName = new Map(entries.map((entry) => [entry.name, entry]));
    this.byLowerName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
    if (!this.has(CONTENT_TYPES_PART)) {
      throw corrupt(`the file is a zip but not an Excel workbook: it has no list of its parts ([Content_Types].xml). Check you picked the right file; if it is a workbook, ${DAMAGED.toLowerCase()}`);
    }
    this.contentTypes = parseContentTypes(this.text(CONTENT_TYPES_PART));
    this.packageRelationships = this.relationshipsOf("");
    this.workbook = this.readWorkbook();
  }

  /**
   * Opens `bytes` as a workbook package. Throws {@link WorkbookReadError} in plain words for
   * anything that is not one (wrong file type, damaged zip, too large, no workbook part).
   */
  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    sniffFile(bytes);
    const entries = checkPackageDirectory(bytes);
    for (const entry of entries) {
      if ((entry.flags & 1) !== 0) {
        throw new WorkbookReadError("encrypted", "the workbook's parts are encrypted inside the zip. Open it in Excel, remove the password, save a copy and use that.");
      }
    }
    return new XlsxPackage(bytes, entries);
  }

  /** The entry for a part name, matched exactly or, as OPC part names are case-insensitive, ignoring case. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * An entry's unpacked bytes, never more than the zip's directory states: the size guard judged the
   * package by those sizes. Throws {@link WorkbookReadError} `too-large` for a part that unpacks to
   * more (a zip bomb behind a lying directory), anything else for a part that does not unpack.
   */
  unpack(entry: ZipEntry): Uint8Array {
    const packed = packedBytes(this.bytes, entry);
    if (entry.method === 0) {
      if (packed.byteLength > entry.uncompressedSize) throw largerThanStated(entry);
      return packed;
    }
    if (entry.method !== 8) throw new ZipFormatError(`method ${entry.method}`);
    let bytes: Uint8Array;
    try {
      // One output chunk of the stated size: zlib then hands it back as it is instead of joining 16 KB
      // chunks into a copy (27 MB for a 100,000-row sheet).
      bytes = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize), chunkSize: Math.max(64, entry.uncompressedSize + 1) });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw largerThanStated(entry);
      throw error;
    }
    if (bytes.byteLength > entry.uncompressedSize) throw largerThanStated(entry);
    return bytes;
  }

  /** The part's unpacked bytes. Throws {@link WorkbookReadError} `corrupt` if it is missing or damaged, `too-large` as {@link unpack}. */
  read(name: string): Uint8Array {
    const entry = this.entry(name);
    if (!entry) throw corrupt(`the file is damaged: its part ${name} is missing. ${DAMAGED}`);
    try {
      return this.unpack(entry);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw corrupt(`the file is damaged: its part ${entry.name} cannot be unpacked. ${DAMAGED}`);
    }
  }

  /** The part as text (UTF-8, byte-order mark dropped). */
  text(name: string): string {
    const text = new TextDecoder("utf-8").decode(this.read(name));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** The packed bytes of a part as stored, for copying it unchanged into a new package. */
  packed(name: string): Uint8Array {
    const entry = this.entry(name);
    if (!entry) throw corrupt(`the file is damaged: its part ${name} is missing. ${DAMAGED}`);
    return packedBytes(this.bytes, entry);
  }

  /** The relationships of a part ("" for the package itself); empty when it has none. */
  relationshipsOf(part: string): Relationship[] {
    const rels = relationshipsPartOf(part);
    return this.has(rels) ? parseRelationships(this.text(rels), part) : [];
  }

  private readWorkbook(): PackageWorkbook {
    const officeDocument = relationshipOfType(this.packageRelationships, RELATIONSHIP_TYPES.officeDocument);
    const part = officeDocument?.part !== undefined ? this.entry(officeDocument.part)?.name : undefined;
    if (part === undefined) {
      throw corrupt(`the file is a zip but holds no workbook (its relationships name no workbook part). Check you picked the right file; if it is a workbook, ${DAMAGED.toLowerCase()}`);
    }
    const info = parseWorkbookPart(this.text(part));
    const relationships = this.relationshipsOf(part);
    const byId = new Map(relationships.map((r) => [r.id, r]));
    const sheets = info.sheets.map((sheet): PackageSheet => {
      const relationship = byId.get(sheet.relationshipId);
      const target = relationship?.part !== undefined ? this.entry(relationship.part)?.name : undefined;
      const kind = relationship?.type.slice(relationship.type.lastIndexOf("/") + 1) ?? "worksheet";
      return { ...sheet, part: target, kind };
    });
    const partOf = (kind: string) => {
      const relationship = relationshipOfType(relationships, kind);
      return relationship?.part !== undefined ? this.entry(relationship.part)?.name : undefined;
    };
    return {
      part,
      sheets,
      date1904: info.date1904,
      definedNames: info.definedNames,
      relationships,
      sharedStringsPart: partOf(RELATIONSHIP_TYPES.sharedStrings),
      stylesPart: partOf(RELATIONSHIP_TYPES.styles),
    };
  }
}

/** {@link XlsxPackage.open}. */
export function openXlsxPackage(bytes: Uint8Array): Promise<XlsxPackage> {
  return XlsxPackage.open(bytes);
}
