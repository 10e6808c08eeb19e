/**
 * Renders the core's sheet specs into the live workbook — the Office.js twin of
 * `adapters/exceljs/writeSheets.ts`, producing the same cells, formats and print setup.
 *
 * **Only our sheets are touched.** A sheet is ours when cell A1 holds our marker naming that very
 * sheet ({@link generatedRoleFromMarker}). Ours are replaced *in place* — cleared and rewritten in
 * the same worksheet object — because the officer's formulas (and our other sheets) refer to them by
 * name, and deleting a sheet turns those references into #REF!. A spec whose name belongs to a sheet
 * that is not ours is refused before anything is written ({@link SheetNameConflictError}); generated
 * sheets no longer produced (e.g. the committee table of a plan that was removed) are deleted, as the
 * ExcelJS writer does.
 *
 * **Office's contract.** A hidden sheet of ours (PT History) is written visible and hidden last:
 * freeze panes and tab colour fail or do not stick on a hidden sheet (OfficeDev/office-js#1463,
 * #2196; `Worksheet.tabColor` is null while invisible), and one failure aborts the rest of its
 * request. Workbook structure protection (ExcelApi 1.7) is checked before anything is written, since
 * it blocks adding, deleting, renaming, hiding and unhiding sheets. Fit-to-width printing is set as a
 * documented `scale` (printScale.ts). Dates are written as serials of the workbook's date system.
 *
 * **Syncs.** Two to look (sheet names; each sheet's marker, protection and tables), then the writes
 * packed into requests of at most ~4 MB ({@link runInRequests}) with calculation and screen
 * updating suspended in each. A refresh of a few thousand rows is one write request.
 *
 * **Newer features** are feature-detected (requirements.ts) and skipped gracefully; the result lists
 * what was skipped so the pane can tell the officer.
 */
import { cellAddress, columnLetters, type CellRange } from "../../core/grid/Address.js";
import {
  MARKER_CELL,
  SheetNameConflictError,
  checkSpecSet,
  expandFormulaRuns,
  columnWidthToPoints,
  generatedRoleFromMarker,
  rangeA1,
  sameSheetName,
  CHART_LABEL_FORMAT,
  type CellStyle,
  type ChartSpec,
  type ConditionalFormat,
  type HeaderFooterSections,
  type ListValidation,
  type PrintSetup,
  type SheetRole,
  type SheetSpec,
} from "../../core/sheets/SheetSpec.js";
import { addressGroups, columnsAddress, rectanglesByKey, rowsAddress } from "./areas.js";
import { cellBlocks, cellInput } from "./cellWrites.js";
import { protectedSheetError, structureProtectedError, tableNameClashError, withHostErrors } from "./officeErrors.js";
import { fitToWidthScale } from "./printScale.js";
import { COMMAND_OVERHEAD_BYTES, DEFAULT_REQUEST_BUDGET_BYTES, runInRequests, utf8Length, type RequestUnit } from "./requests.js";
import { FEATURES, FeatureSupport, defaultIsSetSupported, type FeatureName, type IsSetSupported } from "./requirements.js";
import { applyCellStyle, applyConditionalStyle, shapeOf, styleWriteCount, type BorderShape } from "./styleWrites.js";

export { applyRagColumn, type ApplyRagColumnOptions, type ApplyRagColumnResult } from "./applyRagColumn.js";

export interface RenderOptions {
  /** `Office.context.requirements.isSetSupported` (the default when Office.js is loaded). */
  readonly isSetSupported?: IsSetSupported;
  /** Maximum estimated bytes per request (default ~4 MB, under Excel on the web's 5 MB). */
  readonly requestBudgetBytes?: number;
  /**
   * Delete our sheets that `specs` no longer includes (default true, as a refresh does). False when
   * writing only some of our sheets, e.g. the settings sheet alone after the officer edits a rule.
   */
  readonly removeStale?: boolean;
  /** Progress through the write requests, for long refreshes. */
  readonly onProgress?: (progress: { readonly requestsDone: number; readonly requestsExpected: number }) => void;
  /** The workbook counts dates from 1904 (as read by readWorkbookGrid): date cells are written in that system. */
  readonly date1904?: boolean;
}

