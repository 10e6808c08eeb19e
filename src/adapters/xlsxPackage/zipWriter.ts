/**
 * Writes a zip package from parts that are either copied as they were packed in the original file
 * (their compressed bytes, CRC and date reused — the unpacked content is then identical by
 * construction, and nothing is re-compressed) or new content deflated here.
 *
 * Plain zip (no zip64): Plan Tracker refuses packages over 128 MB unpacked and 10,000 parts
 * (PACKAGE_LIMITS), far inside zip's 4 GB and 65,535-entry limits.
 */
import { crc32 as tableCrc32 } from "../crc32.js";
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import type { ZipEntry } from "../exceljs/zipEntries.js";

export type ZipPart =
  | { readonly kind: "copied"; readonly entry: ZipEntry; readonly packed: Uint8Array }
  | { readonly kind: "new"; readonly name: string; readonly content: Uint8Array }
  | PackedPart;

/** A new part already packed by {@link packPart}: its text can be let go before the next is built. */
export interface PackedPart {
  readonly kind: "packed";
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly packed: Uint8Array;
  readonly size: number;
}

/** CRC-32 as zip stores it: Node's native one where it exists (Node 20.15+), else a table. */
export function crc32(bytes: Uint8Array): number {
  return typeof zlibCrc32 === "function" ? zlibCrc32(bytes) >>> 0 : tableCrc32(bytes);
}

/**
 * How new parts are packed: "deflate" for files we write (Node's native zlib — about five times
 * faster than a JavaScript deflate on a 28 MB generated sheet, measured), "store" for in-memory
 * copies that are only read back.
 */
export type ZipCompression = "deflate" | "store";

/**
 * zlib level 3 for the parts we write. Measured on the generated sheets of a 20,000-row plan (268 MB
 * of XML): level 6 (zlib's default) took 2.45 s of CPU for 16.9 MB, level 3 0.62 s for 20.2 MB, level
 * 1 0.65 s for 22.4 MB — level 3 packs four times faster for a file a fifth larger. Levels 1–3 use
 * zlib's fast strategy; from 4 on the lazy one, which costs twice as much again.
 */
export const DEFLATE_LEVEL = 3;

/** 1980-01-01 00:00, the date Excel gives every part it writes. */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAME = 1 << 11;

interface Prepared {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  readonly packed: Uint8Array;
  readonly size: number;
}

/** A new part packed now (deflated unless that would not make it smaller), ready for {@link writeZip}. */
export function packPart(name: string, content: Uint8Array, compression: ZipCompression = "deflate"): PackedPart {
  const packed = compression === "store" ? content : deflateRawSync(content, { level: DEFLATE_LEVEL });
  const stored = compression === "store" || packed.byteLength >= content.byteLength;
  return { kind: "packed", name, method: stored ? 0 : 8, crc: crc32(content), packed: stored ? content : packed, size: content.byteLength };
}

function prepare(part: ZipPart, encoder: { encode(text: string): Uint8Array }, compression: ZipCompression): Prepared {
  if (part.kind === "packed") {
    return { name: encoder.encode(part.name), flags: UTF8_NAME, method: part.method, dosTime: 0, dosDate: DOS_DATE_1980, crc: part.crc, packed: part.packed, size: part.size };
  }
  if (part.kind === "copied") {
    const { entry } = part;
    return {
      name: encoder.encode(entry.name),
      // Sizes go in the local header, so no trailing data descriptor (bit 3); names are UTF-8 (bit 11).
      flags: (entry.flags & ~0x0008) | UTF8_NAME,
      method: entry.method,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
      crc: entry.crc32,
      packed: part.packed,
      size: entry.uncompressedSize,
    };
  }
  return prepare(packPart(part.name, part.content, compression), encoder, compression);
}

/** The zip file holding `parts` in the order given. */
export function writeZip(parts: readonly ZipPart[], compression: ZipCompression = "deflate"): Uint8Array {
  const encoder = new TextEncoder();
  const prepared = parts.map((part) => prepare(part, encoder, compression));
  let localSize = 0;
  let centralSize = 0;
  for (const p of prepared) {
    localSize += 30 + p.name.byteLength + p.packed.byteLength;
    centralSize += 46 + p.name.byteLength;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const data = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const p of prepared) {
    offsets.push(at);
    data.setUint32(at, 0x04034b50, true);
    data.setUint16(at + 4, 20, true);
    data.setUint16(at + 6, p.flags, true);
    data.setUint16(at + 8, p.method, true);
    data.setUint16(at + 10, p.dosTime, true);
    data.setUint16(at + 12, p.dosDate, true);
    data.setUint32(at + 14, p.crc, true);
    data.setUint32(at + 18, p.packed.byteLength, true);
    data.setUint32(at + 22, p.size, true);
    data.setUint16(at + 26, p.name.byteLength, true);
    data.setUint16(at + 28, 0, true);
    out.set(p.name, at + 30);
    out.set(p.packed, at + 30 + p.name.byteLength);
    at += 30 + p.name.byteLength + p.packed.byteLength;
  }
  const centralStart = at;
  prepared.forEach((p, i) => {
    data.setUint32(at, 0x02014b50, true);
    data.setUint16(at + 4, 20, true);
    data.setUint16(at + 6, 20, true);
    data.setUint16(at + 8, p.flags, true);
    data.setUint16(at + 10, p.method, true);
    data.setUint16(at + 12, p.dosTime, true);
    data.setUint16(at + 14, p.dosDate, true);
    data.setUint32(at + 16, p.crc, true);
    data.setUint32(at + 20, p.packed.byteLength, true);
    data.setUint32(at + 24, p.size, true);
    data.setUint16(at + 28, p.name.byteLength, true);
    data.setUint16(at + 30, 0, true);
    data.setUint16(at + 32, 0, true);
    data.setUint16(at + 34, 0, true);
    data.setUint16(at + 36, 0, true);
    data.setUint32(at + 38, 0, true);
    data.setUint32(at + 42, offsets[i] as number, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.byteLength;
  });
  data.setUint32(at, 0x06054b50, true);
  data.setUint16(at + 8, prepared.length, true);
  data.setUint16(at + 10, prepared.length, true);
  data.setUint32(at + 12, at - centralStart, true);
  data.setUint32(at + 16, centralStart, true);
  return out;
}
