/**
 * One corpus workbook: the plan (sheet "Action plan") and a "Lists" sheet, written as Excel writes
 * them, plus the parts and elements of the features a corpus entry asks for.
 */
import { zipSync, strToU8 } from "fflate";
import { CT, DECLARATION, NS, OFFICE_THEME, PLAN_HEADER, PLAN_ROWS, REL, SharedStrings, STATUS_WORDS, escapeXml, relationshipsXml, serial, type Relationship } from "./officeParts.js";

/** Elements a feature adds to one sheet, each at its place in the schema's order (CT_Worksheet). */
export interface SheetFeature {
  readonly autoFilter?: string;
  readonly conditionalFormatting?: string;
  readonly dataValidations?: string;
  readonly pageSetup?: string;
  readonly breaks?: string;
  readonly drawing?: string;
  readonly legacyDrawing?: string;
  readonly tableParts?: string;
  readonly extLst?: string;
  readonly relationships?: readonly Relationship[];
  /** Extra cells on row 1 (Lists only), already as `<c>` XML. */
  readonly extraRow1Cells?: string;
}

export interface WorkbookFeature {
  readonly mainContentType?: string;
  /** How workbookPr spells the 1904 flag, if the workbook uses that system. */
  readonly date1904?: string;
  /** Changes the Normal style's font (fonts[0]) — as an officer's "Modify Normal style" does. */
  readonly normalFont?: string;
  readonly workbookProtection?: string;
  readonly calcPr?: string;
  readonly definedNames?: readonly string[];
  readonly externalReferences?: string;
  readonly pivotCaches?: string;
  readonly workbookExtLst?: string;
  readonly workbookRelationships?: readonly Relationship[];
  readonly packageRelationships?: readonly Relationship[];
  readonly plan?: SheetFeature;
  readonly lists?: SheetFeature;
  /** More sheets after Lists: name → sheet XML (built by the entry), with their relationships. */
  readonly extraSheets?: ReadonlyArray<{ readonly name: string; readonly xml: (strings: SharedStrings) => string; readonly relationships?: readonly Relationship[] }>;
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
  readonly overrides?: ReadonlyArray<readonly [string, string]>;
  readonly defaults?: ReadonlyArray<readonly [string, string]>;
  /** Custom number formats `[id, code]` and cell formats using them, appended to cellXfs. */
  readonly extraNumberFormats?: ReadonlyArray<readonly [number, string]>;
}

const STYLE = { header: 1, date: 2, extra: 3 } as const;