export interface RenderedSheet {
  readonly name: string;
  readonly role: SheetRole;
  /** "replaced": our sheet from an earlier refresh, rewritten in place; "added": a new sheet. */
  readonly action: "replaced" | "added";
}

/** A feature this Excel lacks, and the sheets that went without it. */
export interface SkippedFeature {
  readonly feature: FeatureName;
  /** What the officer does not get, e.g. "coloured RAG cells (conditional formatting)". */
  readonly label: string;
  /** "ExcelApi 1.6". */
  readonly requirementSet: string;
  readonly sheets: readonly string[];
}

export interface RenderResult {
  readonly sheets: readonly RenderedSheet[];
  /** Our sheets from an earlier refresh that this refresh no longer produces, deleted. */
  readonly removed: readonly string[];
  readonly skippedFeatures: readonly SkippedFeature[];
  /** Write requests (each one `context.sync()`). */
  readonly requests: number;
  /** All `context.sync()` calls, including the two that inspect the workbook first. */
  readonly syncs: number;
}

/** Rectangles per `worksheet.getRanges()` call stay within this many address characters. */
const MAX_ADDRESS_LENGTH = 2_000;
/** Merges per unit. */
const MERGES_PER_UNIT = 200;

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

interface ExistingSheet {
  readonly name: string;
  readonly visibility: string;
  readonly worksheet: Excel.Worksheet;
  readonly marker: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
  readonly tables: Excel.TableCollection;
  readonly charts: Excel.ChartCollection;
}

/**
 * Writes `specs` into the workbook: replaces our earlier sheets in place, adds new ones at the end,
 * deletes our sheets no longer produced, never touches anyone else's. Office errors become
 * {@link PlanTrackerHostError}s; a bad spec or a name clash throws before anything is written.
 */
export async function renderSheetSpecs(context: Excel.RequestContext, specs: readonly SheetSpec[], options: RenderOptions = {}): Promise<RenderResult> {
  checkSpecSet(specs);
  // Office.js writes formulas cell by cell (Range.formulas), so filled-down runs are written out first.
  return withHostErrors("writing", () => render(context, specs.map(expandFormulaRuns), options));
}

