/**
 * A stand-in for office.js inside the browser test, over the fake Excel (test/support/fakeExcel).
 *
 * harness.ts bundles this file with esbuild into one IIFE and serves it for the office.js URL, so the built
 * pane loads it from its real `<script src="https://appsforoffice.microsoft.com/…/office.js">` tag under its
 * real CSP, and the pane's own code runs unchanged. It sets:
 *
 * - `Office`: `onReady` (Promise of `{ host: "Excel", platform: "PC" }`, also calls its callback and
 *   `Office.initialize`), the `HostType` / `PlatformType` / `EventType` / `AsyncResultStatus` enums with
 *   office.js's string values, `context.requirements.isSetSupported` (ExcelApi from the fake's version;
 *   DialogApi 1.1–1.2 and SharedRuntime 1.1 yes; anything else no), `context.officeTheme` (Office's
 *   White or Dark Gray colours), `context.displayLanguage` "en-GB", `context.ui.displayDialogAsync` (records
 *   the call in `window.__planTrackerDialogs`, calls back with a fake Dialog), `context.ui.messageParent`
 *   (records into `window.__planTrackerParentMessages`), `actions.associate` (records into
 *   `window.__planTrackerActions` and the ribbon dispatcher `window.__planTrackerRibbon`, which runs a
 *   function only after the page called `onReady` or set `initialize`, and closes it after 5 minutes),
 *   `addin.showAsTaskpane` / `hide` (resolve).
 * - `Excel`: `run(batch)` and `run(object, batch)` over `fake.context()`, with a final sync of anything the
 *   batch queued after its last `context.sync()` (as office.js does), and the Excel enums whose string
 *   values code may use at run time.
 * - `OfficeExtension.Error`: the fake's error class, so `instanceof OfficeExtension.Error` works.
 * - `Worksheet.onChanged` (ExcelApi 1.7) over the fake, and `window.__planTrackerRaiseChanged(sheet,
 *   address)` to raise it as Excel does after an officer's edit (installWorksheetChangeEvents).
 * - `window.__planTrackerFake`: the FakeExcel, built with `fakeFromGrid` from `window.__planTrackerWorkbook`
 *   (a {@link WorkbookGridJson}) and `window.__planTrackerHostOptions`, both put there by the harness before
 *   any page script runs. Without a workbook the fake holds one empty "Sheet1".
 */
import { FakeExcel, FakeOfficeError, fakeFromGrid, type FakeSheet } from "../support/fakeExcel/index.js";
import { FakeWorksheet } from "../support/fakeExcel/workbook.js";
import { RibbonDispatcher, type RibbonFunction } from "../support/officeHost/ribbonDispatch.js";
import { decodeGrid } from "./gridJson.js";
import type { DialogRecord, RibbonAction, StubHostOptions } from "./pageGlobals.js";

const options: StubHostOptions = { dark: false, apiVersion: "1.17", ...window.__planTrackerHostOptions };

function buildFake(): FakeExcel {
  const workbook = window.__planTrackerWorkbook;
  if (workbook) return fakeFromGrid(decodeGrid(workbook), { apiVersion: options.apiVersion });
  const empty = new FakeExcel({ apiVersion: options.apiVersion });
  empty.model.addSheet("Sheet1");
  return empty;
}

const fake = buildFake();
// Excel always has an active sheet: the first visible one when the file opens.
fake.model.activeSheet ??= fake.model.sheets.find((s) => s.visibility === "Visible") ?? fake.model.sheets[0] ?? null;

const dialogs: DialogRecord[] = [];
const actions: Record<string, RibbonAction> = {};
const parentMessages: string[] = [];
Object.assign(window, {
  __planTrackerFake: fake,
  __planTrackerDialogs: dialogs,
  __planTrackerActions: actions,
  __planTrackerParentMessages: parentMessages,
});

// ---------------------------------------------------------------------------------------------
// Office
// ---------------------------------------------------------------------------------------------

const HostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" } as const;
const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" } as const;
const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;
const EventType = {
  ActiveViewChanged: "activeViewChanged",
  BindingDataChanged: "bindingDataChanged",
  BindingSelectionChanged: "bindingSelectionChanged",
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
  DialogParentMessageReceived: "dialogParentMessageReceived",
  DocumentSelectionChanged: "documentSelectionChanged",
  DocumentThemeChanged: "documentThemeChanged",
  OfficeThemeChanged: "officeThemeChanged",
  SettingsChanged: "settingsChanged",
} as const;

