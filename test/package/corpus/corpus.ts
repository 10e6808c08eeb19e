/**
 * The package corpus: workbooks carrying what real council files carry and what a re-serialising
 * writer loses — each built part by part as Excel (or LibreOffice) writes it. `refresh` must carry
 * every one of the officer's parts over unchanged (test/package/corpus.test.ts).
 */
import { NS, CT, DECLARATION, REL, STATUS_WORDS, escapeXml, relationshipsXml } from "./officeParts.js";
import { workbookParts, type WorkbookFeature } from "./buildWorkbook.js";

export interface CorpusEntry {
  /** File name (the extension matters: .xlsm keeps macros). */
  readonly file: string;
  /** What it carries, for the test's name. */
  readonly carries: string;
  readonly parts: () => Record<string, string | Uint8Array>;
  /** The 1904 date system (dates in the plan are serials in that system). */
  readonly date1904?: boolean;
}

const VML_NOTE = (row: number, column: number) =>
  `<v:shape id="_x0000_s${1025 + row}" type="#_x0000_t202" style="position:absolute;margin-left:107.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column + 1}, 15, ${row}, 2, ${column + 3}, 15, ${row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;

function vmlDrawing(notes: ReadonlyArray<readonly [number, number]>): string {
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${notes.map(([r, c]) => VML_NOTE(r, c)).join("")}</xml>`;
}

function note(ref: string, authorId: number, author: string, text: string): string {
  return `<comment ref="${ref}" authorId="${authorId}" shapeId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>${escapeXml(author)}:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\n${escapeXml(text)}</t></r></text></comment>`;
}

const PNG_1X1 = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

const anchor = (fromCol: number, fromRow: number, toCol: number, toRow: number) =>
  `<xdr:from><xdr:col>${fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;

const DRAWING_OPEN = `${DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.rel}">`;

const X14_EXT_OPEN = (uri: string) => `<ext uri="${uri}" xmlns:x14="${NS.x14}">`;

function feature(entry: Omit<CorpusEntry, "parts">, f: WorkbookFeature): CorpusEntry {
  return { ...entry, parts: () => workbookParts(f) };
}

const PIVOT_SHEET = (strings: { add(text: string): number }) => {
  const counts: Array<[string, number]> = [["Completed", 1], ["Major slippage", 1], ["Not started", 1], ["On track", 2], ["Some slippage", 1]];
  let rows = `<row r="3"><c r="A3" t="s"><v>${strings.add("Row Labels")}</v></c><c r="B3" t="s"><v>${strings.add("Count of Status")}</v></c></row>`;
  counts.forEach(([word, n], i) => {
    rows += `<row r="${4 + i}"><c r="A${4 + i}" t="s"><v>${strings.add(word)}</v></c><c r="B${4 + i}"><v>${n}</v></c></row>`;
  });
  rows += `<row r="9"><c r="A9" t="s"><v>${strings.add("Grand Total")}</v></c><c r="B9"><v>6</v></c></row>`;
  return `${DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><dimension ref="A3:B9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
};

const PIVOT_CACHE = `${DECLARATION}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.rel}" r:id="rId1" refreshedBy="Priya Shah" refreshedDate="46000.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="6"><cacheSource type="worksheet"><worksheetSource ref="A1:E7" sheet="Action plan"/></cacheSource><cacheFields count="5"><cacheField name="Ref" numFmtId="0"><sharedItems/></cacheField><cacheField name="Action" numFmtId="0"><sharedItems/></cacheField><cacheField name="Lead officer" numFmtId="0"><sharedItems/></cacheField><cacheField name="Target date" numFmtId="14"><sharedItems containsSemiMixedTypes="0" containsNonDate="0" containsDate="1" containsString="0" minDate="2025-01-31T00:00:00" maxDate="2026-09-30T00:00:00"/></cacheField><cacheField name="Status" numFmtId="0"><sharedItems count="5"><s v="Completed"/><s v="Major slippage"/><s v="Not started"/><s v="On track"/><s v="Some slippage"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_RECORDS = `${DECLARATION}<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.rel}" count="6"><r><s v="1.1"/><s v="Review the constitution and scheme of delegation"/><s v="Head of Legal"/><d v="2025-03-31T00:00:00"/><x v="0"/></r><r><s v="1.2"/><s v="Publish a forward plan of key decisions"/><s v="Democratic Services Manager"/><d v="2025-06-30T00:00:00"/><x v="3"/></r><r><s v="2.1"/><s v="Refresh the medium-term financial plan"/><s v="Director of Finance"/><d v="2025-01-31T00:00:00"/><x v="4"/></r><r><s v="2.2"/><s v="Set up a member-officer budget working group"/><s v="Director of Finance"/><d v="2025-02-28T00:00:00"/><x v="1"/></r><r><s v="3.1"/><s v="Agree a new performance framework"/><s v="Head of Policy"/><d v="2026-09-30T00:00:00"/><x v="2"/></r><r><s v="3.2"/><s v="Report quarterly to Scrutiny Committee"/><s v="Head of Policy"/><d v="2025-12-31T00:00:00"/><x v="3"/></r></pivotCacheRecords>`;

