/** The fake's ranges: values, formulas, number formats, merges, special cells and range areas. */
import type { CellRange } from "../../../src/core/grid/Address.js";
import { a1, cells, overlaps, sheetPrefix, toAreas, within } from "./addresses.js";
import { FakeOfficeError } from "./errors.js";
import type { FakeRequestContext } from "./FakeExcel.js";
import { FakeConditionalFormatCollection, FakeDataValidation, FakeRangeFormat } from "./formats.js";
import { MAX_COLUMNS, MAX_ROWS, enterNumberFormat, enterValue, readFormula, readNumberFormat, readValue, readValueType, type FakeSheet } from "./model.js";
import { cellText } from "./text.js";
import { FakeAreasObject, FakeCollection, FakeSheetTargetObject } from "./proxy.js";

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly area: CellRange;
}

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly CellRange[];
}

export const MAX_CELLS_READ = 5_000_000;

export function matrix<V>(t: RangeTarget, cell: (row: number, column: number) => V): V[][] {
  if (cells(t.area) > MAX_CELLS_READ) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "fake Excel: reading more than 5 million cells");
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

export function checkShape(t: RangeTarget, input: unknown, property: string): unknown[][] {
  const rows = t.area.bottom - t.area.top + 1;
  const columns = t.area.right - t.area.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${property} on ${a1(t.area)}: expected ${rows}×${columns})`,
    );
  }
  return input as unknown[][];
}

/** Cells of `area` that exist, for operations on huge ranges (whole sheet, whole columns). */
export function existingCellsIn(sheet: FakeSheet, area: CellRange): Array<{ row: number; column: number }> {
  const out: Array<{ row: number; column: number }> = [];
  for (const { row, column } of sheet.entries()) {
    if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) out.push({ row, column });
  }
  return out;
}

export class FakeRange extends FakeSheetTargetObject<RangeTarget, RangeTarget> {
  protected read(t: RangeTarget, property: string): unknown {
    const { sheet, area } = t;
    switch (property) {
      case "address":
        return `${sheetPrefix(sheet.name)}!${a1(area)}`;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "values":
        return matrix(t, (r, c) => (sheet.isMergedAway(r, c) ? "" : readValue(sheet, r, c)));
      case "formulas":
        return matrix(t, (r, c) => (sheet.isMergedAway(r, c) ? "" : readFormula(sheet, r, c)));
      case "numberFormat":
        return matrix(t, (r, c) => readNumberFormat(sheet, r, c));
      case "text":
        return matrix(t, (r, c) => (sheet.isMergedAway(r, c) ? "" : cellText(sheet.cell(r, c), this.host.model.date1904)));
      case "valueTypes":
        return matrix(t, (r, c) => (sheet.isMergedAway(r, c) ? "Empty" : readValueType(sheet, r, c)));
      default:
        throw new FakeOfficeError("InvalidArgument", `fake Excel: Range.${property} is not modelled`);
    }
  }

  get address(): string {
    return this.value("address");
  }
  get rowIndex(): number {
    return this.value("rowIndex");
  }
  get columnIndex(): number {
    return this.value("columnIndex");
  }
  get rowCount(): number {
    return this.value("rowCount");
  }
  get columnCount(): number {
    return this.value("columnCount");
  }

  get values(): unknown[][] {
    return this.value("values");
  }
  set values(input: unknown[][]) {
    this.queueWrite("values", input, (t) => {
      const rows = checkShape(t, input, "values");
      rows.forEach((row, i) => row.forEach((v, j) => enterValue(t.sheet, t.area.top + i, t.area.left + j, v)));
    });
  }

  get formulas(): unknown[][] {
    return this.value("formulas");
  }
  set formulas(input: unknown[][]) {
    this.queueWrite("formulas", input, (t) => {
      const rows = checkShape(t, input, "formulas");
      rows.forEach((row, i) => row.forEach((v, j) => enterValue(t.sheet, t.area.top + i, t.area.left + j, v)));
    });
  }

  get numberFormat(): unknown[][] {
    return this.value("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.queueWrite("numberFormat", input, (t) => {
      const rows = checkShape(t, input, "numberFormat");
      rows.forEach((row, i) => row.forEach((v, j) => enterNumberFormat(t.sheet, t.area.top + i, t.area.left + j, v)));
    });
  }

  get text(): string[][] {
    return this.value("text");
  }

  get valueTypes(): string[][] {
    return this.value("valueTypes");
  }

  set rowHidden(hidden: boolean) {
    this.queueWrite("rowHidden", hidden, ({ sheet, area }) => {
      if (area.top === 1 && area.bottom === MAX_ROWS) {
        if (!hidden) sheet.rowHidden.clear();
        else throw new FakeOfficeError("NotImplemented", "fake Excel: hiding every row");
        return;
      }
      for (let r = area.top; r <= area.bottom; r++) {
        if (hidden) sheet.rowHidden.add(r);
        else sheet.rowHidden.delete(r);
      }
    });
  }

  set columnHidden(hidden: boolean) {
    this.queueWrite("columnHidden", hidden, ({ sheet, area }) => {
      if (area.left === 1 && area.right === MAX_COLUMNS) {
        if (!hidden) sheet.columnHidden.clear();
        else throw new FakeOfficeError("NotImplemented", "fake Excel: hiding every column");
        return;
      }
      for (let c = area.left; c <= area.right; c++) {
        if (hidden) sheet.columnHidden.add(c);
        else sheet.columnHidden.delete(c);
      }
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, `${this.path}.format`, () => {
      const t = this.resolve();
      return { sheet: t.sheet, areas: [t.area] };
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.host.requires("1.6", "Range.conditionalFormats");
    return new FakeConditionalFormatCollection(this.ctx, `${this.path}.conditionalFormats`, () => this.resolve());
  }

  get dataValidation(): FakeDataValidation {
    this.host.requires("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.ctx, `${this.path}.dataValidation`, () => this.resolve());
  }

  clear(applyTo: string = "All"): void {
    this.queueWrite(
      "clear",
      [applyTo],
      ({ sheet, area }) => {
        for (const { row, column } of existingCellsIn(sheet, area)) {
          const cell = sheet.touch(row, column);
          if (applyTo === "All" || applyTo === "Contents") {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
            delete cell.quotePrefix;
          }
          if (applyTo === "All" || applyTo === "Formats") {
            cell.numberFormat = "General";
            cell.format = {};
          }
          if (!sheet.hasContent(cell) && !sheet.hasFormatting(cell)) sheet.cells.delete(row * (MAX_COLUMNS + 1) + column);
        }
        if (applyTo === "All" || applyTo === "Formats") {
          // Clearing formats removes conditional formats on those cells too.
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !within(cf.range, area));
        }
      },
      "call",
    );
  }

  /** Activates the range's sheet and selects the range. Not a write: Excel allows it on a protected sheet. */
  select(): void {
    this.ctx.enqueue({
      wire: { path: this.path, action: "call", name: "select", args: [] },
      write: false,
      focus: "GeneralException",
      run: () => {
        const { sheet, area } = this.resolve();
        if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `fake Excel: cannot select on the hidden sheet "${sheet.name}"`);
        this.host.model.activeSheet = sheet;
        this.host.model.selection = { sheet: sheet.name, address: a1(area) };
      },
    });
  }

  merge(across = false): void {
    this.queueWrite(
      "merge",
      [across],
      ({ sheet, area }) => {
        if (across) throw new FakeOfficeError("NotImplemented", "fake Excel: merge across");
        if (sheet.merges.some((m) => overlaps(m, area))) throw new FakeOfficeError("InvalidOperation", `fake Excel: ${a1(area)} overlaps a merged area`);
        // Excel keeps only the top-left value.
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            if (r === area.top && c === area.left) continue;
            const cell = sheet.cell(r, c);
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
        }
        sheet.merges.push(area);
      },
      "call",
    );
  }

  unmerge(): void {
    this.queueWrite(
      "unmerge",
      [],
      ({ sheet, area }) => {
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
      },
      "call",
    );
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    this.host.requires("1.9", "Range.getSpecialCellsOrNullObject");
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)},${JSON.stringify(cellValueType ?? "All")})`,
      () => {
        const { sheet, area } = this.resolve();
        // Excel's quirk: on a single cell, special cells searches the whole used range.
        const scope = cells(area) === 1 ? sheet.usedRange(false) : area;
        const found: Array<{ row: number; column: number }> = [];
        for (const { row, column, cell } of sheet.entries()) {
          if (row < scope.top || row > scope.bottom || column < scope.left || column > scope.right) continue;
          const isFormula = cell.formula !== undefined;
          const hasValue = cell.value !== null && cell.value !== "";
          if (cellType === "Formulas" ? !isFormula : cellType === "Constants" ? isFormula || !hasValue : true) continue;
          if (cellValueType === "Errors" && !cell.error) continue;
          found.push({ row, column });
        }
        return found.length === 0 ? null : { sheet, areas: toAreas(found) };
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.host.requires("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.ctx,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        const { sheet, area } = this.resolve();
        const found = sheet.merges.filter((m) => overlaps(m, area));
        if (found.length > 512) throw new FakeOfficeError("GeneralException", "fake Excel: more than 512 merged areas in the range");
        return found.length === 0 ? null : { sheet, areas: found };
      },
      true,
    );
  }
}

