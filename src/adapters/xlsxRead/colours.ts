/**
 * Fill colours to six hex digits (`Cell.fill`), from the three ways styles.xml names a colour
 * (ECMA-376 §18.8.3 CT_Color): `rgb` (ARGB), `indexed` (the legacy 64-colour palette, or the
 * workbook's own `<indexedColors>`), and `theme` with an optional `tint` (a colour of the theme's
 * scheme, lightened or darkened).
 */

/** The default indexed palette, §18.8.27 (indexes 0–63; 64 and 65 are the system colours). */
export const DEFAULT_INDEXED_COLOURS: readonly string[] = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/**
 * The order a `theme="n"` attribute counts the theme's colour scheme in. Not the order of
 * theme1.xml's `<a:clrScheme>`: Excel swaps the first two pairs, so theme 0 is lt1 (usually
 * white) and 1 is dk1 (usually black) — the behaviour every reader (openpyxl, LibreOffice) follows.
 */
export const THEME_COLOUR_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"] as const;

function hex(value: number): string {
  return Math.max(0, Math.min(255, Math.round(value))).toString(16).padStart(2, "0").toUpperCase();
}

const HLS_MAX = 240;

/** §18.8.3 `tint`: -1 darkens to black, 1 lightens to white, by scaling the colour's HLS lightness. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const r = Number.parseInt(rgb.slice(0, 2), 16) / 255;
  const g = Number.parseInt(rgb.slice(2, 4), 16) / 255;
  const b = Number.parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let hue = 0;
  let saturation = 0;
  let lightness = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    saturation = lightness > 0.5 ? d / (2 - max - min) : d / (max + min);
    hue = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    hue /= 6;
  }
  lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
  // Excel works in whole steps of 1/240 (HLSMAX = 240), which decides a last digit now and then.
  lightness = Math.round(lightness * HLS_MAX) / HLS_MAX;
  if (saturation === 0) return hex(lightness * 255).repeat(3);
  const q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
  const p = 2 * lightness - q;
  const channel = (t: number): number => {
    let x = t;
    if (x < 0) x += 1;
    if (x > 1) x -= 1;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return hex(channel(hue + 1 / 3) * 255) + hex(channel(hue) * 255) + hex(channel(hue - 1 / 3) * 255);
}

/** A `<fgColor>`/`<bgColor>`'s attributes, as read. */
export interface ColourAttributes {
  readonly rgb?: string;
  readonly indexed?: string;
  readonly theme?: string;
  readonly tint?: string;
}

export interface Palette {
  readonly indexed: readonly string[];
  /** By {@link THEME_COLOUR_ORDER} position; empty when the workbook has no theme part. */
  readonly theme: readonly string[];
}

/** The colour as RRGGBB, or undefined when it cannot be known (a system colour, a theme colour with no theme). */
export function resolveColour(colour: ColourAttributes, palette: Palette): string | undefined {
  let rgb: string | undefined;
  if (colour.rgb !== undefined && /^[0-9A-Fa-f]{6,8}$/.test(colour.rgb)) rgb = colour.rgb.slice(-6).toUpperCase();
  else if (colour.theme !== undefined) rgb = palette.theme[Number(colour.theme)];
  else if (colour.indexed !== undefined) rgb = palette.indexed[Number(colour.indexed)];
  if (rgb === undefined) return undefined;
  const tint = colour.tint === undefined ? 0 : Number(colour.tint);
  return Number.isFinite(tint) ? applyTint(rgb, tint) : rgb;
}
