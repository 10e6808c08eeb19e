import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { WorkbookReadError } from "../../src/adapters/exceljs/WorkbookReadError.js";
import { zipEntries } from "../../src/adapters/exceljs/zipEntries.js";
import { openXlsxPackage, relativeTarget, resolveTarget, writeZip, xmlBoolean } from "../../src/adapters/xlsxPackage/index.js";
import { part, writeZip as writeTestZip } from "../catalogue/zipWriter.js";
import { zipOf } from "./zipOf.js";

const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;

describe("openXlsxPackage", () => {
  it("finds the workbook, sheets, strings and styles from the relationships, with namespace prefixes and unusual names", async () => {
    // As some generators write it: prefixed elements, an absolute workbook target, odd part names.
    const bytes = zipOf({
      "[Content_Types].xml": CT,
      "_rels/.rels": `<?xml version="1.0"?><ns0:Relationships xmlns:ns0="http://schemas.openxmlformats.org/package/2006/relationships"><ns0:Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/book.xml"/></ns0:Relationships>`,
      "xl/book.xml": `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Plan &amp; actions" sheetId="4" rel:id="R9"/><x:sheet name="Lists" sheetId="2" state="hidden" rel:id="R2"/></x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="0">'Plan &amp; actions'!$A$1:$C$9</x:definedName></x:definedNames></x:workbook>`,
      "xl/_rels/book.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/second.xml"/><Relationship Id="R9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./sheets/../sheets/first.xml"/><Relationship Id="R3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="R4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/look.xml"/></Relationships>`,
      "xl/sheets/first.xml": "<worksheet/>",
      "xl/sheets/second.xml": "<worksheet/>",
      "xl/strings.xml": "<sst/>",
      "xl/look.xml": "<styleSheet/>",
    });
    const pkg = await openXlsxPackage(bytes);
    expect(pkg.workbook.part).toBe("xl/book.xml");
    expect(pkg.workbook.sheets.map((s) => [s.name, s.sheetId, s.part, s.visibility])).toEqual([
      ["Plan & actions", 4, "xl/sheets/first.xml", "visible"],
      ["Lists", 2, "xl/sheets/second.xml", "hidden"],
    ]);
    expect(pkg.workbook.sharedStringsPart).toBe("xl/strings.xml");
    expect(pkg.workbook.stylesPart).toBe("xl/look.xml");
    expect(pkg.workbook.date1904).toBe(true);
    expect(pkg.workbook.definedNames).toEqual([{ name: "_xlnm.Print_Area", text: "'Plan & actions'!$A$1:$C$9", localSheetId: 0 }]);
    expect(pkg.text("xl/sheets/first.xml")).toBe("<worksheet/>");
  });

  it.each([
    ["1", true],
    ["true", true],
    ["on", true],
    [" TRUE ", true],
    ["0", false],
    ["false", false],
    [undefined, false],
  ])("reads date1904=%s as %s", (value, expected) => {
    expect(xmlBoolean(value)).toBe(expected);
  });

  it("refuses a zip that is not a workbook in plain words", async () => {
    const error = await openXlsxPackage(zipOf({ "readme.txt": "hello" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).toMatch(/not an Excel workbook/);
    const noWorkbook = await openXlsxPackage(zipOf({ "[Content_Types].xml": CT })).catch((e: unknown) => e);
    expect((noWorkbook as Error).message).toMatch(/holds no workbook/);
  });
});

describe("the size guard on each part", () => {
  const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const WORKBOOK = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`;
  const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<numFmts/>".repeat(200)}</styleSheet>`;

  it("refuses a part that unpacks to more than the zip's directory says, when it is unpacked", async () => {
    // The directory says 100 bytes; the part holds 2,000. Only unpacking shows it.
    const lying = { ...part("xl/styles.xml", STYLES), uncompressedSize: 100 };
    const pkg = await openXlsxPackage(writeTestZip([part("[Content_Types].xml", CT), part("_rels/.rels", RELS), part("xl/workbook.xml", WORKBOOK), lying]));
    const error = (() => {
      try {
        pkg.text("xl/styles.xml");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).failure).toBe("too-large");
    expect((error as Error).message).toMatch(/^xl\/styles\.xml \(the formatting\) unpacks to more than the 1 KB the file says it holds/);
  });

  it("opens a package whose only damaged part is one nothing reads (a picture): the damage shows only when that part is unpacked", async () => {
    const picture = { ...part("xl/media/image1.png", "not really a picture"), packed: Buffer.from([0xff, 0xff, 0xff, 0xff]) };
    const pkg = await openXlsxPackage(writeTestZip([part("[Content_Types].xml", CT), part("_rels/.rels", RELS), part("xl/workbook.xml", WORKBOOK), picture]));
    expect(pkg.workbook.part).toBe("xl/workbook.xml");
    expect(() => pkg.read("xl/media/image1.png")).toThrow(/cannot be unpacked/);
  });
});

describe("part names", () => {
  it("resolves targets relative to their source and back", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("xl/workbook.xml", "../../x.xml")).toBeUndefined();
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
    expect(relativeTarget("xl/worksheets/sheet3.xml", "xl/tables/table2.xml")).toBe("../tables/table2.xml");
  });
});

describe("writeZip", () => {
  it("copies packed parts unchanged and packs new ones, readable by another zip library", async () => {
    const original = zipOf({ "[Content_Types].xml": CT, "a.xml": "<a>".repeat(500), "b.bin": new Uint8Array([1, 2, 3]) });
    const entries = zipEntries(original);
    const a = entries.find((e) => e.name === "a.xml");
    if (!a) throw new Error("no a.xml");
    const { packedBytes } = await import("../../src/adapters/exceljs/zipEntries.js");
    const written = writeZip([
      { kind: "copied", entry: a, packed: packedBytes(original, a) },
      { kind: "new", name: "c/ü.xml", content: new TextEncoder().encode("<c>é</c>") },
    ]);
    const files = unzipSync(written);
    expect(Object.keys(files)).toEqual(["a.xml", "c/ü.xml"]);
    expect(strFromU8(files["a.xml"] as Uint8Array)).toBe("<a>".repeat(500));
    expect(strFromU8(files["c/ü.xml"] as Uint8Array)).toBe("<c>é</c>");
    const rewritten = zipEntries(written).find((e) => e.name === "a.xml");
    expect(packedBytes(written, rewritten as typeof a)).toEqual(packedBytes(original, a));
  });
});
