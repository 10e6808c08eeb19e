/**
 * Reads the live workbook into the core's plain grid — the Office.js twin of
 * `adapters/exceljs/toGrid.ts`, and it must produce the same grid for the same workbook.
 *
 * A fixed number of phases, each one `context.sync()`, whatever the row count:
 * 1. the worksheets' names and visibility;
 * 2. each sheet's used range (its size only);
 * 3. a small sample of rows (to estimate how many bytes the sheet will take, and to tell the 1900 date
 *    system from the 1904 one: dateSystem.ts), and — where Excel supports it — where the formula
 *    cells, error cells (ExcelApi 1.9) and merged areas (1.13) are. The merged-area queries cover
 *    the used range of *values* only — formatting run down to row 1,048,576 would otherwise mean
 *    16,384 queries a sheet — and the queries are packed into requests under the 5 MB limit;
 * 4. the cells: values and number formats in row chunks, plus the formulas of the formula cells only.
 *    Phase 4 is split into several requests only when the data would exceed Excel on the web's
 *    5 MB response limit (see requests.ts), so the sync count follows the bytes, not the rows.
 *
 * Without ExcelApi 1.9 every cell's formula and value type is read instead (about twice the bytes);
 * without 1.13 merged areas are not read (the grid has no merges, as the core allows).
 */
import type { CellRange } from "../../core/grid/Address.js";
import type { Cell, CellValue } from "../../core/grid/Cell.js";
import type { SheetGrid, SheetVisibility, WorkbookGrid } from "../../core/grid/SheetGrid.js";
import { cellCount, intersect, parseAreas } from "./areas.js";
import { dateSystemFromSamples } from "./dateSystem.js";
import { isDateFormat, serialToDate } from "./dates.js";
import { PlanTrackerHostError, withHostErrors } from "./officeErrors.js";
import { COMMAND_OVERHEAD_BYTES, DEFAULT_REQUEST_BUDGET_BYTES, jsonBytes, runInRequests, type RequestUnit } from "./requests.js";
import { FeatureSupport, defaultIsSetSupported, type IsSetSupported } from "./requirements.js";

export interface ReadWorkbookOptions {
  /** `Office.context.requirements.isSetSupported` (the default when Office.js is loaded). */
  readonly isSetSupported?: IsSetSupported;
  /** Maximum estimated bytes per response (default ~4 MB, under Excel on the web's 5 MB). */
  readonly requestBudgetBytes?: number;
}

/** Rows per special-cells query: keeps each returned address list short. */
const SPECIAL_CELLS_ROWS = 2_000;
/** What a special-cells answer may add to a response: an address list of a few thousand characters. */
const SPECIAL_CELLS_ADDRESS_BYTES = 8_000;
/** Rows per merged-areas query: Excel fails the query when a range has more than 512 merged areas. */
const MERGED_AREAS_ROWS = 64;
/** Rows in each of the (up to four) sample slices. */
const SAMPLE_SLICE_ROWS = 8;
/** Estimates are multiplied by this, since the sample is only a sample. */
const SAFETY = 1.25;
/** Never ask Excel for more cells than this in one range. */
const MAX_CELLS_PER_LOAD = 250_000;
/** A used range larger than this is almost always stray formatting or a value far below the plan. */
const MAX_CELLS_PER_SHEET = 4_000_000;
/** Bytes per formula cell when the sample has none. */
const DEFAULT_FORMULA_BYTES = 200;
/** Bytes per cell of `valueTypes` ("String", "Double", …) with its quotes and comma. */
const VALUE_TYPE_BYTES = 10;

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The live workbook as the core's grid. Office errors become {@link PlanTrackerHostError}s. */
export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadWorkbookOptions = {}): Promise<WorkbookGrid> {
  return withHostErrors("reading", () => read(context, options));
}

interface UsedArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

interface SheetPlan {
  readonly worksheet: Excel.Worksheet;
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly used: Excel.Range;
}

interface SheetProbe {
  readonly plan: SheetPlan;
  readonly area: UsedArea;
  readonly samples: Excel.Range[];
  readonly formulaAreas: Excel.RangeAreas[];
  readonly errorAreas: Excel.RangeAreas[];
  readonly mergedAreas: Excel.RangeAreas[];
}

interface SheetLoads {
  readonly probe: SheetProbe;
  /** Read every cell's formula and value type (no special cells, or an address came back incomplete). */
  readonly full: boolean;
  readonly chunks: Array<{ top: number; rows: number; range: Excel.Range }>;
  readonly formulaRanges: Array<{ area: CellRange; range: Excel.Range }>;
  readonly formulaAreas: CellRange[];
  readonly errorAreas: CellRange[];
  readonly merges: CellRange[];
  readonly mergeCollections: Excel.RangeCollection[];
}