const PIVOT_TABLE = `${DECLARATION}<pivotTableDefinition xmlns="${NS.main}" name="StatusCounts" cacheId="3" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B9" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="5"><pivotField showAll="0"/><pivotField showAll="0"/><pivotField showAll="0"/><pivotField numFmtId="14" showAll="0"/><pivotField axis="axisRow" dataField="1" showAll="0"><items count="6"><item x="0"/><item x="1"/><item x="2"/><item x="3"/><item x="4"/><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="4"/></rowFields><rowItems count="6"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i><x v="3"/></i><i><x v="4"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Count of Status" fld="4" subtotal="count" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`;

const TABLE = (autoFilter: string) =>
  `${DECLARATION}<table xmlns="${NS.main}" id="1" name="ActionPlan" displayName="ActionPlan" ref="A1:E7" totalsRowShown="0">${autoFilter}<tableColumns count="5"><tableColumn id="1" name="Ref"/><tableColumn id="2" name="Action"/><tableColumn id="3" name="Lead officer"/><tableColumn id="4" name="Target date"/><tableColumn id="5" name="Status"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

const CHART = `${DECLARATION}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.rel}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Actions by quarter</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Lists!$C$1:$F$1</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/><c:pt idx="0"><c:v>3</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt><c:pt idx="2"><c:v>1</c:v></c:pt><c:pt idx="3"><c:v>4</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="219"/><c:axId val="101"/><c:axId val="102"/></c:barChart><c:catAx><c:axId val="101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="102"/><c:crosses val="autoZero"/></c:catAx><c:valAx><c:axId val="102"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="101"/><c:crosses val="autoZero"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