async function render(context: Excel.RequestContext, specs: readonly SheetSpec[], options: RenderOptions): Promise<RenderResult> {
  const features = new FeatureSupport(options.isSetSupported ?? defaultIsSetSupported());
  const budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;

  // Look 1: the sheets, the workbook's defined names (tables share their namespace), and whether its
  // structure is protected (WorkbookProtection, ExcelApi 1.7: the manifest's minimum).
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name");
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  await context.sync();

  // Look 2: which are ours (marker in A1), protected, holding tables.
  const existing: ExistingSheet[] = worksheets.items.map((worksheet) => {
    const marker = worksheet.getCell(MARKER_CELL.row - 1, MARKER_CELL.column - 1);
    marker.load("values");
    const protection = worksheet.protection;
    protection.load("protected");
    const tables = worksheet.tables;
    tables.load("items/name");
    // Worksheet.charts (ExcelApi 1.1): our charts from a previous refresh, found by name and replaced.
    const charts = worksheet.charts;
    charts.load("items/name");
    return { name: worksheet.name, visibility: worksheet.visibility, worksheet, marker, protection, tables, charts };
  });
  await context.sync();

  const isOurs = (sheet: ExistingSheet): boolean => generatedRoleFromMarker(sheet.name, sheet.marker.values[0]?.[0]) !== undefined;
  const targets = specs.map((spec) => {
    const match = existing.find((sheet) => sameSheetName(sheet.name, spec.name));
    if (match && !isOurs(match)) throw new SheetNameConflictError(spec.name);
    if (match?.protection.protected) throw protectedSheetError(match.name);
    return { spec, match };
  });
  const stale = options.removeStale === false ? [] : existing.filter((sheet) => isOurs(sheet) && !specs.some((spec) => sameSheetName(spec.name, sheet.name)));
  const officerNames = new Set(
    [...existing.filter((sheet) => !isOurs(sheet)).flatMap((sheet) => sheet.tables.items.map((t) => t.name)), ...names.items.map((n) => n.name)].map((n) => n.toUpperCase()),
  );
  const tabled = specs.find((spec) => spec.table && officerNames.has(spec.table.name.toUpperCase()));
  if (tabled?.table) throw tableNameClashError(tabled.table.name, tabled.name);
  // Adding, deleting, renaming, hiding or unhiding a sheet would fail part-way under structure protection.
  // A hidden sheet of ours already there and to stay hidden is rewritten where it is, still hidden, under
  // protection: unhiding it would change the structure. Its frozen panes and tab colour were set by the
  // refresh that made it, and are left alone (they cannot be changed on a hidden sheet: office-js#1463, #2196).
  const staysHidden = (spec: SheetSpec, match: ExistingSheet | undefined): boolean =>
    match !== undefined && spec.visibility !== "visible" && match.visibility === VISIBILITY[spec.visibility];
  const inPlaceHidden = workbookProtection.protected;
  const changesStructure =
    stale.length > 0 ||
    targets.some(({ spec, match }) => !match || match.name !== spec.name || (spec.visibility !== "visible" ? !staysHidden(spec, match) : match.visibility !== "Visible"));
  if (workbookProtection.protected && changesStructure) throw structureProtectedError();

  const skipped = new Map<FeatureName, Set<string>>();
  const skip = (feature: FeatureName, sheet: string): void => {
    const set = skipped.get(feature) ?? new Set<string>();
    set.add(sheet);
    skipped.set(feature, set);
  };

  const units: RequestUnit[] = [];
  for (const sheet of stale) {
    units.push({ bytes: COMMAND_OVERHEAD_BYTES, queue: () => sheet.worksheet.delete() });
  }
  const hideLast: RequestUnit[] = [];
  for (const { spec, match } of targets) {
    const keepHidden = inPlaceHidden && staysHidden(spec, match);
    const written = sheetUnits(context, spec, match, { features, budget, skip, date1904: options.date1904 ?? false, keepHidden });
    units.push(...written.units);
    if (written.hide) hideLast.push(written.hide);
  }
  units.push(...hideLast);

  const requestsExpected = Math.max(1, Math.ceil(units.reduce((sum, unit) => sum + unit.bytes, 0) / budget));
  const requests = await runInRequests(context, units, {
    budgetBytes: budget,
    startRequest: () => {
      if (features.has("suspendCalculation")) context.application.suspendApiCalculationUntilNextSync();
      if (features.has("suspendScreenUpdating")) context.application.suspendScreenUpdatingUntilNextSync();
    },
    onRequest: (requestsDone) => options.onProgress?.({ requestsDone, requestsExpected: Math.max(requestsDone, requestsExpected) }),
  });

  return {
    sheets: targets.map(({ spec, match }) => ({ name: spec.name, role: spec.role, action: match ? "replaced" : "added" })),
    removed: stale.map((sheet) => sheet.name),
    skippedFeatures: [...skipped].map(([feature, sheets]) => ({
      feature,
      label: FEATURES[feature].label,
      requirementSet: `${FEATURES[feature].set} ${FEATURES[feature].version}`,
      sheets: [...sheets],
    })),
    requests,
    syncs: 2 + requests,
  };
}

interface SheetContext {
  readonly features: FeatureSupport;
  readonly budget: number;
  readonly skip: (feature: FeatureName, sheet: string) => void;
  readonly date1904: boolean;
  /** Rewrite a hidden sheet of ours without unhiding it (the workbook's structure is protected). */
  readonly keepHidden?: boolean;
}