function sheetXml(body: string, feature: SheetFeature | undefined, dimension: string, selected: boolean): string {
  const f = feature ?? {};
  return (
    `${DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac" xmlns:x14ac="${NS.x14ac}">` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0"><selection activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
    body +
    (f.autoFilter ?? "") +
    (f.conditionalFormatting ?? "") +
    (f.dataValidations ?? "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    (f.pageSetup ?? "") +
    (f.breaks ?? "") +
    (f.drawing ?? "") +
    (f.legacyDrawing ?? "") +
    (f.tableParts ?? "") +
    (f.extLst ?? "") +
    "</worksheet>"
  );
}

function planSheet(strings: SharedStrings, feature: WorkbookFeature): string {
  const date1904 = feature.date1904 !== undefined;
  let rows = `<row r="1" spans="1:5" x14ac:dyDescent="0.25">${PLAN_HEADER.map((h, i) => `<c r="${"ABCDE"[i]}1" s="${STYLE.header}" t="s"><v>${strings.add(h)}</v></c>`).join("")}</row>`;
  PLAN_ROWS.forEach((row, i) => {
    const r = i + 2;
    rows +=
      `<row r="${r}" spans="1:5" x14ac:dyDescent="0.25">` +
      `<c r="A${r}" t="s"><v>${strings.add(row[0])}</v></c><c r="B${r}" t="s"><v>${strings.add(row[1])}</v></c><c r="C${r}" t="s"><v>${strings.add(row[2])}</v></c>` +
      `<c r="D${r}" s="${STYLE.date}"><v>${serial(row[3], date1904)}</v></c><c r="E${r}" t="s"><v>${strings.add(row[4])}</v></c></row>`;
  });
  const cols = '<cols><col min="1" max="1" width="6.7109375" customWidth="1"/><col min="2" max="2" width="48.7109375" customWidth="1"/><col min="3" max="3" width="28.7109375" customWidth="1"/><col min="4" max="4" width="12.7109375" customWidth="1"/><col min="5" max="5" width="16.7109375" customWidth="1"/></cols>';
  return sheetXml(`${cols}<sheetData>${rows}</sheetData>`, feature.plan, `A1:E${PLAN_ROWS.length + 1}`, true);
}

function listsSheet(strings: SharedStrings, feature: WorkbookFeature): string {
  const numbers = [3, 2, 1, 4];
  let rows = "";
  STATUS_WORDS.forEach((word, i) => {
    const r = i + 1;
    let cells = `<c r="A${r}" t="s"><v>${strings.add(word)}</v></c>`;
    if (r === 1) {
      cells += `<c r="B1" s="${STYLE.extra}"><v>45</v></c>${numbers.map((n, j) => `<c r="${"CDEF"[j]}1"><v>${n}</v></c>`).join("")}${feature.lists?.extraRow1Cells ?? ""}`;
    }
    rows += `<row r="${r}" spans="1:8" x14ac:dyDescent="0.25">${cells}</row>`;
  });
  return sheetXml(`<sheetData>${rows}</sheetData>`, feature.lists, "A1:H5", false);
}

function stylesXml(feature: WorkbookFeature): string {
  const normal = feature.normalFont ?? '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
  const formats = feature.extraNumberFormats ?? [];
  const numFmts = formats.length > 0 ? `<numFmts count="${formats.length}">${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("")}</numFmts>` : "";
  const extraXf = formats.length > 0 ? `<xf numFmtId="${formats[0]?.[0]}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` : '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
  return (
    `${DECLARATION}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2" xmlns:x14ac="${NS.x14ac}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
    numFmts +
    `<fonts count="2" x14ac:knownFonts="1">${normal}<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>${extraXf}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>' +
    "</styleSheet>"
  );
}

/** The workbook's parts, in the order Excel writes them. */
export function workbookParts(feature: WorkbookFeature = {}): Record<string, string | Uint8Array> {
  const strings = new SharedStrings();
  const sheets = [
    { name: "Action plan", xml: planSheet(strings, feature), relationships: feature.plan?.relationships ?? [] },
    { name: "Lists", xml: listsSheet(strings, feature), relationships: feature.lists?.relationships ?? [] },
    ...(feature.extraSheets ?? []).map((s) => ({ name: s.name, xml: s.xml(strings), relationships: s.relationships ?? [] })),
  ];
  const workbookRels: Relationship[] = [
    ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL.worksheet, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${sheets.length + 1}`, type: REL.theme, target: "theme/theme1.xml" },
    { id: `rId${sheets.length + 2}`, type: REL.styles, target: "styles.xml" },
    { id: `rId${sheets.length + 3}`, type: REL.sharedStrings, target: "sharedStrings.xml" },
    ...(feature.workbookRelationships ?? []),
  ];
  const workbook =
    `${DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}" xmlns:mc="${NS.mc}" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27029"/>' +
    `<workbookPr${feature.date1904 !== undefined ? ` date1904="${feature.date1904}"` : ""} defaultThemeVersion="166925"/>` +
    (feature.workbookProtection ?? "") +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>' +
    `<sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
    (feature.externalReferences ?? "") +
    (feature.definedNames && feature.definedNames.length > 0 ? `<definedNames>${feature.definedNames.join("")}</definedNames>` : "") +
    (feature.calcPr ?? '<calcPr calcId="191029"/>') +
    (feature.pivotCaches ?? "") +
    (feature.workbookExtLst ?? "") +
    "</workbook>";
  const overrides: Array<readonly [string, string]> = [
    ["/xl/workbook.xml", feature.mainContentType ?? CT.workbook],
    ...sheets.map((_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, CT.worksheet] as const),
    ["/xl/theme/theme1.xml", CT.theme],
    ["/xl/styles.xml", CT.styles],
    ["/xl/sharedStrings.xml", CT.sharedStrings],
    ...(feature.overrides ?? []),
    ["/docProps/core.xml", CT.core],
    ["/docProps/app.xml", CT.app],
  ];
  const defaults: Array<readonly [string, string]> = [["rels", "application/vnd.openxmlformats-package.relationships+xml"], ["xml", "application/xml"], ...(feature.defaults ?? [])];
  const contentTypes = `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join("")}${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`;
  const titles = sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join("");
  const app =
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts><Company>Borsetshire County Council</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`;
  const core = `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Priya Shah</dc:creator><cp:lastModifiedBy>Priya Shah</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-10-01T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T16:30:00Z</dcterms:modified></cp:coreProperties>`;

  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": contentTypes,
    "_rels/.rels": relationshipsXml([
      { id: "rId3", type: REL.app, target: "docProps/app.xml" },
      { id: "rId2", type: REL.core, target: "docProps/core.xml" },
      { id: "rId1", type: REL.officeDocument, target: "xl/workbook.xml" },
      ...(feature.packageRelationships ?? []),
    ]),
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": relationshipsXml(workbookRels),
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml;
    if (s.relationships.length > 0) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = relationshipsXml(s.relationships);
  });
  parts["xl/theme/theme1.xml"] = OFFICE_THEME;
  parts["xl/styles.xml"] = stylesXml(feature);
  parts["xl/sharedStrings.xml"] = strings.xml();
  Object.assign(parts, feature.parts ?? {});
  parts["docProps/core.xml"] = core;
  parts["docProps/app.xml"] = app;
  return parts;
}

export function zipParts(parts: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}