export const CORPUS: readonly CorpusEntry[] = [
  feature(
    { file: "threaded-comments.xlsx", carries: "threaded comments and their people" },
    {
      plan: {
        legacyDrawing: '<legacyDrawing r:id="rId2"/>',
        relationships: [
          { id: "rId3", type: REL.threadedComment, target: "../threadedComments/threadedComment1.xml" },
          { id: "rId2", type: REL.vmlDrawing, target: "../drawings/vmlDrawing1.vml" },
          { id: "rId1", type: REL.comments, target: "../comments1.xml" },
        ],
      },
      workbookRelationships: [{ id: "rId9", type: REL.person, target: "persons/person.xml" }],
      defaults: [["vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"]],
      overrides: [
        ["/xl/comments1.xml", CT.comments],
        ["/xl/threadedComments/threadedComment1.xml", CT.threadedComments],
        ["/xl/persons/person.xml", CT.person],
      ],
      parts: {
        "xl/threadedComments/threadedComment1.xml": `${DECLARATION}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}"><threadedComment ref="E3" dT="2026-11-20T10:15:31.42" personId="{6C1A7F7B-1D2E-4C3B-9F10-2B5C8E1D0A11}" id="{0A1B2C3D-4E5F-4071-8293-A4B5C6D7E8F9}"><text>Is this still on track after the September committee?</text></threadedComment><threadedComment ref="E3" dT="2026-11-21T09:02:11.07" personId="{9D8C7B6A-5F4E-4D3C-8B2A-1F0E9D8C7B6A}" id="{1B2C3D4E-5F60-4718-9A0B-C1D2E3F4A5B6}" parentId="{0A1B2C3D-4E5F-4071-8293-A4B5C6D7E8F9}"><text>Yes — the forward plan went live on 3 November.</text></threadedComment></ThreadedComments>`,
        "xl/persons/person.xml": `${DECLARATION}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}"><person displayName="Priya Shah" id="{6C1A7F7B-1D2E-4C3B-9F10-2B5C8E1D0A11}" userId="priya.shah@borsetshire.gov.uk" providerId="AD"/><person displayName="Tom Jones" id="{9D8C7B6A-5F4E-4D3C-8B2A-1F0E9D8C7B6A}" userId="tom.jones@borsetshire.gov.uk" providerId="AD"/></personList>`,
        "xl/comments1.xml": `${DECLARATION}<comments xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc={0A1B2C3D-4E5F-4071-8293-A4B5C6D7E8F9}</author></authors><commentList><comment ref="E3" authorId="0" shapeId="0" xr:uid="{0A1B2C3D-4E5F-4071-8293-A4B5C6D7E8F9}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Is this still on track after the September committee?</t></text></comment></commentList></comments>`,
        "xl/drawings/vmlDrawing1.vml": vmlDrawing([[2, 4]]),
      },
    },
  ),
  feature(
    { file: "legacy-notes.xlsx", carries: "notes with their authors" },
    {
      plan: {
        legacyDrawing: '<legacyDrawing r:id="rId2"/>',
        relationships: [
          { id: "rId2", type: REL.vmlDrawing, target: "../drawings/vmlDrawing1.vml" },
          { id: "rId1", type: REL.comments, target: "../comments1.xml" },
        ],
      },
      defaults: [["vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"]],
      overrides: [["/xl/comments1.xml", CT.comments]],
      parts: {
        "xl/comments1.xml": `${DECLARATION}<comments xmlns="${NS.main}"><authors><author>Jane Smith</author><author>Tom Jones</author></authors><commentList>${note("B2", 0, "Jane Smith", "Agreed at Audit Committee, 12 March.")}${note("D4", 1, "Tom Jones", "Moved from December: awaiting the settlement.")}</commentList></comments>`,
        "xl/drawings/vmlDrawing1.vml": vmlDrawing([[1, 1], [3, 3]]),
      },
    },
  ),
  feature(
    { file: "x14-validations.xlsx", carries: "drop-down lists in Excel's x14 form (list on another sheet)" },
    {
      plan: {
        extLst: `<extLst>${X14_EXT_OPEN("{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}")}<x14:dataValidations count="1" xmlns:xm="${NS.xm}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Status" prompt="Pick a status from the list"><x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>E2:E7</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
      },
    },
  ),
  feature(
    { file: "date-validations.xlsx", carries: "DATE() and TODAY() validation rules" },
    {
      plan: {
        dataValidations: `<dataValidations count="2"><dataValidation type="date" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" errorTitle="Target date" error="Use a date from 1 January 2020." sqref="D2:D7"><formula1>DATE(2020,1,1)</formula1></dataValidation><dataValidation type="date" operator="lessThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="F2:F7"><formula1>TODAY()</formula1></dataValidation></dataValidations>`,
      },
    },
  ),
  feature(
    { file: "sensitivity-label.xlsx", carries: "an OFFICIAL-SENSITIVE sensitivity label (custom properties and label info)" },
    {
      packageRelationships: [
        { id: "rId4", type: REL.custom, target: "docProps/custom.xml" },
        { id: "rId5", type: REL.labelInfo, target: "docMetadata/LabelInfo.xml" },
      ],
      overrides: [
        ["/docProps/custom.xml", CT.custom],
        ["/docMetadata/LabelInfo.xml", CT.labelInfo],
      ],
      parts: {
        "docProps/custom.xml": `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${[
          ["Enabled", "true"],
          ["SetDate", "2026-11-20T16:29:54Z"],
          ["Method", "Privileged"],
          ["Name", "OFFICIAL-SENSITIVE"],
          ["SiteId", "5d0d3e6b-4a1c-4f6e-9c2b-7a8d9e0f1a2b"],
          ["ActionId", "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"],
          ["ContentBits", "0"],
        ]
          .map(([key, value], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="MSIP_Label_3f2a7c1e-8b4d-4e6f-a1b2-c3d4e5f6a7b8_${key}"><vt:lpwstr>${value}</vt:lpwstr></property>`)
          .join("")}</Properties>`,
        "docMetadata/LabelInfo.xml": `${DECLARATION}<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{3f2a7c1e-8b4d-4e6f-a1b2-c3d4e5f6a7b8}" enabled="1" method="Privileged" siteId="{5d0d3e6b-4a1c-4f6e-9c2b-7a8d9e0f1a2b}" removed="0"/></clbl:labelList>`,
      },
    },
  ),
  feature(
    { file: "structure-protection.xlsx", carries: "workbook structure protection" },
    { workbookProtection: '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="2T3TjD0ZKk8fVJZ0p2v7oXmDa9ZgXb1mK3nH7c4QyD0pW9sU1e5rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ==" workbookSaltValue="aGVsbG8gd29ybGQgc2FsdA==" workbookSpinCount="100000" lockStructure="1"/>' },
  ),
  feature({ file: "escaped-percent-format.xlsx", carries: "a 0.0\\% number format" }, { extraNumberFormats: [[164, "0.0\\%"]] }),
  feature(
    { file: "changed-normal-style.xlsx", carries: "a changed Normal style (Arial 10)" },
    { normalFont: '<font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font>' },
  ),
  feature(
    { file: "table-filter-buttons.xlsx", carries: "a table with one filter button hidden" },
    {
      plan: { tableParts: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>', relationships: [{ id: "rId1", type: REL.table, target: "../tables/table1.xml" }] },
      overrides: [["/xl/tables/table1.xml", CT.table]],
      parts: { "xl/tables/table1.xml": TABLE('<autoFilter ref="A1:E7"><filterColumn colId="0" hiddenButton="1"/></autoFilter>') },
    },
  ),
  feature(
    { file: "autofilter-criteria.xlsx", carries: "an autofilter with criteria" },
    {
      plan: { autoFilter: '<autoFilter ref="A1:E7"><filterColumn colId="2"><filters><filter val="Director of Finance"/><filter val="Head of Policy"/></filters></filterColumn></autoFilter>' },
      definedNames: ["<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'Action plan'!$A$1:$E$7</definedName>"],
    },
  ),
  feature(
    { file: "sparklines.xlsx", carries: "sparklines (x14)" },
    {
      lists: {
        extLst: `<extLst>${X14_EXT_OPEN("{05C60535-1F16-4fd2-B633-F4F36F0B64E0}")}<x14:sparklineGroups xmlns:xm="${NS.xm}"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>Lists!C1:F1</xm:f><xm:sqref>G1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
      },
    },
  ),
  feature(
    { file: "shapes-alt-text.xlsx", carries: "a shape and a picture with alt text" },
    {
      plan: { drawing: '<drawing r:id="rId1"/>', relationships: [{ id: "rId1", type: REL.drawing, target: "../drawings/drawing1.xml" }] },
      defaults: [["png", "image/png"]],
      overrides: [["/xl/drawings/drawing1.xml", CT.drawing]],
      parts: {
        "xl/drawings/drawing1.xml": `${DRAWING_OPEN}<xdr:twoCellAnchor>${anchor(6, 1, 9, 5)}<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Rectangle 1" descr="Draft stamp: a dark blue rectangle reading Draft"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="4000000" y="190500"/><a:ext cx="1828800" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></xdr:spPr><xdr:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" sz="1400"/><a:t>Draft</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2" descr="Council crest"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="4000000" y="1333500"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
        "xl/drawings/_rels/drawing1.xml.rels": relationshipsXml([{ id: "rId1", type: REL.image, target: "../media/image1.png" }]),
        "xl/media/image1.png": PNG_1X1,
      },
    },
  ),
  feature(
    { file: "page-breaks.xlsx", carries: "manual page breaks and page setup" },
    {
      plan: {
        pageSetup: '<pageSetup paperSize="9" orientation="landscape" r:id="rId1"/><headerFooter><oddFooter>&amp;LImprovement plan&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>',
        breaks: '<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>',
        relationships: [{ id: "rId1", type: `${NS.rel}/printerSettings`, target: "../printerSettings/printerSettings1.bin" }],
      },
      defaults: [["bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"]],
      parts: { "xl/printerSettings/printerSettings1.bin": Uint8Array.from({ length: 220 }, (_, i) => (i * 7) % 256) },
    },
  ),
  feature({ file: "iterative-calc.xlsx", carries: "iterative calculation switched on" }, { calcPr: '<calcPr calcId="191029" iterate="1" iterateCount="50" iterateDelta="1E-4"/>' }),
  feature(
    { file: "chart.xlsx", carries: "a chart" },
    {
      lists: { drawing: '<drawing r:id="rId1"/>', relationships: [{ id: "rId1", type: REL.drawing, target: "../drawings/drawing1.xml" }] },
      overrides: [
        ["/xl/drawings/drawing1.xml", CT.drawing],
        ["/xl/charts/chart1.xml", CT.chart],
      ],
      parts: {
        "xl/drawings/drawing1.xml": `${DRAWING_OPEN}<xdr:twoCellAnchor>${anchor(8, 1, 15, 15)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1" descr="Column chart of actions by quarter"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
        "xl/drawings/_rels/drawing1.xml.rels": relationshipsXml([{ id: "rId1", type: REL.chart, target: "../charts/chart1.xml" }]),
        "xl/charts/chart1.xml": CHART,
      },
    },
  ),
  feature(
    { file: "pivot-table.xlsx", carries: "a pivot table and its cache" },
    {
      extraSheets: [{ name: "Pivot", xml: PIVOT_SHEET, relationships: [{ id: "rId1", type: REL.pivotTable, target: "../pivotTables/pivotTable1.xml" }] }],
      pivotCaches: '<pivotCaches><pivotCache cacheId="3" r:id="rId9"/></pivotCaches>',
      workbookRelationships: [{ id: "rId9", type: REL.pivotCacheDefinition, target: "pivotCache/pivotCacheDefinition1.xml" }],
      overrides: [
        ["/xl/pivotTables/pivotTable1.xml", CT.pivotTable],
        ["/xl/pivotCache/pivotCacheDefinition1.xml", CT.pivotCacheDefinition],
        ["/xl/pivotCache/pivotCacheRecords1.xml", CT.pivotCacheRecords],
      ],
      parts: {
        "xl/pivotTables/pivotTable1.xml": PIVOT_TABLE,
        "xl/pivotTables/_rels/pivotTable1.xml.rels": relationshipsXml([{ id: "rId1", type: REL.pivotCacheDefinition, target: "../pivotCache/pivotCacheDefinition1.xml" }]),
        "xl/pivotCache/pivotCacheDefinition1.xml": PIVOT_CACHE,
        "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": relationshipsXml([{ id: "rId1", type: REL.pivotCacheRecords, target: "pivotCacheRecords1.xml" }]),
        "xl/pivotCache/pivotCacheRecords1.xml": PIVOT_RECORDS,
      },
    },
  ),
  feature(
    { file: "slicer.xlsx", carries: "a table slicer" },
    {
      plan: {
        tableParts: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
        extLst: `<extLst><ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x14:slicerList xmlns:x14="${NS.x14}"><x14:slicer r:id="rId2"/></x14:slicerList></ext></extLst>`,
        relationships: [
          { id: "rId1", type: REL.table, target: "../tables/table1.xml" },
          { id: "rId2", type: REL.slicer, target: "../slicers/slicer1.xml" },
        ],
      },
      definedNames: ["<definedName name=\"Slicer_Status\">#N/A</definedName>"],
      workbookRelationships: [{ id: "rId9", type: REL.slicerCache, target: "slicerCaches/slicerCache1.xml" }],
      workbookExtLst: `<extLst><ext uri="{46BE6895-7355-4a93-B00E-2C351335B9C9}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:slicerCaches xmlns:x14="${NS.x14}"><x14:slicerCache r:id="rId9"/></x15:slicerCaches></ext></extLst>`,
      overrides: [
        ["/xl/tables/table1.xml", CT.table],
        ["/xl/slicers/slicer1.xml", CT.slicer],
        ["/xl/slicerCaches/slicerCache1.xml", CT.slicerCache],
      ],
      parts: {
        "xl/tables/table1.xml": TABLE('<autoFilter ref="A1:E7"/>'),
        "xl/slicers/slicer1.xml": `${DECLARATION}<slicers xmlns="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x xr10" xmlns:x="${NS.main}" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10"><slicer name="Status" xr10:uid="{5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9}" cache="Slicer_Status" caption="Status" rowHeight="241300"/></slicers>`,
        "xl/slicerCaches/slicerCache1.xml": `${DECLARATION}<slicerCacheDefinition xmlns="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x x15" xmlns:x="${NS.main}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" name="Slicer_Status" sourceName="Status"><extLst><x:ext uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:tableSlicerCache tableId="1" column="5"/></x:ext></extLst></slicerCacheDefinition>`,
      },
    },
  ),
  feature(
    { file: "macros.xlsm", carries: "macros (vbaProject.bin) in an .xlsm" },
    {
      mainContentType: CT.macroWorkbook,
      workbookRelationships: [{ id: "rId9", type: REL.vbaProject, target: "vbaProject.bin" }],
      defaults: [["bin", "application/vnd.ms-office.vbaProject"]],
      parts: {
        // The compound-file signature and header of a VBA project; its streams are not needed to prove it is carried.
        "xl/vbaProject.bin": Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 1528 }, (_, i) => (i * 31) % 251)]),
      },
    },
  ),
  feature(
    { file: "external-link.xlsx", carries: "a link to another workbook" },
    {
      externalReferences: '<externalReferences><externalReference r:id="rId9"/></externalReferences>',
      workbookRelationships: [{ id: "rId9", type: REL.externalLink, target: "externalLinks/externalLink1.xml" }],
      overrides: [["/xl/externalLinks/externalLink1.xml", CT.externalLink]],
      lists: { extraRow1Cells: '<c r="H1"><f>[1]Budget!$A$1</f><v>125000</v></c>' },
      parts: {
        "xl/externalLinks/externalLink1.xml": `${DECLARATION}<externalLink xmlns="${NS.main}" xmlns:r="${NS.rel}"><externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>125000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
        "xl/externalLinks/_rels/externalLink1.xml.rels": relationshipsXml([{ id: "rId1", type: REL.externalLinkPath, target: "file:///\\\\finance\\budgets\\Budget%202026.xlsx", external: true }]),
      },
    },
  ),
  feature(
    { file: "libreoffice-1904.xlsx", carries: "the 1904 date system written as LibreOffice writes it (date1904=\"true\")", date1904: true },
    { date1904: "true" },
  ),
];

export { STATUS_WORDS };