/**
 * Every write for one spec, in order: the sheet, its columns, cells, rows, styles, merges and the rest;
 * and, for a sheet that is not to stay visible, the unit that hides it, queued after every sheet's writes.
 */
function sheetUnits(
  context: Excel.RequestContext,
  spec: SheetSpec,
  match: ExistingSheet | undefined,
  ctx: SheetContext,
): { units: RequestUnit[]; hide?: RequestUnit } {
  const keepHidden = ctx.keepHidden === true;
  // Under structure protection a hidden sheet stays hidden: no panes or tab colour (Excel refuses them there).
  const features: Pick<FeatureSupport, "has"> = keepHidden ? { has: (feature: FeatureName) => feature !== "freezePanes" && feature !== "tabColor" && ctx.features.has(feature) } : ctx.features;
  const units: RequestUnit[] = [];
  let worksheet: Excel.Worksheet | undefined;
  /** The worksheet proxy, created by the first unit (so it is queued before anything uses it). */
  const sheet = (): Excel.Worksheet => {
    worksheet ??= match ? match.worksheet : context.workbook.worksheets.add(spec.name);
    return worksheet;
  };

  const markerCell = spec.rows[MARKER_CELL.row - 1]?.cells[MARKER_CELL.column - 1];
  const marker = markerCell?.kind === "text" ? cellInput(markerCell) : null;

  // The sheet itself: cleared in place if it is ours from before, or added.
  units.push({
    bytes: 14 * COMMAND_OVERHEAD_BYTES,
    queue: () => {
      const ws = sheet();
      if (match) {
        // Written visible, hidden last: unfreeze, freeze and tab colour fail or do not stick on a hidden
        // sheet (OfficeDev/office-js#1463, #2196).
        if (match.visibility !== "Visible" && !keepHidden) ws.visibility = "Visible";
        // Excel matches sheet names ignoring case; ours keeps the spec's spelling (its marker names it).
        if (match.name !== spec.name) ws.name = spec.name;
        for (const table of match.tables.items) table.delete();
        // Clearing the cells leaves charts in place: delete ours (only ours) so a refresh replaces them.
        for (const chart of match.charts.items) if (chart.name.startsWith(CHART_NAME_PREFIX)) chart.delete();
        const everything = ws.getRange();
        everything.unmerge();
        everything.clear("All");
        if (features.has("conditionalFormats")) everything.conditionalFormats.clearAll();
        if (features.has("dataValidation")) everything.dataValidation.clear();
        if (features.has("standardSizes")) {
          everything.format.useStandardWidth = true;
          everything.format.useStandardHeight = true;
        }
        everything.rowHidden = false;
        everything.columnHidden = false;
        if (features.has("freezePanes")) ws.freezePanes.unfreeze();
      } else if (marker) {
        // The marker goes in with the new sheet, so a refresh that stops part-way (another workbook took
        // focus, say) leaves a sheet the next refresh knows as ours and replaces.
        const cell = ws.getCell(MARKER_CELL.row - 1, MARKER_CELL.column - 1);
        cell.numberFormat = [["@"]];
        cell.formulas = [[marker]];
      }
      if (features.has("tabColor")) ws.tabColor = spec.tabColor !== undefined ? `#${spec.tabColor.toUpperCase()}` : "";
    },
  });
  if (spec.tabColor !== undefined && !features.has("tabColor") && !keepHidden) ctx.skip("tabColor", spec.name);

  units.push(...columnUnits(sheet, spec));
  for (const block of cellBlocks(spec, ctx.budget / 2, ctx.date1904)) {
    units.push({
      bytes: block.bytes,
      queue: () => {
        const range = sheet().getRangeByIndexes(block.top - 1, 0, block.inputs.length, block.width);
        // Number formats first: a text cell must already be "@" when its value arrives.
        if (block.numberFormats) range.numberFormat = block.numberFormats;
        range.formulas = block.inputs;
      },
    });
  }
  units.push(...rowUnits(sheet, spec, features));
  units.push(...styleUnits(sheet, spec, ctx));
  units.push(...mergeUnits(sheet, spec.merges));

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const { rows, columns } = spec.freeze;
    if (!features.has("freezePanes")) {
      if (!keepHidden) ctx.skip("freezePanes", spec.name);
    } else {
      units.push({
        bytes: 2 * COMMAND_OVERHEAD_BYTES,
        queue: () => {
          const panes = sheet().freezePanes;
          if (rows > 0 && columns > 0) panes.freezeAt(sheet().getRange(`A1:${columnLetters(columns)}${rows}`));
          else if (rows > 0) panes.freezeRows(rows);
          else panes.freezeColumns(columns);
        },
      });
    }
  }

  if (spec.conditionalFormats.length > 0) {
    if (!features.has("conditionalFormats")) ctx.skip("conditionalFormats", spec.name);
    else units.push(conditionalFormatUnit(sheet, spec.conditionalFormats, spec.styles));
  }

  if (spec.validations.length > 0) {
    if (!features.has("dataValidation")) ctx.skip("dataValidation", spec.name);
    else units.push(...spec.validations.map((v) => validationUnit(sheet, v)));
  }

  if (spec.print) {
    if (!features.has("pageLayout")) ctx.skip("pageLayout", spec.name);
    else units.push(printUnit(sheet, spec, spec.print));
  }

  if (spec.table) {
    const t = spec.table;
    units.push({
      bytes: 4 * COMMAND_OVERHEAD_BYTES,
      queue: () => {
        const table = sheet().tables.add(rangeA1(t.range), true);
        table.name = t.name;
        table.style = t.theme ?? "TableStyleLight1";
        table.showBandedRows = t.showRowStripes ?? false;
      },
    });
  }
  const charts = spec.charts ?? [];
  if (charts.length > 0) {
    if (!ctx.features.has("charts")) ctx.skip("charts", spec.name);
    else units.push(...charts.map((chart, i) => chartUnit(sheet, chart, i)));
  }
  if (spec.visibility === "visible" || keepHidden) return { units };
  return {
    units,
    hide: {
      bytes: COMMAND_OVERHEAD_BYTES,
      queue: () => {
        sheet().visibility = VISIBILITY[spec.visibility];
      },
    },
  };
}

