import { describe, expect, it } from "vitest";
import { sharedStringsAsBytes, sharedStringsHandler } from "../../src/adapters/xlsxRead/parts/readSharedStrings.js";
import { readXlsxGrid } from "../../src/adapters/xlsxRead/readXlsxGrid.js";
import { scanXml } from "../../src/adapters/xlsxRead/xml/scanXml.js";
import { handWrittenXlsx, MAIN, worksheet } from "./handWritten.js";

/** As Excel writes it: plain, space-preserved, rich-text runs with a phonetic guide, escapes, entities, a CR LF. */
const SST = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN}" count="7" uniqueCount="7">
<si><t>Status</t></si>
<si><t xml:space="preserve">Council’s plan – 2024/25 £1,200 café </t></si>
<si><r><rPr><rFont val="ＭＳ Ｐゴシック"/></rPr><t>東京</t></r><r><t xml:space="preserve"> office 😀</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>
<si><t>Line one_x000D_\r\nLine two _x005F_x000D_</t></si>
<si><t>Fish &amp; chips &lt;b&gt; "quoted" &apos;single&apos;</t></si>
<si><t/></si>
<si><t>Ünïcödé only</t></si>
</sst>`;

const EXPECTED = [
  "Status",
  "Council’s plan – 2024/25 £1,200 café ",
  "東京 office 😀",
  "Line one\r\nLine two _x000D_",
  "Fish & chips <b> \"quoted\" 'single'",
  "",
  "Ünïcödé only",
];

function readAsText(xml: string): string[] {
  const strings: string[] = [];
  scanXml(xml, sharedStringsHandler(strings));
  return strings;
}

describe("shared strings read as UTF-8 bytes", () => {
  it("give the same strings as the part read as text", () => {
    const bytes = Buffer.from(SST, "utf8");
    const asBytes = sharedStringsAsBytes(bytes);
    expect(asBytes).toBeDefined();
    const strings: string[] = [];
    scanXml(asBytes as string, sharedStringsHandler(strings, "utf8Bytes"));
    expect(readAsText(SST)).toEqual(EXPECTED);
    expect(strings).toEqual(EXPECTED);
  });

  it("are not used for a part with character references, which decode to characters, not bytes", () => {
    expect(sharedStringsAsBytes(Buffer.from(SST.replace("–", "&#8211;"), "utf8"))).toBeUndefined();
    expect(sharedStringsAsBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SST, "utf16le")]))).toBeUndefined();
  });

  it("drop the UTF-8 byte-order mark", () => {
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SST, "utf8")]);
    expect((sharedStringsAsBytes(withMark) as string).startsWith("<?xml")).toBe(true);
  });

  it("reach the cells the same way, with and without a character reference in the part", async () => {
    const sheet = worksheet(`<sheetData><row r="1">${EXPECTED.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("")}</row></sheetData>`);
    for (const sharedStrings of [SST, SST.replace("café", "caf&#233;")]) {
      const grid = await readXlsxGrid(handWrittenXlsx({ sheets: [{ name: "Plan", xml: sheet }], sharedStrings }));
      const values = (grid.sheets[0]?.rows[0] ?? []).map((cell) => cell?.value ?? null);
      expect(values).toEqual(EXPECTED.map((text) => (text === "" ? "" : text)));
    }
  });
});
