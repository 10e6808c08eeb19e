/** The fake's sheet-level objects: freeze panes, page layout, protection and tables. */
import { overlaps, parseAddress } from "./addresses.js";
import { checkZoom, refuseOnHiddenSheet } from "./contract.js";
import { FakeOfficeError, itemNotFound } from "./errors.js";
import type { FakeRequestContext } from "./FakeExcel.js";
import type { FakeSheet, FakeTable as FakeTableModel } from "./model.js";
import { FakeSheetCollection, FakeObject, FakeSheetTargetObject } from "./proxy.js";
import type { FakeRange } from "./range.js";

abstract class FakeSheetPart extends FakeObject<FakeSheet> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    protected readonly resolveSheet: () => FakeSheet | null,
  ) {
    super(ctx, path);
  }

  target(): FakeSheet | null {
    return this.resolveSheet();
  }

  protected override sheetOf(): FakeSheet | undefined {
    try {
      return this.resolveSheet() ?? undefined;
    } catch {
      return undefined;
    }
  }
}

export class FakeFreezePanes extends FakeSheetPart {
  protected read(sheet: FakeSheet): unknown {
    return sheet.freeze;
  }

  /** Every freeze-panes call: refused on a hidden sheet, and fails while another workbook has focus (contract.ts). */
  private queueFreeze(name: string, args: unknown[], apply: (sheet: FakeSheet) => void): void {
    this.queueWrite(
      name,
      args,
      (sheet) => {
        refuseOnHiddenSheet(sheet, `WorksheetFreezePanes.${name}`);
        apply(sheet);
      },
      "call",
      { focus: "GeneralException" },
    );
  }

  freezeRows(count: number): void {
    this.queueFreeze("freezeRows", [count], (sheet) => {
      sheet.freeze = { rows: count, columns: 0 };
    });
  }

  freezeColumns(count: number): void {
    this.queueFreeze("freezeColumns", [count], (sheet) => {
      sheet.freeze = { rows: 0, columns: count };
    });
  }

  freezeAt(range: FakeRange | string): void {
    const resolve = typeof range === "string" ? () => parseAddress(range) : () => range.target().area;
    this.queueFreeze("freezeAt", [typeof range === "string" ? range : range.path], (sheet) => {
      const area = resolve();
      if (area.top !== 1 || area.left !== 1) throw new FakeOfficeError("InvalidArgument", "freezeAt: the range must start at A1");
      sheet.freeze = { rows: area.bottom, columns: area.right };
    });
  }

  unfreeze(): void {
    this.queueFreeze("unfreeze", [], (sheet) => {
      sheet.freeze = undefined;
    });
  }
}

export class FakePageLayout extends FakeSheetPart {
  protected read(sheet: FakeSheet, property: string): unknown {
    return (sheet.pageLayout as unknown as Record<string, unknown>)[property];
  }

  private setLayout(name: string, value: unknown): void {
    this.queueWrite(name, value, (sheet) => {
      (sheet.pageLayout as unknown as Record<string, unknown>)[name] = value;
    });
  }