// The colours Office reports for its White and Dark Gray themes.
const LIGHT_THEME = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#444444", controlBackgroundColor: "#FDFDFD", controlForegroundColor: "#444444" };
const DARK_THEME = { bodyBackgroundColor: "#6A6A6A", bodyForegroundColor: "#F0F0F0", controlBackgroundColor: "#D4D4D4", controlForegroundColor: "#262626" };

const OTHER_SETS: Record<string, string> = { DialogApi: "1.2", SharedRuntime: "1.1" };

function versionAtMost(version: string, highest: string): boolean {
  const a = version.split(".").map(Number);
  const b = highest.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}

function isSetSupported(name: string, version = "1.1"): boolean {
  if (name === "ExcelApi") return fake.isSetSupported(name, version);
  const highest = OTHER_SETS[name];
  return highest !== undefined && versionAtMost(version, highest);
}

type Callback = (result: unknown) => void;

function succeeded(value: unknown, asyncContext?: unknown): unknown {
  return { status: AsyncResultStatus.Succeeded, value, error: null, asyncContext };
}

function displayDialogAsync(url: string, optionsOrCallback?: unknown, maybeCallback?: Callback): void {
  const callback = typeof optionsOrCallback === "function" ? (optionsOrCallback as Callback) : maybeCallback;
  const dialogOptions = typeof optionsOrCallback === "function" ? undefined : optionsOrCallback;
  const handlers = new Map<string, Array<(arg: unknown) => void>>();
  const fire = (type: string, arg: unknown) => handlers.get(type)?.forEach((handler) => handler(arg));
  const record: DialogRecord = {
    url,
    options: dialogOptions === undefined ? null : JSON.parse(JSON.stringify(dialogOptions)),
    closed: false,
    childMessages: [],
    sendToParent: (message) => fire(EventType.DialogMessageReceived, { type: EventType.DialogMessageReceived, message, origin: new URL(url, location.href).origin }),
    sendEvent: (error) => fire(EventType.DialogEventReceived, { type: EventType.DialogEventReceived, error }),
  };
  dialogs.push(record);
  const dialog = {
    addEventHandler(type: string, handler: (arg: unknown) => void, cb?: Callback) {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      cb?.(succeeded(undefined));
    },
    close() {
      record.closed = true;
    },
    messageChild(message: string) {
      record.childMessages.push(message);
    },
    sendMessage(message: string) {
      record.childMessages.push(message);
    },
  };
  const asyncContext = (dialogOptions as { asyncContext?: unknown } | undefined)?.asyncContext;
  setTimeout(() => callback?.(succeeded(dialog, asyncContext)), 0);
}

const readyInfo = { host: HostType.Excel, platform: PlatformType.PC };
const ready = new Promise<typeof readyInfo>((resolve) => setTimeout(() => resolve(readyInfo), 0));

// ---------------------------------------------------------------------------------------------
// Ribbon commands: Office's contract for ExecuteFunction (test/support/officeHost/ribbonDispatch.ts)
// ---------------------------------------------------------------------------------------------

/**
 * Ribbon functions are dispatched only once the page has called Office.onReady() or set
 * Office.initialize (office-js#3301), and a command not completed within 5 minutes is closed.
 * `window.__planTrackerRibbon.dispatch(name)` is the officer pressing the button.
 */
const ribbon = new RibbonDispatcher();
Object.assign(window, { __planTrackerRibbon: ribbon });

function associateRibbonFunction(name: string, action: RibbonAction): void {
  actions[name] = action;
  ribbon.associate(name, action as RibbonFunction);
}

/** `Office.onReady`: resolves once office.js is ready, and marks the page initialised for the ribbon. */
function onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
  return ready.then((info) => {
    ribbon.markInitialised();
    callback?.(info);
    return info;
  });
}