/** Our charts' names start with this, so a refresh deletes its own charts and never an officer's. */
export const CHART_NAME_PREFIX = "Plan Tracker chart";

/**
 * One chart, series by series: `charts.add` with the first series' values, then each series given its
 * name, values, categories, fill and data labels explicitly — leaving nothing to Excel's guess of
 * which row holds the names. Excel draws bar categories bottom-up; `reversePlotOrder` puts the first
 * theme on top, and the value axis crossing at the maximum category keeps it at the bottom (ChartAxis,
 * ExcelApi 1.7/1.8). Enum values are written as their strings, which Office.js accepts everywhere.
 *
 * Alt text: `Excel.Chart` has no alt-text property in the Excel JavaScript API (@types/office-js
 * has `altTextDescription` only on PivotLayout, ExcelApi 1.13, and on Shape, which does not cover
 * charts), so the add-in's chart goes without; the RAG table right above it carries the same
 * figures as text, and the package writer (command line) does write the alt text.
 */
function chartUnit(sheet: () => Excel.Worksheet, chart: ChartSpec, index: number): RequestUnit {
  return {
    bytes: (12 + 10 * chart.series.length) * COMMAND_OVERHEAD_BYTES,
    queue: () => {
      const ws = sheet();
      const [first] = chart.series;
      if (!first) return;
      const added = ws.charts.add("BarStacked", ws.getRange(rangeA1(first.values)), "Rows");
      added.name = `${CHART_NAME_PREFIX} ${index + 1}`;
      added.title.text = chart.title;
      added.legend.position = "Bottom";
      added.axes.categoryAxis.reversePlotOrder = true;
      added.axes.categoryAxis.position = "Maximum";
      chart.series.forEach((spec, i) => {
        const series = i === 0 ? added.series.getItemAt(0) : added.series.add(spec.name);
        series.name = spec.name;
        if (i > 0) series.setValues(ws.getRange(rangeA1(spec.values)));
        series.setXAxisValues(ws.getRange(rangeA1(chart.categories)));
        series.format.fill.setSolidColor(`#${spec.fill.toUpperCase()}`);
        series.gapWidth = 50;
        series.overlap = 100;
        series.hasDataLabels = chart.dataLabels;
        if (chart.dataLabels) {
          series.dataLabels.showValue = true;
          series.dataLabels.numberFormat = CHART_LABEL_FORMAT;
          series.dataLabels.format.font.color = `#${spec.labelColor.toUpperCase()}`;
        }
      });
      added.setPosition(ws.getRange(cellAddress(chart.anchor.top, chart.anchor.left)), ws.getRange(cellAddress(chart.anchor.bottom, chart.anchor.right)));
    },
  };
}

