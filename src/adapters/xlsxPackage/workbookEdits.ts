/**
 * Edits to the package's index parts when generated sheets are replaced: the workbook part (sheet
 * entries, defined names, the active tab, calculation on load), its relationships, the content
 * types, the application properties' list of sheet names and the calculation chain. Each is a
 * splice of the officer's text; nothing else in these parts changes.
 */
import { requoteSheetReferences } from "../exceljs/definedNames.js";
import { CONTENT_TYPES_PART } from "./contentTypes.js";
import { RELATIONSHIPS_NS } from "./sheetXml.js";
import { applySplices, withAttribute, type Splice } from "./splice.js";
import { element, escapeText } from "./xmlWriter.js";
import { decodeXmlText, elementText, findElement, findElements, qualified, type XmlElement } from "./xmlScan.js";

export { CONTENT_TYPES_PART };

const STRICT_RELATIONSHIPS_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** A sheet to add to the workbook part. */
export interface NewSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
}

export interface NewDefinedName {
  readonly name: string;
  readonly localSheetId: number;
  readonly text: string;
}

export interface WorkbookPartEdit {
  /** Names of the sheets removed (ours from a previous refresh). */
  readonly removedSheets: ReadonlySet<string>;
  /** Sheet names in their new order: the officer's kept ones, then ours. */
  readonly newOrder: readonly string[];
  readonly added: readonly NewSheetEntry[];
  readonly definedNames: readonly NewDefinedName[];
  /** The sheet to show when the file opens (by name), chosen by the caller. */
  readonly activeSheet: string;
}

function openTagOf(xml: string, found: XmlElement): string {
  return xml.slice(found.start, found.contentStart);
}

/** The prefix bound to the relationships namespace on the root element, if any. */
function relationshipPrefix(root: XmlElement): string | undefined {
  for (const [key, value] of Object.entries(root.qualifiedAttributes)) {
    if (key.startsWith("xmlns:") && (value === RELATIONSHIPS_NS || value === STRICT_RELATIONSHIPS_NS)) return key.slice(6);
  }
  return undefined;
}

