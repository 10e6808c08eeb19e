/**
 * The RAG a cell's fill colour shows. Some councils keep RAG only as a colour: red, amber and green
 * cells with no words. Officers pick from Excel's palette — standard colours (FF0000 red, C00000
 * dark red, FFC000 orange, FFFF00 yellow, 92D050 light green, 00B050 green, 00B0F0 light blue, 0070C0
 * blue), theme tints, the conditional-format presets (FFC7CE light red, FFEB9C yellow, C6EFCE light
 * green) — so the colour is placed by its hue, not matched exactly.
 *
 * Hue bands (degrees): red below 15 or from 330; amber 15–70 (orange and yellow, which many
 * councils use for amber); green 70–170; blue 170–260. Purple and pink (260–330) mean nothing.
 * Unsaturated colours are grey when mid-toned (BFBFBF, A6A6A6, 808080), and nothing when near white
 * (F2F2F2 is the usual header shading) or near black.
 */
import type { RagValue } from "./RagValue.js";

const MIN_SATURATION = 0.12;

export function ragOfFill(rgb: string): RagValue | null {
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(rgb.trim());
  if (!match) return null;
  const value = Number.parseInt(match[1] as string, 16);
  const r = ((value >> 16) & 0xff) / 255;
  const g = ((value >> 8) & 0xff) / 255;
  const b = (value & 0xff) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const saturation = max === 0 ? 0 : (max - min) / max;
  if (saturation < MIN_SATURATION || max - min < 0.06) {
    return max >= 0.45 && max <= 0.9 ? "Grey" : null;
  }
  if (max < 0.2) return null;
  const delta = max - min;
  let hue: number;
  if (max === r) hue = 60 * (((g - b) / delta + 6) % 6);
  else if (max === g) hue = 60 * ((b - r) / delta + 2);
  else hue = 60 * ((r - g) / delta + 4);
  if (hue < 15 || hue >= 330) return "Red";
  if (hue < 70) return "Amber";
  if (hue < 170) return "Green";
  if (hue < 260) return "Blue";
  return null;
}
