/**
 * Markup Compatibility (ECMA-376 Part 3): `mc:AlternateContent` offers a `mc:Choice` that needs
 * some extension and a `mc:Fallback` for readers without it. Excel wraps parts of styles.xml and
 * sheets this way (ExcelJS gives up on it in styles). The reader understands no extension, so it
 * does what Part 3 §10.2 asks of such a reader: skips every Choice and reads the Fallback's children
 * as if they stood in place of the AlternateContent.
 */
import { MARKUP_COMPATIBILITY_NS } from "./namespaces.js";
import type { XmlAttributes, XmlHandler } from "./XmlHandler.js";

export function withMarkupCompatibility(inner: XmlHandler): XmlHandler {
  /** Depth inside a skipped Choice (0 = not skipping). */
  let skipping = 0;
  return {
    open(uri: string, local: string, attributes: XmlAttributes): void {
      if (skipping > 0) {
        skipping++;
        return;
      }
      if (uri === MARKUP_COMPATIBILITY_NS) {
        if (local === "Choice") skipping = 1;
        return; // AlternateContent and Fallback themselves are transparent
      }
      inner.open(uri, local, attributes);
    },
    close(uri: string, local: string): void {
      if (skipping > 0) {
        skipping--;
        return;
      }
      if (uri === MARKUP_COMPATIBILITY_NS) return;
      inner.close(uri, local);
    },
    text(text: string): void {
      if (skipping === 0) inner.text(text);
    },
  };
}
