/**
 * Just enough of the zip format to look inside an .xlsx before the file library unpacks it: the
 * central directory (each part's name and its packed and unpacked sizes) and a bounded, streamed
 * unpacking of one part. Reads only; never builds a zip.
 */
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";

/** One part of the package, as the zip's central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else the file library cannot unpack either. */
  readonly method: number;
  readonly compressedSize: number;
  /** What the directory claims; {@link inflatedSizeWithin} checks the claim. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** CRC-32 of the unpacked bytes, as the directory states it. */
  readonly crc32: number;
  /** General-purpose flags: bit 0 encrypted, bit 3 sizes in a trailing descriptor, bit 11 UTF-8 name. */
  readonly flags: number;
  /** MS-DOS time and date of the entry, kept when the entry is copied into a new package. */
  readonly dosTime: number;
  readonly dosDate: number;
}

/** The bytes are not a zip we can find our way around (cut short, or damaged). */
export class ZipFormatError extends Error {
  override name = "ZipFormatError";
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(data: DataView, offset: number): number {
  // Sizes past 2^53 are not real xlsx files; they still compare as huge.
  return data.getUint32(offset, true) + data.getUint32(offset + 4, true) * 2 ** 32;
}

/** Offset of the end-of-central-directory record: the last 22 bytes, or earlier when a comment follows it. */
function findEndRecord(data: DataView): number {
  const last = data.byteLength - 22;
  const first = Math.max(0, last - U16_MAX);
  for (let offset = last; offset >= first; offset--) {
    if (data.getUint32(offset, true) === EOCD && offset + 22 + data.getUint16(offset + 20, true) <= data.byteLength) return offset;
  }
  throw new ZipFormatError("no end of central directory");
}

/** The zip64 sizes of one central directory entry, where its 32-bit fields say "see zip64". */
function zip64Fields(data: DataView, extraStart: number, extraLength: number, wanted: { uncompressed: boolean; compressed: boolean; offset: boolean }) {
  const found: { uncompressed?: number; compressed?: number; offset?: number } = {};
  const extraEnd = extraStart + extraLength;
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      const fieldEnd = Math.min(at + 4 + size, extraEnd);
      let field = at + 4;
      const next = (): number | undefined => {
        if (field + 8 > fieldEnd) return undefined;
        const value = u64(data, field);
        field += 8;
        return value;
      };
      // The fields appear in this order, each only when its 32-bit field is 0xFFFFFFFF.
      if (wanted.uncompressed) found.uncompressed = next();
      if (wanted.compressed) found.compressed = next();
      if (wanted.offset) found.offset = next();
      break;
    }
    at += 4 + size;
  }
  return found;
}

/**
 * Every entry of the zip's central directory. Throws {@link ZipFormatError} when there is none to be
 * found (the file is cut short) or it runs past the end of the file.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength < 22) throw new ZipFormatError("too short for a zip");
  const data = view(bytes);
  const end = findEndRecord(data);
  let count = data.getUint16(end + 10, true);
  let directorySize = data.getUint32(end + 12, true);
  let directoryOffset = data.getUint32(end + 16, true);
  if (count === U16_MAX || directorySize === U32_MAX || directoryOffset === U32_MAX) {
    const locator = end - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipFormatError("zip64 locator missing");
    const record = u64(data, locator + 8);
    if (record + 56 > data.byteLength || data.getUint32(record, true) !== ZIP64_EOCD) throw new ZipFormatError("zip64 end record missing");
    count = u64(data, record + 32);
    directorySize = u64(data, record + 40);
    directoryOffset = u64(data, record + 48);
  }
  if (directoryOffset + directorySize > data.byteLength) throw new ZipFormatError("central directory runs past the end of the file");

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== CENTRAL) throw new ZipFormatError(`central directory entry ${i + 1} is damaged`);
    const flags = data.getUint16(at + 8, true);
    const method = data.getUint16(at + 10, true);
    const dosTime = data.getUint16(at + 12, true);
    const dosDate = data.getUint16(at + 14, true);
    const crc32 = data.getUint32(at + 16, true);
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    if (at + 46 + nameLength + extraLength > data.byteLength) throw new ZipFormatError(`central directory entry ${i + 1} runs past the end of the file`);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === U32_MAX || uncompressedSize === U32_MAX || localHeaderOffset === U32_MAX) {
      const wide = zip64Fields(data, at + 46 + nameLength, extraLength, {
        uncompressed: uncompressedSize === U32_MAX,
        compressed: compressedSize === U32_MAX,
        offset: localHeaderOffset === U32_MAX,
      });
      uncompressedSize = wide.uncompressed ?? uncompressedSize;
      compressedSize = wide.compressed ?? compressedSize;
      localHeaderOffset = wide.offset ?? localHeaderOffset;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, crc32, flags, dosTime, dosDate });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The packed bytes of one entry, located through its local header. */
export function packedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > data.byteLength || data.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`${entry.name}: local header missing`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > data.byteLength) throw new ZipFormatError(`${entry.name} is cut short`);
  return bytes.subarray(start, stop);
}

/**
 * Unpacks one entry as a stream, counting, and stops as soon as it passes `limit` bytes: memory stays
 * at one chunk whatever the entry really holds. Resolves to the unpacked size, or to `limit + 1` when
 * the entry holds more than `limit` (a directory that understates sizes is how a zip bomb gets past
 * a size check). Rejects with {@link ZipFormatError} for data that does not unpack.
 */
export async function inflatedSizeWithin(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<number> {
  const packed = packedBytes(bytes, entry);
  if (entry.method === 0) return Math.min(packed.byteLength, limit + 1);
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses zip method ${entry.method}`);
  const inflater = createInflateRaw();
  const source = Readable.from([Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength)]);
  let total = 0;
  try {
    for await (const chunk of source.pipe(inflater)) {
      total += (chunk as Buffer).byteLength;
      if (total > limit) return limit + 1;
    }
  } catch (error) {
    throw new ZipFormatError(`${entry.name} does not unpack (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    inflater.destroy();
    source.destroy();
  }
  return total;
}

/**
 * Unpacks one (small) entry into memory, refusing more than `limit` bytes. For parts we read
 * ourselves, such as `xl/workbook.xml`.
 */
export async function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Buffer> {
  const packed = packedBytes(bytes, entry);
  if (entry.method === 0) {
    if (packed.byteLength > limit) throw new ZipFormatError(`${entry.name} is larger than ${limit} bytes`);
    return Buffer.from(packed);
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses zip method ${entry.method}`);
  const inflater = createInflateRaw();
  const source = Readable.from([Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength)]);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source.pipe(inflater)) {
      total += (chunk as Buffer).byteLength;
      if (total > limit) throw new ZipFormatError(`${entry.name} is larger than ${limit} bytes`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${entry.name} does not unpack (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    inflater.destroy();
    source.destroy();
  }
  return Buffer.concat(chunks, total);
}
