import { FakeChartCollection } from "./charts.js";
/** The fake's application, workbook, worksheet collection and worksheets. */
import type { CellRange } from "../../../src/core/grid/Address.js";
import { parseAddress } from "./addresses.js";
import { refuseOnHiddenSheet, structureProtectedError } from "./contract.js";
import { FakeOfficeError, itemNotFound } from "./errors.js";
import type { FakeRequestContext } from "./FakeExcel.js";
import { MAX_COLUMNS, MAX_ROWS, type FakeSheet, type FakeWorkbookModel } from "./model.js";
import { FakeCollection, FakeObject } from "./proxy.js";
import { FakeRange, FakeRangeAreas } from "./range.js";
import { FakeFreezePanes, FakePageLayout, FakeProtection, FakeTableCollection } from "./sheetParts.js";

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.host.requires("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.ctx.enqueue({ wire: { path: "application", action: "call", name: "suspendApiCalculationUntilNextSync" }, write: false, run: () => undefined });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.host.requires("1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this.ctx.enqueue({ wire: { path: "application", action: "call", name: "suspendScreenUpdatingUntilNextSync" }, write: false, run: () => undefined });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, "worksheets");
    this.names = new FakeNamedItemCollection(ctx, "names");
  }

  /** `workbook.protection` (ExcelApi 1.7): whether the structure is protected. */
  get protection(): FakeWorkbookProtection {
    this.ctx.host.requires("1.7", "Workbook.protection");
    return new FakeWorkbookProtection(this.ctx, "workbook.protection");
  }
}

export class FakeWorkbookProtection extends FakeObject<FakeWorkbookModel> {
  target(): FakeWorkbookModel {
    return this.host.model;
  }

  protected read(model: FakeWorkbookModel, property: string): unknown {
    if (property === "protected") return model.structureProtected;
    throw new FakeOfficeError("InvalidArgument", `fake Excel: WorkbookProtection.${property} is not modelled`);
  }

  get protected(): boolean {
    return this.value("protected");
  }
}

/** `workbook.names`: only the names are modelled. */
export class FakeNamedItemCollection extends FakeCollection<FakeWorkbookModel, { readonly name: string }> {
  target(): FakeWorkbookModel {
    return this.host.model;
  }

  protected itemTargets(target: FakeWorkbookModel): unknown[] {
    return [...target.names];
  }

  protected makeItem(target: unknown): { readonly name: string } {
    return { name: target as string };
  }

  protected readItem(target: unknown, property: string): unknown {
    if (property === "name") return target;
    throw new FakeOfficeError("InvalidArgument", `fake Excel: NamedItem.${property} is not modelled`);
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbookModel, FakeWorksheet> {
  target(): FakeWorkbookModel {
    return this.host.model;
  }

  protected itemTargets(target: FakeWorkbookModel): unknown[] {
    return [...target.sheets];
  }

  protected makeItem(target: unknown, _index: number, props: Record<string, unknown>): FakeWorksheet {
    const sheet = target as FakeSheet;
    return new FakeWorksheet(this.ctx, `worksheets.getItem(${JSON.stringify(sheet.id)})`, () => sheet).preload(props);
  }

  protected readItem(target: unknown, property: string): unknown {
    return readWorksheetProperty(target as FakeSheet, property);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this.host.model.sheet(name);
      if (!sheet) throw itemNotFound(`worksheet "${name}"`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItemOrNullObject(${JSON.stringify(name)})`, () => this.host.model.sheet(name) ?? null, true);
  }

  add(name: string): FakeWorksheet {
    let added: FakeSheet | undefined;
    this.ctx.enqueue({
      wire: { path: this.path, action: "call", name: "add", args: [name] },
      write: true,
      focus: "GeneralException",
      structure: true,
      run: () => {
        if (this.host.model.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
        added = this.host.model.addSheet(name);
      },
    });
    return new FakeWorksheet(this.ctx, `worksheets.add(${JSON.stringify(name)})`, () => {
      if (!added) throw itemNotFound(`worksheet "${name}" (not added yet)`);
      return added;
    });
  }
}

function readWorksheetProperty(sheet: FakeSheet, property: string): unknown {
  switch (property) {
    case "name":
      return sheet.name;
    case "visibility":
      return sheet.visibility;
    case "id":
      return sheet.id;
    case "tabColor":
      // "If the worksheet is invisible, the value will be null" (Worksheet.tabColor reference).
      return sheet.visibility === "Visible" ? sheet.tabColor : null;
    default:
      throw new FakeOfficeError("InvalidArgument", `fake Excel: Worksheet.${property} is not modelled`);
  }
}

// Worksheet -----------------------------------------------------------------------------------

export class FakeWorksheet extends FakeObject<FakeSheet> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolve: () => FakeSheet | null,
    orNull = false,
  ) {
    super(ctx, path, orNull);
  }

  target(): FakeSheet | null {
    return this.resolve();
  }

  protected override sheetOf(): FakeSheet | undefined {
    try {
      return this.resolve() ?? undefined;
    } catch {
      return undefined;
    }
  }

  protected read(target: FakeSheet, property: string): unknown {
    return readWorksheetProperty(target, property);
  }

  get name(): string {
    return this.value("name");
  }

  set name(value: string) {
    this.queueWrite(
      "name",
      value,
      (sheet) => {
        const clash = this.host.model.sheet(value);
        if (clash && clash !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${value}" already exists.`);
        sheet.name = value;
      },
      "set",
      { structure: true },
    );
  }

