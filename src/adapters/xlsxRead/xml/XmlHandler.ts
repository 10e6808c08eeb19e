/**
 * The events a part reader gets from an XML tokenizer: elements by namespace URI and local name
 * (prefixes already resolved, so `ns0:Relationships` and `Relationships` are the same element), and
 * text with entities decoded. Both tokenizers (scanXml, the fast one; saxesXml, the reference) drive
 * the same handlers, so a part reader never depends on which one ran.
 */

/** An element's attributes, valid only during the `open` call (the fast tokenizer reuses the object). */
export interface XmlAttributes {
  /** An attribute with no prefix, by local name (`r`, `t`, `s`). */
  get(local: string): string | undefined;
  /** A prefixed attribute by namespace URI and local name (`r:id` is `(RELATIONSHIPS_NS, "id")`). */
  getNs(uri: string, local: string): string | undefined;
}

export interface XmlHandler {
  open(uri: string, local: string, attributes: XmlAttributes): void;
  close(uri: string, local: string): void;
  /** Character data (and CDATA), entities decoded, line ends normalised to "\n". May come in pieces. */
  text(text: string): void;
}

/** The part is not well-formed XML (cut short, or not XML at all). Never carries the tokenizer's own wording to an officer. */
export class XmlFormatError extends Error {
  override name = "XmlFormatError";
}

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
