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

/** ECMA-376 Part 1 §18.8.27 default indexed colours 0–63 (8–63 are the palette Excel shows). */
const INDEXED: readonly string[] = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/** Theme colour indexes as cells use them: lt1, dk1, lt2, dk2 (swapped from the scheme's order), accents, links. */
const THEME_SLOTS = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"] as const;

/** The theme's colour scheme, slot → RRGGBB, from `xl/theme/theme1.xml`. */
export function themeColours(themeXml: string | undefined): string[] {
  if (!themeXml) return [];
  const scheme = /<(?:\w+:)?clrScheme\b[\s\S]*?<\/(?:\w+:)?clrScheme>/.exec(themeXml)?.[0] ?? "";
  return THEME_SLOTS.map((slot) => {
    const block = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(scheme)?.[1] ?? "";
    const rgb = /srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(block)?.[1] ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(block)?.[1];
    return rgb ? rgb.toUpperCase() : "";
  });
}

function hex(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, "0").toUpperCase();
}

/** Applies a tint (−1 darker … +1 lighter) to the HSL luminance, as §18.8.19 describes. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const value = Number.parseInt(rgb, 16);
  const r = ((value >> 16) & 0xff) / 255;
  const g = ((value >> 8) & 0xff) / 255;
  const b = (value & 0xff) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return `${hex((r1 + m) * 255)}${hex((g1 + m) * 255)}${hex((b1 + m) * 255)}`;
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
  if (typeof colour.indexed === "number") return INDEXED[colour.indexed];
  return undefined;
}

/** The solid fill of an ExcelJS `cell.fill`, as RRGGBB; undefined for none, gradients and patterns. */
export function solidFill(fill: unknown, theme: readonly string[]): string | undefined {
  if (!fill || typeof fill !== "object") return undefined;
  const pattern = fill as { type?: string; pattern?: string; fgColor?: ColourLike };
  if (pattern.type !== "pattern" || pattern.pattern !== "solid") return undefined;
  return resolveColour(pattern.fgColor, theme);
}
