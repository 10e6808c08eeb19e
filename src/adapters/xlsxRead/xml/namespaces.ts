/**
 * The namespaces the reader recognises. Each SpreadsheetML vocabulary has a Transitional URI (what
 * Excel and LibreOffice write) and a Strict one (ECMA-376 Part 1 "Strict", File > Save As > Strict
 * Open XML); both are read. A part written with no namespace at all (some generators do) is read as
 * the main vocabulary too.
 */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const DOC_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const STRICT_DOC_RELATIONSHIPS_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
export const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const STRICT_DRAWING_NS = "http://purl.oclc.org/ooxml/drawingml/main";
/** Excel 2010's extensions: x14 data validations live in a sheet's `extLst`. */
export const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
/** `xm:f` and `xm:sqref` inside x14 elements. */
export const EXCEL_MAIN_NS = "http://schemas.microsoft.com/office/excel/2006/main";
export const MARKUP_COMPATIBILITY_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const KNOWN = new Map<string, string>(
  [MAIN_NS, STRICT_MAIN_NS, DOC_RELATIONSHIPS_NS, STRICT_DOC_RELATIONSHIPS_NS, PACKAGE_RELATIONSHIPS_NS, CONTENT_TYPES_NS, DRAWING_NS, STRICT_DRAWING_NS, X14_NS, EXCEL_MAIN_NS, MARKUP_COMPATIBILITY_NS].map((uri) => [uri, uri]),
);

/**
 * The one string object for a namespace URI. Tokenizers pass URIs through this when a part declares
 * them, so the readers' `uri === MAIN_NS` compares two pointers instead of 59 characters — on a big
 * sheet that comparison runs millions of times (a tenth of the reading time before this).
 */
export function internUri(uri: string): string {
  let known = KNOWN.get(uri);
  if (known === undefined) {
    known = uri;
    if (KNOWN.size < 1_000) KNOWN.set(uri, uri);
  }
  return known;
}

export function isMain(uri: string): boolean {
  return uri === MAIN_NS || uri === STRICT_MAIN_NS || uri === "";
}

export function isDocRelationships(uri: string): boolean {
  return uri === DOC_RELATIONSHIPS_NS || uri === STRICT_DOC_RELATIONSHIPS_NS;
}

export function isDrawing(uri: string): boolean {
  return uri === DRAWING_NS || uri === STRICT_DRAWING_NS;
}

/** The `r:id` of an element, whichever relationships namespace the part uses. */
export function relationshipId(attributes: { getNs(uri: string, local: string): string | undefined }): string | undefined {
  return attributes.getNs(DOC_RELATIONSHIPS_NS, "id") ?? attributes.getNs(STRICT_DOC_RELATIONSHIPS_NS, "id");
}
