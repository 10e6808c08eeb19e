/**
 * A small scanner for the package's index parts ([Content_Types].xml, relationships, workbook.xml,
 * styles.xml, app.xml): finds elements by local name and reads their attributes, whatever namespace
 * prefix the writer used. Excel writes `<Relationships>`, some tools `<ns0:Relationships>` or
 * `<x:sheet>`; an element is matched on its local name, never on a prefix.
 *
 * It reports where each element starts and ends in the text so an editor can splice the part and
 * leave every other byte as it was. Comments and CDATA sections are skipped.
 */

/** One element found in the text. Offsets are UTF-16 indexes into the scanned string. */
export interface XmlElement {
  /** The prefix as written (`"x"` for `<x:sheet>`), or "" for none. */
  readonly prefix: string;
  readonly localName: string;
  /** Attributes by local name (a prefixed `r:id` is under `id`), entities decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Attributes by qualified name as written (`r:id`), entities decoded. */
  readonly qualifiedAttributes: Readonly<Record<string, string>>;
  /** Index of `<`. */
  readonly start: number;
  /** Index just past the element's end (`/>` or its closing tag). */
  readonly end: number;
  /** Index just past the opening tag's `>`. */
  readonly contentStart: number;
  /** Index of the closing tag's `<` (equal to `end` for a self-closing element). */
  readonly contentEnd: number;
  readonly selfClosing: boolean;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return NAMED[entity] ?? "";
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(text: string): { local: Record<string, string>; qualified: Record<string, string> } {
  const local: Record<string, string> = {};
  const qualified: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1] as string;
    const value = decodeXmlText(match[2] ?? match[3] ?? "");
    qualified[name] = value;
    const colon = name.indexOf(":");
    const localName = colon < 0 ? name : name.slice(colon + 1);
    // An unprefixed attribute wins over a prefixed one of the same local name.
    if (colon < 0 || !(localName in local) || name.startsWith("xmlns")) local[localName] = value;
  }
  return { local, qualified };
}

/** Index of the `>` closing the tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i;
    }
  }
  return -1;
}

/** Finds the matching close tag of an element opened at depth 1, counting nested elements of the same name. */
function closingTag(xml: string, qualifiedName: string, from: number): { start: number; end: number } | undefined {
  const open = `<${qualifiedName}`;
  const close = `</${qualifiedName}`;
  let depth = 1;
  let at = from;
  while (at < xml.length) {
    const next = xml.indexOf("<", at);
    if (next < 0) return undefined;
    if (xml.startsWith("<!--", next)) {
      const stop = xml.indexOf("-->", next + 4);
      if (stop < 0) return undefined;
      at = stop + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", next)) {
      const stop = xml.indexOf("]]>", next + 9);
      if (stop < 0) return undefined;
      at = stop + 3;
      continue;
    }
    const stop = tagEnd(xml, next + 1);
    if (stop < 0) return undefined;
    if (xml.startsWith(close, next) && /[\s>]/.test(xml[next + close.length] ?? "")) {
      depth -= 1;
      if (depth === 0) return { start: next, end: stop + 1 };
    } else if (xml.startsWith(open, next) && /[\s/>]/.test(xml[next + open.length] ?? "") && xml[stop - 1] !== "/") {
      depth += 1;
    }
    at = stop + 1;
  }
  return undefined;
}

/**
 * Every element called `localName` (any prefix) in `xml[from, to)`, in document order. Elements
 * nested inside a match are not reported separately. Malformed text ends the scan quietly.
 */
export function findElements(xml: string, localName: string, from = 0, to = xml.length, limit = Number.POSITIVE_INFINITY): XmlElement[] {
  const found: XmlElement[] = [];
  let at = from;
  while (at < to && found.length < limit) {
    const next = xml.indexOf("<", at);
    if (next < 0 || next >= to) break;
    if (xml.startsWith("<!--", next)) {
      const stop = xml.indexOf("-->", next + 4);
      if (stop < 0) break;
      at = stop + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", next)) {
      const stop = xml.indexOf("]]>", next + 9);
      if (stop < 0) break;
      at = stop + 3;
      continue;
    }
    const stop = tagEnd(xml, next + 1);
    if (stop < 0) break;
    const first = xml[next + 1];
    if (first === "/" || first === "?" || first === "!") {
      at = stop + 1;
      continue;
    }
    const nameMatch = /^[^\s/>]+/.exec(xml.slice(next + 1, Math.min(stop, next + 200)));
    const qualifiedName = nameMatch?.[0] ?? "";
    const colon = qualifiedName.indexOf(":");
    const name = colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
    if (name !== localName) {
      at = stop + 1;
      continue;
    }
    const selfClosing = xml[stop - 1] === "/";
    const attributeText = xml.slice(next + 1 + qualifiedName.length, selfClosing ? stop - 1 : stop);
    const { local, qualified } = parseAttributes(attributeText);
    let contentEnd = stop + 1;
    let end = stop + 1;
    if (!selfClosing) {
      const close = closingTag(xml, qualifiedName, stop + 1);
      if (!close) break;
      contentEnd = close.start;
      end = close.end;
    }
    found.push({
      prefix: colon < 0 ? "" : qualifiedName.slice(0, colon),
      localName: name,
      attributes: local,
      qualifiedAttributes: qualified,
      start: next,
      end,
      contentStart: stop + 1,
      contentEnd,
      selfClosing,
    });
    at = end;
  }
  return found;
}

/** The first element called `localName`, or undefined. */
export function findElement(xml: string, localName: string, from = 0, to = xml.length): XmlElement | undefined {
  return findElements(xml, localName, from, to, 1)[0];
}

/** The element's text content, entities decoded (for simple text elements such as `<vt:lpstr>`). */
export function elementText(xml: string, element: XmlElement): string {
  return decodeXmlText(xml.slice(element.contentStart, element.contentEnd));
}

/** The qualified name to write for a new element beside `sibling`: same prefix. */
export function qualified(prefix: string, localName: string): string {
  return prefix ? `${prefix}:${localName}` : localName;
}
