/**
 * The reference tokenizer: saxes (a maintained, conformant, non-validating XML parser) with
 * namespaces on, driving the same {@link XmlHandler} as the fast scanner. The reader uses it for
 * the small parts (workbook, relationships, styles, theme, tables), where speed does not matter;
 * the tests use it to check the scanner. saxes never expands entities a DOCTYPE declares nor
 * fetches anything; it reports them (and unbound prefixes) as errors, which are ignored here so a
 * quirk is skipped, not fatal. Only structure it cannot follow is refused.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { internUri } from "./namespaces.js";
import { XmlFormatError, type XmlAttributes, type XmlHandler } from "./XmlHandler.js";

/** saxes's own complaints that still leave a readable part behind. */
const TOLERATED = /undefined entity|unbound namespace prefix|disallowed character|doctype|xml declaration|entity|reference|prefix|duplicate attribute|namespace/i;

class SaxesAttributes implements XmlAttributes {
  constructor(private readonly tag: SaxesTagNS) {}

  get(local: string): string | undefined {
    const attribute = this.tag.attributes[local];
    return attribute && attribute.prefix === "" ? attribute.value : undefined;
  }

  getNs(uri: string, local: string): string | undefined {
    for (const key in this.tag.attributes) {
      const attribute = this.tag.attributes[key];
      if (attribute && attribute.prefix !== "" && attribute.prefix !== "xmlns" && attribute.local === local && attribute.uri === uri) return attribute.value;
    }
    return undefined;
  }
}

export function saxesXml(xml: string, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let fatal: string | undefined;
  let depth = 0;
  parser.on("error", (error) => {
    if (!TOLERATED.test(error.message)) fatal ??= error.message;
  });
  parser.on("opentag", (tag) => {
    depth++;
    handler.open(internUri(tag.uri ?? ""), tag.local ?? tag.name, new SaxesAttributes(tag));
  });
  parser.on("closetag", (tag) => {
    depth--;
    handler.close(internUri(tag.uri ?? ""), tag.local ?? tag.name);
  });
  parser.on("text", (text) => {
    if (depth > 0) handler.text(text);
  });
  parser.on("cdata", (text) => {
    if (depth > 0) handler.text(text);
  });
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    fatal ??= error instanceof Error ? error.message : String(error);
  }
  if (fatal !== undefined) throw new XmlFormatError(fatal);
}
