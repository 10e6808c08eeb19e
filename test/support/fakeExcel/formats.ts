/** The fake's formatting: range formats and fonts, borders, conditional formats and data validation. */
import type { CellRange } from "../../../src/core/grid/Address.js";
import { a1, cells, overlaps } from "./addresses.js";

import { FakeOfficeError, itemNotFound } from "./errors.js";
import type { FakeRequestContext } from "./FakeExcel.js";
import { STANDARD_HEIGHT_POINTS, STANDARD_WIDTH_POINTS, type FakeCellFormat, type FakeConditionalFormat, type FakeSheet, type FakeValidation } from "./model.js";
import { FakeAreasObject, FakeObject } from "./proxy.js";
import type { AreasTarget, RangeTarget } from "./range.js";

function covers(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export const MAX_CELLS_FORMATTED = 2_000_000;

/** Applies a cell format change to every cell of the areas; `change` learns where the cell sits in its area. */
export function formatCells(sheet: FakeSheet, areas: readonly CellRange[], change: (format: FakeCellFormat, row: number, column: number, area: CellRange) => void): void {
  for (const area of areas) {
    if (cells(area) > MAX_CELLS_FORMATTED) throw new FakeOfficeError("NotImplemented", `fake Excel: formatting ${a1(area)} cell by cell is not modelled`);
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) change(sheet.touch(r, c).format, r, c, area);
  }
}

/** Which sides of a cell an Excel border index draws, given the cell's place in the area. */
export function sidesFor(edge: string, row: number, column: number, area: CellRange): Array<"top" | "bottom" | "left" | "right"> {
  switch (edge) {
    case "EdgeTop":
      return row === area.top ? ["top"] : [];
    case "EdgeBottom":
      return row === area.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return column === area.left ? ["left"] : [];
    case "EdgeRight":
      return column === area.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > area.top ? (["top"] as const) : []), ...(row < area.bottom ? (["bottom"] as const) : [])];
    case "InsideVertical":
      return [...(column > area.left ? (["left"] as const) : []), ...(column < area.right ? (["right"] as const) : [])];
    default:
      throw new FakeOfficeError("NotImplemented", `fake Excel: border ${edge}`);
  }
}

// Formats -------------------------------------------------------------------------------------

export class FakeRangeFormat extends FakeAreasObject {
  protected read(t: AreasTarget, property: string): unknown {
    const area = t.areas[0] as CellRange;
    switch (property) {
      case "columnWidth":
        return t.sheet.columnWidths.get(area.left) ?? STANDARD_WIDTH_POINTS;
      case "rowHeight":
        return t.sheet.rowHeights.get(area.top) ?? STANDARD_HEIGHT_POINTS;
      default: {
        const format = t.sheet.cell(area.top, area.left)?.format ?? {};
        const map: Record<string, unknown> = {
          wrapText: format.wrapText ?? false,
          horizontalAlignment: format.horizontalAlignment ?? "General",
          verticalAlignment: format.verticalAlignment ?? "Bottom",
        };
        if (property in map) return map[property];
        throw new FakeOfficeError("InvalidArgument", `fake Excel: RangeFormat.${property} is not modelled`);
      }
    }
  }

  private cellFormat(name: string, value: unknown, change: (format: FakeCellFormat, row: number, column: number, area: CellRange) => void): void {
    this.queueWrite(name, value, (t) => formatCells(t.sheet, t.areas, change));
  }

  get columnWidth(): number {
    return this.value("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueWrite("columnWidth", points, ({ sheet, areas }) => {
      for (const area of areas) for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  set rowHeight(points: number) {
    this.queueWrite("rowHeight", points, ({ sheet, areas }) => {
      for (const area of areas) {
        if (area.bottom - area.top > 100_000) throw new FakeOfficeError("NotImplemented", "fake Excel: row height for every row");
        for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, points);
      }
    });
  }

  set useStandardWidth(on: boolean) {
    this.host.requires("1.7", "RangeFormat.useStandardWidth");
    this.queueWrite("useStandardWidth", on, ({ sheet, areas }) => {
      if (!on) return;
      for (const area of areas) for (const c of [...sheet.columnWidths.keys()]) if (c >= area.left && c <= area.right) sheet.columnWidths.delete(c);
    });
  }

  set useStandardHeight(on: boolean) {
    this.host.requires("1.7", "RangeFormat.useStandardHeight");
    this.queueWrite("useStandardHeight", on, ({ sheet, areas }) => {
      if (!on) return;
      for (const area of areas) for (const r of [...sheet.rowHeights.keys()]) if (r >= area.top && r <= area.bottom) sheet.rowHeights.delete(r);
    });
  }

  set wrapText(on: boolean) {
    this.cellFormat("wrapText", on, (f) => {
      f.wrapText = on;
    });
  }

  set horizontalAlignment(value: string) {
    this.cellFormat("horizontalAlignment", value, (f) => {
      f.horizontalAlignment = value;
    });
  }

  set verticalAlignment(value: string) {
    this.cellFormat("verticalAlignment", value, (f) => {
      f.verticalAlignment = value;
    });
  }

  set indentLevel(value: number) {
    this.host.requires("1.9", "RangeFormat.indentLevel");
    this.cellFormat("indentLevel", value, (f) => {
      f.indentLevel = value;
    });
  }

  get font(): FakeRangeFont {
    return new FakeRangeFont(this.ctx, `${this.path}.font`, () => this.resolve());
  }

  get fill(): { color: string } {
    const cellFormat = this.cellFormat.bind(this);
    return {
      set color(value: string) {
        cellFormat("fill.color", value, (f) => {
          f.fill = value;
        });
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "fake Excel: load fill.color is not modelled");
      },
    };
  }

