/**
 * xl/workbook.xml: the sheets in tab order with their states and relationship ids, the defined names,
 * and the date system (`<workbookPr date1904>`: Excel writes "1", LibreOffice "true"; ExcelJS only
 * understands "1").
 */
import type { SheetVisibility } from "../../../core/grid/SheetGrid.js";
import { isMain, relationshipId } from "../xml/namespaces.js";
import type { XmlHandler } from "../xml/XmlHandler.js";

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly relationshipId?: string;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** The formula, e.g. `Lists!$A$2:$A$6`. */
  readonly text: string;
  /** Position of the sheet it belongs to, for a sheet-level name. */
  readonly localSheetId?: number;
}

export interface WorkbookPartRead {
  readonly sheets: WorkbookSheetEntry[];
  readonly definedNames: DefinedNameEntry[];
  date1904: boolean;
}

export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

export function workbookHandler(into: WorkbookPartRead): XmlHandler {
  let name: { name: string; localSheetId?: number } | undefined;
  let text = "";
  return {
    open(uri, local, attributes) {
      if (!isMain(uri)) return;
      if (local === "workbookPr") into.date1904 = isTrue(attributes.get("date1904"));
      else if (local === "sheet") {
        const sheetName = attributes.get("name");
        if (sheetName === undefined) return;
        const id = relationshipId(attributes);
        into.sheets.push({ name: sheetName, visibility: visibilityOf(attributes.get("state")), ...(id !== undefined ? { relationshipId: id } : {}) });
      } else if (local === "definedName") {
        const definedName = attributes.get("name");
        const localSheetId = attributes.get("localSheetId");
        text = "";
        name = definedName === undefined ? undefined : { name: definedName, ...(localSheetId !== undefined && /^\d+$/.test(localSheetId) ? { localSheetId: Number(localSheetId) } : {}) };
      }
    },
    close(uri, local) {
      if (!isMain(uri) || local !== "definedName") return;
      if (name && text.trim() !== "") into.definedNames.push({ ...name, text: text.trim() });
      name = undefined;
    },
    text(piece) {
      if (name) text += piece;
    },
  };
}