export class FakeRangeAreas extends FakeAreasObject {
  protected read(t: AreasTarget, property: string): unknown {
    switch (property) {
      case "address":
        return t.areas.map((area) => `${sheetPrefix(t.sheet.name)}!${a1(area)}`).join(",");
      case "areaCount":
        return t.areas.length;
      case "cellCount":
        return t.areas.reduce((sum, area) => sum + cells(area), 0);
      default:
        throw new FakeOfficeError("InvalidArgument", `fake Excel: RangeAreas.${property} is not modelled`);
    }
  }

  get address(): string {
    return this.value("address");
  }
  get areaCount(): number {
    return this.value("areaCount");
  }

  get areas(): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, `${this.path}.areas`, () => this.resolve());
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, `${this.path}.format`, () => this.resolve());
  }
}

export class FakeRangeCollection extends FakeCollection<AreasTarget, FakeRange> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolve: () => AreasTarget | null,
  ) {
    super(ctx, path);
  }

  target(): AreasTarget | null {
    return this.resolve();
  }

  protected itemTargets(target: AreasTarget): unknown[] {
    return target.areas.map((area) => ({ sheet: target.sheet, area }));
  }

  protected makeItem(target: unknown, index: number, props: Record<string, unknown>): FakeRange {
    const t = target as RangeTarget;
    return new FakeRange(this.ctx, `${this.path}.items[${index}]`, () => t).preload(props);
  }

  protected readItem(target: unknown, property: string): unknown {
    const t = target as RangeTarget;
    if (property === "address") return `${sheetPrefix(t.sheet.name)}!${a1(t.area)}`;
    throw new FakeOfficeError("InvalidArgument", `fake Excel: RangeCollection item ${property} is not modelled`);
  }
}