  get borders(): { getItem(edge: string): { style: string; weight: string; color: string } } {
    const cellFormat = this.cellFormat.bind(this);
    return {
      getItem(edge: string) {
        const set = (key: "style" | "weight" | "color", value: string): void =>
          cellFormat(`borders.getItem(${edge}).${key}`, value, (f, row, column, area) => {
            for (const side of sidesFor(edge, row, column, area)) {
              f.borders ??= {};
              f.borders[side] = { ...f.borders[side], [key]: value };
            }
          });
        return {
          set style(value: string) {
            set("style", value);
          },
          set weight(value: string) {
            set("weight", value);
          },
          set color(value: string) {
            set("color", value);
          },
          get style(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "fake Excel: border reads are not modelled");
          },
          get weight(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "fake Excel: border reads are not modelled");
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "fake Excel: border reads are not modelled");
          },
        };
      },
    };
  }
}

export class FakeRangeFont extends FakeAreasObject {
  protected read(t: AreasTarget, property: string): unknown {
    const area = t.areas[0] as CellRange;
    const format = t.sheet.cell(area.top, area.left)?.format ?? {};
    switch (property) {
      case "name":
        return format.fontName ?? "Calibri";
      case "size":
        return format.fontSize ?? 11;
      case "color":
        return format.fontColor ?? "#000000";
      case "bold":
        return format.bold ?? false;
      case "italic":
        return format.italic ?? false;
      default:
        throw new FakeOfficeError("InvalidArgument", `fake Excel: RangeFont.${property} is not modelled`);
    }
  }

  private setFont(name: string, value: unknown, change: (format: FakeCellFormat) => void): void {
    this.queueWrite(name, value, (t) => formatCells(t.sheet, t.areas, change));
  }

  get name(): string {
    return this.value("name");
  }
  set name(value: string) {
    this.setFont("name", value, (f) => {
      f.fontName = value;
    });
  }
  get size(): number {
    return this.value("size");
  }
  set size(value: number) {
    this.setFont("size", value, (f) => {
      f.fontSize = value;
    });
  }
  get color(): string {
    return this.value("color");
  }
  set color(value: string) {
    this.setFont("color", value, (f) => {
      f.fontColor = value;
    });
  }
  get bold(): boolean {
    return this.value("bold");
  }
  set bold(value: boolean) {
    this.setFont("bold", value, (f) => {
      f.bold = value;
    });
  }
  get italic(): boolean {
    return this.value("italic");
  }
  set italic(value: boolean) {
    this.setFont("italic", value, (f) => {
      f.italic = value;
    });
  }
}

// Conditional formats and data validation ---------------------------------------------------------

export class FakeConditionalFormatCollection extends FakeObject<RangeTarget> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolve: () => RangeTarget,
  ) {
    super(ctx, path);
  }

  target(): RangeTarget {
    return this.resolve();
  }

  protected override sheetOf(): FakeSheet | undefined {
    return this.resolve().sheet;
  }

  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "fake Excel: ConditionalFormatCollection loads are not modelled");
  }

  add(type: string): FakeConditionalFormatItem {
    if (type !== "CellValue" && type !== "Custom") throw new FakeOfficeError("NotImplemented", `fake Excel: conditional format type ${type}`);
    let created: FakeConditionalFormat | undefined;
    this.queueWrite(
      "add",
      [type],
      ({ sheet, area }) => {
        created = { range: area, type, rule: {}, format: {}, priority: 0 };
        // A new conditional format goes to the top of the list.
        sheet.conditionalFormats.unshift(created);
        sheet.conditionalFormats.forEach((cf, i) => {
          cf.priority = i;
        });
      },
      "call",
    );
    return new FakeConditionalFormatItem(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw itemNotFound("conditional format (not added yet)");
      return { sheet: this.resolve().sheet, cf: created };
    });
  }

  clearAll(): void {
    this.queueWrite(
      "clearAll",
      [],
      ({ sheet, area }) => {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.range, area));
      },
      "call",
    );
  }
}

interface CfTarget {
  readonly sheet: FakeSheet;
  readonly cf: FakeConditionalFormat;
}