function usedArea(range: Excel.Range): UsedArea {
  return { top: range.rowIndex + 1, left: range.columnIndex + 1, rows: range.rowCount, columns: range.columnCount };
}

function areaRange(area: UsedArea): CellRange {
  return { top: area.top, left: area.left, bottom: area.top + area.rows - 1, right: area.left + area.columns - 1 };
}

function byIndexes(worksheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return worksheet.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** Row bands of at most `rows` rows covering `area`. */
function bands(area: CellRange, rows: number): CellRange[] {
  const result: CellRange[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    result.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
  }
  return result;
}

/** Up to four short slices spread down the used range: the top rows alone are often a title and blanks. */
function sampleSlices(area: CellRange): CellRange[] {
  const rows = area.bottom - area.top + 1;
  if (rows <= SAMPLE_SLICE_ROWS * 4) return [area];
  const starts = [0, Math.floor(rows / 3), Math.floor((2 * rows) / 3), rows - SAMPLE_SLICE_ROWS];
  return starts.map((offset) => ({ ...area, top: area.top + offset, bottom: area.top + offset + SAMPLE_SLICE_ROWS - 1 }));
}

/** Areas of a special-cells or merged-areas result, clipped to `within`; undefined when the address looks cut short. */
function areasOf(result: Excel.RangeAreas, within: CellRange): CellRange[] | undefined {
  if (result.isNullObject) return [];
  const areas = parseAreas(result.address);
  if (areas.length !== result.areaCount) return undefined;
  return areas.flatMap((a) => intersect(a, within) ?? []);
}

interface SizeEstimate {
  /** Per cell. */
  readonly valueBytes: number;
  readonly formatBytes: number;
  /** Per formula cell. */
  readonly formulaBytes: number;
  /** Share of cells holding formulas. */
  readonly formulaShare: number;
}

function estimateSizes(samples: readonly Excel.Range[]): SizeEstimate {
  let cells = 0;
  let valueBytes = 0;
  let formatBytes = 0;
  let formulaCells = 0;
  let formulaBytes = 0;
  for (const sample of samples) {
    const values = sample.values;
    const formulas = sample.formulas;
    cells += sample.rowCount * sample.columnCount;
    valueBytes += jsonBytes(values);
    formatBytes += jsonBytes(sample.numberFormat);
    formulas.forEach((row, i) =>
      row.forEach((f: unknown, j) => {
        if (typeof f === "string" && f.startsWith("=") && f !== values[i]?.[j]) {
          formulaCells++;
          formulaBytes += jsonBytes(f) + 1;
        }
      }),
    );
  }
  const perCell = (bytes: number, minimum: number): number => Math.max(minimum, cells > 0 ? bytes / cells : minimum) * SAFETY;
  return {
    valueBytes: perCell(valueBytes, 4),
    formatBytes: perCell(formatBytes, 10),
    formulaBytes: Math.max(formulaCells > 0 ? formulaBytes / formulaCells : DEFAULT_FORMULA_BYTES, 16) * SAFETY,
    formulaShare: cells > 0 ? Math.max(formulaCells / cells, 0.05) : 1,
  };
}

async function read(context: Excel.RequestContext, options: ReadWorkbookOptions): Promise<WorkbookGrid> {
  const features = new FeatureSupport(options.isSetSupported ?? defaultIsSetSupported());
  const budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  const maxUnitBytes = budget / 2;
  const specialCells = features.has("specialCells");
  const mergedAreas = features.has("mergedAreas");

  // Phase 1: the sheets.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  // Phase 2: each sheet's used range of values. (The formatted used range can run to the last row of
  // the sheet; a merged title or theme row holds its text in its top-left cell, inside this one.)
  const plans: SheetPlan[] = worksheets.items.map((worksheet) => {
    const used = worksheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { worksheet, name: worksheet.name, visibility: VISIBILITY[worksheet.visibility] ?? "visible", used };
  });
  await context.sync();

  // Phase 3: samples, and where formulas, errors and merges are — in as few requests as their size allows.
  const probeUnits: RequestUnit[] = [];
  const probes: SheetProbe[] = plans.map((plan) => {
    const area = usedArea(plan.used);
    const whole = areaRange(area);
    if (cellCount(whole) > MAX_CELLS_PER_SHEET) {
      throw new PlanTrackerHostError(
        "too-large",
        `The sheet "${plan.name}" uses ${area.rows.toLocaleString("en-GB")} rows and ${area.columns.toLocaleString("en-GB")} columns, far more than a plan needs, so Plan Tracker can't read it.`,
        `Delete any stray cells below or to the right of the plan on "${plan.name}" (select the empty rows and columns, right-click, Delete), save, and try again.`,
      );
    }
    const samples: Excel.Range[] = [];
    for (const slice of sampleSlices(whole)) {
      probeUnits.push({
        // Four copies of the slice's cells (values, formulas, formats, text) at a generous 50 bytes each.
        bytes: cellCount(slice) * 200 + COMMAND_OVERHEAD_BYTES,
        queue: () => {
          const range = byIndexes(plan.worksheet, slice);
          range.load("values,formulas,numberFormat,text,rowCount,columnCount");
          samples.push(range);
        },
      });
    }
    const formulaAreas: Excel.RangeAreas[] = [];
    const errorAreas: Excel.RangeAreas[] = [];
    if (specialCells) {
      for (const band of bands(whole, SPECIAL_CELLS_ROWS)) {
        probeUnits.push({
          bytes: 7 * COMMAND_OVERHEAD_BYTES + SPECIAL_CELLS_ADDRESS_BYTES,
          queue: () => {
            const range = byIndexes(plan.worksheet, band);
            const formulas = range.getSpecialCellsOrNullObject("Formulas");
            formulas.load("address,areaCount");
            formulaAreas.push(formulas);
            for (const kind of ["Constants", "Formulas"] as const) {
              const errors = range.getSpecialCellsOrNullObject(kind, "Errors");
              errors.load("address,areaCount");
              errorAreas.push(errors);
            }
          },
        });
      }
    }
    const merged: Excel.RangeAreas[] = [];
    if (mergedAreas) {
      for (const band of bands(whole, MERGED_AREAS_ROWS)) {
        probeUnits.push({
          bytes: 3 * COMMAND_OVERHEAD_BYTES,
          queue: () => {
            const areas = byIndexes(plan.worksheet, band).getMergedAreasOrNullObject();
            areas.load("address,areaCount");
            merged.push(areas);
          },
        });
      }
    }
    return { plan, area, samples, formulaAreas, errorAreas, mergedAreas: merged };
  });
  await runInRequests(context, probeUnits, { budgetBytes: budget });
  const date1904 = dateSystemFromSamples(probes.flatMap((probe) => probe.samples)) ?? false;

  // Phase 4: the cells, in as few requests as the bytes allow.
  const units: RequestUnit[] = [];
  const loads: SheetLoads[] = probes.map((probe) => {
    const { plan, area } = probe;
    const whole = areaRange(area);
    const size = estimateSizes(probe.samples);

    const formulaAreas: CellRange[] = [];
    const errorAreas: CellRange[] = [];
    let full = !specialCells;
    const specialBands = bands(whole, SPECIAL_CELLS_ROWS);
    probe.formulaAreas.forEach((result, i) => {
      const found = areasOf(result, specialBands[i] ?? whole);
      if (found === undefined) full = true;
      else formulaAreas.push(...found);
    });
    // Two error queries per band: constants, then formulas.
    probe.errorAreas.forEach((result, i) => {
      const found = areasOf(result, specialBands[Math.floor(i / 2)] ?? whole);
      if (found === undefined) full = true;
      else errorAreas.push(...found);
    });

    const merges: CellRange[] = [];
    const mergeCollections: Excel.RangeCollection[] = [];
    for (const result of probe.mergedAreas) {
      if (result.isNullObject) continue;
      const found = parseAreas(result.address);
      if (found.length === result.areaCount) {
        merges.push(...found);
      } else {
        // The address came back cut short: ask for the areas one by one.
        const collection = result.areas;
        units.push({
          bytes: result.areaCount * 60 + COMMAND_OVERHEAD_BYTES,
          queue: () => {
            collection.load("items/address");
          },
        });
        mergeCollections.push(collection);
      }
    }

    // Reading every formula costs a copy of each value plus the formula text of the formula cells.
    const perCell = size.valueBytes + size.formatBytes + (full ? size.valueBytes + VALUE_TYPE_BYTES + size.formulaShare * size.formulaBytes : 0);
    const rowBytes = Math.max(1, perCell * area.columns);
    const chunkRows = Math.max(1, Math.min(Math.floor(maxUnitBytes / rowBytes), Math.floor(MAX_CELLS_PER_LOAD / area.columns)));
    const chunks: SheetLoads["chunks"] = [];
    for (const band of bands(whole, chunkRows)) {
      const rows = band.bottom - band.top + 1;
      units.push({
        bytes: Math.ceil(rows * rowBytes) + COMMAND_OVERHEAD_BYTES,
        queue: () => {
          const range = byIndexes(plan.worksheet, band);
          range.load(full ? "values,numberFormat,formulas,valueTypes" : "values,numberFormat");
          chunks.push({ top: band.top, rows, range });
        },
      });
    }

    const formulaRanges: SheetLoads["formulaRanges"] = [];
    if (!full) {
      for (const formulaArea of formulaAreas) {
        const width = formulaArea.right - formulaArea.left + 1;
        const perRow = width * size.formulaBytes;
        const rowsPerPiece = Math.max(1, Math.min(Math.floor(maxUnitBytes / perRow), Math.floor(MAX_CELLS_PER_LOAD / width)));
        for (const piece of bands(formulaArea, rowsPerPiece)) {
          units.push({
            bytes: Math.ceil(cellCount(piece) * size.formulaBytes) + COMMAND_OVERHEAD_BYTES,
            queue: () => {
              const range = byIndexes(plan.worksheet, piece);
              range.load("formulas");
              formulaRanges.push({ area: piece, range });
            },
          });
        }
      }
    }
    return { probe, full, chunks, formulaRanges, formulaAreas, errorAreas, merges, mergeCollections };
  });
  await runInRequests(context, units, { budgetBytes: budget });

  return { sheets: loads.map((sheetLoads) => toSheetGrid(sheetLoads, date1904)), ...(date1904 ? { date1904 } : {}) };
}

function key(row: number, column: number): number {
  return row * 16_384 + column;
}

function toSheetGrid(loads: SheetLoads, date1904: boolean): SheetGrid {
  const { plan } = loads.probe;
  const formulas = new Map<number, string>();
  for (const { area, range } of loads.formulaRanges) {
    range.formulas.forEach((row, i) =>
      row.forEach((f: unknown, j) => {
        if (typeof f === "string" && f.startsWith("=")) formulas.set(key(area.top + i, area.left + j), f.slice(1));
      }),
    );
  }
  const errors = new Set<number>();
  for (const area of loads.errorAreas) {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) errors.add(key(r, c));
  }

  const rows: Array<Array<Cell | undefined> | undefined> = [];
  let rowCount = 0;
  let columnCount = 0;
  const left = loads.probe.area.left;
  for (const { top, range } of loads.chunks) {
    const values = range.values;
    const formats = range.numberFormat;
    const allFormulas = loads.full ? range.formulas : undefined;
    const types = loads.full ? range.valueTypes : undefined;
    values.forEach((rowValues, i) => {
      const row = top + i;
      let cells: Array<Cell | undefined> | undefined;
      rowValues.forEach((raw: unknown, j) => {
        const column = left + j;
        const k = key(row, column);
        let formula: string | undefined;
        if (allFormulas) {
          const f: unknown = allFormulas[i]?.[j];
          if (typeof f === "string" && f.startsWith("=") && f !== raw) formula = f.slice(1);
        } else {
          formula = formulas.get(k);
        }
        const isError = types ? types[i]?.[j] === "Error" : errors.has(k);
        const format = formats[i]?.[j] as unknown;
        const value = toCellValue(raw, typeof format === "string" ? format : undefined, isError, formula !== undefined, date1904);
        if (value === undefined) return;
        const numFmt = typeof format === "string" && format !== "General" && format !== "" ? format : undefined;
        cells ??= [];
        cells[column - 1] = { value, ...(formula !== undefined ? { formula } : {}), ...(numFmt ? { numFmt } : {}) };
        if (column > columnCount) columnCount = column;
      });
      if (cells) {
        rows[row - 1] = cells;
        rowCount = row;
      }
    });
  }

  const merges = [...loads.merges];
  for (const collection of loads.mergeCollections) for (const item of collection.items) merges.push(...parseAreas(item.address));
  const seen = new Set<string>();
  const unique = merges.filter((m) => {
    const id = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { name: plan.name, visibility: plan.visibility, rows, rowCount, columnCount, merges: unique };
}

/** undefined for an empty cell. */
function toCellValue(raw: unknown, format: string | undefined, isError: boolean, isFormula: boolean, date1904: boolean): CellValue | undefined {
  // A formula showing nothing reads as null, as ExcelJS reads one whose cached result is empty.
  if (raw === "" || raw === null || raw === undefined) return isFormula ? null : undefined;
  if (isError && typeof raw === "string") return { error: raw };
  if (typeof raw === "number") return isDateFormat(format) ? serialToDate(raw, date1904) : raw;
  if (typeof raw === "boolean" || typeof raw === "string") return raw;
  return String(raw);
}
