/**
 * A minimal zip writer for the catalogue: enough to build packages no spreadsheet program would write
 * (a zip bomb, a directory that lies about sizes) and to rewrite one part of an ExcelJS-made .xlsx.
 * Deflated data can be given pre-packed, so a part that unpacks to gigabytes is built from a few
 * kilobytes without ever existing in memory.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { packedBytes, zipEntries } from "../../src/adapters/exceljs/zipEntries.js";

export interface ZipPart {
  readonly name: string;
  /** The deflate stream. */
  readonly packed: Buffer;
  readonly crc: number;
  /** What the directory will say the part unpacks to (a bomb can understate it). */
  readonly uncompressedSize: number;
}

/** A part from its content, deflated. */
export function part(name: string, content: string | Buffer): ZipPart {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, packed: deflateRawSync(data), crc: crc32(data), uncompressedSize: data.byteLength };
}

/**
 * A part whose content is `prefix + repeat × times + suffix`, deflated piece by piece: `repeat` is
 * packed once (ending on a byte boundary with a sync flush) and its packed bytes repeated. The pieces
 * join into one valid deflate stream because each piece ends byte-aligned and only the last is final.
 * `repeat` must be a whole number of the text's periods so back-references stay valid across copies.
 */
export function repeatedPart(name: string, prefix: string, repeat: string, times: number, suffix: string): ZipPart {
  const sync = { finishFlush: 2 /* Z_SYNC_FLUSH */ };
  const head = deflateRawSync(Buffer.from(prefix), sync);
  const repeatBytes = Buffer.from(repeat);
  const body = deflateRawSync(repeatBytes, sync);
  const tail = deflateRawSync(Buffer.from(suffix));
  let crc = crc32(Buffer.from(prefix));
  for (let i = 0; i < times; i++) crc = crc32(repeatBytes, crc);
  crc = crc32(Buffer.from(suffix), crc);
  const packed = Buffer.concat([head, ...Array.from({ length: times }, () => body), tail]);
  return { name, packed, crc, uncompressedSize: Buffer.byteLength(prefix) + repeatBytes.byteLength * times + Buffer.byteLength(suffix) };
}

/** A zip of `parts` (all deflated), with sizes as the parts state them. Below 4 GB: no zip64. */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const size = Math.min(p.uncompressedSize, 0xffffffff);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.packed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    locals.push(local, name, p.packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.packed.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.byteLength + p.packed.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of an existing zip, unpacked (small packages only: the catalogue's ExcelJS-made workbooks). */
export function readZip(bytes: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of zipEntries(bytes)) {
    const packed = Buffer.from(packedBytes(bytes, entry));
    parts.set(entry.name, entry.method === 0 ? packed : inflateRawSync(packed));
  }
  return parts;
}

/** The same package with some parts' contents replaced (or added). */
export function rewriteZip(bytes: Buffer, change: (name: string, content: Buffer) => Buffer | string): Buffer {
  return writeZip([...readZip(bytes)].map(([name, content]) => part(name, change(name, content))));
}