  set paperSize(value: string) {
    this.setLayout("paperSize", value);
  }
  set orientation(value: string) {
    this.setLayout("orientation", value);
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    const zoom = { ...value };
    this.queueWrite("zoom", zoom, (sheet) => {
      checkZoom(zoom);
      sheet.pageLayout.zoom = zoom;
    });
  }
  set topMargin(value: number) {
    this.setLayout("topMargin", value);
  }
  set bottomMargin(value: number) {
    this.setLayout("bottomMargin", value);
  }
  set leftMargin(value: number) {
    this.setLayout("leftMargin", value);
  }
  set rightMargin(value: number) {
    this.setLayout("rightMargin", value);
  }
  set headerMargin(value: number) {
    this.setLayout("headerMargin", value);
  }
  set footerMargin(value: number) {
    this.setLayout("footerMargin", value);
  }
  set centerHorizontally(value: boolean) {
    this.setLayout("centerHorizontally", value);
  }
  set printGridlines(value: boolean) {
    this.setLayout("printGridlines", value);
  }

  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `setPrintTitleRows: "${rows}" is not a row range`);
    this.queueWrite("setPrintTitleRows", [rows], (sheet) => {
      sheet.pageLayout.printTitleRows = rows;
    }, "call");
  }

  setPrintArea(area: string): void {
    parseAddress(area);
    this.queueWrite("setPrintArea", [area], (sheet) => {
      sheet.pageLayout.printArea = area;
    }, "call");
  }

  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const write = this.queueWrite.bind(this);
    const parts = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
    const target: Record<string, string> = {};
    for (const part of parts) {
      Object.defineProperty(target, part, {
        set(value: string) {
          write(`headersFooters.defaultForAllPages.${part}`, value, (sheet) => {
            sheet.pageLayout.headersFooters[part] = value;
          });
        },
        get() {
          throw new FakeOfficeError("PropertyNotLoaded", "fake Excel: header/footer reads are not modelled");
        },
      });
    }
    return { defaultForAllPages: target };
  }
}

export class FakeProtection extends FakeSheetPart {
  protected read(sheet: FakeSheet, property: string): unknown {
    if (property === "protected") return sheet.protected;
    throw new FakeOfficeError("InvalidArgument", `fake Excel: WorksheetProtection.${property} is not modelled`);
  }

  get protected(): boolean {
    return this.value("protected");
  }
}

interface TableTarget {
  readonly sheet: FakeSheet;
  readonly table: FakeTableModel;
}

export class FakeTableCollection extends FakeSheetCollection<FakeTable> {
  protected itemTargets(sheet: FakeSheet): unknown[] {
    return sheet.tables.map((table) => ({ sheet, table }));
  }

  protected makeItem(target: unknown, _index: number, props: Record<string, unknown>): FakeTable {
    const t = target as TableTarget;
    return new FakeTable(this.ctx, `tables.getItem(${JSON.stringify(t.table.name)})`, () => t).preload(props);
  }

  protected readItem(target: unknown, property: string): unknown {
    if (property === "name") return (target as TableTarget).table.name;
    throw new FakeOfficeError("InvalidArgument", `fake Excel: Table.${property} is not modelled`);
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    const range = parseAddress(address);
    let created: TableTarget | undefined;
    this.queueWrite(
      "add",
      [address, hasHeaders],
      (sheet) => {
        if (sheet.tables.some((t) => overlaps(t.range, range))) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
        const table: FakeTableModel = { name: `Table${this.host.model.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`, range };
        sheet.tables.push(table);
        created = { sheet, table };
      },
      "call",
    );
    return new FakeTable(this.ctx, `${this.path}.add(${JSON.stringify(address)})`, () => {
      if (!created) throw itemNotFound("table (not added yet)");
      return created;
    });
  }
}

export class FakeTable extends FakeSheetTargetObject<TableTarget, TableTarget> {
  protected read(t: TableTarget, property: string): unknown {
    if (property === "name") return t.table.name;
    throw new FakeOfficeError("InvalidArgument", `fake Excel: Table.${property} is not modelled`);
  }

  get name(): string {
    return this.value("name");
  }
  set name(value: string) {
    this.queueWrite("name", value, ({ sheet, table }) => {
      const upper = value.toUpperCase();
      if (sheet.tables.some((t) => t !== table && t.name.toUpperCase() === upper)) throw new FakeOfficeError("ItemAlreadyExists", `A table named ${value} already exists.`);
      table.name = value;
    });
  }
  set style(value: string) {
    this.queueWrite("style", value, ({ table }) => {
      table.style = value;
    });
  }
  set showBandedRows(value: boolean) {
    this.queueWrite("showBandedRows", value, ({ table }) => {
      table.showBandedRows = value;
    });
  }

  delete(): void {
    this.queueWrite(
      "delete",
      [],
      ({ sheet, table }) => {
        sheet.tables = sheet.tables.filter((x) => x !== table);
      },
      "call",
    );
  }
}
