/**
 * Building blocks for the package corpus: a plan workbook written part by part the way Excel 2016+
 * writes one (shared strings, a theme, `spans`, `x14ac` row attributes, `docProps`), into which each
 * corpus entry adds the parts of one feature Excel or LibreOffice writes. Hand-written OOXML, so the
 * files do not come from the library that reads them.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** Excel's default Office theme (ExcelJS ships a copy of the part Excel writes). */
export const OFFICE_THEME: string = require("exceljs/lib/xlsx/xml/theme1.js") as string;

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
} as const;

export const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  threadedComments: "application/vnd.ms-excel.threadedcomments+xml",
  person: "application/vnd.ms-excel.person+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCacheDefinition: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotCacheRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  slicer: "application/vnd.ms-excel.slicer+xml",
  slicerCache: "application/vnd.ms-excel.slicerCache+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  labelInfo: "application/vnd.ms-office.classificationlabels+xml",
} as const;

export const REL = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  theme: `${NS.rel}/theme`,
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: `${NS.rel}/extended-properties`,
  custom: `${NS.rel}/custom-properties`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  person: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  table: `${NS.rel}/table`,
  drawing: `${NS.rel}/drawing`,
  image: `${NS.rel}/image`,
  chart: `${NS.rel}/chart`,
  pivotTable: `${NS.rel}/pivotTable`,
  pivotCacheDefinition: `${NS.rel}/pivotCacheDefinition`,
  pivotCacheRecords: `${NS.rel}/pivotCacheRecords`,
  slicer: "http://schemas.microsoft.com/office/2007/relationships/slicer",
  slicerCache: "http://schemas.microsoft.com/office/2007/relationships/slicerCache",
  vbaProject: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
  externalLink: `${NS.rel}/externalLink`,
  externalLinkPath: `${NS.rel}/externalLinkPath`,
  calcChain: `${NS.rel}/calcChain`,
  labelInfo: "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
} as const;

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external?: boolean;
}

export function relationshipsXml(relationships: readonly Relationship[], prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const xmlns = prefix ? `xmlns:${prefix}` : "xmlns";
  return `${DECLARATION}<${p}Relationships ${xmlns}="${NS.pkgRel}">${relationships
    .map((r) => `<${p}Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`)
    .join("")}</${p}Relationships>`;
}

/** Excel's 1900-system serial of a date (1904 system when asked). */
export function serial(iso: string, date1904 = false): number {
  const days = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

/** The plan every corpus workbook carries: an action plan with a status column, dates and leads. */
export const PLAN_HEADER = ["Ref", "Action", "Lead officer", "Target date", "Status"] as const;
export const PLAN_ROWS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["1.1", "Review the constitution and scheme of delegation", "Head of Legal", "2025-03-31", "Completed"],
  ["1.2", "Publish a forward plan of key decisions", "Democratic Services Manager", "2025-06-30", "On track"],
  ["2.1", "Refresh the medium-term financial plan", "Director of Finance", "2025-01-31", "Some slippage"],
  ["2.2", "Set up a member-officer budget working group", "Director of Finance", "2025-02-28", "Major slippage"],
  ["3.1", "Agree a new performance framework", "Head of Policy", "2026-09-30", "Not started"],
  ["3.2", "Report quarterly to Scrutiny Committee", "Head of Policy", "2025-12-31", "On track"],
];
export const STATUS_WORDS = ["Completed", "On track", "Some slippage", "Major slippage", "Not started"] as const;

/** Shared strings as Excel collects them: each distinct string once, in first-use order. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;
  add(text: string): number {
    this.uses += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ""}>${escapeXml(t)}</t></si>`).join("");
    return `${DECLARATION}<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}
