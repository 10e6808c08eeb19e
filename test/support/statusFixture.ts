/**
 * A plan workbook written part by part as Excel writes it (shared strings, a styles part with solid
 * fills in the three colour forms — rgb, theme with tint, indexed — a theme part, a hidden column, a
 * list data validation pointing at a defined name over a lookup sheet), not through the library that
 * reads it. Used by the adapter tests of fills, hidden columns and drop-down lists.
 *
 * Plan sheet, as at 2025-01-15:
 *
 * | Ref | Action | Lead | Due date   | Previous RAG | Current RAG            | Latest RAG (hidden G) |
 * |-----|--------|------|------------|--------------|------------------------|-----------------------|
 * | 1   | …      | HR   | 2025-12-31 | Green        | Wobbly                 | Red                   |
 * | 2   | …      | HR   | 2025-12-31 | Green        | (red fill, FF0000)     |                       |
 * | 3   | …      | HR   | 2025-12-31 | Green        | (theme accent6 = green)|                       |
 * | 4   | …      | HR   | 2025-12-31 | Amber        | (indexed 51 = FFCC00)  |                       |
 * | 5   | …      | HR   | 2025-12-31 | Amber        | Stuck                  |                       |
 *
 * The drop-down on F2:F20 is `=StatusWords`, a defined name for `Lists!$A$2:$A$4` (Fine, Wobbly, Stuck)
 * under the heading "Status words".
 */
import { part, writeZip } from "../catalogue/zipWriter.js";

const strings: string[] = [];
function s(text: string): number {
  let index = strings.indexOf(text);
  if (index < 0) {
    strings.push(text);
    index = strings.length - 1;
  }
  return index;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

type Value = string | number | null;

/** A row of cells: [column letter, value, style index]. */
function row(r: number, cells: Array<[string, Value, number?]>): string {
  const xml = cells
    .map(([column, value, style]) => {
      const ref = `${column}${r}`;
      const styleAttr = style ? ` s="${style}"` : "";
      if (value === null) return `<c r="${ref}"${styleAttr}/>`;
      if (typeof value === "number") return `<c r="${ref}"${styleAttr}><v>${value}</v></c>`;
      return `<c r="${ref}"${styleAttr} t="s"><v>${s(value)}</v></c>`;
    })
    .join("");
  return `<row r="${r}">${xml}</row>`;
}

/** 2025-12-31 as an Excel serial (1900 date system). */
const DUE = 46022;
/** cellXfs: 0 default, 1 date, 2 red rgb fill, 3 theme accent6 fill, 4 indexed 51 fill. */
const STYLE = { date: 1, red: 2, themeGreen: 3, indexedAmber: 4 } as const;

function planSheet(): string {
  const header = row(1, [
    ["A", "Ref"],
    ["B", "Action"],
    ["C", "Lead"],
    ["D", "Due date"],
    ["E", "Previous RAG"],
    ["F", "Current RAG"],
    ["G", "Latest RAG"],
  ]);
  const body = [
    row(2, [["A", "1"], ["B", "Recruit two officers"], ["C", "HR"], ["D", DUE, STYLE.date], ["E", "Green"], ["F", "Wobbly"], ["G", "Red"]]),
    row(3, [["A", "2"], ["B", "Train the team"], ["C", "HR"], ["D", DUE, STYLE.date], ["E", "Green"], ["F", null, STYLE.red]]),
    row(4, [["A", "3"], ["B", "Publish the policy"], ["C", "HR"], ["D", DUE, STYLE.date], ["E", "Green"], ["F", null, STYLE.themeGreen]]),
    row(5, [["A", "4"], ["B", "Review the pay policy"], ["C", "HR"], ["D", DUE, STYLE.date], ["E", "Amber"], ["F", null, STYLE.indexedAmber]]),
    row(6, [["A", "5"], ["B", "Appoint a lead"], ["C", "HR"], ["D", DUE, STYLE.date], ["E", "Amber"], ["F", "Stuck"]]),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<dimension ref="A1:G6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>
<cols><col min="7" max="7" width="12" hidden="1" customWidth="1"/></cols>
<sheetData>${header}${body.join("")}</sheetData>
<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="F2:F20"><formula1>StatusWords</formula1></dataValidation></dataValidations>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
</worksheet>`;
}

function listsSheet(): string {
  const rows = [row(1, [["A", "Status words"]]), row(2, [["A", "Fine"]]), row(3, [["A", "Wobbly"]]), row(4, [["A", "Stuck"]])];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:A4"/><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor theme="9"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor indexed="51"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** The Office 2013–2022 theme's colour scheme (accent6 is green 70AD47). */
const THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>
<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>
<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>
<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>
<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>
</a:themeElements></a:theme>`;

/** The workbook's bytes. */
export function statusFixtureXlsx(): Buffer {
  strings.length = 0;
  const plan = planSheet();
  const lists = listsSheet();
  const shared = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t>${escape(text)}</t></si>`).join("")}</sst>`;
  return writeZip([
    part(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    part(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>
<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" r:id="rId2"/></sheets>
<definedNames><definedName name="StatusWords">Lists!$A$2:$A$4</definedName></definedNames></workbook>`,
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    part("xl/worksheets/sheet1.xml", plan),
    part("xl/worksheets/sheet2.xml", lists),
    part("xl/theme/theme1.xml", THEME),
    part("xl/styles.xml", STYLES),
    part("xl/sharedStrings.xml", shared),
  ]);
}
