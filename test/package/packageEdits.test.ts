/**
 * The package writer's pieces, each against text written the way other programs write it:
 * escaping, the sheet XML, appended styles, the workbook part, app.xml and the calculation chain.
 */
import { describe, expect, it } from "vitest";
import { openXlsxPackage, PackageNameClashError, refreshPackage, renderSheetXml, StylesAppender, escapeText } from "../../src/adapters/xlsxPackage/index.js";
import { editAppProperties, editWorkbookPart, filterCalcChain } from "../../src/adapters/xlsxPackage/workbookEdits.js";
import { findElements } from "../../src/adapters/xlsxPackage/xmlScan.js";
import { SheetSpecBuilder, formula, text, date, num } from "../../src/core/sheets/SheetSpec.js";
import { CORPUS } from "./corpus/corpus.js";
import { zipParts } from "./corpus/buildWorkbook.js";

const STYLES = '<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs><x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles><x:tableStyles count="0"/></x:styleSheet>';

describe("escaping", () => {
  it("drops characters XML 1.0 cannot hold and escapes markup", () => {
    expect(escapeText("a\u0000b\u000Bc\uD800d\uFFFEe <&> \u{1F600}\t\n")).toBe("abcde &lt;&amp;&gt; \u{1F600}\t\n");
    expect(escapeText("plain text")).toBe("plain text");
    // Quotes need nothing in element content; a carriage return is kept as a reference, a lone low surrogate dropped.
    expect(escapeText('IF(A1<>"",A1&"x",">")\r\n\uDC00')).toBe('IF(A1&lt;&gt;"",A1&amp;"x","&gt;")&#13;\n');
  });
});

