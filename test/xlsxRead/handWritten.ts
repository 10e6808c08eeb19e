/**
 * Hand-written OOXML packages, one per quirk of real-world files that trips a library reader: each
 * part is the XML text a real writer produces (Excel, LibreOffice, Python's ElementTree, report
 * generators), zipped with the catalogue's minimal zip writer. No spreadsheet library is involved,
 * so the files are exactly what the test says.
 */
import { part, writeZip } from "../catalogue/zipWriter.js";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetPart {
  readonly name: string;
  /** The whole worksheet XML. */
  readonly xml: string;
  readonly state?: "hidden" | "veryHidden";
  /** The sheet's own relationships part, if any (tables). */
  readonly rels?: string;
}

export interface PackageOptions {
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly theme?: string;
  /** Inside `<workbook>` before `<sheets>`, e.g. `<workbookPr date1904="true"/>`. */
  readonly workbookPr?: string;
  /** `<definedNames>…</definedNames>`. */
  readonly definedNames?: string;
  /** Other parts by name (tables, docProps). */
  readonly extra?: Readonly<Record<string, string>>;
  /** Write the package's index parts with an `ns0:` prefix, as Python's ElementTree does. */
  readonly prefixed?: boolean;
  /** Leave out docProps entirely (no core.xml, no app.xml). */
  readonly noDocProps?: boolean;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function handWrittenXlsx(options: PackageOptions): Buffer {
  const p = options.prefixed ? "ns0:" : "";
  const ns = (uri: string) => (options.prefixed ? `xmlns:ns0="${uri}"` : `xmlns="${uri}"`);
  const parts: Array<[string, string]> = [];
  const overrides: string[] = [
    `<${p}Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
  ];
  const workbookRels: string[] = [];
  options.sheets.forEach((sheet, i) => {
    const n = i + 1;
    parts.push([`xl/worksheets/sheet${n}.xml`, sheet.xml]);
    if (sheet.rels) parts.push([`xl/worksheets/_rels/sheet${n}.xml.rels`, sheet.rels]);
    overrides.push(`<${p}Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    workbookRels.push(`<${p}Relationship Id="rId${n}" Type="${RT}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  });
  const extraRel = (id: string, type: string, target: string, contentType: string, name: string, xml: string) => {
    parts.push([name, xml]);
    overrides.push(`<${p}Override PartName="/${name}" ContentType="${contentType}"/>`);
    workbookRels.push(`<${p}Relationship Id="${id}" Type="${RT}/${type}" Target="${target}"/>`);
  };
  if (options.sharedStrings !== undefined) extraRel("rIdS", "sharedStrings", "sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml", "xl/sharedStrings.xml", options.sharedStrings);
  if (options.styles !== undefined) extraRel("rIdY", "styles", "styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", "xl/styles.xml", options.styles);
  if (options.theme !== undefined) extraRel("rIdT", "theme", "theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", "xl/theme/theme1.xml", options.theme);

  const sheetList = options.sheets
    .map((sheet, i) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  parts.push([
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.workbookPr ?? ""}<sheets>${sheetList}</sheets>${options.definedNames ?? ""}</workbook>`,
  ]);
  parts.push(["xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?>\n<${p}Relationships ${ns(PKG_REL)}>${workbookRels.join("")}</${p}Relationships>`]);
  const packageRels = [`<${p}Relationship Id="rId1" Type="${RT}/officeDocument" Target="xl/workbook.xml"/>`];
  if (!options.noDocProps) {
    packageRels.push(`<${p}Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`);
    parts.push([
      "docProps/core.xml",
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Plan Tracker tests</dc:creator></cp:coreProperties>`,
    ]);
    overrides.push(`<${p}Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`);
  }
  for (const [name, xml] of Object.entries(options.extra ?? {})) {
    parts.push([name, xml]);
    if (name.startsWith("xl/tables/")) overrides.push(`<${p}Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`);
  }
  parts.push(["_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?>\n<${p}Relationships ${ns(PKG_REL)}>${packageRels.join("")}</${p}Relationships>`]);
  parts.unshift([
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<${p}Types ${ns(CT)}><${p}Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><${p}Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</${p}Types>`,
  ]);
  return writeZip(parts.map(([name, xml]) => part(name, xml)));
}

export type PlainValue = string | number | null;

/** A `<c>` for a value: numbers as numbers, text as an inline string (no shared strings part needed). */
export function inlineCell(reference: string | null, value: PlainValue, style?: number): string {
  const r = reference === null ? "" : ` r="${reference}"`;
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === null) return "";
  if (typeof value === "number") return `<c${r}${s}><v>${value}</v></c>`;
  return `<c${r}${s} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
}

export function columnName(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Rows of a sheet as `<row>` elements with `r` attributes, starting at row `first`. */
export function rowsXml(rows: readonly (readonly PlainValue[])[], first = 1): string {
  return rows
    .map((values, i) => {
      const row = first + i;
      return `<row r="${row}">${values.map((value, j) => inlineCell(`${columnName(j + 1)}${row}`, value)).join("")}</row>`;
    })
    .join("");
}

export function worksheet(body: string, extraNamespaces = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"${extraNamespaces}>${body}</worksheet>`;
}

/** The plan every fixture carries: a header and three actions, so checkWorkbook finds it. */
export const PLAN_HEADER: readonly PlainValue[] = ["Ref", "Action", "Lead officer", "Target date", "Status", "Progress"];
export const PLAN_ROWS: readonly (readonly PlainValue[])[] = [
  ["1.1", "Publish the improvement plan", "Chief Executive", "March 2025", "Completed", "Published in March."],
  ["1.2", "Review the scheme of delegation", "Monitoring Officer", "June 2025", "On track", "Draft with members."],
  ["1.3", "Refresh the medium-term financial plan", "Section 151 Officer", "2025/26 Q2", "Some slippage", "Awaiting settlement."],
];
