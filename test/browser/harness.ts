/**
 * Browser tests of the real, built task pane: webpack's production build served from 127.0.0.1, Debian's
 * `chromium` driven by playwright-core, and a stub Office host (stubOfficeHost.ts, bundled by esbuild)
 * served for the office.js URL, over the fake Excel holding a sample workbook. The pane's CSP stays in force.
 *
 * API (stable; taskpane.test.ts is written against it):
 *
 *   describeWithBrowser(title, fn)   describe() when chromium is installed. Without it: fails the file under CI
 *                                    (`CI` set), skips visibly otherwise (like test/support/libreoffice.ts).
 *   browserAvailable: boolean        chromium found ($CHROMIUM, /usr/bin/chromium, or chromium on PATH).
 *   requireBrowser(): ToolGate       the gate describeWithBrowser uses.
 *
 *   const pane = usePaneBrowser();   in a describe (or at top level): registers beforeAll (the shared production
 *                                    build of scripts/buildAddin.ts, 15-25 s when the sources changed; bundle the
 *                                    stub, start the server, launch chromium) and afterAll (close everything).
 *   const s = await pane.openPane({ sample: "cip-monitoring.xlsx", dark?, apiVersion? = "1.17",
 *                                   query? ("?view=check"), viewport? = 350 x 900,
 *                                   html? = "taskpane.html" (or "commands.html", "dialog.html") })
 *     s.page                         playwright Page, loaded (event "load"); the pane renders after Office.onReady.
 *     s.consoleErrors                console.error messages and uncaught page errors, as they happen.
 *     s.blockedRequests              URLs the page asked for other than the local server and office.js (aborted).
 *     s.fake(fn, arg?)               runs fn(window.__planTrackerFake, arg) in the page; fn must not close over
 *                                    Node variables and must return something serialisable.
 *     s.dialogs()                    displayDialogAsync calls: { url, options, closed, childMessages }.
 *     s.sendDialogMessage(i, msg)    dialog i calls messageParent(msg) → the pane's DialogMessageReceived handler.
 *     s.runAction(name)              presses the ribbon button: the stub dispatches the function registered with
 *                                    Office.actions.associate(name, …) as Office does (refused before the page
 *                                    initialised office.js); resolves once it calls event.completed() (rejects
 *                                    after 10 s).
 *     s.close()                      closes the page's browser context.
 *   pane.info()                      { baseUrl, outDir, buildSeconds } of this file's build.
 *
 *   await axeViolations(page)        injects axe-core with page.evaluate (no bypassCSP), runs it on the document:
 *                                    [{ id, impact, help, nodes: [css selector…] }]. Drops only aria-hidden-focus on
 *                                    Fluent's Tabster focus guards (a known false positive).
 *   await saveScreenshot(page, name) writes docs/taskpane-<name>.png (name: lower-case words and hyphens) of the
 *                                    viewport; returns the absolute path. Options: { dir } writes elsewhere (smoke
 *                                    test), { fullPage: true } takes the whole scrolled page.
 *
 * Sample workbooks go into the page as the core's grid (readWorkbookGrid → fakeFromGrid), so the fake holds
 * values, formulas with cached results, number formats, merges and visibility; not tables, defined names or
 * fonts. Each openPane gets a fresh browser context (fresh fake, fresh storage); en-GB, Europe/London.
 */
import { mkdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AxeResults } from "axe-core";
import { build as esbuild } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { sharedAddinBuild } from "../../scripts/buildAddin.js";
import { readWorkbookGrid } from "../../src/adapters/exceljs/readWorkbook.js";
import type { FakeExcel } from "../support/fakeExcel/index.js";
import { isExecutable, onPath, toolGate, type ToolGate } from "../support/systemTools.js";
import { encodeGrid, type WorkbookGridJson } from "./gridJson.js";
import { OFFICE_JS_URL, type StubHostOptions } from "./pageGlobals.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");

// ---------------------------------------------------------------------------------------------
// Is there a browser?
// ---------------------------------------------------------------------------------------------

const INSTALL_HINT = "apt-get install -y --no-install-recommends chromium fonts-dejavu-core";

function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM;
  if (configured) return isExecutable(configured) ? configured : undefined;
  return isExecutable("/usr/bin/chromium") ? "/usr/bin/chromium" : onPath("chromium");
}

/** The chromium binary the tests drive: $CHROMIUM, else Debian's /usr/bin/chromium, else `chromium` on PATH. */
export const chromiumPath: string | undefined = findChromium();
export const browserAvailable: boolean = chromiumPath !== undefined;

/** In CI a missing chromium fails the test file (throws); locally it returns `available: false` and says why. */
export function requireBrowser(): ToolGate {
  const missing = browserAvailable ? [] : [process.env.CHROMIUM ? `CHROMIUM=${process.env.CHROMIUM} (not executable)` : "chromium (apt package chromium)"];
  return toolGate("Browser tests", missing, INSTALL_HINT);
}