describe("renderSheetXml", () => {
  it("writes each formula run as one shared formula: its text and range in the first cell, a pointer in every other, own cells between", () => {
    const runs = new SheetSpecBuilder("PT Plan rows", "planRows")
      .fitRowHeights(false)
      .formulaRun(1, 5, 8, "ROW()")
      .formulaRun(2, 6, 7, "$A6*2")
      .cell(8, 2, formula("1+1"))
      .formulaRun(3, 10, 12, '"x"&$A10')
      .build();
    const xml = renderSheetXml(runs, { styles: new StylesAppender(STYLES), date1904: false });
    const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].filter((m) => Number(m[1]) >= 5).map((m) => `${m[1]}: ${m[2]}`);
    expect(rows).toEqual([
      '5: <c r="A5"><f t="shared" ref="A5:A8" si="0">ROW()</f></c>',
      '6: <c r="A6"><f t="shared" si="0"/></c><c r="B6"><f t="shared" ref="B6:B7" si="1">$A6*2</f></c>',
      '7: <c r="A7"><f t="shared" si="0"/></c><c r="B7"><f t="shared" si="1"/></c>',
      '8: <c r="A8"><f t="shared" si="0"/></c><c r="B8"><f>1+1</f></c>',
      '10: <c r="C10"><f t="shared" ref="C10:C12" si="2">"x"&amp;$A10</f></c>',
      '11: <c r="C11"><f t="shared" si="2"/></c>',
      '12: <c r="C12"><f t="shared" si="2"/></c>',
    ]);
    expect(xml).toContain('<dimension ref="A1:C12"/>');
  });

  const spec = new SheetSpecBuilder("PT Summary", "summary")
    .style("money", { numberFormat: "#,##0;(#,##0)", bold: true, fill: "1F4E79", border: "thin", wrap: true })
    .row(2, [text("=SUM(A1)"), text("- note"), formula('IF(B2<>"",1,0)', 1, "money"), date("2025-03-31"), num(12.5, "money")])
    .merge("A3:B3")
    .row(3, [text("merged")])
    .freeze(2, 1)
    .tabColor("C00000")
    .visibility("hidden")
    .build();

  it("writes text inline as text, formulas without cached values, dates as serials in the workbook's date system", () => {
    const styles = new StylesAppender(STYLES);
    const xml = renderSheetXml(spec, { styles, date1904: false });
    expect(xml).toContain('<c r="A2" s="');
    expect(xml).toMatch(/<c r="A2" s="\d+" t="inlineStr"><is><t xml:space="preserve">=SUM\(A1\)<\/t><\/is><\/c>/);
    expect(xml).toMatch(/<c r="C2" s="\d+"><f>IF\(B2&lt;&gt;"",1,0\)<\/f><\/c>/);
    expect(xml).toMatch(/<c r="D2" s="\d+"><v>45747<\/v><\/c>/);
    expect(renderSheetXml(spec, { styles, date1904: true })).toMatch(/<c r="D2" s="\d+"><v>44285<\/v><\/c>/);
    expect(xml).not.toContain("<v>1</v>");
    expect(xml).toContain('<tabColor rgb="FFC00000"/>');
    expect(xml).toContain('<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>');
  });

  it("puts the worksheet's elements in the schema's order", () => {
    const xml = renderSheetXml(new SheetSpecBuilder("PT Committee", "committee").row(2, [text("a")]).print({ paperSize: "A4", orientation: "landscape", fitToPagesWide: 1, footer: { left: "As at", right: "Page &P" } }).ragFormats("A2:A3", { Red: "red" }).style("red", { fill: "C00000" }).build(), { styles: new StylesAppender(STYLES), date1904: false });
    const order = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "sheetData", "conditionalFormatting", "pageMargins", "pageSetup", "headerFooter"].map((name) => xml.indexOf(`<${name}`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe("StylesAppender", () => {
  it("appends after the officer's formats with their prefix, updates counts and adds a missing dxfs in schema order", () => {
    const styles = new StylesAppender(STYLES);
    const xf = styles.cellFormat({ bold: true, fill: "FFC000", numberFormat: "0.0\\%" }, "0.0\\%");
    const dxf = styles.differentialFormat({ fill: "C00000", fontColor: "FFFFFF" });
    expect(xf).toBe(1);
    expect(dxf).toBe(0);
    const out = styles.result();
    expect(out.startsWith(STYLES.slice(0, STYLES.indexOf("<x:fonts")))).toBe(true);
    expect(out).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0\\%"/></x:numFmts><x:fonts count="2"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font><x:font>');
    expect(out).toContain('<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="164" fontId="1" fillId="2"');
    expect(out.indexOf("<x:dxfs count=\"1\">")).toBeLessThan(out.indexOf("<x:tableStyles"));
    expect(out.indexOf("<x:dxfs")).toBeGreaterThan(out.indexOf("</x:cellStyles>"));
    expect(new StylesAppender(STYLES).result()).toBe(STYLES);
  });
});

describe("index parts", () => {
  it("the workbook part: ours removed and added, the officer's sheet-level names re-pointed, prefixes kept, calculation on load", () => {
    const xml = '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:bookViews><x:workbookView activeTab="2"/></x:bookViews><x:sheets><x:sheet name="Plan" sheetId="1" rel:id="rId1"/><x:sheet name="PT Summary" sheetId="2" rel:id="rId2"/><x:sheet name="Notes" sheetId="3" rel:id="rId3"/></x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="1">\'PT Summary\'!$A$1:$B$2</x:definedName><x:definedName name="Local" localSheetId="2">Notes!$A$1</x:definedName><x:definedName name="VAT">0.2</x:definedName></x:definedNames><x:calcPr calcId="191029" iterate="1"/></x:workbook>';
    const out = editWorkbookPart(xml, {
      removedSheets: new Set(["PT Summary"]),
      newOrder: ["Plan", "Notes", "PT Summary"],
      added: [{ name: "PT Summary", sheetId: 4, relationshipId: "rId9", visibility: "visible" }],
      definedNames: [{ name: "_xlnm.Print_Area", localSheetId: 2, text: "'PT Summary'!$A$2:$C$9" }],
      activeSheet: "Notes",
    });
    expect(out).toBe(
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets><x:sheet name="Plan" sheetId="1" rel:id="rId1"/><x:sheet name="Notes" sheetId="3" rel:id="rId3"/><x:sheet name="PT Summary" sheetId="4" rel:id="rId9"/></x:sheets><x:definedNames><x:definedName name="Local" localSheetId="1">Notes!$A$1</x:definedName><x:definedName name="VAT">0.2</x:definedName><x:definedName name="_xlnm.Print_Area" localSheetId="2">\'PT Summary\'!$A$2:$C$9</x:definedName></x:definedNames><x:calcPr calcId="191029" iterate="1" fullCalcOnLoad="1"/></x:workbook>',
    );
  });

  it("app.xml: the run of worksheet titles replaced, whatever the heading's language; left alone when it cannot be found", () => {
    const app = '<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Benannte Bereiche</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Plan</vt:lpstr><vt:lpstr>PT Summary</vt:lpstr><vt:lpstr>Plan!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>';
    expect(editAppProperties(app, ["Plan", "PT Summary"], ["Plan", "PT Summary", "PT Committee"])).toBe(
      '<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Benannte Bereiche</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>Plan</vt:lpstr><vt:lpstr>PT Summary</vt:lpstr><vt:lpstr>PT Committee</vt:lpstr><vt:lpstr>Plan!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>',
    );
    expect(editAppProperties(app, ["Other"], ["Other", "PT Summary"])).toBe(app);
  });

  it("the calculation chain loses the cells of removed sheets only, and goes when nothing is left", () => {
    const chain = '<calcChain xmlns="m"><c r="B2" i="1"/><c r="B3"/><c r="A1" i="4"/><c r="A2"/><c r="C9" i="2"/><c r="C10"/></calcChain>';
    expect(filterCalcChain(chain, new Set([4]))).toBe('<calcChain xmlns="m"><c r="B2" i="1"/><c r="B3"/><c r="C9" i="2"/><c r="C10"/></calcChain>');
    expect(filterCalcChain(chain, new Set([1]))).toBe('<calcChain xmlns="m"><c r="A1" i="4"/><c r="A2"/><c r="C9" i="2"/><c r="C10"/></calcChain>');
    expect(filterCalcChain('<calcChain xmlns="m"><c r="A1" i="4"/><c r="A2"/></calcChain>', new Set([4]))).toBeUndefined();
  });
});

describe("refreshPackage", () => {
  it("refuses, before building anything, a generated table named like the officer's table", async () => {
    const entry = CORPUS.find((e) => e.file === "table-filter-buttons.xlsx");
    const pkg = await openXlsxPackage(zipParts(entry?.parts() ?? {}));
    const spec = new SheetSpecBuilder("PT Summary", "summary").row(3, [text("Status"), text("Total")]).row(4, [text("Completed"), formula("1+1", 2)]).table({ name: "actionplan", range: { top: 3, left: 1, bottom: 4, right: 2 } }).build();
    expect(() => refreshPackage(pkg, { specs: [spec], replacedSheets: [] })).toThrow(PackageNameClashError);
    expect(() => refreshPackage(pkg, { specs: [spec], replacedSheets: [] })).toThrow('the name "actionplan" is already used in this workbook by a table or named range of yours');
  });

  it("adds a generated table as its own part with a unique id, and removes it with its sheet next time", async () => {
    const entry = CORPUS.find((e) => e.file === "table-filter-buttons.xlsx");
    const pkg = await openXlsxPackage(zipParts(entry?.parts() ?? {}));
    const spec = new SheetSpecBuilder("PT Summary", "summary").row(3, [text("Status"), text("Total")]).row(4, [text("Completed"), formula("1+1", 2)]).table({ name: "PT_Summary_Table", range: { top: 3, left: 1, bottom: 4, right: 2 } }).build();
    const first = refreshPackage(pkg, { specs: [spec], replacedSheets: [] });
    expect(first.addedParts).toEqual(["xl/tables/table2.xml", "xl/worksheets/_rels/sheet3.xml.rels", "xl/worksheets/sheet3.xml"]);
    const again = await openXlsxPackage(first.bytes);
    expect(findElements(again.text("xl/tables/table2.xml"), "table")[0]?.attributes.id).toBe("2");
    const second = refreshPackage(again, { specs: [spec], replacedSheets: ["PT Summary"] });
    expect([...second.removedParts].sort()).toEqual(["xl/tables/table2.xml", "xl/worksheets/_rels/sheet3.xml.rels", "xl/worksheets/sheet3.xml"]);
    expect([...(await openXlsxPackage(second.bytes)).entries.map((e) => e.name)].sort()).toEqual(again.entries.map((e) => e.name).sort());
  });
});
