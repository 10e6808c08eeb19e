/**
 * Adds our cell formats to the officer's `xl/styles.xml` without renumbering theirs: fonts, fills,
 * borders, cell formats (cellXfs) and conditional-format looks (dxfs) are appended after the
 * officer's, number formats take ids above theirs, and each collection's `count` is updated. Every
 * other byte of the part stays as the officer's program wrote it — their Normal style, named cell
 * styles, table styles, colours and extensions included.
 *
 * Indexes are positions (ECMA-376 Part 1 §18.8): appending leaves every index the officer's sheets
 * use pointing where it did.
 */
import type { CellStyle } from "../../core/sheets/SheetSpec.js";
import { DEFAULT_FONT_SIZE } from "../../core/sheets/SheetSpec.js";
import { attributes, element } from "./xmlWriter.js";
import { findElement, findElements, qualified, type XmlElement } from "./xmlScan.js";

/** The children of styleSheet in schema order (CT_Stylesheet): where a missing collection goes. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Collection = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const CHILD: Readonly<Record<Collection, string>> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" };

/** Number formats every Excel knows by id (ECMA-376 Part 1 §18.8.30); others are written out. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
/** Custom number formats start at 164 (ids below are reserved for built-in formats). */
const FIRST_CUSTOM_FORMAT = 164;

interface CollectionState {
  readonly element: XmlElement | undefined;
  /** How many children the officer's collection holds: the index of our first. */
  readonly existing: number;
  readonly added: string[];
}

/** Our base font: Calibri 11 in the theme's body face, so our sheets look alike in every workbook. */
function fontXml(prefix: string, style: CellStyle | undefined, forDxf: boolean): string {
  const q = (name: string) => qualified(prefix, name);
  let out = "";
  if (style?.bold) out += `<${q("b")}/>`;
  if (style?.italic) out += `<${q("i")}/>`;
  if (!forDxf) out += element(q("sz"), { val: style?.fontSize ?? DEFAULT_FONT_SIZE });
  if (style?.fontColor !== undefined) out += element(q("color"), { rgb: `FF${style.fontColor.toUpperCase()}` });
  if (!forDxf) out += `${element(q("name"), { val: "Calibri" })}${element(q("family"), { val: 2 })}${element(q("scheme"), { val: "minor" })}`;
  return `<${q("font")}>${out}</${q("font")}>`;
}

function fillXml(prefix: string, color: string, forDxf: boolean): string {
  const q = (name: string) => qualified(prefix, name);
  const rgb = `FF${color.toUpperCase()}`;
  // A dxf's solid fill colour is its bgColor; a cell format's is its fgColor (§18.8.32).
  const colors = forDxf ? `${element(q("fgColor"), { rgb })}${element(q("bgColor"), { rgb })}` : `${element(q("fgColor"), { rgb })}${element(q("bgColor"), { indexed: 64 })}`;
  return `<${q("fill")}>${element(q("patternFill"), { patternType: "solid" }, colors)}</${q("fill")}>`;
}

function thinBorderXml(prefix: string): string {
  const q = (name: string) => qualified(prefix, name);
  const side = (name: string) => element(q(name), { style: "thin" }, element(q("color"), { rgb: "FF000000" }));
  return `<${q("border")}>${side("left")}${side("right")}${side("top")}${side("bottom")}${element(q("diagonal"))}</${q("border")}>`;
}

const HORIZONTAL: Readonly<Record<string, string>> = { left: "left", center: "center", right: "right" };
const VERTICAL: Readonly<Record<string, string>> = { top: "top", middle: "center", bottom: "bottom" };

export class StylesAppender {
  private readonly prefix: string;
  private readonly collections: Record<Collection, CollectionState>;
  private readonly numberFormatIds = new Map<string, number>();
  private nextNumberFormatId: number;
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private borderId: number | undefined;
  private readonly xfIds = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();