export function editWorkbookPart(xml: string, edit: WorkbookPartEdit): string {
  const root = findElement(xml, "workbook");
  const sheetsElement = root ? findElement(xml, "sheets", root.contentStart, root.contentEnd) : undefined;
  if (!root || !sheetsElement || sheetsElement.selfClosing) throw new Error("workbook part has no sheet list");
  const prefix = root.prefix;
  const q = (name: string) => qualified(prefix, name);
  const splices: Splice[] = [];

  // Sheet entries: ours removed, the new ones appended.
  const oldOrder: string[] = [];
  for (const sheet of findElements(xml, "sheet", sheetsElement.contentStart, sheetsElement.contentEnd)) {
    const name = sheet.attributes.name ?? "";
    oldOrder.push(name);
    if (edit.removedSheets.has(name)) splices.push({ at: sheet.start, remove: sheet.end - sheet.start, insert: "" });
  }
  const rPrefix = relationshipPrefix(root);
  const added = edit.added
    .map((sheet) =>
      element(q("sheet"), {
        name: sheet.name,
        sheetId: sheet.sheetId,
        state: sheet.visibility === "visible" ? undefined : sheet.visibility,
        ...(rPrefix !== undefined ? { [`${rPrefix}:id`]: sheet.relationshipId } : { "xmlns:r": RELATIONSHIPS_NS, "r:id": sheet.relationshipId }),
      }),
    )
    .join("");
  splices.push({ at: sheetsElement.contentEnd, remove: 0, insert: added });

  const newIndex = new Map(edit.newOrder.map((name, i) => [name, i]));
  const remap = (oldIndex: number): number | undefined => {
    const name = oldOrder[oldIndex];
    return name === undefined || edit.removedSheets.has(name) ? undefined : newIndex.get(name);
  };

  // The active tab and first visible tab, by sheet rather than by position.
  const active = newIndex.get(edit.activeSheet) ?? 0;
  for (const view of findElements(xml, "workbookView", root.contentStart, root.contentEnd)) {
    const open = openTagOf(xml, view);
    let changed = view.attributes.activeTab === undefined && active === 0 ? open : withAttribute(open, "activeTab", String(active));
    if (view.attributes.firstSheet !== undefined) {
      const first = Math.min(remap(Number(view.attributes.firstSheet)) ?? 0, active);
      changed = withAttribute(changed, "firstSheet", String(first));
    }
    if (changed !== open) splices.push({ at: view.start, remove: open.length, insert: changed });
  }

  // Defined names: ours removed, the officer's sheet-level ones re-pointed at their sheet's new position.
  const namesElement = findElement(xml, "definedNames", root.contentStart, root.contentEnd);
  let keptNames = 0;
  if (namesElement && !namesElement.selfClosing) {
    for (const name of findElements(xml, "definedName", namesElement.contentStart, namesElement.contentEnd)) {
      const local = name.attributes.localSheetId;
      const moved = local === undefined ? undefined : remap(Number(local));
      if (local !== undefined && moved === undefined) {
        splices.push({ at: name.start, remove: name.end - name.start, insert: "" });
        continue;
      }
      keptNames++;
      if (moved !== undefined && moved !== Number(local)) {
        const open = openTagOf(xml, name);
        splices.push({ at: name.start, remove: open.length, insert: withAttribute(open, "localSheetId", String(moved)) });
      }
      // A sheet name with an apostrophe written unquoted-inside-quotes ('Officer's plan'!) — as files
      // written by ExcelJS have it — makes Excel call the whole file damaged; it is repaired here.
      if (!name.selfClosing) {
        const text = decodeXmlText(xml.slice(name.contentStart, name.contentEnd));
        const repaired = requoteSheetReferences(text, oldOrder);
        if (repaired !== text) splices.push({ at: name.contentStart, remove: name.contentEnd - name.contentStart, insert: escapeText(repaired) });
      }
    }
  }
  const ourNames = edit.definedNames.map((n) => element(q("definedName"), { name: n.name, localSheetId: n.localSheetId }, escapeText(n.text))).join("");
  let calcAnchor: number;
  if (namesElement) {
    if (keptNames === 0 && ourNames === "") {
      splices.push({ at: namesElement.start, remove: namesElement.end - namesElement.start, insert: "" });
    } else if (namesElement.selfClosing) {
      splices.push({ at: namesElement.start, remove: namesElement.end - namesElement.start, insert: `<${q("definedNames")}>${ourNames}</${q("definedNames")}>` });
    } else if (ourNames !== "") {
      splices.push({ at: namesElement.contentEnd, remove: 0, insert: ourNames });
    }
    calcAnchor = namesElement.end;
  } else {
    // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames, calcPr.
    const after = findElement(xml, "externalReferences", root.contentStart, root.contentEnd) ?? findElement(xml, "functionGroups", root.contentStart, root.contentEnd) ?? sheetsElement;
    if (ourNames !== "") splices.push({ at: after.end, remove: 0, insert: `<${q("definedNames")}>${ourNames}</${q("definedNames")}>` });
    calcAnchor = after.end;
  }

  // Calculate everything when the file next opens: see refreshPackage.ts for why.
  const calc = findElement(xml, "calcPr", root.contentStart, root.contentEnd);
  if (calc) {
    const open = openTagOf(xml, calc);
    const changed = withAttribute(open, "fullCalcOnLoad", "1");
    if (changed !== open) splices.push({ at: calc.start, remove: open.length, insert: changed });
  } else {
    splices.push({ at: calcAnchor, remove: 0, insert: element(q("calcPr"), { fullCalcOnLoad: true }) });
  }
  return applySplices(xml, splices);
}

export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** A relationships part with the relationships `removeIds` dropped and `added` appended. */
export function editRelationshipsPart(xml: string, removeIds: ReadonlySet<string>, added: readonly NewRelationship[]): string {
  const root = findElement(xml, "Relationships");
  if (!root) throw new Error("relationships part has no Relationships element");
  const splices: Splice[] = [];
  if (!root.selfClosing) {
    for (const relationship of findElements(xml, "Relationship", root.contentStart, root.contentEnd)) {
      if (removeIds.has(relationship.attributes.Id ?? "")) splices.push({ at: relationship.start, remove: relationship.end - relationship.start, insert: "" });
    }
  }
  const q = (name: string) => qualified(root.prefix, name);
  const text = added.map((r) => element(q("Relationship"), { Id: r.id, Type: r.type, Target: r.target })).join("");
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.end - 2);
    splices.push({ at: root.start, remove: root.end - root.start, insert: `${open}>${text}</${q("Relationships")}>` });
  } else {
    splices.push({ at: root.contentEnd, remove: 0, insert: text });
  }
  return applySplices(xml, splices);
}