  get visibility(): Excel.SheetVisibility {
    return this.value("visibility");
  }

  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.queueWrite("visibility", value, (sheet) => {
      // Hiding and unhiding are structure changes; setting the visibility a sheet already has is not.
      if (sheet.visibility !== value && this.host.model.structureProtected) throw structureProtectedError(`${this.path}.visibility`);
      sheet.visibility = value as FakeSheet["visibility"];
    });
  }

  get tabColor(): string {
    return this.value("tabColor");
  }

  set tabColor(value: string) {
    this.host.requires("1.7", "Worksheet.tabColor");
    this.queueWrite("tabColor", value, (sheet) => {
      refuseOnHiddenSheet(sheet, "Worksheet.tabColor");
      sheet.tabColor = value;
    });
  }

  /** Not a write: Excel allows it on a protected sheet. */
  activate(): void {
    this.ctx.enqueue({
      wire: { path: this.path, action: "call", name: "activate", args: [] },
      write: false,
      focus: "GeneralException",
      run: () => {
        const sheet = this.resolve();
        if (!sheet) throw itemNotFound(this.path);
        if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `fake Excel: cannot activate the hidden sheet "${sheet.name}"`);
        this.host.model.activeSheet = sheet;
      },
    });
  }

  delete(): void {
    this.queueWrite(
      "delete",
      [],
      (sheet) => {
        const sheets = this.host.model.sheets;
        sheets.splice(sheets.indexOf(sheet), 1);
      },
      "call",
      { focus: "InvalidSelection", structure: true },
    );
  }

  private range(path: string, area: () => CellRange): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.${path}`, () => {
      const sheet = this.resolve();
      if (!sheet) throw itemNotFound(this.path);
      return { sheet, area: area() };
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return this.range("getRange()", () => ({ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS }));
    const area = parseAddress(address);
    return this.range(`getRange(${JSON.stringify(address)})`, () => area);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.host.requires("1.7", "Worksheet.getRangeByIndexes");
    if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes: empty range");
    const area = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => area);
  }

  getCell(row: number, column: number): FakeRange {
    const area = { top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 };
    return this.range(`getCell(${row},${column})`, () => area);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.resolve();
      if (!sheet) throw itemNotFound(this.path);
      return { sheet, area: sheet.usedRange(valuesOnly) };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    this.host.requires("1.9", "Worksheet.getRanges");
    if (address.length > 8_000) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    const areas = address.split(",").map(parseAddress);
    return new FakeRangeAreas(this.ctx, `${this.path}.getRanges(${JSON.stringify(address)})`, () => {
      const sheet = this.resolve();
      if (!sheet) throw itemNotFound(this.path);
      return { sheet, areas };
    });
  }

  get freezePanes(): FakeFreezePanes {
    this.host.requires("1.7", "Worksheet.freezePanes");
    return new FakeFreezePanes(this.ctx, `${this.path}.freezePanes`, () => this.resolve());
  }

  get pageLayout(): FakePageLayout {
    this.host.requires("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.ctx, `${this.path}.pageLayout`, () => this.resolve());
  }

  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, `${this.path}.protection`, () => this.resolve());
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, `${this.path}.tables`, () => this.resolve());
  }

  /** Worksheet.charts (ExcelApi 1.1): see charts.ts. */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, `${this.path}.charts`, () => this.resolve());
  }
}