  constructor(private readonly xml: string) {
    const root = findElement(xml, "styleSheet");
    if (!root) throw new Error("styles part has no styleSheet element");
    this.prefix = root.prefix;
    const state = (name: Collection): CollectionState => {
      const found = findElement(xml, name, root.contentStart, root.contentEnd);
      const existing = found && !found.selfClosing ? findElements(xml, CHILD[name], found.contentStart, found.contentEnd).length : 0;
      return { element: found, existing, added: [] };
    };
    this.collections = { numFmts: state("numFmts"), fonts: state("fonts"), fills: state("fills"), borders: state("borders"), cellXfs: state("cellXfs"), dxfs: state("dxfs") };
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    const formats = this.collections.numFmts.element;
    if (formats && !formats.selfClosing) {
      for (const format of findElements(xml, "numFmt", formats.contentStart, formats.contentEnd)) {
        const id = Number(format.attributes.numFmtId);
        const code = format.attributes.formatCode;
        if (!Number.isInteger(id)) continue;
        maxId = Math.max(maxId, id);
        if (code !== undefined && !this.numberFormatIds.has(code)) this.numberFormatIds.set(code, id);
      }
    }
    this.nextNumberFormatId = maxId + 1;
  }

  private q(name: string): string {
    return qualified(this.prefix, name);
  }

  private append(collection: Collection, xml: string): number {
    const state = this.collections[collection];
    state.added.push(xml);
    return state.existing + state.added.length - 1;
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numberFormatIds.get(code);
    if (id === undefined) {
      id = this.nextNumberFormatId++;
      this.numberFormatIds.set(code, id);
      this.collections.numFmts.added.push(element(this.q("numFmt"), { numFmtId: id, formatCode: code }));
    }
    return id;
  }

  private fontId(style: CellStyle | undefined): number {
    const xml = fontXml(this.prefix, style, false);
    let id = this.fontIds.get(xml);
    if (id === undefined) {
      id = this.append("fonts", xml);
      this.fontIds.set(xml, id);
    }
    return id;
  }

  private fillId(color: string | undefined): number {
    if (color === undefined) return 0;
    let id = this.fillIds.get(color);
    if (id === undefined) {
      id = this.append("fills", fillXml(this.prefix, color, false));
      this.fillIds.set(color, id);
    }
    return id;
  }

  private thinBorderId(): number {
    this.borderId ??= this.append("borders", thinBorderXml(this.prefix));
    return this.borderId;
  }

  /** The cellXfs index of a cell written with `style` and number format `numberFormat`. */
  cellFormat(style: CellStyle | undefined, numberFormat: string | undefined): number {
    const key = `${JSON.stringify(style ?? {})}\u0000${numberFormat ?? ""}`;
    let id = this.xfIds.get(key);
    if (id !== undefined) return id;
    const numFmtId = this.numberFormatId(numberFormat);
    const fontId = this.fontId(style);
    const fillId = this.fillId(style?.fill);
    const borderId = style?.border === "thin" ? this.thinBorderId() : 0;
    const alignment =
      style && (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined || style.indent !== undefined)
        ? element(this.q("alignment"), {
            horizontal: style.horizontal !== undefined ? HORIZONTAL[style.horizontal] : undefined,
            vertical: style.vertical !== undefined ? VERTICAL[style.vertical] : undefined,
            wrapText: style.wrap,
            indent: style.indent,
          })
        : "";
    const xf = element(
      this.q("xf"),
      {
        numFmtId,
        fontId,
        fillId,
        borderId,
        xfId: 0,
        applyNumberFormat: numFmtId !== 0 ? true : undefined,
        applyFont: true,
        applyFill: fillId !== 0 ? true : undefined,
        applyBorder: borderId !== 0 ? true : undefined,
        applyAlignment: alignment !== "" ? true : undefined,
      },
      alignment,
    );
    id = this.append("cellXfs", xf);
    this.xfIds.set(key, id);
    return id;
  }

  /** The dxfs index of a conditional format's look: its font (bold, italic, colour) and fill. */
  differentialFormat(style: CellStyle): number {
    const key = JSON.stringify(style);
    let id = this.dxfIds.get(key);
    if (id !== undefined) return id;
    const font = style.bold || style.italic || style.fontColor !== undefined ? fontXml(this.prefix, style, true) : "";
    const fill = style.fill !== undefined ? fillXml(this.prefix, style.fill, true) : "";
    id = this.append("dxfs", `<${this.q("dxf")}>${font}${fill}</${this.q("dxf")}>`);
    this.dxfIds.set(key, id);
    return id;
  }

