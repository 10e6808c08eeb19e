/**
 * What the test harness (Node) and the stub Office host (browser) share through `window`: the options the
 * harness puts in the page before any script runs, and what the stub records for the test to read.
 * Types only, plus the office.js URL the stub replaces.
 */
import type { FakeExcel } from "../support/fakeExcel/index.js";
import type { RibbonDispatcher } from "../support/officeHost/ribbonDispatch.js";
import type { WorkbookGridJson } from "./gridJson.js";

/** The URL taskpane.html loads office.js from; the harness answers it with the stub host. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface StubHostOptions {
  /** `Office.context.officeTheme.isDarkTheme`, with the matching Dark Gray colours. */
  readonly dark: boolean;
  /** The fake's ExcelApi version, answered by `isSetSupported("ExcelApi", …)`. */
  readonly apiVersion: string;
}

/** One `Office.context.ui.displayDialogAsync` call. */
export interface DialogRecord {
  readonly url: string;
  readonly options: unknown;
  /** True once the pane (or the test) closed the dialog. */
  closed: boolean;
  /** What the pane sent with `dialog.messageChild`. */
  readonly childMessages: string[];
  /** Delivers `message` to the pane as if the dialog page had called `Office.context.ui.messageParent(message)`. */
  readonly sendToParent: (message: string) => void;
  /** Delivers a DialogEventReceived (e.g. 12006, the officer closed the dialog) to the pane. */
  readonly sendEvent: (error: number) => void;
}

/** A ribbon function as registered with `Office.actions.associate`. */
export type RibbonAction = (event: { completed(options?: unknown): void; source?: { id: string } }) => unknown;

declare global {
  interface Window {
    /** Set by the harness before the page loads: the sample workbook. */
    __planTrackerWorkbook?: WorkbookGridJson;
    /** Set by the harness before the page loads. */
    __planTrackerHostOptions?: StubHostOptions;
    /** Set by the stub: the fake Excel behind `Excel.run`. */
    __planTrackerFake?: FakeExcel;
    /** Set by the stub: `displayDialogAsync` calls, oldest first. */
    __planTrackerDialogs?: DialogRecord[];
    /** Set by the stub: `Office.actions.associate` registrations by name. */
    __planTrackerActions?: Record<string, RibbonAction>;
    /** Set by the stub: runs ribbon functions as Office does (only after onReady; 5-minute limit). */
    __planTrackerRibbon?: RibbonDispatcher;
    /** Set by the stub: what this page sent with `Office.context.ui.messageParent`. */
    __planTrackerParentMessages?: string[];
  }
}
