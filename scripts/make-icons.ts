/**
 * Draws the add-in icons (a navy rounded square with red/amber/green bars) as PNGs in assets/.
 * Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed, this script is only for redrawing them.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];
const NAVY: Rgba = [31, 58, 95, 255];
const BARS: readonly { colour: Rgba; top: number; right: number }[] = [
  { colour: [224, 57, 62, 255], top: 0.25, right: 0.5625 }, // red
  { colour: [247, 181, 0, 255], top: 0.4375, right: 0.6875 }, // amber
  { colour: [46, 179, 74, 255], top: 0.625, right: 0.8125 }, // green
];
const BAR_LEFT = 0.25;
const BAR_HEIGHT = 0.125;
const MARGIN = 0.0625;
const RADIUS = 0.1875;

function insideRoundedSquare(x: number, y: number): boolean {
  const lo = MARGIN + RADIUS;
  const hi = 1 - MARGIN - RADIUS;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= MARGIN && x <= 1 - MARGIN && y >= MARGIN && y <= 1 - MARGIN && dx * dx + dy * dy <= RADIUS * RADIUS;
}

/** Colour of the point (x, y) in the unit square. */
function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y)) return [0, 0, 0, 0];
  const bar = BARS.find((b) => y >= b.top && y < b.top + BAR_HEIGHT && x >= BAR_LEFT && x < b.right);
  return bar ? bar.colour : NAVY;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG of `size` × `size` pixels, anti-aliased by 4 × 4 supersampling. */
function drawIcon(size: number): Buffer {
  const SS = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA pixels
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const [r, g, b, a] = colourAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          sum[0]! += r * a;
          sum[1]! += g * a;
          sum[2]! += b * a;
          sum[3]! += a;
        }
      }
      const alpha = sum[3]!;
      const offset = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[offset + i] = alpha === 0 ? 0 : Math.round(sum[i]! / alpha);
      row[offset + 3] = Math.round(alpha / (SS * SS));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  const file = new URL(`../assets/icon-${size}.png`, import.meta.url);
  writeFileSync(file, drawIcon(size));
  console.log(`wrote ${file.pathname}`);
}