function columnUnits(sheet: () => Excel.Worksheet, spec: SheetSpec): RequestUnit[] {
  const writes: Array<() => void> = [];
  const columns = spec.columns;
  let c = 0;
  while (c < columns.length) {
    const width = columns[c]?.width;
    if (width === undefined) {
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < columns.length && columns[end + 1]?.width === width) end++;
    const address = columnsAddress(c + 1, end + 1);
    const points = columnWidthToPoints(width);
    writes.push(() => {
      sheet().getRange(address).format.columnWidth = points;
    });
    c = end + 1;
  }
  columns.forEach((column, i) => {
    if (column?.hidden) {
      const address = columnsAddress(i + 1, i + 1);
      writes.push(() => {
        sheet().getRange(address).columnHidden = true;
      });
    }
  });
  return writes.length === 0 ? [] : [{ bytes: writes.length * COMMAND_OVERHEAD_BYTES, queue: () => writes.forEach((write) => write()) }];
}

/** Consecutive row numbers as "a:b" runs. */
function rowRuns(rows: readonly number[]): string[] {
  const runs: string[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    runs.push(rowsAddress(rows[i] as number, rows[j] as number));
    i = j + 1;
  }
  return runs;
}

function joinGroups(addresses: readonly string[]): string[] {
  const groups: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + 1 + a.length > MAX_ADDRESS_LENGTH) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}

function rowUnits(sheet: () => Excel.Worksheet, spec: SheetSpec, features: Pick<FeatureSupport, "has">): RequestUnit[] {
  const byHeight = new Map<number, number[]>();
  const hidden: number[] = [];
  spec.rows.forEach((row, i) => {
    if (!row) return;
    if (row.height !== undefined) {
      const list = byHeight.get(row.height) ?? [];
      list.push(i + 1);
      byHeight.set(row.height, list);
    }
    if (row.hidden) hidden.push(i + 1);
  });
  const units: RequestUnit[] = [];
  const areas = features.has("rangeAreas");
  for (const [height, rows] of byHeight) {
    const runs = rowRuns(rows);
    if (areas) {
      for (const group of joinGroups(runs)) {
        units.push({
          bytes: utf8Length(group) + COMMAND_OVERHEAD_BYTES * 2,
          queue: () => {
            sheet().getRanges(group).format.rowHeight = height;
          },
        });
      }
    } else {
      for (let i = 0; i < runs.length; i += MERGES_PER_UNIT) {
        const part = runs.slice(i, i + MERGES_PER_UNIT);
        units.push({
          bytes: part.length * COMMAND_OVERHEAD_BYTES * 2,
          queue: () => {
            for (const run of part) sheet().getRange(run).format.rowHeight = height;
          },
        });
      }
    }
  }
  const hiddenRuns = rowRuns(hidden);
  if (hiddenRuns.length > 0) {
    units.push({
      bytes: hiddenRuns.length * COMMAND_OVERHEAD_BYTES * 2,
      queue: () => {
        for (const run of hiddenRuns) sheet().getRange(run).rowHidden = true;
      },
    });
  }
  return units;
}

