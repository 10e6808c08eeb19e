/**
 * xl/styles.xml, only what the grid needs: for each cell style (`<cellXfs>`'s `<xf>`, which a cell's
 * `s` counts), its number format (so a serial shows as a date when the format is one) and its solid
 * fill colour (councils that keep RAG only as a colour). Everything else — fonts, borders, named
 * styles, differential formats, extensions — is skipped unread.
 */
import { DEFAULT_INDEXED_COLOURS, resolveColour, type ColourAttributes } from "../colours.js";
import { numberFormatFor } from "../numberFormats.js";
import { isMain } from "../xml/namespaces.js";
import type { XmlAttributes, XmlHandler } from "../xml/XmlHandler.js";

/** One cell style, as the sheet reader uses it. */
export interface CellStyle {
  readonly numFmt?: string;
  readonly isDate: boolean;
  readonly fill?: string;
}

export interface StylesRead {
  readonly customFormats: Map<number, string>;
  readonly xfs: Array<{ numFmtId: number; fillId: number }>;
  /** The pattern fills, in order: solid ones with their foreground colour. */
  readonly fills: Array<ColourAttributes | undefined>;
  readonly indexedColours: string[];
}

export function emptyStyles(): StylesRead {
  return { customFormats: new Map(), xfs: [], fills: [], indexedColours: [] };
}

function colourOf(attributes: XmlAttributes): ColourAttributes {
  const colour: { rgb?: string; indexed?: string; theme?: string; tint?: string } = {};
  const rgb = attributes.get("rgb");
  const indexed = attributes.get("indexed");
  const theme = attributes.get("theme");
  const tint = attributes.get("tint");
  if (rgb !== undefined) colour.rgb = rgb;
  if (indexed !== undefined) colour.indexed = indexed;
  if (theme !== undefined) colour.theme = theme;
  if (tint !== undefined) colour.tint = tint;
  return colour;
}

export function stylesHandler(into: StylesRead): XmlHandler {
  /** Which list an `<xf>` belongs to: only cellXfs are counted by cells. */
  let section: "cellXfs" | "fills" | "indexedColors" | undefined;
  let fillIndex = -1;
  let solid = false;
  return {
    open(uri, local, attributes) {
      if (!isMain(uri)) return;
      switch (local) {
        case "numFmt": {
          const id = Number(attributes.get("numFmtId"));
          const code = attributes.get("formatCode");
          if (Number.isInteger(id) && code !== undefined) into.customFormats.set(id, code);
          break;
        }
        case "cellXfs":
        case "fills":
        case "indexedColors":
          section = local;
          break;
        case "xf":
          if (section === "cellXfs") into.xfs.push({ numFmtId: Number(attributes.get("numFmtId") ?? 0) || 0, fillId: Number(attributes.get("fillId") ?? 0) || 0 });
          break;
        case "fill":
          if (section === "fills") {
            fillIndex = into.fills.length;
            into.fills.push(undefined);
          }
          break;
        case "patternFill":
          solid = section === "fills" && attributes.get("patternType") === "solid";
          break;
        case "fgColor":
          if (solid && fillIndex >= 0) into.fills[fillIndex] = colourOf(attributes);
          break;
        case "rgbColor": {
          const rgb = attributes.get("rgb");
          if (section === "indexedColors" && rgb !== undefined) into.indexedColours.push(rgb.slice(-6).toUpperCase());
          break;
        }
      }
    },
    close(uri, local) {
      if (!isMain(uri)) return;
      if (local === section) section = undefined;
      else if (local === "patternFill") solid = false;
      else if (local === "fill") fillIndex = -1;
    },
    text() {},
  };
}

/** Each cell style resolved once: its format, whether it is a date, its fill as RRGGBB. */
export function resolveCellStyles(styles: StylesRead, themeColours: ReadonlyArray<string | undefined>): CellStyle[] {
  const palette = {
    indexed: styles.indexedColours.length > 0 ? styles.indexedColours : DEFAULT_INDEXED_COLOURS,
    theme: themeColours as readonly string[],
  };
  const fills = styles.fills.map((colour) => (colour ? resolveColour(colour, palette) : undefined));
  return styles.xfs.map(({ numFmtId, fillId }) => {
    const format = numberFormatFor(numFmtId, styles.customFormats);
    const fill = fills[fillId];
    return { ...(format.code !== undefined ? { numFmt: format.code } : {}), isDate: format.isDate, ...(fill !== undefined ? { fill } : {}) };
  });
}
