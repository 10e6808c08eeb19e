/**
 * The fast scanner (scanXml) against saxes, the reference tokenizer, event for event: on every XML
 * part of every sample (as written by ExcelJS and as saved by LibreOffice) and on hand-written
 * markup covering what the scanner must get right — namespaces and their scopes, prefixed and
 * unprefixed attributes, entities and character references, CDATA, comments, processing
 * instructions, a DOCTYPE with entities, line ends and attribute whitespace.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saxesXml } from "../../src/adapters/xlsxRead/xml/saxesXml.js";
import { scanXml } from "../../src/adapters/xlsxRead/xml/scanXml.js";
import { XmlFormatError, type XmlHandler } from "../../src/adapters/xlsxRead/xml/XmlHandler.js";
import { readZip } from "../catalogue/zipWriter.js";

const ATTRIBUTES_ASKED = ["r", "t", "s", "id", "name", "val", "ref", "Id", "Target", "b", "x", "missing"];
const NAMESPACED_ASKED: ReadonlyArray<readonly [string, string]> = [
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"],
  ["urn:a", "x"],
  ["urn:b", "x"],
  ["http://www.w3.org/XML/1998/namespace", "space"],
];

/** Every event as a line; text pieces joined, as part readers see them. */
function events(tokenizer: (xml: string, handler: XmlHandler) => void, xml: string): string[] {
  const out: string[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  tokenizer(xml, {
    open(uri, local, attributes) {
      flush();
      const plain = ATTRIBUTES_ASKED.map((name) => attributes.get(name)).map((value) => value ?? "-");
      const spaced = NAMESPACED_ASKED.map(([ns, name]) => attributes.getNs(ns, name) ?? "-");
      out.push(`open {${uri}}${local} ${JSON.stringify(plain)} ${JSON.stringify(spaced)}`);
    },
    close(uri, local) {
      flush();
      out.push(`close {${uri}}${local}`);
    },
    text(piece) {
      text += piece;
    },
  });
  flush();
  return out;
}

const HAND_WRITTEN: Readonly<Record<string, string>> = {
  namespaces: `<?xml version="1.0"?><root xmlns="urn:default" xmlns:a="urn:a"><a:x a:x="1" x="2"><inner xmlns="urn:inner" xmlns:a="urn:b" a:x="3"><a:y/></inner><back/></a:x></root>`,
  "unbound prefix": `<root><q:w q:x="1">t</q:w></root>`,
  entities: `<r t="a &lt; b &amp; &quot;c&quot; &#65;&#x42;&apos;">x &gt; y &#x1F600; &unknown; &amp;amp;</r>`,
  cdata: `<r><![CDATA[<not a tag> & not an entity]]>after</r>`,
  "comments and PIs": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!-- a comment with <tags> --><r><?pi body?><!-- x -->text<b/></r>`,
  doctype: `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "expanded"><!ENTITY f SYSTEM "file:///etc/passwd"><!-- ] > -->]><r x="&e;">a&e;b&f;</r>`,
  "doctype whose comment holds ]>": `<!DOCTYPE r [<!-- ]> --><!ENTITY e "x">]><r>&e;</r>`,
  "line ends and attribute whitespace": `<r\tval="a\tb\nc\r\nd">line1\r\nline2\rline3</r>`,
  "single quotes and spaces around =": `<r name = 'O&apos;Brien' Id="x"/>`,
  "xml:space": `<t xml:space="preserve">  two spaces  </t>`,
  "rels with ns0 prefix": `<ns0:Relationships xmlns:ns0="http://schemas.openxmlformats.org/package/2006/relationships"><ns0:Relationship Id="rId1" Target="worksheets/sheet1.xml"/></ns0:Relationships>`,
  "r:id": `<sheets xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheet name="P" r:id="rId1"/></sheets>`,
};

describe("the fast scanner gives the same events as saxes", () => {
  it("except that a part which stops with elements open is closed off and kept, where saxes refuses it", () => {
    const scanned: string[] = [];
    scanXml("<r><c>text", { open: (_u, local) => scanned.push(`open ${local}`), close: (_u, local) => scanned.push(`close ${local}`), text: (text) => scanned.push(text) });
    expect(scanned).toEqual(["open r", "open c", "text", "close c", "close r"]);
    expect(() => saxesXml("<r><c>text", { open() {}, close() {}, text() {} })).toThrow(XmlFormatError);
  });

  it.each(Object.entries(HAND_WRITTEN))("%s", (_name, xml) => {
    expect(events(scanXml, xml)).toEqual(events(saxesXml, xml));
  });

  const parts = readdirSync("samples")
    .filter((name) => name.endsWith(".xlsx"))
    .flatMap((file) => [...readZip(readFileSync(join("samples", file)))].filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, content]) => [`${file}:${name}`, content.toString("utf8")] as const));

  it.each(parts)("%s", (_name, xml) => {
    const scanned = events(scanXml, xml);
    expect(scanned.length).toBeGreaterThan(0);
    expect(scanned).toEqual(events(saxesXml, xml));
  });

  it.each([
    ["a tag cut short", "<r><c r="],
    ["an attribute without quotes", "<r a=1/>"],
  ])("refuses %s, as saxes does", (_name, xml) => {
    expect(() => scanXml(xml, { open() {}, close() {}, text() {} })).toThrow(XmlFormatError);
    expect(() => saxesXml(xml, { open() {}, close() {}, text() {} })).toThrow(XmlFormatError);
  });
});
