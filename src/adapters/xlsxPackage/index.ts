/** The .xlsx package layer: open a workbook as its zip of parts, read its index parts, write a new package. */
export { XlsxPackage, openXlsxPackage, type PackageSheet, type PackageWorkbook } from "./XlsxPackage.js";
export { CONTENT_TYPES_PART, contentTypeOf, parseContentTypes, type ContentTypes } from "./contentTypes.js";
export { isRelationshipType, parseRelationships, relationshipOfType, RELATIONSHIP_TYPES, type Relationship } from "./relationships.js";
export { relationshipsPartOf, relativeTarget, resolveTarget } from "./partNames.js";
export { parseWorkbookPart, xmlBoolean, type WorkbookDefinedName, type WorkbookPartInfo, type WorkbookSheetEntry } from "./workbookPart.js";
export { decodeXmlText, findElement, findElements, type XmlElement } from "./xmlScan.js";
export { crc32, writeZip, type ZipPart } from "./zipWriter.js";
export { attributes, element, escapeAttribute, escapeText, xmlLegal, XML_DECLARATION } from "./xmlWriter.js";
export { PackageNameClashError, refreshPackage, type PackageRefresh, type PackageRefreshResult } from "./refreshPackage.js";
export { StylesAppender } from "./stylesAppender.js";
export { renderSheetXml } from "./sheetXml.js";
export { addRagColumnToSheetXml } from "./ragColumnXml.js";