function shapeKey(shape: BorderShape): string {
  return `${shape.multiRow ? "R" : "r"}${shape.multiColumn ? "C" : "c"}`;
}

/** The style properties Office.js sets one by one; each is grouped on its own (see {@link styleUnits}). */
const STYLE_PROPERTIES = ["bold", "italic", "fontSize", "fontColor", "fill", "wrap", "horizontal", "vertical", "indent", "border"] as const;

/**
 * Styles, one property at a time: every cell whose named style has `border: "thin"` is grouped
 * together, whatever else its style says, and likewise for fills, bold, alignment… Tables share
 * most properties across their styles (borders, top alignment), so a 10,000-row committee table
 * takes a handful of rectangles per property rather than thousands per style. The sheet has just
 * been cleared (or added), so a property is only ever set on the cells whose style has it — each
 * cell ends up with exactly its style, as in the ExcelJS writer.
 */
function styleUnits(sheet: () => Excel.Worksheet, spec: SheetSpec, ctx: SheetContext): RequestUnit[] {
  const { features } = ctx;
  const rows = spec.rows;
  const styleAt = (row: number, column: number): CellStyle | undefined => {
    const name = rows[row - 1]?.cells[column - 1]?.style;
    return name === undefined ? undefined : spec.styles[name];
  };
  const indent = features.has("indent");
  if (!indent && Object.values(spec.styles).some((style) => style.indent !== undefined)) ctx.skip("indent", spec.name);
  const areas = features.has("rangeAreas");
  const units: RequestUnit[] = [];
  for (const property of STYLE_PROPERTIES) {
    if (property === "indent" && !indent) continue;
    const rectangles = rectanglesByKey(
      rows.length,
      (row) => rows[row - 1]?.cells.length ?? 0,
      (row, column) => {
        const value = styleAt(row, column)?.[property];
        return value === undefined ? undefined : String(value);
      },
    );
    for (const list of rectangles.values()) {
      const first = list[0];
      const style: CellStyle = { [property]: first ? styleAt(first.top, first.left)?.[property] : undefined };
      // Inside borders exist only in multi-row / multi-column areas, so borders are grouped by shape.
      const byShape = new Map<string, { shape: BorderShape; ranges: CellRange[] }>();
      for (const r of list) {
        const shape = property === "border" ? shapeOf(r) : { multiRow: true, multiColumn: true };
        const k = shapeKey(shape);
        const entry = byShape.get(k) ?? { shape, ranges: [] };
        entry.ranges.push(r);
        byShape.set(k, entry);
      }
      for (const { shape, ranges } of byShape.values()) {
        const writes = styleWriteCount(style, shape);
        if (areas) {
          for (const group of addressGroups(ranges, MAX_ADDRESS_LENGTH)) {
            units.push({
              bytes: utf8Length(group) + (writes + 1) * COMMAND_OVERHEAD_BYTES,
              queue: () => applyCellStyle(sheet().getRanges(group).format, style, { indent, shape }),
            });
          }
        } else {
          const perUnit = Math.max(1, Math.floor(200 / writes));
          for (let i = 0; i < ranges.length; i += perUnit) {
            const part = ranges.slice(i, i + perUnit).map(rangeA1);
            units.push({
              bytes: part.length * (writes + 1) * COMMAND_OVERHEAD_BYTES,
              queue: () => {
                for (const address of part) applyCellStyle(sheet().getRange(address).format, style, { indent, shape });
              },
            });
          }
        }
      }
    }
  }
  return units;
}

function mergeUnits(sheet: () => Excel.Worksheet, merges: readonly CellRange[]): RequestUnit[] {
  const units: RequestUnit[] = [];
  for (let i = 0; i < merges.length; i += MERGES_PER_UNIT) {
    const part = merges.slice(i, i + MERGES_PER_UNIT).map(rangeA1);
    units.push({
      bytes: part.length * 2 * COMMAND_OVERHEAD_BYTES,
      queue: () => {
        for (const address of part) sheet().getRange(address).merge(false);
      },
    });
  }
  return units;
}