/** `describe` when chromium is there; otherwise fails under CI and skips visibly elsewhere. */
export function describeWithBrowser(title: string, fn: () => void): void {
  const gate = requireBrowser();
  if (gate.available) describe(title, fn);
  else describe.skip(`${title} (skipped: ${gate.reason})`, fn);
}

// ---------------------------------------------------------------------------------------------
// Build, serve, launch
// ---------------------------------------------------------------------------------------------

/** stubOfficeHost.ts and the fake Excel as one script for the page. */
async function bundleStubHost(): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(HERE, "stubOfficeHost.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    sourcemap: "inline",
    sourcesContent: false,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild wrote no stub host bundle");
  return output.text;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** A static file server for `root` on 127.0.0.1 (a free port). */
async function serve(root: string): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = resolve(root, `.${pathname}`);
    const notFound = () => {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("Not found");
    };
    if (!file.startsWith(root + sep)) return notFound();
    readFile(file).then((body) => {
      response.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      response.end(body);
    }, notFound);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

// Flags from GUIDE §5; playwright adds --headless, and --no-sandbox with chromiumSandbox: false.
const CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

// ---------------------------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------------------------

export interface OpenPaneOptions {
  /** File name in samples/, e.g. "cip-monitoring.xlsx". */
  sample: string;
  /** Office.context.officeTheme.isDarkTheme, with Office's Dark Gray colours. */
  dark?: boolean;
  /** The fake's ExcelApi version, default "1.17". */
  apiVersion?: string;
  /** Appended to taskpane.html, e.g. "?view=check". */
  query?: string;
  /** Another page of the build to open instead of taskpane.html, e.g. "commands.html" or "dialog.html". */
  html?: string;
  /** Default 350 x 900, a task pane. */
  viewport?: { width: number; height: number };
}

export interface DialogCall {
  url: string;
  options: unknown;
  closed: boolean;
  childMessages: string[];
}

export interface PaneSession {
  page: Page;
  /** console.error and uncaught page error messages. */
  consoleErrors: string[];
  /** Any request other than the local server and the office.js URL (which is served the stub); all aborted. */
  blockedRequests: string[];
  /** Runs `fn` in the page with the FakeExcel instance (window.__planTrackerFake) as its argument. */
  fake<T, A = undefined>(fn: (fake: FakeExcel, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** displayDialogAsync calls recorded by the stub. */
  dialogs(): Promise<DialogCall[]>;
  /** Dialog `index` sends `message` to the pane (Office.context.ui.messageParent in the dialog). */
  sendDialogMessage(index: number, message: string): Promise<void>;
  /** Invokes a ribbon function registered with Office.actions.associate; resolves when it calls event.completed(). */
  runAction(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface PaneBuildInfo {
  baseUrl: string;
  outDir: string;
  buildSeconds: number;
}

export interface PaneBrowser {
  openPane(options: OpenPaneOptions): Promise<PaneSession>;
  info(): PaneBuildInfo;
}

const SETUP_TIMEOUT_MS = 180_000;

/** Registers beforeAll (build + server + browser) and afterAll (close) in the calling test file or describe. */
export function usePaneBrowser(): PaneBrowser {
  let outDir: string | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let launching: Promise<Browser> | undefined;
  let baseUrl = "";
  let stubSource = "";
  let buildSeconds = 0;
  const grids = new Map<string, Promise<WorkbookGridJson>>();
  const contexts = new Set<BrowserContext>();

  beforeAll(async () => {
    const gate = requireBrowser();
    if (!gate.available) throw new Error(`usePaneBrowser needs chromium (${gate.reason}); wrap the tests in describeWithBrowser`);
    const started = performance.now();
    // Kept in `launching` so afterAll closes the browser even when the build fails first.
    launching = chromium.launch({ executablePath: chromiumPath, chromiumSandbox: false, args: CHROMIUM_ARGS });
    const [, stub, launched] = await Promise.all([
      // One build per state of the sources, shared with the other test files (scripts/buildAddin.ts).
      sharedAddinBuild().then((dir) => {
        outDir = dir;
        buildSeconds = (performance.now() - started) / 1000;
      }),
      bundleStubHost(),
      launching,
    ]);
    stubSource = stub;
    browser = launched;
    ({ server, baseUrl } = await serve(outDir as string));
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.allSettled([...contexts].map((c) => c.close()));
    await (await launching?.catch(() => undefined))?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((done) => server?.close(done));
    }
  }, 30_000);

  function sampleGrid(name: string): Promise<WorkbookGridJson> {
    let grid = grids.get(name);
    if (!grid) {
      grid = readWorkbookGrid(join(ROOT, "samples", name)).then(encodeGrid);
      grids.set(name, grid);
    }
    return grid;
  }

  async function openPane(options: OpenPaneOptions): Promise<PaneSession> {
    if (!browser) throw new Error("openPane called before usePaneBrowser's beforeAll finished (or it failed)");
    const workbook = await sampleGrid(options.sample);
    const hostOptions: StubHostOptions = { dark: options.dark ?? false, apiVersion: options.apiVersion ?? "1.17" };
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 350, height: 900 },
      locale: "en-GB",
      timezoneId: "Europe/London",
      serviceWorkers: "block",
    });
    contexts.add(context);
    const consoleErrors: string[] = [];
    const blockedRequests: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stubSource });
      if (url.startsWith(baseUrl)) return route.continue();
      blockedRequests.push(url);
      return route.abort("blockedbyclient");
    });
    await context.addInitScript(
      ({ workbook, hostOptions }) => {
        Object.assign(window, { __planTrackerWorkbook: workbook, __planTrackerHostOptions: hostOptions });
        // Some TypeScript transforms wrap functions in __name(); fn passed to evaluate may carry it.
        const global = globalThis as { __name?: unknown };
        global.__name ??= (target: unknown) => target;
      },
      { workbook, hostOptions },
    );
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(`${baseUrl}${options.html ?? "taskpane.html"}${options.query ?? ""}`, { waitUntil: "load" });

    return {
      page,
      consoleErrors,
      blockedRequests,
      async fake<T, A = undefined>(fn: (fake: FakeExcel, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
        const handle = await page.evaluateHandle(() => {
          if (!window.__planTrackerFake) throw new Error("the stub Office host did not run (no window.__planTrackerFake)");
          return window.__planTrackerFake;
        });
        try {
          return (await handle.evaluate(fn as (fake: FakeExcel, arg: unknown) => T | Promise<T>, arg)) as T;
        } finally {
          await handle.dispose();
        }
      },
      dialogs: () =>
        page.evaluate(() =>
          (window.__planTrackerDialogs ?? []).map((d) => ({ url: d.url, options: d.options, closed: d.closed, childMessages: [...d.childMessages] })),
        ),
      sendDialogMessage: (index, message) =>
        page.evaluate(
          ([i, text]) => {
            const dialog = window.__planTrackerDialogs?.[i];
            if (!dialog) throw new Error(`no dialog ${i}: the pane opened ${window.__planTrackerDialogs?.length ?? 0}`);
            dialog.sendToParent(text);
          },
          [index, message] as const,
        ),
      runAction: (name) =>
        page.evaluate(
          (actionName) =>
            new Promise<void>((done, fail) => {
              // The officer presses the button: the stub dispatches as Office does (only once the page
              // initialised office.js; closed after 5 minutes). The test gives up after 10 s.
              const ribbon = window.__planTrackerRibbon;
              if (!ribbon) return fail(new Error("the stub Office host has no ribbon dispatcher"));
              const timer = setTimeout(() => fail(new Error(`ribbon function "${actionName}" did not call event.completed() within 10 s`)), 10_000);
              ribbon.dispatch(actionName).then(
                () => {
                  clearTimeout(timer);
                  done();
                },
                (error: Error) => {
                  clearTimeout(timer);
                  fail(error);
                },
              );
            }),
          name,
        ),
      async close() {
        contexts.delete(context);
        await context.close();
      },
    };
  }

  return {
    openPane,
    info: () => ({ baseUrl, outDir: outDir ?? "", buildSeconds }),
  };
}

