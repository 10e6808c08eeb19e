/**
 * An in-memory fake of the part of the Excel JavaScript API (Office.js) that Plan Tracker's adapter
 * uses — enough to run the adapter in Node and check what it did, and honest about the rules that
 * bite in real Excel:
 *
 * - **Batching.** Calls are queued and run only at `context.sync()`. Properties are readable only
 *   after `load()` and a sync (reading earlier throws `PropertyNotLoaded`); `isNullObject` only
 *   after a sync. Every sync is logged with its request size (the JSON of the queued commands and
 *   their arguments, plus office.js's per-action ids: contract.ts) and response size (the JSON of
 *   what was loaded).
 * - **Limits.** A request or response over 5 MB fails with `RequestPayloadSizeLimitExceeded` /
 *   `ResponsePayloadSizeLimitExceeded`, as in Excel on the web. `getRanges()` with a very long
 *   address fails; `getMergedAreasOrNullObject()` fails over 512 areas; 2-D arrays must match the
 *   range's shape.
 * - **Data entry.** Strings are parsed as if typed (model.ts): "=…", "+…", "-…", "@…" become
 *   formulas or numbers unless the cell's number format is already "@".
 * - **Versions.** APIs newer than the fake's `apiVersion` throw `ApiNotFound`, so feature detection
 *   is tested for real; `isSetSupported` answers for that version.
 * - **Failures.** `failNextSync(code)`, `failWhen(…)`, `cellEditMode` and protected sheets produce the
 *   errors Office would.
 * - **Contract** (contract.ts, each rule with its source): `focusOtherWorkbook()` makes add, delete,
 *   activate, select and freeze fail as when another workbook takes focus; `model.structureProtected`
 *   blocks adding, deleting, renaming, hiding and unhiding sheets; freeze panes and tab colour are
 *   refused on hidden sheets; `model.date1904` shifts the serials `Range.text` shows.
 *
 * Not modelled: calculation (formula cells keep the value they were given, or none), styles beyond
 * font/fill/alignment/borders, charts, events.
 */
import { ACTION_OVERHEAD_BYTES, PAYLOAD_LIMIT_BYTES, otherWorkbookFocusError, structureProtectedError } from "./contract.js";
import { FakeOfficeError, OFFICE_MESSAGES, apiNotFound } from "./errors.js";
import { FakeWorkbookModel, type FakeSheet } from "./model.js";
import { utf8Bytes, type FakeObject, type QueuedCommand, type WireCommand } from "./proxy.js";
import { FakeApplication, FakeWorkbook } from "./workbook.js";

export { parseAddress } from "./addresses.js";

export const FAKE_PAYLOAD_LIMIT_BYTES = PAYLOAD_LIMIT_BYTES;

