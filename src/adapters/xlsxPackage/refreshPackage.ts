/**
 * Refresh at the package level: the officer's workbook stays theirs, byte for byte.
 *
 * A refresh adds our generated sheets as new parts and removes only our own parts from a previous
 * refresh. It changes only the package's index parts — `[Content_Types].xml`, the workbook part
 * (sheet entries, our print areas and titles, the active tab, calculation on load), the workbook's
 * relationships and `docProps/app.xml` — and appends our formats to the styles part without
 * renumbering the officer's. The calculation chain loses the cells of removed sheets, if it names
 * any. With `--add-rag-column`, the plan sheet gains its one column (see ragColumnXml.ts). Every
 * other part is copied as it was packed: charts, pivot tables, slicers, macros, external links,
 * comments, drawings, custom properties and sensitivity labels included.
 *
 * `fullCalcOnLoad`: our formula cells are written without cached results, and the officer's own
 * formulas that read our sheets still hold results computed from the old ones. Excel recalculates
 * on open only cells it knows are dirty, and a value-less cell written by another program is not
 * marked so; `fullCalcOnLoad="1"` in `calcPr` makes Excel (and LibreOffice) compute everything
 * once when the file opens. Excel clears the flag the next time the officer saves.
 */
import { quoteSheetName } from "../../core/grid/Address.js";
import type { RagColumnSpec } from "../../core/refresh/buildRefresh.js";
import type { SheetSpec } from "../../core/sheets/SheetSpec.js";
import { checkSpecSet, sameSheetName, SheetNameConflictError } from "../../core/sheets/SheetSpec.js";
import { CHART_CONTENT_TYPES, renderChartXml, renderDrawingXml } from "./chartXml.js";
import { CONTENT_TYPES_PART, contentTypeOf } from "./contentTypes.js";
import { folderOf, relationshipsPartOf, relativeTarget } from "./partNames.js";
import { addRagColumnToSheetXml } from "./ragColumnXml.js";
import { relationshipOfType, RELATIONSHIP_TYPES, type Relationship } from "./relationships.js";
import { printNames, renderSheetXml } from "./sheetXml.js";
import { StylesAppender } from "./stylesAppender.js";
import { renderTableXml } from "./tableXml.js";
import { editAppProperties, editContentTypes, editRelationshipsPart, editWorkbookPart, filterCalcChain, type NewDefinedName, type NewRelationship, type NewSheetEntry } from "./workbookEdits.js";
import type { XlsxPackage } from "./XlsxPackage.js";
import { findElement } from "./xmlScan.js";
import { escapeAttribute } from "./xmlWriter.js";
import { packPart, writeZip, type PackedPart, type ZipPart } from "./zipWriter.js";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELATIONSHIP_URI = { worksheet: `${REL}/worksheet`, table: `${REL}/table`, styles: `${REL}/styles`, drawing: `${REL}/drawing`, chart: `${REL}/chart` } as const;
const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** A styles part for a workbook that has none (some generators leave it out): Excel's defaults. */
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * A generated sheet's table would take a name the officer's workbook already uses for a table or a
 * defined name (one namespace in Excel). Nothing has been written when it is thrown.
 */
export class PackageNameClashError extends Error {
  constructor(
    readonly tableName: string,
    readonly sheetName: string,
  ) {
    super(
      `the name "${tableName}" is already used in this workbook by a table or named range of yours, and Plan Tracker gives it to the table on its "${sheetName}" sheet. Rename yours (Formulas > Name Manager) and refresh again.`,
    );
    this.name = "PackageNameClashError";
  }
}

export interface PackageRefresh {
  /** The generated sheets, in order; they go after the officer's sheets. */
  readonly specs: readonly SheetSpec[];
  /** Names of the sheets a previous refresh generated (found by their marker): the only sheets removed. */
  readonly replacedSheets: readonly string[];
  /** Calculated RAG columns to write into the officer's plan sheets (`--add-rag-column`). */
  readonly ragColumns?: readonly RagColumnSpec[];
}

export interface PackageRefreshResult {
  readonly bytes: Uint8Array;
  /** Parts whose content changed (the index parts, styles, and a plan sheet given a RAG column). */
  readonly changedParts: readonly string[];
  readonly addedParts: readonly string[];
  readonly removedParts: readonly string[];
}