/** `[Content_Types].xml` with the overrides of removed parts dropped and new ones added. */
export function editContentTypes(xml: string, removedParts: ReadonlySet<string>, added: ReadonlyArray<{ readonly part: string; readonly contentType: string }>): string {
  const root = findElement(xml, "Types");
  if (!root || root.selfClosing) throw new Error("content types part has no Types element");
  const removed = new Set([...removedParts].map((p) => p.toLowerCase()));
  const splices: Splice[] = [];
  for (const override of findElements(xml, "Override", root.contentStart, root.contentEnd)) {
    const part = (override.attributes.PartName ?? "").replace(/^\//, "").toLowerCase();
    if (removed.has(part)) splices.push({ at: override.start, remove: override.end - override.start, insert: "" });
  }
  const q = (name: string) => qualified(root.prefix, name);
  splices.push({ at: root.contentEnd, remove: 0, insert: added.map((a) => element(q("Override"), { PartName: `/${a.part}`, ContentType: a.contentType })).join("") });
  return applySplices(xml, splices);
}

/**
 * `docProps/app.xml` with its list of worksheet names brought up to date. The part groups titles
 * under headings in the user's language ("Worksheets", "Arbeitsblätter"), so the group is found by
 * its content: the run of titles equal to the old sheet names. If no such run is found the part is
 * left as it was (it is a summary for file browsers; Excel rewrites it on save).
 */
export function editAppProperties(xml: string, oldSheets: readonly string[], newSheets: readonly string[]): string {
  const pairs = findElement(xml, "HeadingPairs");
  const titles = findElement(xml, "TitlesOfParts");
  if (!pairs || !titles || pairs.selfClosing || titles.selfClosing) return xml;
  const titleVector = findElement(xml, "vector", titles.contentStart, titles.contentEnd);
  const pairVector = findElement(xml, "vector", pairs.contentStart, pairs.contentEnd);
  if (!titleVector || !pairVector || titleVector.selfClosing || pairVector.selfClosing) return xml;
  const strings = findElements(xml, "lpstr", titleVector.contentStart, titleVector.contentEnd);
  const variants = findElements(xml, "variant", pairVector.contentStart, pairVector.contentEnd);
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countElement = findElement(xml, "i4", (variants[i + 1] as XmlElement).contentStart, (variants[i + 1] as XmlElement).contentEnd);
    const count = countElement ? Number(elementText(xml, countElement)) : Number.NaN;
    if (!Number.isInteger(count) || !countElement) return xml;
    const group = strings.slice(offset, offset + count).map((s) => decodeXmlText(xml.slice(s.contentStart, s.contentEnd)));
    if (count === oldSheets.length && group.every((name, j) => name === oldSheets[j])) {
      const first = strings[offset];
      const last = strings[offset + count - 1];
      const prefix = (first ?? titleVector).prefix;
      const q = (name: string) => qualified(prefix, name);
      const listed = newSheets.map((name) => `<${q("lpstr")}>${escapeText(name)}</${q("lpstr")}>`).join("");
      const total = strings.length - count + newSheets.length;
      const vectorOpen = xml.slice(titleVector.start, titleVector.contentStart);
      const splices: Splice[] = [
        { at: countElement.contentStart, remove: countElement.contentEnd - countElement.contentStart, insert: String(newSheets.length) },
        { at: titleVector.start, remove: vectorOpen.length, insert: withAttribute(vectorOpen, "size", String(total)) },
        first && last ? { at: first.start, remove: last.end - first.start, insert: listed } : { at: titleVector.contentStart, remove: 0, insert: listed },
      ];
      return applySplices(xml, splices);
    }
    offset += count;
  }
  return xml;
}

/**
 * The calculation chain without the cells of removed sheets (by sheetId). A chain naming a sheet
 * that is gone makes Excel offer to repair the file. Returns undefined when nothing is left (the
 * part must then go: an empty chain is not valid, and Excel rebuilds one on its next calculation).
 */
export function filterCalcChain(xml: string, removedSheetIds: ReadonlySet<number>): string | undefined {
  const root = findElement(xml, "calcChain");
  if (!root || root.selfClosing || removedSheetIds.size === 0) return xml;
  const cells = findElements(xml, "c", root.contentStart, root.contentEnd);
  let sheet = 0;
  let lastWritten = -1;
  let kept = 0;
  const splices: Splice[] = [];
  for (const cell of cells) {
    if (cell.attributes.i !== undefined) sheet = Number(cell.attributes.i);
    if (removedSheetIds.has(sheet)) {
      splices.push({ at: cell.start, remove: cell.end - cell.start, insert: "" });
      continue;
    }
    kept++;
    // A cell without `i` belongs to the sheet of the cell before it: say so when that one was dropped.
    if (cell.attributes.i === undefined && lastWritten !== sheet) {
      const open = xml.slice(cell.start, cell.contentStart);
      splices.push({ at: cell.start, remove: open.length, insert: withAttribute(open, "i", String(sheet)) });
    }
    lastWritten = sheet;
  }
  return kept === 0 ? undefined : applySplices(xml, splices);
}
