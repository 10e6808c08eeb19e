/**
 * The base of every fake proxy: commands are queued on the request context and run at sync;
 * loaded properties become readable only after the sync, as in Office.js.
 */
import { FakeOfficeError, itemNotFound, propertyNotLoaded } from "./errors.js";
import type { FakeExcel, FakeRequestContext } from "./FakeExcel.js";
import type { FakeSheet } from "./model.js";
import type { FocusError } from "./contract.js";
import type { AreasTarget } from "./range.js";

/** A load argument: "a,b", ["a", "b"] or { select: "a,b" }. */
export function propertyNames(props: unknown): string[] {
  if (props === undefined) return [];
  if (typeof props === "string") return props.split(",").map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => propertyNames(p));
  if (typeof props === "object" && props !== null && "select" in props) return propertyNames((props as { select: unknown }).select);
  throw new FakeOfficeError("InvalidArgument", "fake Excel: unsupported load() argument");
}

/** A command as it travels to Excel: what the request-size measurement serialises. */
export interface WireCommand {
  readonly path: string;
  readonly action: "load" | "set" | "call";
  readonly name: string;
  readonly args?: unknown;
}

export interface QueuedCommand {
  readonly wire: WireCommand;
  readonly write: boolean;
  /** Runs the command; a load returns what it read, which is committed once the response fits. */
  readonly run: () => (() => void) | void;
  readonly sheet?: () => FakeSheet | undefined;
  readonly responseBytes?: () => number;
  /** The error Excel raises for this command while another workbook has focus (contract.ts). */
  readonly focus?: FocusError;
  /** Adds, deletes, renames, hides or unhides a sheet: refused under workbook structure protection (contract.ts). */
  readonly structure?: boolean;
}

export function utf8Bytes(text: string): number {
  // Buffer in Node (counts without copying); TextEncoder where there is no Buffer (the browser test's page).
  return typeof Buffer === "function" ? Buffer.byteLength(text, "utf8") : new TextEncoder().encode(text).length;
}

/** A proxy: queues commands, holds what was loaded. `T` is what it stands for in the model. */
export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(
    protected readonly ctx: FakeRequestContext,
    readonly path: string,
    private readonly orNull = false,
  ) {
    ctx.track(this as FakeObject<unknown>);
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  protected get host(): FakeExcel {
    return this.ctx.host;
  }

  /** The model object, or null for a missing *OrNullObject; throws ItemNotFound otherwise. */
  abstract target(): T | null;

  /** A property's value as Office.js would return it. */
  protected abstract read(target: T, property: string): unknown;

  /** The sheet this object lives on (for protection checks). */
  protected sheetOf(): FakeSheet | undefined {
    return undefined;
  }

  protected typeName(): string {
    return this.constructor.name.replace(/^Fake/, "");
  }

  /** After a sync: whether this is a null object. */
  settle(): void {
    if (this.nullObject !== undefined) return;
    if (!this.orNull) {
      this.nullObject = false;
      return;
    }
    try {
      this.nullObject = this.target() === null;
    } catch {
      this.nullObject = true;
    }
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) {
      throw new FakeOfficeError("PropertyNotLoaded", "You must call context.sync() before reading isNullObject.", `${this.typeName()}.isNullObject`);
    }
    return this.nullObject;
  }

  load(props?: unknown): this {
    const names = propertyNames(props);
    if (names.length === 0) throw new FakeOfficeError("InvalidArgument", "fake Excel: load() without property names loads everything; name the properties you need.");
    let bytes = 0;
    this.ctx.enqueue({
      wire: { path: this.path, action: "load", name: "load", args: names },
      write: false,
      responseBytes: () => bytes,
      run: () => {
        const target = this.target();
        if (target === null) {
          this.nullObject = true;
          bytes = 20;
          return;
        }
        const data: Record<string, unknown> = {};
        for (const name of names) data[name] = this.read(target, name);
        bytes = utf8Bytes(JSON.stringify(data));
        return () => {
          this.nullObject = false;
          for (const [name, value] of Object.entries(data)) this.loaded.set(name, value);
        };
      },
    });
    return this;
  }

  /** Properties that arrived with a collection's items (`load("items/name")`). */
  preload(data: Record<string, unknown>): this {
    for (const [name, value] of Object.entries(data)) this.loaded.set(name, value);
    this.nullObject = false;
    return this;
  }

  /** A loaded property; throws PropertyNotLoaded like Office.js when it was not loaded and synced. */
  protected value<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName());
    return this.loaded.get(name) as V;
  }

  protected queueWrite(
    name: string,
    args: unknown,
    apply: (target: T) => void,
    action: "set" | "call" = "set",
    rules: { readonly focus?: FocusError; readonly structure?: boolean } = {},
  ): void {
    this.ctx.enqueue({
      wire: { path: this.path, action, name, args },
      write: true,
      ...rules,
      sheet: () => this.sheetOf(),
      run: () => {
        const target = this.target();
        if (target === null) throw itemNotFound(this.path);
        apply(target);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection whose `items` are loaded with `load("items/a,items/b")`. */
export abstract class FakeCollection<T, I> extends FakeObject<T> {
  private loadedItems: I[] | undefined;

  protected abstract itemTargets(target: T): unknown[];
  protected abstract makeItem(target: unknown, index: number, props: Record<string, unknown>): I;
  protected abstract readItem(target: unknown, property: string): unknown;

  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "fake Excel: load a collection's items with 'items/<property>'");
  }

  override load(props?: unknown): this {
    const names = propertyNames(props).map((p) => (p.startsWith("items/") ? p.slice(6) : p));
    let bytes = 0;
    this.ctx.enqueue({
      wire: { path: this.path, action: "load", name: "load", args: names },
      write: false,
      responseBytes: () => bytes,
      run: () => {
        const target = this.target();
        if (target === null) throw itemNotFound(this.path);
        const rows = this.itemTargets(target).map((item) => {
          const data: Record<string, unknown> = {};
          for (const name of names) data[name] = this.readItem(item, name);
          return { item, data };
        });
        bytes = utf8Bytes(JSON.stringify(rows.map((r) => r.data)));
        return () => {
          this.loadedItems = rows.map(({ item, data }, i) => this.makeItem(item, i, data));
        };
      },
    });
    return this;
  }

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName());
    return this.loadedItems;
  }
}

/** A collection that belongs to one sheet (its tables, its charts), resolved lazily as Office.js does. */
export abstract class FakeSheetCollection<I> extends FakeCollection<FakeSheet, I> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolveSheet: () => FakeSheet | null,
  ) {
    super(ctx, path);
  }

  target(): FakeSheet | null {
    return this.resolveSheet();
  }

  protected override sheetOf(): FakeSheet | undefined {
    return this.resolveSheet() ?? undefined;
  }
}

/**
 * A proxy over part of one sheet (a range, its areas, format or font, a table), resolved lazily as
 * Office.js does. `R` is what resolving gives: the target, or null for an "OrNullObject".
 */
export abstract class FakeSheetTargetObject<T extends { readonly sheet: FakeSheet }, R extends T | null = T | null> extends FakeObject<T> {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    protected readonly resolve: () => R,
    orNull = false,
  ) {
    super(ctx, path, orNull);
  }

  target(): R {
    return this.resolve();
  }

  protected override sheetOf(): FakeSheet | undefined {
    try {
      return this.resolve()?.sheet;
    } catch {
      return undefined;
    }
  }
}

/** A proxy over one or more areas of a sheet (a range's format, font, areas). */
export abstract class FakeAreasObject extends FakeSheetTargetObject<AreasTarget> {}
