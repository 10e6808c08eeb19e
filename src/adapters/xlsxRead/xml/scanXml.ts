/**
 * A namespace-aware XML tokenizer over a whole part held as one string, written for speed: a sheet
 * of 100,000 rows is about 27 MB of XML, which saxes (the reference tokenizer, see saxesXml.ts)
 * takes about 2 s to read on the project machine and this scanner about a tenth of that, because it
 * jumps between `<` and `>` with `indexOf` instead of visiting every character through a state
 * machine. test/xlsxRead/tokenizers.test.ts checks that both give the same events on every part of
 * every fixture and sample.
 *
 * What it does, as XML 1.0 and Namespaces in XML require of a non-validating reader:
 * - prefixes are resolved through `xmlns`/`xmlns:p` declarations in scope (an unbound prefix stands
 *   for itself, as saxes does), so `ns0:Relationships` reads as `Relationships`;
 * - the five predefined entities and character references are decoded; any other entity reference
 *   is left as written. A DOCTYPE is skipped whole: its entities are never expanded and nothing it
 *   names is ever fetched (the "billion laughs" and external-entity attacks need one or the other);
 * - comments and processing instructions are skipped; CDATA is text;
 * - line ends become "\n"; whitespace characters in attribute values become spaces.
 * Markup that cannot be followed (a tag cut short, an attribute without quotes) throws
 * {@link XmlFormatError}; a part that ends with elements still open is read as far as it goes (as
 * LibreOffice reads it) and a stray close tag with no open element of that name is ignored.
 */
import { internUri } from "./namespaces.js";
import { XML_NS, XmlFormatError, type XmlAttributes, type XmlHandler } from "./XmlHandler.js";

type Scope = Record<string, string>;

const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS });

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

function decodeReference(whole: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body.charCodeAt(1) === 120 /* x */ ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return PREDEFINED[body] ?? whole;
}

/** Decodes entity and character references; an unknown entity is kept as written, never expanded. */
export function decodeEntities(text: string): string {
  return text.indexOf("&") < 0 ? text : text.replace(ENTITY, decodeReference);
}

function normaliseText(raw: string): string {
  const text = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  return decodeEntities(text);
}

function normaliseAttribute(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return decodeEntities(spaced);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

function resolve(scope: Scope, prefix: string): string {
  return scope[prefix] ?? prefix;
}

class ScannedAttributes implements XmlAttributes {
  count = 0;
  readonly names: string[] = [];
  readonly values: string[] = [];
  scope: Scope = ROOT_SCOPE;

  get(local: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === local) return this.values[i];
    return undefined;
  }

  getNs(uri: string, local: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const name = this.names[i] as string;
      const colon = name.indexOf(":");
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      const prefix = name.slice(0, colon);
      if (prefix !== "xmlns" && resolve(this.scope, prefix) === uri) return this.values[i];
    }
    return undefined;
  }

  push(name: string, value: string): void {
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count++;
  }
}

/** Where the markup stops being XML: "cut short" for a part that ends inside a tag. */
function broken(what: string, at: number): XmlFormatError {
  return new XmlFormatError(`${what} at character ${at}`);
}

/** End of a DOCTYPE: the `>` outside its internal subset and outside quoted literals. */
function doctypeEnd(xml: string, from: number): number {
  let depth = 0;
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === 60 && xml.startsWith("<!--", i)) {
      const close = xml.indexOf("-->", i + 4);
      if (close < 0) break;
      i = close + 2;
    } else if (code === 34 || code === 39) {
      const close = xml.indexOf(code === 34 ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close;
    } else if (code === 91) depth++;
    else if (code === 93) depth--;
    else if (code === 62 && depth <= 0) return i;
  }
  throw broken("a document type declaration cut short", from);
}