const Office = {
  HostType,
  PlatformType,
  AsyncResultStatus,
  EventType,
  initialize: undefined as undefined | ((reason: string) => void),
  onReady,
  context: {
    host: HostType.Excel,
    platform: PlatformType.PC,
    diagnostics: { host: HostType.Excel, platform: PlatformType.PC, version: "16.0.0.0" },
    displayLanguage: "en-GB",
    contentLanguage: "en-GB",
    officeTheme: { isDarkTheme: options.dark, ...(options.dark ? DARK_THEME : LIGHT_THEME) },
    requirements: { isSetSupported },
    ui: {
      displayDialogAsync,
      messageParent(message: string) {
        parentMessages.push(message);
      },
      addHandlerAsync(_type: string, _handler: unknown, cb?: Callback) {
        cb?.(succeeded(undefined));
      },
    },
  },
  actions: { associate: associateRibbonFunction },
  addin: {
    showAsTaskpane: () => Promise.resolve(),
    hide: () => Promise.resolve(),
    onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
  },
};

// office.js calls Office.initialize, when the page set one, as it becomes ready; that too initialises the page.
void ready.then(() => {
  if (!Office.initialize) return;
  ribbon.markInitialised();
  Office.initialize("inserted");
});

// ---------------------------------------------------------------------------------------------
// Excel
// ---------------------------------------------------------------------------------------------

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Commands the batch queued but never synced; office.js sends them when the batch's promise resolves. */
function hasQueued(context: Excel.RequestContext): boolean {
  return ((context as unknown as { queue?: unknown[] }).queue?.length ?? 0) > 0;
}

async function run<T>(first: unknown, second?: unknown): Promise<T> {
  const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
  if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function");
  const context = fake.context();
  const result = await batch(context);
  if (hasQueued(context)) await context.sync();
  return result;
}

const Excel = {
  run,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    conflict: "Conflict",
    generalException: "GeneralException",
    insertDeleteConflict: "InsertDeleteConflict",
    invalidArgument: "InvalidArgument",
    invalidBinding: "InvalidBinding",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    invalidSelection: "InvalidSelection",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    notImplemented: "NotImplemented",
    requestAborted: "RequestAborted",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    unsupportedOperation: "UnsupportedOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
    diagonalDown: "DiagonalDown",
    diagonalUp: "DiagonalUp",
  },
};

Object.assign(window, { Office, Excel, OfficeExtension: { Error: FakeOfficeError } });

// ---------------------------------------------------------------------------------------------
// Worksheet change events
// ---------------------------------------------------------------------------------------------

/**
 * `Worksheet.onChanged` over the fake: `add(handler)` registers (ExcelApi 1.7, as Office documents
 * it; older versions throw ApiNotFound like a missing API) and returns an EventHandlerResult whose
 * `remove()` unregisters. Edits made in a test (through the fake's model) raise nothing on their
 * own: the test calls `window.__planTrackerRaiseChanged(sheet, address)` as Excel would after the
 * officer's edit, and the handlers run asynchronously with WorksheetChangedEventArgs.
 */
function installWorksheetChangeEvents(host: FakeExcel): void {
  const handlers = new Map<FakeSheet, Set<(args: unknown) => Promise<unknown>>>();
  Object.defineProperty(FakeWorksheet.prototype, "onChanged", {
    configurable: true,
    get(this: FakeWorksheet) {
      return {
        add: (handler: (args: unknown) => Promise<unknown>) => {
          if (!host.isSetSupported("ExcelApi", "1.7")) throw new FakeOfficeError("ApiNotFound", "fake Excel: Worksheet.onChanged needs ExcelApi 1.7");
          const sheet = this.target();
          if (!sheet) throw new FakeOfficeError("ItemNotFound", "fake Excel: no such worksheet");
          const set = handlers.get(sheet) ?? new Set();
          set.add(handler);
          handlers.set(sheet, set);
          return { context: this.context, remove: () => set.delete(handler) };
        },
      };
    },
  });
  window.__planTrackerRaiseChanged = async (name, address) => {
    const sheet = host.model.sheet(name);
    const set = sheet ? [...(handlers.get(sheet) ?? [])] : [];
    await new Promise((done) => setTimeout(done, 0));
    for (const handler of set) await handler({ type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet?.id, address });
    return set.length;
  };
}

installWorksheetChangeEvents(fake);
