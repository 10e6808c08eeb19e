/**
 * A cell's solid fill as six hex digits, the way the core's grid carries it (`Cell.fill`).
 *
 * ExcelJS gives a pattern fill's foreground colour in one of three forms, as the file wrote it:
 * - `{ argb: "FFFF0000" }` — an explicit colour (alpha first);
 * - `{ theme: 5, tint: 0.4 }` — a theme colour, lightened or darkened by a tint (ECMA-376 Part 1,
 *   §18.8.19 `color`: theme index into the workbook theme's colour scheme; tint per §18.8.19, applied
 *   to the HSL luminance);
 * - `{ indexed: 10 }` — the legacy 56-colour palette (§18.8.27 `indexedColors`, defaults listed in
 *   the spec), which a file may override with its own `<indexedColors>`.
 *
 * What is not read: fills a conditional format shows (they are rules, not the cell's fill), gradient
 * and patterned (non-solid) fills, and an `<indexedColors>` override (ExcelJS does not keep it; the
 * default palette is used). Theme colours need the theme part, which ExcelJS keeps as raw XML in
 * `workbook._themes`; without it theme fills are skipped.
 */

import { applyTint, DEFAULT_INDEXED_COLOURS, THEME_COLOUR_ORDER } from "../xlsxRead/colours.js";

/** The theme's colour scheme, slot → RRGGBB, from `xl/theme/theme1.xml`. */
export function themeColours(themeXml: string | undefined): string[] {
  if (!themeXml) return [];
  const scheme = /<(?:\w+:)?clrScheme\b[\s\S]*?<\/(?:\w+:)?clrScheme>/.exec(themeXml)?.[0] ?? "";
  return THEME_COLOUR_ORDER.map((slot) => {
    const block = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(scheme)?.[1] ?? "";
    const rgb = /srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(block)?.[1] ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(block)?.[1];
    return rgb ? rgb.toUpperCase() : "";
  });
}

interface ColourLike {
  readonly argb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
}

/** RRGGBB of an ExcelJS colour, or undefined when it cannot be resolved. */
export function resolveColour(colour: ColourLike | undefined, theme: readonly string[]): string | undefined {
  if (!colour) return undefined;
  if (typeof colour.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(colour.argb)) return colour.argb.slice(2).toUpperCase();
  if (typeof colour.argb === "string" && /^[0-9A-Fa-f]{6}$/.test(colour.argb)) return colour.argb.toUpperCase();
  if (typeof colour.theme === "number") {
    const base = theme[colour.theme];
    return base ? applyTint(base, colour.tint ?? 0) : undefined;
  }
  if (typeof colour.indexed === "number") return DEFAULT_INDEXED_COLOURS[colour.indexed];
  return undefined;
}

/** The solid fill of an ExcelJS `cell.fill`, as RRGGBB; undefined for none, gradients and patterns. */
export function solidFill(fill: unknown, theme: readonly string[]): string | undefined {
  if (!fill || typeof fill !== "object") return undefined;
  const pattern = fill as { type?: string; pattern?: string; fgColor?: ColourLike };
  if (pattern.type !== "pattern" || pattern.pattern !== "solid") return undefined;
  return resolveColour(pattern.fgColor, theme);
}
