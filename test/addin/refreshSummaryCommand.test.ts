/**
 * The ribbon's Refresh summary, through its real entry (src/commands/commands.ts) in a stub Office
 * host that runs ExecuteFunction commands as Office does (test/support/officeHost/ribbonDispatch.ts):
 * nothing is dispatched before the page calls Office.onReady, and a command that has not completed its
 * event after 5 minutes is closed. The stub's dialog API and `Excel.run` work over the fake Excel
 * holding a sample workbook; the clock is vitest's fake timers.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { RESULT_DIALOG_LIMIT_MS } from "../../src/commands/resultDialog.js";
import { fakeFromExcelJs, type FakeExcel } from "../support/fakeExcel/index.js";
import { CommandTimedOut, DispatchedBeforeReady, EXECUTE_FUNCTION_LIMIT_MS, RibbonDispatcher } from "../support/officeHost/ribbonDispatch.js";
import { loadSample } from "../officejs/support.js";

type Handler = (arg: unknown) => void;
interface OpenedDialog {
  readonly url: URL;
  readonly handlers: Map<string, Handler>;
  closed: boolean;
}
interface Host {
  excel: FakeExcel;
  dialogApi: boolean;
  dialogFails: boolean;
  isSetSupportedThrows: boolean;
  dialogs: OpenedDialog[];
}

const ribbon = new RibbonDispatcher();
let host: Host;

const EVENT_TYPE = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };

function installStubHost(): void {
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: EVENT_TYPE,
    // office.js starts dispatching ribbon functions once the page has called onReady.
    onReady: () => {
      ribbon.markInitialised();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    actions: { associate: (name: string, action: Parameters<RibbonDispatcher["associate"]>[1]) => ribbon.associate(name, action) },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (host.isSetSupportedThrows) throw new Error("Office.context.requirements is not ready");
          return name === "DialogApi" ? host.dialogApi : host.excel.isSetSupported(name, version);
        },
      },
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
          if (host.dialogFails) {
            callback({ status: "failed", error: { code: 12007, message: "A dialog box is already opened from this host window." } });
            return;
          }
          const dialog: OpenedDialog = { url: new URL(url), handlers: new Map(), closed: false };
          host.dialogs.push(dialog);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: Handler) => dialog.handlers.set(type, handler),
              close: () => {
                dialog.closed = true;
              },
            },
          });
        },
      },
    },
  };
  Object.assign(globalThis, {
    Office: office,
    Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(host.excel.context()) },
    window: { location: { href: "https://localhost:3000/commands.html" } },
  });
}

/** Presses the button; the officer acts on the dialog once it is open (or never). Returns how the command ended. */
async function press(officer?: (dialog: OpenedDialog) => void): Promise<{ outcome: "completed" | Error; dialog?: OpenedDialog; elapsedMs: number }> {
  const started = Date.now();
  let outcome: "completed" | Error | undefined;
  void ribbon.dispatch("refreshSummary").then(
    () => (outcome = "completed"),
    (error: Error) => (outcome = error),
  );
  // Let the refresh run (its syncs are promise ticks) until the dialog opens or the command ends.
  for (let i = 0; i < 500 && host.dialogs.length === 0 && outcome === undefined; i++) await vi.advanceTimersByTimeAsync(1);
  const dialog = host.dialogs[0];
  if (dialog && officer) officer(dialog);
  // Up to Office's limit, and a little past it: a command still running by then has timed out.
  for (let step = 0; outcome === undefined && step < 62; step++) await vi.advanceTimersByTimeAsync(5_000);
  return { outcome: outcome ?? new Error("still running"), dialog, elapsedMs: Date.now() - started };
}

const closeButton = (dialog: OpenedDialog) => dialog.handlers.get(EVENT_TYPE.DialogMessageReceived)?.({ message: "close" });

beforeAll(async () => {
  installStubHost();
  await import("../../src/commands/commands.js");
});

beforeEach(async () => {
  host = { excel: fakeFromExcelJs(await loadSample("cip-monitoring.xlsx")), dialogApi: true, dialogFails: false, isSetSupportedThrows: false, dialogs: [] };
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  expect(ribbon.extraCompletions).toEqual([]);
});