function versionLessOrEqual(a: string, b: string): boolean {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set this Excel supports (default "1.17"). */
  readonly apiVersion?: string;
  /** Request/response limit (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly commands: number;
  readonly writes: number;
}

export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly syncs: SyncRecord[] = [];
  apiVersion: string;
  payloadLimitBytes: number;
  /** While true, every sync fails as if the officer were typing in a cell. */
  cellEditMode = false;
  /** Focus-sensitive syncs left to fail while another workbook has focus (null: this workbook has it). */
  private focusElsewhere: { failuresLeft: number } | null = null;
  private readonly runningFailures: Array<{ code: string; message: string; when: (command: WireCommand) => boolean }> = [];
  private readonly failures: Array<{ code: string; message: string; when: (command: WireCommand) => boolean; once: boolean }> = [];

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.payloadLimitBytes = options.payloadLimitBytes ?? FAKE_PAYLOAD_LIMIT_BYTES;
  }

  /** `Office.context.requirements.isSetSupported` for this fake Excel. */
  readonly isSetSupported = (name: string, version = "1.1"): boolean => name === "ExcelApi" && versionLessOrEqual(version, this.apiVersion);

  requires(version: string, api: string): void {
    if (!versionLessOrEqual(version, this.apiVersion)) throw apiNotFound(api, version);
  }

  /** A fresh request context, as `Excel.run` would give. */
  context(): Excel.RequestContext {
    return new FakeRequestContext(this) as unknown as Excel.RequestContext;
  }

  /** The next sync fails with `code` before running anything. */
  failNextSync(code: string, message = OFFICE_MESSAGES[code] ?? code): void {
    this.failures.push({ code, message, when: () => true, once: true });
  }

  /**
   * The first command matching `when` fails with `code` as it runs, once: the commands before it in
   * the same request have taken effect, as in Excel, which does not roll a request back.
   */
  failOnceAt(when: (command: WireCommand) => boolean, code: string, message = OFFICE_MESSAGES[code] ?? code): void {
    this.runningFailures.push({ code, message, when });
  }

  /** Every sync containing a command that matches fails with `code`. */
  failWhen(when: (command: WireCommand) => boolean, code: string, message = OFFICE_MESSAGES[code] ?? code): void {
    this.failures.push({ code, message, when, once: false });
  }

  /**
   * Another workbook takes focus: the next `failures` syncs holding a focus-sensitive command fail
   * (contract.ts), then focus comes back (Infinity: it never does).
   */
  focusOtherWorkbook(failures = Number.POSITIVE_INFINITY): void {
    this.focusElsewhere = { failuresLeft: failures };
  }

  sheet(name: string): FakeSheet {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`fake Excel has no sheet "${name}" (has ${this.model.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  resetLog(): void {
    this.syncs.length = 0;
  }

  /** Runs one request; called by the context's sync(). */
  execute(commands: readonly QueuedCommand[]): void {
    const wire = commands.map((c) => c.wire);
    const requestBytes = utf8Bytes(JSON.stringify(wire)) + wire.length * ACTION_OVERHEAD_BYTES;
    if (requestBytes > this.payloadLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", OFFICE_MESSAGES.RequestPayloadSizeLimitExceeded as string);
    }
    const failure = this.failures.find((f) => wire.some((command) => f.when(command)));
    if (failure) {
      if (failure.once) this.failures.splice(this.failures.indexOf(failure), 1);
      throw new FakeOfficeError(failure.code, failure.message);
    }
    if (this.cellEditMode && commands.length > 0) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", OFFICE_MESSAGES.InvalidOperationInCellEditMode as string);
    }
    const commits: Array<() => void> = [];
    let responseBytes = 0;
    let writes = 0;
    for (const command of commands) {
      const api = `${command.wire.path}.${command.wire.name}`;
      if (command.focus && this.focusElsewhere) {
        if (--this.focusElsewhere.failuresLeft <= 0) this.focusElsewhere = null;
        throw otherWorkbookFocusError(command.focus, api);
      }
      if (command.structure && this.model.structureProtected) throw structureProtectedError(api);
      const running = this.runningFailures.findIndex((f) => f.when(command.wire));
      if (running >= 0) {
        const [failure] = this.runningFailures.splice(running, 1);
        throw new FakeOfficeError(failure?.code ?? "GeneralException", failure?.message ?? "", api);
      }
      if (command.write) {
        writes++;
        const sheet = command.sheet?.();
        if (sheet?.protected) throw new FakeOfficeError("AccessDenied", OFFICE_MESSAGES.AccessDenied as string, `${command.wire.path}.${command.wire.name}`);
      }
      try {
        const commit = command.run();
        if (commit) commits.push(commit);
        responseBytes += command.responseBytes?.() ?? 0;
      } catch (error) {
        if (error instanceof FakeOfficeError) throw error;
        throw new FakeOfficeError("GeneralException", `${(error as Error).message}`, `${command.wire.path}.${command.wire.name}`);
      }
    }
    if (responseBytes > this.payloadLimitBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", OFFICE_MESSAGES.ResponsePayloadSizeLimitExceeded as string);
    }
    for (const commit of commits) commit();
    this.syncs.push({ requestBytes, responseBytes, commands: commands.length, writes });
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: QueuedCommand[] = [];
  private created: FakeObject<unknown>[] = [];

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  enqueue(command: QueuedCommand): void {
    this.queue.push(command);
  }

  track(object: FakeObject<unknown>): void {
    this.created.push(object);
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    const created = this.created;
    this.queue = [];
    this.created = [];
    await Promise.resolve();
    this.host.execute(commands);
    for (const object of created) object.settle();
  }
}