/** Conditional formats in spec order: the first listed has the highest priority, as in the ExcelJS writer. */
function conditionalFormatUnit(sheet: () => Excel.Worksheet, formats: readonly ConditionalFormat[], styles: SheetSpec["styles"]): RequestUnit {
  return {
    bytes: formats.length * 8 * COMMAND_OVERHEAD_BYTES,
    queue: () => {
      formats.forEach((cf, priority) => {
        const target = sheet().getRange(rangeA1(cf.range));
        if (cf.kind === "textEquals") {
          const format = target.conditionalFormats.add("CellValue");
          format.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
          applyConditionalStyle(format.cellValue.format, styles[cf.style]);
          format.priority = priority;
        } else {
          const format = target.conditionalFormats.add("Custom");
          format.custom.rule.formula = `=${cf.formula}`;
          applyConditionalStyle(format.custom.format, styles[cf.style]);
          format.priority = priority;
        }
      });
    },
  };
}

function validationUnit(sheet: () => Excel.Worksheet, v: ListValidation): RequestUnit {
  const source = "values" in v.allowed ? v.allowed.values.join(",") : `=${v.allowed.source}`;
  return {
    bytes: utf8Length(source) + 5 * COMMAND_OVERHEAD_BYTES,
    queue: () => {
      const validation = sheet().getRange(rangeA1(v.range)).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.ignoreBlanks = v.allowBlank ?? true;
      validation.errorAlert = { showAlert: true, style: v.errorStyle === "warning" ? "Warning" : "Stop", title: "", message: "" };
      if (v.prompt !== undefined) validation.prompt = { showPrompt: true, title: "", message: v.prompt };
    },
  };
}

const POINTS_PER_INCH = 72;

function setHeaderFooter(target: Excel.HeaderFooter, part: "Header" | "Footer", sections: HeaderFooterSections): void {
  if (part === "Header") {
    target.leftHeader = sections.left ?? "";
    target.centerHeader = sections.center ?? "";
    target.rightHeader = sections.right ?? "";
  } else {
    target.leftFooter = sections.left ?? "";
    target.centerFooter = sections.center ?? "";
    target.rightFooter = sections.right ?? "";
  }
}

function printUnit(sheet: () => Excel.Worksheet, spec: SheetSpec, p: PrintSetup): RequestUnit {
  const scale = fitToWidthScale(spec, p) ?? 100;
  return {
    bytes: 20 * COMMAND_OVERHEAD_BYTES,
    queue: () => {
      const layout = sheet().pageLayout;
      layout.paperSize = "A4";
      layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      // A documented percentage rather than fit-to-pages with an undocumented "0 pages tall" (printScale.ts).
      layout.zoom = { scale };
      if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
      if (p.printArea) layout.setPrintArea(rangeA1(p.printArea));
      if (p.margins) {
        const m = p.margins;
        layout.topMargin = m.top * POINTS_PER_INCH;
        layout.bottomMargin = m.bottom * POINTS_PER_INCH;
        layout.leftMargin = m.left * POINTS_PER_INCH;
        layout.rightMargin = m.right * POINTS_PER_INCH;
        layout.headerMargin = m.header * POINTS_PER_INCH;
        layout.footerMargin = m.footer * POINTS_PER_INCH;
      }
      if (p.centerHorizontally !== undefined) layout.centerHorizontally = p.centerHorizontally;
      if (p.gridLines !== undefined) layout.printGridlines = p.gridLines;
      if (p.header || p.footer) {
        const pages = layout.headersFooters.defaultForAllPages;
        if (p.header) setHeaderFooter(pages, "Header", p.header);
        if (p.footer) setHeaderFooter(pages, "Footer", p.footer);
      }
    },
  };
}
