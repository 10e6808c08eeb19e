/**
 * Draws a chart layout into a PNG: the picture readers without SVG support see (Word before SVG
 * support, LibreOffice's PDF export). Pure TypeScript and `fflate`'s deflate, so the command line
 * and the task pane draw the same pixels with no native canvas or font files.
 */
import { crc32 } from "../crc32.js";
import { zlibSync } from "fflate";
import type { ChartLayout } from "../../core/pack/chartLayout.js";
import { drawableText, GLYPH_ADVANCE, glyphPixels } from "./bitmapFont.js";

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Encodes 8-bit RGB pixels (row-major, no padding) as a PNG (ISO/IEC 15948: IHDR, IDAT, IEND). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const raw = new Uint8Array(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1); // filter 0 per row
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", zlibSync(raw, { level: 9 })), chunk("IEND", new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function drawChartPng(layout: ChartLayout): Uint8Array {
  const { width, height } = layout;
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const fill = (x0: number, y0: number, w: number, h: number, colour: [number, number, number]): void => {
    const left = Math.max(0, Math.round(x0));
    const top = Math.max(0, Math.round(y0));
    const right = Math.min(width, Math.round(x0 + w));
    const bottom = Math.min(height, Math.round(y0 + h));
    for (let y = top; y < bottom; y++) {
      for (let x = left; x < right; x++) rgb.set(colour, (y * width + x) * 3);
    }
  };
  for (const rect of layout.rects) fill(rect.x, rect.y, rect.width, rect.height, hexToRgb(rect.fill));
  for (const text of layout.texts) {
    const drawn = drawableText(text.text);
    const textWidth = drawn.length === 0 ? 0 : (drawn.length * GLYPH_ADVANCE - 1) * text.scale;
    const left = text.anchor === "start" ? text.x : text.anchor === "end" ? text.x - textWidth : text.x - textWidth / 2;
    const colour = hexToRgb(text.color);
    [...drawn].forEach((ch, i) => {
      for (const [gx, gy] of glyphPixels(ch)) fill(left + (i * GLYPH_ADVANCE + gx) * text.scale, text.y + gy * text.scale, text.scale, text.scale, colour);
    });
  }
  return encodePng(width, height, rgb);
}
