/**
 * A reading copy of a workbook for a library that only needs its cells: the workbook part, its
 * sheets, shared strings, styles and theme, with each sheet stripped of what the grid does not use
 * (conditional formats, drawings, tables, extensions). ExcelJS 4.4 crashes on parts it does not
 * expect — a LibreOffice table without a style element, an x14 conditional format naming another
 * sheet — and spends time on ones nobody reads; the copy spares it both. It is only ever read,
 * never written anywhere.
 */
import { CONTENT_TYPES_PART } from "./contentTypes.js";
import { isRelationshipType, RELATIONSHIP_TYPES } from "./relationships.js";
import { applySplices, type Splice } from "./splice.js";
import type { XlsxPackage } from "./XlsxPackage.js";
import { findElement } from "./xmlScan.js";
import { writeZip, type ZipPart } from "./zipWriter.js";

/** Worksheet elements the grid never reads (CT_Worksheet children after sheetData). */
const UNUSED_IN_SHEET = ["conditionalFormatting", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "tableParts", "extLst", "customProperties", "cellWatches", "smartTags", "webPublishItems"];
const KEPT_WORKBOOK_RELATIONSHIPS = [RELATIONSHIP_TYPES.worksheet, RELATIONSHIP_TYPES.sharedStrings, RELATIONSHIP_TYPES.styles, RELATIONSHIP_TYPES.theme];

function strippedSheet(xml: string): string {
  const root = findElement(xml, "worksheet");
  const sheetData = root ? findElement(xml, "sheetData", root.contentStart, root.contentEnd) : undefined;
  if (!root || !sheetData) return xml;
  const splices: Splice[] = [];
  for (const name of UNUSED_IN_SHEET) {
    let from = sheetData.end;
    for (;;) {
      const found = findElement(xml, name, from, root.contentEnd);
      if (!found) break;
      splices.push({ at: found.start, remove: found.end - found.start, insert: "" });
      from = found.end;
    }
  }
  return applySplices(xml, splices);
}

function relationshipsXml(lines: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines.join("")}</Relationships>`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/**
 * The reading copy's bytes. Parts are renamed to the names ExcelJS 4.4 looks for ("xl/workbook.xml",
 * "xl/worksheets/sheet1.xml", "xl/styles.xml"…), which it assumes rather than reading the
 * relationships, so a workbook another program named differently still reads.
 */
export function readingCopy(pkg: XlsxPackage): Uint8Array {
  const encoder = new TextEncoder();
  const workbook = pkg.workbook;
  const parts: ZipPart[] = [];
  const copyAs = (source: string, name: string) => {
    const entry = pkg.entry(source);
    if (!entry) return;
    if (entry.name === name) parts.push({ kind: "copied", entry, packed: pkg.packed(entry.name) });
    else parts.push({ kind: "new", name, content: pkg.read(entry.name) });
  };
  const fresh = (name: string, content: string) => parts.push({ kind: "new", name, content: encoder.encode(content) });

  fresh(
    CONTENT_TYPES_PART,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  fresh("_rels/.rels", relationshipsXml(['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>']));
  copyAs(workbook.part, "xl/workbook.xml");
  const kept = workbook.relationships.filter((r) => !r.external && r.part !== undefined && KEPT_WORKBOOK_RELATIONSHIPS.some((kind) => isRelationshipType(r.type, kind)) && pkg.has(r.part));
  const links: string[] = [];
  let sheetNumber = 0;
  let themes = 0;
  for (const r of kept) {
    const source = pkg.entry(r.part as string)?.name as string;
    let target: string;
    if (isRelationshipType(r.type, RELATIONSHIP_TYPES.worksheet)) {
      sheetNumber += 1;
      target = `worksheets/sheet${sheetNumber}.xml`;
      fresh(`xl/${target}`, strippedSheet(pkg.text(source)));
      // Hyperlinks are read for their text; nothing else the sheet refers to is.
      const hyperlinks = pkg.relationshipsOf(source).filter((link) => isRelationshipType(link.type, "hyperlink"));
      if (hyperlinks.length > 0) {
        fresh(
          `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`,
          relationshipsXml(hyperlinks.map((link) => `<Relationship Id="${escape(link.id)}" Type="${escape(link.type)}" Target="${escape(link.target)}"${link.external ? ' TargetMode="External"' : ""}/>`)),
        );
      }
    } else if (isRelationshipType(r.type, RELATIONSHIP_TYPES.theme)) {
      themes += 1;
      target = `theme/theme${themes}.xml`;
      copyAs(source, `xl/${target}`);
    } else {
      target = isRelationshipType(r.type, RELATIONSHIP_TYPES.styles) ? "styles.xml" : "sharedStrings.xml";
      copyAs(source, `xl/${target}`);
    }
    links.push(`<Relationship Id="${escape(r.id)}" Type="${escape(r.type)}" Target="${target}"/>`);
  }
  fresh("xl/_rels/workbook.xml.rels", relationshipsXml(links));
  // Stored, not packed: the copy lives only in memory, long enough to be read.
  return writeZip(parts, "store");
}