/** Every relationship in the package, by the part it belongs to. */
function allRelationships(pkg: XlsxPackage): Map<string, Relationship[]> {
  const bySource = new Map<string, Relationship[]>();
  for (const entry of pkg.entries) {
    const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(entry.name);
    if (!match) continue;
    const source = `${match[1]}${match[2]}`;
    bySource.set(source, pkg.relationshipsOf(source));
  }
  return bySource;
}

/**
 * The parts that go with our old sheets: each sheet part, and whatever only it (and parts going
 * with it) refers to — its table, printer settings, drawings — never a part someone else uses.
 */
function partsToRemove(pkg: XlsxPackage, sheetParts: readonly string[]): Set<string> {
  const relationships = allRelationships(pkg);
  const candidates = new Set<string>();
  const queue = [...sheetParts];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    if (candidates.has(part) || !pkg.has(part)) continue;
    candidates.add(part);
    for (const r of relationships.get(part) ?? []) if (r.part !== undefined && !r.external) queue.push(pkg.entry(r.part)?.name ?? r.part);
  }
  const workbookPart = pkg.workbook.part;
  const sheets = new Set(sheetParts);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [source, rels] of relationships) {
      if (candidates.has(source)) continue;
      for (const r of rels) {
        const target = r.part !== undefined ? (pkg.entry(r.part)?.name ?? r.part) : undefined;
        if (target === undefined || !candidates.has(target)) continue;
        if (source === workbookPart && sheets.has(target)) continue;
        candidates.delete(target);
        changed = true;
      }
    }
  }
  for (const part of [...candidates]) {
    const rels = relationshipsPartOf(part);
    if (pkg.has(rels)) candidates.add(pkg.entry(rels)?.name ?? rels);
  }
  return candidates;
}

function freeName(taken: Set<string>, folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}${stem}${n}.xml`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function freeRelationshipId(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** Table names and ids already in the package (tables of the sheets that stay). */
function officerTables(pkg: XlsxPackage, removed: ReadonlySet<string>): { names: Set<string>; maxId: number } {
  const names = new Set<string>();
  let maxId = 0;
  for (const entry of pkg.entries) {
    if (contentTypeOf(pkg.contentTypes, entry.name) !== CONTENT_TYPE.table) continue;
    const root = findElement(pkg.text(entry.name), "table");
    maxId = Math.max(maxId, Number(root?.attributes.id ?? 0) || 0);
    if (removed.has(entry.name)) continue;
    for (const key of ["name", "displayName"] as const) {
      const value = root?.attributes[key];
      if (value !== undefined) names.add(value.toUpperCase());
    }
  }
  return { names, maxId };
}

function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(target)}"/>`;
}