// ---------------------------------------------------------------------------------------------
// Accessibility and screenshots
// ---------------------------------------------------------------------------------------------

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  nodes: string[];
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core on the page. The script goes in with page.evaluate (DevTools evaluation, which the page's CSP
 * does not govern), not a <script> tag and not bypassCSP, so the pane is checked under its real CSP.
 *
 * One known false positive is dropped, as Microsoft's Accessibility Insights does (accessibility-insights-web
 * PR #7605): `aria-hidden-focus` on Fluent UI's Tabster focus guards (`<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>`), which are focusable and hidden on purpose. Every other node and rule is reported.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    const tabsterGuard = (v: AxeResults["violations"][number], html: string) => v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
    return results.violations
      .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.filter((n) => !tabsterGuard(v, n.html)).map((n) => n.target.map(String).join(" ")) }))
      .filter((v) => v.nodes.length > 0);
  });
}

/**
 * Writes `<dir>/taskpane-<name>.png` (dir defaults to the repo's docs/) and returns its absolute path. The shot is
 * the viewport, what the officer sees in the pane; `fullPage: true` takes the whole scrolled page instead.
 */
export async function saveScreenshot(page: Page, name: string, options: { dir?: string; fullPage?: boolean } = {}): Promise<string> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new Error(`screenshot name "${name}": use lower-case letters, digits and hyphens`);
  const dir = resolve(options.dir ?? join(ROOT, "docs"));
  await mkdir(dir, { recursive: true });
  const path = join(dir, `taskpane-${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: "disabled", caret: "hide" });
  return path;
}