  /**
   * A copy of the officer's cell format `xfIndex` with its font made bold: for a header we add beside
   * theirs, so it looks like their other headers. Falls back to our own bold format.
   */
  boldCopyOf(xfIndex: number | undefined): number {
    const cellXfs = this.collections.cellXfs.element;
    const fonts = this.collections.fonts.element;
    const key = `bold-copy:${xfIndex}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const ours = () => this.cellFormat({ bold: true }, undefined);
    if (xfIndex === undefined || !cellXfs || cellXfs.selfClosing || !fonts || fonts.selfClosing) return ours();
    const xf = findElements(this.xml, "xf", cellXfs.contentStart, cellXfs.contentEnd, xfIndex + 1)[xfIndex];
    const fontIndex = Number(xf?.attributes.fontId ?? 0);
    const font = findElements(this.xml, "font", fonts.contentStart, fonts.contentEnd, fontIndex + 1)[fontIndex];
    if (!xf || !font) return ours();
    const fontText = this.xml.slice(font.start, font.end);
    const boldFont = font.selfClosing
      ? `<${this.q("font")}><${this.q("b")}/></${this.q("font")}>`
      : /<(\w+:)?b(\s[^>]*)?\/>/.test(fontText)
        ? fontText.replace(/<((?:\w+:)?b)(\s[^>]*)?\/>/, "<$1/>")
        : `${fontText.slice(0, font.contentStart - font.start)}<${this.q("b")}/>${fontText.slice(font.contentStart - font.start)}`;
    const newFont = this.append("fonts", boldFont);
    const xfText = this.xml.slice(xf.start, xf.end);
    const withFont = /\sfontId="[^"]*"/.test(xfText) ? xfText.replace(/\sfontId="[^"]*"/, ` fontId="${newFont}"`) : xfText.replace(/^<([^\s/>]+)/, `<$1 fontId="${newFont}"`);
    const applied = /\sapplyFont="[^"]*"/.test(withFont) ? withFont.replace(/\sapplyFont="[^"]*"/, ' applyFont="1"') : withFont.replace(/^<([^\s/>]+)/, '<$1 applyFont="1"');
    const id = this.append("cellXfs", applied);
    this.xfIds.set(key, id);
    return id;
  }

  /** True when anything was added. */
  get changed(): boolean {
    return Object.values(this.collections).some((state) => state.added.length > 0);
  }

  /** The styles part with our additions; the officer's text unchanged when nothing was added. */
  result(): string {
    if (!this.changed) return this.xml;
    const root = findElement(this.xml, "styleSheet") as XmlElement;
    const edits: Array<{ at: number; remove: number; insert: string }> = [];
    for (const name of Object.keys(this.collections) as Collection[]) {
      const state = this.collections[name];
      if (state.added.length === 0) continue;
      const count = state.existing + state.added.length;
      const added = state.added.join("");
      const found = state.element;
      if (found && !found.selfClosing) {
        const openTag = this.xml.slice(found.start, found.contentStart);
        const newOpen = /\scount="[^"]*"/.test(openTag) ? openTag.replace(/\scount="[^"]*"/, ` count="${count}"`) : openTag.replace(/^<([^\s/>]+)/, `<$1 count="${count}"`);
        edits.push({ at: found.start, remove: openTag.length, insert: newOpen });
        edits.push({ at: found.contentEnd, remove: 0, insert: added });
      } else if (found) {
        edits.push({ at: found.start, remove: found.end - found.start, insert: `<${this.q(name)}${attributes({ count })}>${added}</${this.q(name)}>` });
      } else {
        edits.push({ at: this.insertionPoint(root, name), remove: 0, insert: `<${this.q(name)}${attributes({ count })}>${added}</${this.q(name)}>` });
      }
    }
    // Descending, and at one position the replacement before the insertion, so offsets stay valid.
    edits.sort((a, b) => b.at - a.at || b.remove - a.remove);
    let out = this.xml;
    for (const edit of edits) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.remove);
    return out;
  }

  /** Where a collection the officer's part lacks goes: before the first later sibling in schema order. */
  private insertionPoint(root: XmlElement, name: Collection): number {
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1);
    let best = root.contentEnd;
    for (const sibling of later) {
      const found = findElement(this.xml, sibling, root.contentStart, root.contentEnd);
      if (found && found.start < best) best = found.start;
    }
    return best;
  }
}