function relationshipsXml(relationships: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`;
}

/** The refreshed package. Throws {@link SheetNameConflictError} or {@link PackageNameClashError} before anything is built. */
export function refreshPackage(pkg: XlsxPackage, refresh: PackageRefresh): PackageRefreshResult {
  const { specs } = refresh;
  checkSpecSet(specs);
  const workbook = pkg.workbook;
  const replaced = new Set(refresh.replacedSheets);
  const oldSheets = workbook.sheets.filter((s) => replaced.has(s.name));
  const keptSheets = workbook.sheets.filter((s) => !replaced.has(s.name));
  for (const spec of specs) if (keptSheets.some((s) => sameSheetName(s.name, spec.name))) throw new SheetNameConflictError(spec.name);

  const removed = partsToRemove(pkg, oldSheets.flatMap((s) => (s.part !== undefined ? [s.part] : [])));
  const tables = officerTables(pkg, removed);
  const officerNames = new Set([...tables.names, ...workbook.definedNames.filter((n) => !n.name.startsWith("_xlnm.")).map((n) => n.name.toUpperCase())]);
  for (const spec of specs) if (spec.table && officerNames.has(spec.table.name.toUpperCase())) throw new PackageNameClashError(spec.table.name, spec.name);

  const changed = new Map<string, string | undefined>();
  // New parts are packed as soon as they are rendered, so a generated sheet's text (over 100 MB for
  // a 20,000-row plan's hidden plan-rows sheet) is let go before the next sheet is built.
  const encoder = new TextEncoder();
  const added: Array<{ name: string; part: PackedPart; contentType: string }> = [];
  const add = (name: string, content: string, contentType: string): void => {
    added.push({ name, part: packPart(name, encoder.encode(content)), contentType });
  };
  // Our removed parts' names are free again, so a repeat refresh writes the same part names.
  const takenNames = new Set(pkg.entries.filter((e) => !removed.has(e.name)).map((e) => e.name.toLowerCase()));
  const folder = folderOf(workbook.part);

  // Styles: the officer's, with ours appended.
  let stylesPart = workbook.stylesPart;
  const workbookRelationshipsAdded: NewRelationship[] = [];
  const takenIds = new Set(workbook.relationships.map((r) => r.id));
  const styles = new StylesAppender(stylesPart !== undefined ? pkg.text(stylesPart) : MINIMAL_STYLES);
  if (stylesPart === undefined) {
    stylesPart = freeName(takenNames, folder, "styles");
    workbookRelationshipsAdded.push({ id: freeRelationshipId(takenIds), type: RELATIONSHIP_URI.styles, target: relativeTarget(workbook.part, stylesPart) });
  }

  // Our sheets, after the officer's.
  const oldActiveIndex = Number(findElement(pkg.text(workbook.part), "workbookView")?.attributes.activeTab ?? 0);
  const oldActive = workbook.sheets[oldActiveIndex]?.name ?? keptSheets[0]?.name ?? "";
  let activeSheet = replaced.has(oldActive) ? undefined : oldActive;
  if (activeSheet === undefined) {
    const again = specs.find((spec) => sameSheetName(spec.name, oldActive) && spec.visibility === "visible");
    activeSheet = again?.name ?? keptSheets.find((s) => s.visibility === "visible")?.name ?? specs.find((s) => s.visibility === "visible")?.name ?? "";
  }
  const newOrder = [...keptSheets.map((s) => s.name), ...specs.map((s) => s.name)];
  let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  let nextTableId = tables.maxId + 1;
  const newSheets: NewSheetEntry[] = [];
  const definedNames: NewDefinedName[] = [];
  for (const spec of specs) {
    const part = freeName(takenNames, `${folder}worksheets/`, "sheet");
    let tableRelationshipId: string | undefined;
    let drawingRelationshipId: string | undefined;
    const sheetRelationships: string[] = [];
    if (spec.table) {
      const tablePart = freeName(takenNames, `${folder}tables/`, "table");
      tableRelationshipId = `rId${sheetRelationships.length + 1}`;
      add(tablePart, renderTableXml(spec, spec.table, nextTableId++), CONTENT_TYPE.table);
      sheetRelationships.push(relationshipXml(tableRelationshipId, RELATIONSHIP_URI.table, relativeTarget(part, tablePart)));
    }
    const charts = spec.charts ?? [];
    if (charts.length > 0) {
      // One drawing part for the sheet, one chart part per chart; a repeat refresh finds them through
      // the old sheet's relationships and removes them with it (partsToRemove).
      const drawingPart = freeName(takenNames, `${folder}drawings/`, "drawing");
      drawingRelationshipId = `rId${sheetRelationships.length + 1}`;
      sheetRelationships.push(relationshipXml(drawingRelationshipId, RELATIONSHIP_URI.drawing, relativeTarget(part, drawingPart)));
      const chartRelationshipIds = charts.map((_, i) => `rId${i + 1}`);
      const drawingRelationships = charts.map((chart, i) => {
        const chartPart = freeName(takenNames, `${folder}charts/`, "chart");
        add(chartPart, renderChartXml(spec.name, chart), CHART_CONTENT_TYPES.chart);
        return relationshipXml(chartRelationshipIds[i] as string, RELATIONSHIP_URI.chart, relativeTarget(drawingPart, chartPart));
      });
      add(drawingPart, renderDrawingXml(charts, chartRelationshipIds), CHART_CONTENT_TYPES.drawing);
      add(relationshipsPartOf(drawingPart), relationshipsXml(drawingRelationships), "");
    }
    if (sheetRelationships.length > 0) add(relationshipsPartOf(part), relationshipsXml(sheetRelationships), "");
    const selected = spec.name === activeSheet && replaced.has(oldActive);
    const xml = renderSheetXml(spec, {
      styles,
      date1904: workbook.date1904,
      tabSelected: selected,
      ...(tableRelationshipId !== undefined ? { tableRelationshipId } : {}),
      ...(drawingRelationshipId !== undefined ? { drawingRelationshipId } : {}),
    });
    add(part, xml, CONTENT_TYPE.worksheet);
    const relationshipId = freeRelationshipId(takenIds);
    workbookRelationshipsAdded.push({ id: relationshipId, type: RELATIONSHIP_URI.worksheet, target: relativeTarget(workbook.part, part) });
    newSheets.push({ name: spec.name, sheetId: nextSheetId++, relationshipId, visibility: spec.visibility });
    const index = newOrder.indexOf(spec.name);
    const names = printNames(spec);
    const prefix = `${quoteSheetName(spec.name)}!`;
    if (names.printArea) definedNames.push({ name: "_xlnm.Print_Area", localSheetId: index, text: `${prefix}${names.printArea}` });
    if (names.printTitles) definedNames.push({ name: "_xlnm.Print_Titles", localSheetId: index, text: `${prefix}${names.printTitles}` });
  }

  // The RAG column, written into the officer's plan sheet.
  for (const column of refresh.ragColumns ?? []) {
    const sheet = keptSheets.find((s) => s.name === column.sheet);
    if (!sheet?.part) throw new Error(`the plan sheet "${column.sheet}" is missing from the workbook`);
    const current = changed.get(sheet.part) ?? pkg.text(sheet.part);
    changed.set(sheet.part, addRagColumnToSheetXml(current, column, styles));
  }

  // The calculation chain: the cells of removed sheets dropped.
  const calcChain = relationshipOfType(workbook.relationships, RELATIONSHIP_TYPES.calcChain);
  const removedRelationshipIds = new Set(workbook.relationships.filter((r) => r.part !== undefined && removed.has(pkg.entry(r.part)?.name ?? r.part)).map((r) => r.id));
  const calcChainPart = calcChain?.part !== undefined ? pkg.entry(calcChain.part)?.name : undefined;
  if (calcChain && calcChainPart !== undefined && oldSheets.length > 0) {
    const filtered = filterCalcChain(pkg.text(calcChainPart), new Set(oldSheets.map((s) => s.sheetId)));
    if (filtered === undefined) {
      removed.add(calcChainPart);
      removedRelationshipIds.add(calcChain.id);
    } else if (filtered !== pkg.text(calcChainPart)) {
      changed.set(calcChainPart, filtered);
    }
  }

  const workbookRelsPart = relationshipsPartOf(workbook.part);
  changed.set(
    workbook.part,
    editWorkbookPart(pkg.text(workbook.part), { removedSheets: replaced, newOrder, added: newSheets, definedNames, activeSheet }),
  );
  changed.set(
    pkg.entry(workbookRelsPart)?.name ?? workbookRelsPart,
    editRelationshipsPart(pkg.has(workbookRelsPart) ? pkg.text(workbookRelsPart) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>', removedRelationshipIds, workbookRelationshipsAdded),
  );
  if (styles.changed || workbook.stylesPart === undefined) {
    if (workbook.stylesPart !== undefined) changed.set(workbook.stylesPart, styles.result());
    else add(stylesPart, styles.result(), CONTENT_TYPE.styles);
  }
  const appPart = relationshipOfType(pkg.packageRelationships, RELATIONSHIP_TYPES.extendedProperties)?.part;
  const appEntry = appPart !== undefined ? pkg.entry(appPart)?.name : undefined;
  if (appEntry !== undefined) {
    const before = pkg.text(appEntry);
    const after = editAppProperties(before, workbook.sheets.map((s) => s.name), newOrder);
    if (after !== before) changed.set(appEntry, after);
  }
  changed.set(
    pkg.entry(CONTENT_TYPES_PART)?.name ?? CONTENT_TYPES_PART,
    editContentTypes(pkg.text(CONTENT_TYPES_PART), removed, added.filter((a) => a.contentType !== "").map((a) => ({ part: a.name, contentType: a.contentType }))),
  );

  const parts: ZipPart[] = [];
  for (const entry of pkg.entries) {
    if (removed.has(entry.name)) continue;
    const content = changed.get(entry.name);
    if (content !== undefined) parts.push({ kind: "new", name: entry.name, content: encoder.encode(content) });
    else parts.push({ kind: "copied", entry, packed: pkg.packed(entry.name) });
  }
  const inPackage = new Set(pkg.entries.map((e) => e.name));
  for (const [name, content] of changed) if (!inPackage.has(name) && content !== undefined) parts.push({ kind: "new", name, content: encoder.encode(content) });
  for (const { part } of added) parts.push(part);

  return {
    bytes: writeZip(parts),
    changedParts: [...changed.keys()].filter((name) => inPackage.has(name)),
    addedParts: added.map((a) => a.name),
    removedParts: [...removed],
  };
}