/** Reads `xml` (a whole part) and reports its elements and text to `handler`. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  const names: string[] = [];
  const uris: string[] = [];
  const locals: string[] = [];
  const scopes: Scope[] = [];
  let scope = ROOT_SCOPE;
  const attributes = new ScannedAttributes();
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;

  const closeTop = (): void => {
    names.pop();
    scopes.pop();
    const uri = uris.pop() as string;
    const local = locals.pop() as string;
    scope = scopes[scopes.length - 1] ?? ROOT_SCOPE;
    handler.close(uri, local);
  };

  while (pos < n) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > pos && names.length > 0) handler.text(normaliseText(xml.slice(pos, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);

    if (next === 47 /* / */) {
      // Nearly always the close tag of the element on top: compare in place, without slicing.
      const top = names[names.length - 1];
      if (top !== undefined && xml.charCodeAt(lt + 2 + top.length) === 62 && xml.startsWith(top, lt + 2)) {
        closeTop();
        pos = lt + 3 + top.length;
        continue;
      }
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw broken("a closing tag cut short", lt);
      const name = xml.slice(lt + 2, gt).trim();
      // A close tag ends its element and any left open inside it; one matching nothing open is ignored.
      const index = names.lastIndexOf(name);
      if (index >= 0) while (names.length > index) closeTop();
      pos = gt + 1;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw broken("a processing instruction cut short", lt);
      pos = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw broken("a comment cut short", lt);
        pos = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw broken("a CDATA section cut short", lt);
        if (names.length > 0 && end > lt + 9) {
          const raw = xml.slice(lt + 9, end);
          handler.text(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
        }
        pos = end + 3;
      } else if (xml.startsWith("<!DOCTYPE", lt)) {
        pos = doctypeEnd(xml, lt + 9) + 1;
      } else {
        throw broken("unknown markup", lt);
      }
      continue;
    }

    // An opening tag: its name, then attributes up to ">" or "/>".
    let at = lt + 1;
    let colon = -1;
    while (at < n) {
      const code = xml.charCodeAt(at);
      if (isSpace(code) || code === 62 || code === 47) break;
      if (code === 58 /* : */ && colon < 0) colon = at - lt - 1;
      at++;
    }
    const qname = xml.slice(lt + 1, at);
    if (qname.length === 0) throw broken("a tag with no name", lt);
    attributes.count = 0;
    let declares = false;
    let selfClosing = false;
    for (;;) {
      while (at < n && isSpace(xml.charCodeAt(at))) at++;
      if (at >= n) throw broken("a tag cut short", lt);
      const code = xml.charCodeAt(at);
      if (code === 62) {
        at++;
        break;
      }
      if (code === 47) {
        if (xml.charCodeAt(at + 1) !== 62) throw broken("a malformed tag", lt);
        selfClosing = true;
        at += 2;
        break;
      }
      const nameStart = at;
      while (at < n) {
        const c = xml.charCodeAt(at);
        if (c === 61 || c <= 32 || c === 62 || c === 47) break;
        at++;
      }
      const name = xml.slice(nameStart, at);
      while (at < n && isSpace(xml.charCodeAt(at))) at++;
      if (xml.charCodeAt(at) !== 61 /* = */) throw broken("an attribute with no value", at);
      at++;
      while (at < n && isSpace(xml.charCodeAt(at))) at++;
      const quote = xml.charCodeAt(at);
      if (quote !== 34 && quote !== 39) throw broken("an attribute value without quotes", at);
      // One pass finds the closing quote and whether the value needs decoding (an "&" or a control character).
      let end = at + 1;
      let plain = true;
      for (;;) {
        if (end >= n) throw broken("an attribute value cut short", at);
        const c = xml.charCodeAt(end);
        if (c === quote) break;
        if (c === 38 || c < 32) plain = false;
        end++;
      }
      const raw = xml.slice(at + 1, end);
      attributes.push(name, plain ? raw : normaliseAttribute(raw));
      if (name.charCodeAt(0) === 120 && name.startsWith("xmlns") && (name.length === 5 || name.charCodeAt(5) === 58)) declares = true;
      at = end + 1;
    }

    let elementScope = scope;
    if (declares) {
      elementScope = Object.create(scope) as Scope;
      for (let i = 0; i < attributes.count; i++) {
        const name = attributes.names[i] as string;
        if (name === "xmlns") elementScope[""] = internUri(attributes.values[i] as string);
        else if (name.startsWith("xmlns:")) elementScope[name.slice(6)] = internUri(attributes.values[i] as string);
      }
    }
    attributes.scope = elementScope;
    // `colon`: where the first ":" of the name is, found while reading it (-1: no prefix).
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const uri = colon < 0 ? (elementScope[""] ?? "") : resolve(elementScope, qname.slice(0, colon));
    handler.open(uri, local, attributes);
    if (selfClosing) {
      handler.close(uri, local);
    } else {
      names.push(qname);
      uris.push(uri);
      locals.push(local);
      scopes.push(elementScope);
      scope = elementScope;
    }
    pos = at;
  }
  // A part that simply stops (its closing tags missing) is read as far as it goes, as LibreOffice
  // does; everything in it has been reported.
  while (names.length > 0) closeTop();
}
