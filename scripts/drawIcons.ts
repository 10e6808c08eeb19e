/**
 * The ribbon buttons' icons, drawn from a few shapes and written as small PNGs into assets/:
 * `npm run icons`. The same shapes always give the same bytes (test/addin/icons.test.ts redraws
 * them and compares), so the PNGs in the repository are reproducible, not hand-made binaries.
 *
 * One icon per button, in every size the manifest's Icon element takes: 16, 32 and 80 px are
 * required and 20, 24, 40, 48 and 64 px are supported for high-DPI screens (manifest reference,
 * "Icon element"). Drawn on a transparent background, as the ribbon's own icons are, with strokes
 * dark enough to read on Office's light and dark ribbons.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;

type Rgb = readonly [number, number, number];
/** A shape in unit coordinates (0–1 across and down the icon). */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  readonly shape: Shape;
  readonly colour: Rgb;
}

const GREEN: Rgb = [0x10, 0x7c, 0x41];
const BLUE: Rgb = [0x0f, 0x6c, 0xbd];
const GREY: Rgb = [0x61, 0x61, 0x61];

const rect =
  (left: number, top: number, right: number, bottom: number): Shape =>
  (x, y) =>
    x >= left && x <= right && y >= top && y <= bottom;

const outline = (left: number, top: number, right: number, bottom: number, width: number): Shape => {
  const outer = rect(left, top, right, bottom);
  const inner = rect(left + width, top + width, right - width, bottom - width);
  return (x, y) => outer(x, y) && !inner(x, y);
};

/** A thick line from (x1, y1) to (x2, y2) with round ends. */
const segment =
  (x1: number, y1: number, x2: number, y2: number, width: number): Shape =>
  (x, y) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= width / 2;
  };

/** A ring around (cx, cy) between radii r0 and r1, leaving out the angles (degrees, clockwise from 3 o'clock) from `gapFrom` to `gapTo`. */
const arc =
  (cx: number, cy: number, r0: number, r1: number, gapFrom: number, gapTo: number): Shape =>
  (x, y) => {
    const r = Math.hypot(x - cx, y - cy);
    if (r < r0 || r > r1) return false;
    const angle = ((Math.atan2(y - cy, x - cx) * 180) / Math.PI + 360) % 360;
    return !(angle >= gapFrom && angle <= gapTo);
  };

const triangle =
  (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape =>
  (x, y) => {
    const side = (px: number, py: number, qx: number, qy: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
    const d1 = side(ax, ay, bx, by);
    const d2 = side(bx, by, cx, cy);
    const d3 = side(cx, cy, ax, ay);
    return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
  };

/** The buttons' icons, by the file name prefix in assets/. */
export const BUTTON_ICONS: Readonly<Record<string, readonly Layer[]>> = {
  // Refresh summary: a circular arrow.
  refresh: [
    { shape: arc(0.5, 0.52, 0.26, 0.38, 280, 345), colour: GREEN },
    { shape: triangle(0.93, 0.2, 0.9, 0.56, 0.58, 0.37), colour: GREEN },
  ],
  // Check plan: a sheet with a tick.
  check: [
    { shape: outline(0.12, 0.1, 0.88, 0.9, 0.08), colour: GREY },
    { shape: segment(0.28, 0.52, 0.44, 0.7, 0.13), colour: BLUE },
    { shape: segment(0.44, 0.7, 0.74, 0.3, 0.13), colour: BLUE },
  ],
  // Open Plan Tracker: a window with its side pane open.
  pane: [
    { shape: outline(0.08, 0.14, 0.92, 0.86, 0.08), colour: GREY },
    { shape: rect(0.56, 0.14, 0.92, 0.86), colour: BLUE },
  ],
};

/** Samples per pixel side: 4 x 4 points give smooth edges at 16 px. */
const SUPERSAMPLE = 4;

function pixels(layers: readonly Layer[], size: number): Buffer {
  const rowBytes = size * 4 + 1;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          // The last layer containing the point paints it.
          let colour: Rgb | undefined;
          for (const layer of layers) if (layer.shape(x, y)) colour = layer.colour;
          if (!colour) continue;
          covered++;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const at = py * rowBytes + 1 + px * 4;
      if (covered > 0) {
        raw[at] = Math.round(r / covered);
        raw[at + 1] = Math.round(g / covered);
        raw[at + 2] = Math.round(b / covered);
        raw[at + 3] = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
      }
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The PNG (8-bit RGBA) of button icon `name` at `size` px. */
export function drawIcon(name: string, size: number): Buffer {
  const layers = BUTTON_ICONS[name];
  if (!layers) throw new Error(`no icon "${name}" (have ${Object.keys(BUTTON_ICONS).join(", ")})`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(layers, size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** assets/<name>-<size>.png */
export function iconFileName(name: string, size: number): string {
  return `${name}-${size}.png`;
}

const ASSETS = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "assets");

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const name of Object.keys(BUTTON_ICONS)) {
    for (const size of ICON_SIZES) writeFileSync(join(ASSETS, iconFileName(name, size)), drawIcon(name, size));
  }
  console.log(`Wrote ${Object.keys(BUTTON_ICONS).length * ICON_SIZES.length} icons to assets/.`);
}
