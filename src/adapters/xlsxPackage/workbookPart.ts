/**
 * `xl/workbook.xml` (whatever the package calls it): the sheet list, the date system and the
 * defined names.
 */
import type { SheetVisibility } from "../../core/grid/SheetGrid.js";
import { decodeXmlText, findElement, findElements } from "./xmlScan.js";

export interface WorkbookSheetEntry {
  readonly name: string;
  /** `sheetId`: stable across reordering; what calcChain.xml counts. */
  readonly sheetId: number;
  /** The relationship id (`r:id`) pointing at the sheet's part. */
  readonly relationshipId: string;
  readonly visibility: SheetVisibility;
}

export interface WorkbookDefinedName {
  readonly name: string;
  /** The formula text, entities decoded, e.g. `'Officer''s plan'!$A$1:$H$40`. */
  readonly text: string;
  /** Index into the sheet list for a sheet-level name. */
  readonly localSheetId?: number;
}

export interface WorkbookPartInfo {
  readonly sheets: readonly WorkbookSheetEntry[];
  /**
   * The 1904 date system. The schema type is xsd:boolean, so Excel writes "1" and LibreOffice
   * "true"; "on" is accepted too, as some writers use it. ExcelJS 4.4 honours only "1".
   */
  readonly date1904: boolean;
  readonly definedNames: readonly WorkbookDefinedName[];
}

const TRUE_WORDS = new Set(["1", "true", "on"]);

/** An xsd:boolean attribute ("1", "true", also "on"), case and spaces ignored. */
export function xmlBoolean(value: string | undefined): boolean {
  return value !== undefined && TRUE_WORDS.has(value.trim().toLowerCase());
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

export function parseWorkbookPart(xml: string): WorkbookPartInfo {
  const sheetsElement = findElement(xml, "sheets");
  const sheets: WorkbookSheetEntry[] = [];
  if (sheetsElement) {
    for (const element of findElements(xml, "sheet", sheetsElement.contentStart, sheetsElement.contentEnd)) {
      const name = element.attributes.name;
      // The relationship id is in the relationships namespace; writers prefix it "r:" or otherwise.
      const relationshipId = Object.entries(element.qualifiedAttributes).find(([key]) => /(^|:)id$/.test(key) && key !== "id")?.[1] ?? element.attributes.id;
      if (name === undefined || relationshipId === undefined) continue;
      sheets.push({
        name,
        sheetId: Number(element.attributes.sheetId ?? sheets.length + 1),
        relationshipId,
        visibility: visibilityOf(element.attributes.state),
      });
    }
  }
  const properties = findElement(xml, "workbookPr");
  const definedNames: WorkbookDefinedName[] = [];
  const namesElement = findElement(xml, "definedNames");
  if (namesElement) {
    for (const element of findElements(xml, "definedName", namesElement.contentStart, namesElement.contentEnd)) {
      const name = element.attributes.name;
      const text = decodeXmlText(xml.slice(element.contentStart, element.contentEnd)).trim();
      if (name === undefined || text === "") continue;
      const local = element.attributes.localSheetId === undefined ? undefined : Number(element.attributes.localSheetId);
      definedNames.push(local !== undefined && Number.isInteger(local) ? { name, text, localSheetId: local } : { name, text });
    }
  }
  return { sheets, date1904: xmlBoolean(properties?.attributes.date1904), definedNames };
}
