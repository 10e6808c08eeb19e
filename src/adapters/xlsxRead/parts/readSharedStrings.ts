/**
 * xl/sharedStrings.xml: the workbook's text, one `<si>` per string, in the order cells count them.
 * A rich-text string is its runs' text joined (`<r><t>…</t></r>`); phonetic guides (`<rPh>`, the
 * furigana Excel stores for Japanese text) are not part of what the cell shows and are skipped.
 */
import { isMain } from "../xml/namespaces.js";
import type { XmlHandler } from "../xml/XmlHandler.js";
import { compactString } from "../compactString.js";
import { decodeXstring } from "../xstring.js";

export function sharedStringsHandler(into: string[]): XmlHandler {
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = "";
  return {
    open(uri, local) {
      if (!isMain(uri)) return;
      if (local === "si") {
        inItem = true;
        current = "";
      } else if (local === "rPh") phonetic++;
      else if (local === "t" && inItem && phonetic === 0) inText = true;
    },
    close(uri, local) {
      if (!isMain(uri)) return;
      if (local === "si") {
        into.push(compactString(decodeXstring(current)));
        inItem = false;
      } else if (local === "rPh") phonetic--;
      else if (local === "t") inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  };
}