describe("the stub runs ribbon functions as Office does", () => {
  it("refuses to dispatch before the page initialised office.js, and times a command out after 5 minutes", async () => {
    const stub = new RibbonDispatcher();
    stub.associate("never", () => undefined);
    await expect(stub.dispatch("never")).rejects.toBeInstanceOf(DispatchedBeforeReady);
    stub.markInitialised();
    const running = stub.dispatch("never");
    const failed = expect(running).rejects.toBeInstanceOf(CommandTimedOut);
    await vi.advanceTimersByTimeAsync(EXECUTE_FUNCTION_LIMIT_MS);
    await failed;
  });
});

describe("ribbon: Refresh summary", () => {
  it("is registered under the manifest's function name, on a page that initialises office.js", () => {
    expect(ribbon.names).toEqual(["refreshSummary"]);
    expect(ribbon.isInitialised, "commands.ts calls Office.onReady()").toBe(true);
  });

  it("refreshes, shows the summary sheet and says what it wrote; completes as soon as the officer closes the message", async () => {
    const { outcome, dialog, elapsedMs } = await press(closeButton);
    expect(outcome).toBe("completed");
    expect(elapsedMs).toBeLessThan(10_000);
    expect(host.excel.model.sheets.map((sheet) => sheet.name)).toContain("PT Summary");
    expect(host.excel.model.activeSheet?.name).toBe("PT Summary");
    expect(dialog?.url.pathname).toBe("/dialog.html");
    expect(dialog?.url.searchParams.get("title")).toBe("Summary refreshed");
    const lines = dialog?.url.searchParams.getAll("line") ?? [];
    expect(lines[0]).toMatch(/^Plan Tracker summarised 62 actions and wrote 4 sheets at \d\d\/\d\d\/\d{4} \d\d:\d\d: PT Summary, PT Exceptions, PT Committee and PT Settings\. It also updated the hidden sheet PT Plan rows, which the others read from\. Your own sheets were not changed\.$/);
    expect(dialog?.closed).toBe(true);
  });

  it("completes well within Office's 5 minutes when the officer never closes the message, closing it itself", async () => {
    const { outcome, dialog, elapsedMs } = await press();
    expect(outcome).toBe("completed");
    expect(elapsedMs).toBeGreaterThanOrEqual(RESULT_DIALOG_LIMIT_MS);
    expect(elapsedMs).toBeLessThan(RESULT_DIALOG_LIMIT_MS + 10_000);
    expect(RESULT_DIALOG_LIMIT_MS).toBeLessThanOrEqual(EXECUTE_FUNCTION_LIMIT_MS / 3);
    expect(dialog?.closed, "no dialog is left open behind a completed command (office-js#1452)").toBe(true);
    expect(host.excel.model.activeSheet?.name).toBe("PT Summary");
  });

  it("completes when the officer closes the dialog window instead", async () => {
    const { outcome } = await press((dialog) => dialog.handlers.get(EVENT_TYPE.DialogEventReceived)?.({ error: 12006 }));
    expect(outcome).toBe("completed");
  });

  it("on failure, explains it in the dialog and still completes the event", async () => {
    host.excel.cellEditMode = true;
    const { outcome, dialog } = await press(closeButton);
    expect(outcome).toBe("completed");
    expect(dialog?.url.searchParams.get("tone")).toBe("error");
    expect(dialog?.url.searchParams.get("title")).toBe("Summary not refreshed");
    expect(dialog?.url.searchParams.getAll("line")).toEqual([
      "Plan Tracker couldn't read the workbook because a cell is being edited. Press Enter (or Esc) to finish editing the cell, then try again.",
    ]);
    expect(host.excel.model.sheets.map((sheet) => sheet.name)).not.toContain("PT Summary");
  });

  it("without the dialog API, shows the summary sheet and completes the event", async () => {
    host.dialogApi = false;
    const { outcome, dialog } = await press();
    expect(dialog).toBeUndefined();
    expect(outcome).toBe("completed");
    expect(host.excel.model.activeSheet?.name).toBe("PT Summary");
  });

  it("completes the event when feature detection itself throws", async () => {
    host.isSetSupportedThrows = true;
    const { outcome } = await press();
    expect(outcome).toBe("completed");
  });

  it("completes the event when the dialog cannot open, on success and on failure", async () => {
    host.dialogFails = true;
    expect((await press()).outcome).toBe("completed");
    host.excel.cellEditMode = true;
    expect((await press()).outcome).toBe("completed");
  });
});
