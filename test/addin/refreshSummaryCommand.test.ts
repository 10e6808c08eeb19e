/**
 * The ribbon's Refresh summary, through its real entry (src/commands/commands.ts) in a stub Office
 * host: `Office.actions.associate`, `Office.context.ui.displayDialogAsync` and `Excel.run` over the
 * fake Excel holding a sample workbook. Office keeps a command busy until its event is completed,
 * so every path must complete it exactly once — and only after the officer has closed the message.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fakeFromExcelJs, type FakeExcel } from "../support/fakeExcel/index.js";
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
  dialogs: OpenedDialog[];
}

const actions = new Map<string, (event: { completed(): void }) => Promise<void>>();
let host: Host;

const EVENT_TYPE = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };

function installStubHost(): void {
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: EVENT_TYPE,
    actions: { associate: (name: string, action: (event: { completed(): void }) => Promise<void>) => actions.set(name, action) },
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => (name === "DialogApi" ? host.dialogApi : host.excel.isSetSupported(name, version)) },
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

/** Runs the ribbon command; `officer` acts on the dialog once it is open. */
async function press(officer: (dialog: OpenedDialog) => void = (dialog) => dialog.handlers.get(EVENT_TYPE.DialogMessageReceived)?.({ message: "close" })) {
  const command = actions.get("refreshSummary");
  if (!command) throw new Error("refreshSummary was not registered");
  let completed = 0;
  const run = command({ completed: () => completed++ });
  // Let the refresh run until the dialog opens (or the command finishes without one).
  for (let i = 0; i < 200 && host.dialogs.length === 0 && completed === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  const dialog = host.dialogs[0];
  if (dialog) {
    expect(completed, "the event waits for the officer to close the message").toBe(0);
    officer(dialog);
  }
  await run;
  return { completed, dialog };
}

beforeAll(async () => {
  installStubHost();
  await import("../../src/commands/commands.js");
});

beforeEach(async () => {
  host = { excel: fakeFromExcelJs(await loadSample("cip-monitoring.xlsx")), dialogApi: true, dialogFails: false, dialogs: [] };
});

describe("ribbon: Refresh summary", () => {
  it("is registered under the manifest's function name", () => {
    expect([...actions.keys()]).toEqual(["refreshSummary"]);
  });

  it("refreshes, says what it wrote, and completes the event once the officer closes the message", async () => {
    const { completed, dialog } = await press();
    expect(completed).toBe(1);
    expect(host.excel.model.sheets.map((sheet) => sheet.name)).toContain("PT Summary");
    expect(dialog?.url.pathname).toBe("/dialog.html");
    expect(dialog?.url.searchParams.get("title")).toBe("Summary refreshed");
    const lines = dialog?.url.searchParams.getAll("line") ?? [];
    expect(lines[0]).toMatch(/^Plan Tracker summarised 62 actions and wrote 5 sheets at \d\d\/\d\d\/\d{4} \d\d:\d\d: PT Summary, PT Exceptions, PT Committee, PT Settings and PT Plan rows\. Your own sheets were not changed\.$/);
    expect(dialog?.closed).toBe(true);
  });

  it("completes the event when the officer closes the dialog window instead", async () => {
    const { completed } = await press((dialog) => dialog.handlers.get(EVENT_TYPE.DialogEventReceived)?.({ error: 12006 }));
    expect(completed).toBe(1);
  });

  it("on failure, explains it in the dialog and still completes the event", async () => {
    host.excel.cellEditMode = true;
    const { completed, dialog } = await press();
    expect(completed).toBe(1);
    expect(dialog?.url.searchParams.get("tone")).toBe("error");
    expect(dialog?.url.searchParams.get("title")).toBe("Summary not refreshed");
    expect(dialog?.url.searchParams.getAll("line")).toEqual([
      "Plan Tracker couldn't read the workbook because a cell is being edited. Press Enter (or Esc) to finish editing the cell, then try again.",
    ]);
    expect(host.excel.model.sheets.map((sheet) => sheet.name)).not.toContain("PT Summary");
  });

  it("without the dialog API, shows the summary sheet instead and completes the event", async () => {
    host.dialogApi = false;
    const { completed, dialog } = await press();
    expect(dialog).toBeUndefined();
    expect(completed).toBe(1);
    expect(host.excel.model.activeSheet?.name).toBe("PT Summary");
  });

  it("completes the event when the dialog cannot open, on success and on failure", async () => {
    host.dialogFails = true;
    expect((await press()).completed).toBe(1);
    host.excel.cellEditMode = true;
    expect((await press()).completed).toBe(1);
  });
});