export class FakeConditionalFormatItem extends FakeObject<CfTarget> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolve: () => CfTarget,
  ) {
    super(ctx, path);
  }

  target(): CfTarget {
    return this.resolve();
  }

  protected override sheetOf(): FakeSheet | undefined {
    return undefined;
  }

  protected read(t: CfTarget, property: string): unknown {
    if (property === "priority") return t.cf.priority;
    throw new FakeOfficeError("InvalidArgument", `fake Excel: ConditionalFormat.${property} is not modelled`);
  }

  set priority(value: number) {
    this.queueWrite("priority", value, ({ sheet, cf }) => {
      const list = sheet.conditionalFormats;
      list.splice(list.indexOf(cf), 1);
      list.splice(Math.min(value, list.length), 0, cf);
      list.forEach((item, i) => {
        item.priority = i;
      });
    });
  }

  private formatOf(prefix: string): { font: Record<string, unknown>; fill: Record<string, unknown> } {
    const set = (key: "bold" | "italic" | "fontColor" | "fill", value: unknown): void =>
      this.queueWrite(`${prefix}.format.${key}`, value, ({ cf }) => {
        (cf.format as Record<string, unknown>)[key] = value;
      });
    return {
      font: {
        set bold(v: boolean) {
          set("bold", v);
        },
        set italic(v: boolean) {
          set("italic", v);
        },
        set color(v: string) {
          set("fontColor", v);
        },
      },
      fill: {
        set color(v: string) {
          set("fill", v);
        },
      },
    };
  }

  get cellValue(): { rule: unknown; format: unknown } {
    const write = this.queueWrite.bind(this);
    return {
      set rule(rule: unknown) {
        write("cellValue.rule", rule, ({ cf }) => {
          if (cf.type !== "CellValue") throw new FakeOfficeError("InvalidOperation", "not a cell value conditional format");
          cf.rule = { ...(rule as Record<string, unknown>) };
        });
      },
      get rule(): unknown {
        throw new FakeOfficeError("PropertyNotLoaded", "fake Excel: rule reads are not modelled");
      },
      format: this.formatOf("cellValue"),
    };
  }

  get custom(): { rule: { formula: string }; format: unknown } {
    const write = this.queueWrite.bind(this);
    return {
      rule: {
        set formula(formula: string) {
          write("custom.rule.formula", formula, ({ cf }) => {
            if (cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "not a custom conditional format");
            cf.rule = { formula };
          });
        },
        get formula(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "fake Excel: rule reads are not modelled");
        },
      },
      format: this.formatOf("custom"),
    };
  }
}

export class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolve: () => RangeTarget,
  ) {
    super(ctx, path);
  }

  target(): RangeTarget {
    return this.resolve();
  }

  protected override sheetOf(): FakeSheet | undefined {
    return this.resolve().sheet;
  }

  /**
   * `type` and `rule`, as Excel reports them for a range: the one rule covering every cell (type
   * "List" for a list rule), "None" when no cell has one, "MixedCriteria" when some cells have none
   * and "Inconsistent" when cells have different rules (Excel.DataValidationType docs).
   */
  protected read(t: RangeTarget, property: string): unknown {
    const touching = t.sheet.validations.filter((v) => overlaps(v.range, t.area));
    const whole = touching.length === 1 && touching[0] !== undefined && covers(touching[0].range, t.area) ? touching[0] : undefined;
    switch (property) {
      case "type": {
        if (touching.length === 0) return "None";
        if (touching.length > 1) return "Inconsistent";
        if (!whole) return "MixedCriteria";
        const rule = (whole.rule ?? {}) as Record<string, unknown>;
        return rule.list ? "List" : rule.custom ? "Custom" : "None";
      }
      case "rule":
        return whole?.rule ?? {};
      default:
        throw new FakeOfficeError("InvalidArgument", `fake Excel: DataValidation.${property} is not modelled`);
    }
  }

  get type(): string {
    return this.value("type");
  }

  private entry(sheet: FakeSheet, area: CellRange): FakeValidation {
    let found = sheet.validations.find((v) => v.range.top === area.top && v.range.left === area.left && v.range.bottom === area.bottom && v.range.right === area.right);
    if (!found) {
      found = { range: area };
      sheet.validations.push(found);
    }
    return found;
  }

  private setField(name: keyof Omit<FakeValidation, "range">, value: unknown): void {
    this.queueWrite(name, value, ({ sheet, area }) => {
      (this.entry(sheet, area) as unknown as Record<string, unknown>)[name] = value;
    });
  }

  get rule(): Excel.DataValidationRule {
    return this.value("rule");
  }
  set rule(value: unknown) {
    this.setField("rule", value);
  }
  set ignoreBlanks(value: boolean) {
    this.setField("ignoreBlanks", value);
  }
  set errorAlert(value: unknown) {
    this.setField("errorAlert", value);
  }
  set prompt(value: unknown) {
    this.setField("prompt", value);
  }

  clear(): void {
    this.queueWrite(
      "clear",
      [],
      ({ sheet, area }) => {
        sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, area));
      },
      "call",
    );
  }
}
