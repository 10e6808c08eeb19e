/**
 * Each quirk of real-world workbooks that made the library reader refuse a file LibreOffice opens,
 * as a hand-written package (test/xlsxRead/handWritten.ts): the new reader reads it, with the values
 * in the right cells, and the plan on it is found.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsxGrid } from "../../src/adapters/xlsxRead/readXlsxGrid.js";
import { runCli } from "../../src/cli/runCli.js";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import { cellAt, type SheetGrid, type WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { recalculate, requireLibreOffice } from "../support/libreoffice.js";
import { handWrittenXlsx, inlineCell, MAIN, PLAN_HEADER, PLAN_ROWS, REL, rowsXml, worksheet } from "./handWritten.js";

const PLAN_XML = worksheet(`<sheetData>${rowsXml([PLAN_HEADER, ...PLAN_ROWS])}</sheetData>`);

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((item) => item.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${grid.sheets.map((item) => item.name).join(", ")}`);
  return found;
}

function expectPlan(grid: WorkbookGrid, sheetName: string, actions = PLAN_ROWS.length): void {
  const check = checkWorkbook(grid, { asOf: "2025-01-31" });
  const plan = check.plans.find((item) => item.sheet === sheetName);
  expect(plan, `plan on ${sheetName}; skipped: ${JSON.stringify(check.skipped)}`).toBeDefined();
  expect(plan?.actions.length).toBe(actions);
}

function value(grid: WorkbookGrid, sheetName: string, row: number, column: number): unknown {
  return cellAt(sheet(grid, sheetName), row, column)?.value;
}

describe("quirks of real-world packages, each read with its plan found", () => {
  it("namespace prefixes on the package's XML (ns0:Relationships, ns0:Types, as Python's ElementTree writes them)", async () => {
    const grid = await readXlsxGrid(handWrittenXlsx({ prefixed: true, sheets: [{ name: "Action plan", xml: PLAN_XML }] }));
    expect(value(grid, "Action plan", 2, 2)).toBe("Publish the improvement plan");
    expectPlan(grid, "Action plan");
  });

  it("plan-tracker validate reads such a file end to end (ExcelJS refused it: \"Unexpected xml node in parseOpen\")", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pt-quirk-cli-"));
    try {
      const path = join(dir, "python-written.xlsx");
      writeFileSync(path, handWrittenXlsx({ prefixed: true, sheets: [{ name: "Action plan", xml: PLAN_XML }] }));
      let out = "";
      let err = "";
      const code = await runCli(["validate", path, "--as-of", "2025-01-31"], { out: (line) => (out += `${line}\n`), err: (line) => (err += `${line}\n`), now: () => new Date(2025, 0, 31) });
      expect(err).toBe("");
      expect(code).toBeLessThan(2);
      expect(out).toContain("in 3 actions");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a prefixed SpreadsheetML namespace on the sheet itself (x:worksheet, x:c)", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rowsXml([PLAN_HEADER, ...PLAN_ROWS]).replace(/<(\/?)(row|c|is|t)\b/g, "<$1x:$2")}</x:sheetData></x:worksheet>`;
    const grid = await readXlsxGrid(handWrittenXlsx({ sheets: [{ name: "Plan", xml }] }));
    expect(value(grid, "Plan", 4, 3)).toBe("Section 151 Officer");
    expectPlan(grid, "Plan");
  });

  it("inline strings, plain and rich (runs joined, phonetic guide skipped), and _x000D_ escapes", async () => {
    const xml = worksheet(
      `<sheetData>${rowsXml([PLAN_HEADER, ...PLAN_ROWS])}<row r="5"><c r="A5" t="inlineStr"><is><t>1.4</t></is></c>` +
        `<c r="B5" t="inlineStr"><is><r><rPr><b/></rPr><t>Train </t></r><r><t xml:space="preserve">all managers</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>` +
        `<c r="C5" t="inlineStr"><is><t>Head of HR_x000D_\nand OD</t></is></c><c r="D5" t="inlineStr"><is><t>July 2025</t></is></c><c r="E5" t="inlineStr"><is><t>Not started</t></is></c></row></sheetData>`,
    );
    const grid = await readXlsxGrid(handWrittenXlsx({ sheets: [{ name: "Plan", xml }] }));
    expect(value(grid, "Plan", 5, 2)).toBe("Train all managers");
    expect(value(grid, "Plan", 5, 3)).toBe("Head of HR\r\nand OD");
    expectPlan(grid, "Plan", 4);
  });

  it("mc:AlternateContent in styles.xml: the Fallback is read, the Choice skipped", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">
<mc:AlternateContent><mc:Choice Requires="x14ac"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts></mc:Choice><mc:Fallback><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts></mc:Fallback></mc:AlternateContent>
<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const rows = rowsXml([PLAN_HEADER, ...PLAN_ROWS]).replace('<c r="D3" t="inlineStr"><is><t xml:space="preserve">June 2025</t></is></c>', '<c r="D3" s="1"><v>45838</v></c>');
    const grid = await readXlsxGrid(handWrittenXlsx({ styles, sheets: [{ name: "Plan", xml: worksheet(`<sheetData>${rows}</sheetData>`) }] }));
    expect(value(grid, "Plan", 3, 4)).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(cellAt(sheet(grid, "Plan"), 3, 4)?.numFmt).toBe("dd/mm/yyyy");
    expectPlan(grid, "Plan");
  });

  it("a list validation pointing at a table column (INDIRECT of a structured reference), an x14 one at a defined name, and an inline one", async () => {
    const x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
    const xm = "http://schemas.microsoft.com/office/excel/2006/main";
    const plan = worksheet(
      `<sheetData>${rowsXml([PLAN_HEADER, ...PLAN_ROWS])}</sheetData>` +
        `<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="E2:E100"><formula1>INDIRECT("Statuses[Status]")</formula1></dataValidation>` +
        `<dataValidation type="list" sqref="G2:G100 H2"><formula1>"Red,Amber, Green"</formula1></dataValidation></dataValidations>` +
        `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${x14}"><x14:dataValidations count="1" xmlns:xm="${xm}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>LeadList</xm:f></x14:formula1><xm:sqref>C2:C100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
    );
    const lists = worksheet(
      `<sheetData>${rowsXml([["Status", null, "Lead"], ["Completed", null, "Chief Executive"], ["On track", null, "Monitoring Officer"], ["Some slippage", null, "Section 151 Officer"], ["Major slippage"], ["Not started"]])}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`,
    );
    const table = `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="Statuses" displayName="Statuses" ref="A1:A6" totalsRowShown="0"><autoFilter ref="A1:A6"/><tableColumns count="1"><tableColumn id="1" name="Status"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
    const grid = await readXlsxGrid(
      handWrittenXlsx({
        sheets: [
          { name: "Plan", xml: plan },
          { name: "Lists", xml: lists, rels: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>` },
        ],
        definedNames: `<definedNames><definedName name="LeadList">Lists!$C$2:$C$4</definedName></definedNames>`,
        extra: { "xl/tables/table1.xml": table },
      }),
    );
    const validations = sheet(grid, "Plan").validations ?? [];
    expect(validations, JSON.stringify(validations)).toEqual([
      { ranges: [{ top: 2, left: 5, bottom: 100, right: 5 }], items: ["Completed", "On track", "Some slippage", "Major slippage", "Not started"], source: 'INDIRECT("Statuses[Status]")' },
      { ranges: [{ top: 2, left: 7, bottom: 100, right: 7 }, { top: 2, left: 8, bottom: 2, right: 8 }], items: ["Red", "Amber", "Green"], source: '"Red,Amber, Green"' },
      { ranges: [{ top: 2, left: 3, bottom: 100, right: 3 }], items: ["Chief Executive", "Monitoring Officer", "Section 151 Officer"], source: "LeadList" },
    ]);
    expectPlan(grid, "Plan");
  });

  it("elements no reader models inside conditional formats (x14 data bars, an unknown vendor extension) are skipped", async () => {
    const xml = worksheet(
      `<sheetData>${rowsXml([PLAN_HEADER, ...PLAN_ROWS])}</sheetData>` +
        `<conditionalFormatting sqref="E2:E4"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{00000000-0000-0000-0000-000000000001}</x14:id></ext></extLst></cfRule>` +
        `<cfRule type="expression" priority="2"><vendor:glow xmlns:vendor="urn:example:vendor" radius="3"><vendor:colour>red</vendor:colour></vendor:glow><formula>$E2="Major slippage"</formula></cfRule><unknownRule kind="sparkle"/></conditionalFormatting>` +
        `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>'Other sheet'!E2:E4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
    );
    const grid = await readXlsxGrid(handWrittenXlsx({ sheets: [{ name: "Plan", xml }] }));
    expect(value(grid, "Plan", 4, 5)).toBe("Some slippage");
    expectPlan(grid, "Plan");
  });

  it("no document properties at all, and unusual ones (an app.xml with odd vectors, a custom.xml)", async () => {
    const none = await readXlsxGrid(handWrittenXlsx({ noDocProps: true, sheets: [{ name: "Plan", xml: PLAN_XML }] }));
    expectPlan(none, "Plan");
    const odd = await readXlsxGrid(
      handWrittenXlsx({
        sheets: [{ name: "Plan", xml: PLAN_XML }],
        extra: {
          "docProps/app.xml": `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><HeadingPairs><vt:vector size="1" baseType="variant"/></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Plan</vt:lpstr></vt:vector></TitlesOfParts><Company/></Properties>`,
          "docProps/custom.xml": `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_x"><lpwstr xmlns="urn:unknown">Official</lpwstr></property></Properties>`,
        },
      }),
    );
    expectPlan(odd, "Plan");
  });

  it("rows and cells without r attributes are placed by their order", async () => {
    const cells = (values: readonly (string | null)[]) => values.map((item) => (item === null ? `<c/>` : inlineCell(null, item))).join("");
    const xml = worksheet(
      `<sheetData><row>${cells(["Improvement plan 2025"])}</row><row/>` +
        `<row>${cells(PLAN_HEADER as string[])}</row>` +
        PLAN_ROWS.map((row) => `<row>${cells(row as string[])}</row>`).join("") +
        // A row with r after rows without: numbering resumes from it; a cell with r after ones without.
        `<row r="9"><c t="inlineStr"><is><t>1.4</t></is></c><c r="C9" t="inlineStr"><is><t>Head of HR</t></is></c>${inlineCell(null, "Spring 2025")}</row></sheetData>`,
    );
    const grid = await readXlsxGrid(handWrittenXlsx({ sheets: [{ name: "Plan", xml }] }));
    const plan = sheet(grid, "Plan");
    expect(cellAt(plan, 1, 1)?.value).toBe("Improvement plan 2025");
    expect(cellAt(plan, 3, 1)?.value).toBe("Ref");
    expect(cellAt(plan, 6, 3)?.value).toBe("Section 151 Officer");
    expect(cellAt(plan, 9, 1)?.value).toBe("1.4");
    expect(cellAt(plan, 9, 3)?.value).toBe("Head of HR");
    expect(cellAt(plan, 9, 4)?.value).toBe("Spring 2025");
    expect(plan.rowCount).toBe(9);
    expectPlan(grid, "Plan", 4);
  });

  it("a DOCTYPE with entities: read with the entities neither expanded nor fetched", async () => {
    const doctype = `<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">]>`;
    const rows = rowsXml([PLAN_HEADER, ...PLAN_ROWS]).replace("Published in March.", "Published &lol3; &secret; &remote;");
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData></worksheet>`;
    const sharedStrings = `<?xml version="1.0"?>${doctype.replace("worksheet", "sst")}<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>&lol3;</t></si></sst>`;
    const grid = await readXlsxGrid(handWrittenXlsx({ sharedStrings, sheets: [{ name: "Plan", xml: xml.replace("</sheetData>", '<row r="9"><c r="A9" t="s"><v>0</v></c></row></sheetData>') }] }));
    expect(value(grid, "Plan", 2, 6)).toBe("Published &lol3; &secret; &remote;");
    expect(value(grid, "Plan", 9, 1)).toBe("&lol3;");
    expectPlan(grid, "Plan");
  });

  it("dates: the 1904 system written as LibreOffice does (date1904=\"true\"), t=\"d\" ISO cells, built-in date format 14", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const rows = rowsXml([PLAN_HEADER, ...PLAN_ROWS])
      .replace('<c r="D2" t="inlineStr"><is><t xml:space="preserve">March 2025</t></is></c>', '<c r="D2" s="1"><v>44285</v></c>')
      .replace('<c r="D3" t="inlineStr"><is><t xml:space="preserve">June 2025</t></is></c>', '<c r="D3" t="d"><v>2025-06-30T00:00:00</v></c>');
    const grid = await readXlsxGrid(handWrittenXlsx({ styles, workbookPr: '<workbookPr date1904="true"/>', sheets: [{ name: "Plan", xml: worksheet(`<sheetData>${rows}</sheetData>`) }] }));
    expect(grid.date1904).toBe(true);
    // 44285 in the 1904 system is 31 March 2025 (44285 + 1462 = 45747 in the 1900 system).
    expect(value(grid, "Plan", 2, 4)).toEqual(new Date(Date.UTC(2025, 2, 31)));
    expect(value(grid, "Plan", 3, 4)).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expectPlan(grid, "Plan");
  });

  it("fills (RGB, indexed, theme with tint), hidden rows and columns, merges and shared formulas", async () => {
    const theme = `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>`;
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      `<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>` +
      `<fill><patternFill patternType="solid"><fgColor indexed="51"/></patternFill></fill>` +
      `<fill><patternFill patternType="solid"><fgColor theme="9" tint="0.59999389629810485"/></patternFill></fill></fills>` +
      `<cellXfs count="4"><xf numFmtId="0" fillId="0"/><xf numFmtId="0" fillId="2" applyFill="1"/><xf numFmtId="0" fillId="3" applyFill="1"/><xf numFmtId="0" fillId="4" applyFill="1"/></cellXfs></styleSheet>`;
    const planCells = (row: number) => (PLAN_ROWS[row - 3] as readonly string[]).slice(0, 4).map((text, i) => inlineCell(`${"ABCD"[i]}${row}`, text)).join("");
    const body =
      `<cols><col min="2" max="3" width="20" hidden="1" customWidth="1"/></cols><sheetData>` +
      `<row r="1">${inlineCell("A1", "Improvement plan")}<c r="B1" s="1"/></row>${rowsXml([PLAN_HEADER], 2)}` +
      `<row r="3" hidden="1">${planCells(3)}<c r="E3" s="1" t="inlineStr"><is><t>Completed</t></is></c><c r="G3"><f>LEN(B3)</f><v>28</v></c><c r="H3"><f t="shared" ref="H3:H5" si="0">$D3&amp;" "&amp;E3</f><v>x</v></c></row>` +
      `<row r="4">${planCells(4)}<c r="E4" s="2" t="inlineStr"><is><t>On track</t></is></c><c r="H4"><f t="shared" si="0"/><v>y</v></c></row>` +
      `<row r="5">${planCells(5)}<c r="E5" s="3"/><c r="H5"><f t="shared" si="0"/><v>z</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>`;
    const grid = await readXlsxGrid(handWrittenXlsx({ styles, theme, sheets: [{ name: "Plan", xml: worksheet(body) }] }));
    const plan = sheet(grid, "Plan");
    expect(cellAt(plan, 1, 2)).toEqual({ value: null, fill: "FF0000" });
    expect(cellAt(plan, 3, 5)).toEqual({ value: "Completed", fill: "FF0000" });
    expect(cellAt(plan, 4, 5)?.fill).toBe("FFCC00");
    // accent6 70AD47 lightened 60%, as Excel shows it (see colours.test.ts on rounding).
    expect(cellAt(plan, 5, 5)).toEqual({ value: null, fill: "C6E0B4" });
    expect(plan.hiddenRows).toEqual([3]);
    expect(plan.hiddenColumns).toEqual([2, 3]);
    expect(plan.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);
    expect(cellAt(plan, 3, 8)?.formula).toBe('$D3&" "&E3');
    expect(cellAt(plan, 5, 8)?.formula).toBe('$D5&" "&E5');
    expect(cellAt(plan, 3, 7)).toEqual({ value: 28, formula: "LEN(B3)" });
    expectPlan(grid, "Plan");
  });

  it("a sheet whose XML simply stops is read as far as it goes, as LibreOffice reads it", async () => {
    const cut = PLAN_XML.slice(0, PLAN_XML.indexOf("</sheetData>"));
    const grid = await readXlsxGrid(handWrittenXlsx({ sheets: [{ name: "Plan", xml: cut }] }));
    expect(value(grid, "Plan", 4, 2)).toBe("Refresh the medium-term financial plan");
    expectPlan(grid, "Plan");
  });

  const gate = requireLibreOffice();
  it.skipIf(!gate.available)("LibreOffice reads both the same way: all of the sheet that stops, nothing after the break of the one broken at row 3", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pt-broken-"));
    try {
      const rowsKept = async (xml: string) => {
        const path = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
        writeFileSync(path, handWrittenXlsx({ sheets: [{ name: "Plan", xml }] }));
        const saved = await readXlsxGrid(readFileSync(await recalculate(path, { tempRoot: dir })));
        return sheet(saved, "Plan").rowCount;
      };
      expect(await rowsKept(PLAN_XML.slice(0, PLAN_XML.indexOf("</sheetData>")))).toBe(4);
      expect(await rowsKept(PLAN_XML.replace('<c r="B3" t="inlineStr">', '<c r=B3 t="inlineStr">'))).toBeLessThan(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("markup broken inside a sheet is refused in one plain sentence naming the sheet and row, not the tokenizer's words", async () => {
    // LibreOffice 7.4 opens this file and silently drops row 4 and the rest of row 3 (see above).
    const broken = PLAN_XML.replace('<c r="B3" t="inlineStr">', '<c r=B3 t="inlineStr">');
    await expect(readXlsxGrid(handWrittenXlsx({ sheets: [{ name: "Plan", xml: broken }] }))).rejects.toThrow(
      'the file is damaged: the sheet "Plan" (xl/worksheets/sheet1.xml) breaks off at row 3, so it cannot be checked. Excel and LibreOffice would drop what comes after the break without saying so. Ask for a fresh copy, or open it in Excel and let it repair the file.',
    );
  });
});
