/**
 * Offline checks of manifest.xml (no XML parser, no network): plain string and regex reading of a file we write
 * ourselves. `npm run validate` is the full schema check, but it needs Microsoft's online service.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUTTON_ICONS, ICON_SIZES, drawIcon } from "../../scripts/drawIcons.js";
import { VIEWS, VIEW_LABELS, viewFromQuery } from "../../src/taskpane/views.js";

const ROOT = new URL("../../", import.meta.url);
const DEV_URL = "https://localhost:3000/";
const RAW = readFileSync(new URL("manifest.xml", ROOT), "utf8");
const XML = RAW.replace(/<!--[\s\S]*?-->/g, "");

/** Attributes of the first tag in `tag` (a string starting with "<Name ..."). */
function attributes(tag: string): Record<string, string> {
  const open = /^<[^>]*>/.exec(tag)?.[0] ?? "";
  return Object.fromEntries([...open.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** Every `<name ...>...</name>` or `<name .../>` element (non-nested names only). */
function elements(xml: string, name: string): string[] {
  const pattern = new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${name}>)`, "g");
  return [...xml.matchAll(pattern)].map((m) => m[0]);
}

function one(xml: string, name: string): string {
  const found = elements(xml, name);
  expect(found, `exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
}

function text(element: string): string {
  return element.replace(/^<[^>]*>/, "").replace(/<\/[^>]*>$/, "").trim();
}

const [BASE = "", OVERRIDES = ""] = XML.split(/(?=<VersionOverrides\s)/);
const RESOURCES = one(OVERRIDES, "Resources");
/** The ribbon group's own markup (label and icon), before its controls. */
const GROUP_HEAD = OVERRIDES.slice(OVERRIDES.indexOf("<Group "), OVERRIDES.indexOf("<Control "));

/** The DefaultValue of the resource with this id (bt:Image, bt:Url or bt:String). */
function resource(id: string): string {
  const match = elements(RESOURCES, "bt:(?:Image|Url|String)").find((e) => attributes(e).id === id);
  expect(match, `resource ${id}`).toBeDefined();
  return attributes(match!).DefaultValue!;
}

/** The file in the repository that a dev-server URL serves (assets are copied as is by webpack). */
function localFile(url: string): URL {
  expect(url.startsWith(DEV_URL), `${url} is on the dev server`).toBe(true);
  return new URL(url.slice(DEV_URL.length), ROOT);
}

function pngSize(file: URL): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const BUTTONS = elements(OVERRIDES, "Control").map((control) => {
  const action = one(control, "Action");
  return {
    id: attributes(control).id,
    label: resource(attributes(one(control, "Label")).resid!),
    action: attributes(action)["xsi:type"],
    functionName: elements(action, "FunctionName").map(text)[0],
    taskpaneId: elements(action, "TaskpaneId").map(text)[0],
    source: elements(action, "SourceLocation").map((e) => attributes(e).resid)[0],
    icons: elements(one(control, "Icon"), "bt:Image").map(attributes),
  };
});

describe("manifest.xml", () => {
  it("is an Excel task pane add-in with a fixed GUID and read/write access", () => {
    expect(attributes(one(XML, "OfficeApp"))["xsi:type"]).toBe("TaskPaneApp");
    expect(text(one(BASE, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(elements(one(BASE, "Hosts"), "Host").map((h) => attributes(h).Name)).toEqual(["Workbook"]);
    expect(text(one(BASE, "Permissions"))).toBe("ReadWriteDocument");
    expect(attributes(one(BASE, "DisplayName")).DefaultValue).toBe("Plan Tracker");
    expect(text(one(BASE, "ProviderName"))).toBe("Plan Tracker");
  });

  it("requires ExcelApi 1.7 and nothing more to install", () => {
    const sets = elements(one(BASE, "Requirements"), "Set").map(attributes);
    expect(sets).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
  });

  it("runs Refresh summary from commands.html, needing no shared runtime", () => {
    // A <Requirements> inside VersionOverrides would hide the whole ribbon group from older Excel.
    expect(elements(OVERRIDES, "Requirements")).toEqual([]);
    expect(elements(OVERRIDES, "Runtime")).toEqual([]);
    expect(attributes(one(OVERRIDES, "FunctionFile")).resid).toBe("Commands.Url");
    expect(resource("Commands.Url")).toBe(`${DEV_URL}commands.html`);
    expect(resource("Taskpane.Url")).toBe(`${DEV_URL}taskpane.html`);
    expect(attributes(one(BASE, "SourceLocation")).DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it("has the three Home-tab buttons with their actions", () => {
    expect(attributes(one(OVERRIDES, "OfficeTab")).id).toBe("TabHome");
    expect(elements(OVERRIDES, "Group")).toHaveLength(1);
    expect(resource(attributes(one(GROUP_HEAD, "Label")).resid!)).toBe("Plan Tracker");
    expect(BUTTONS.map(({ label, action, functionName }) => ({ label, action, functionName }))).toEqual([
      { label: "Refresh summary", action: "ExecuteFunction", functionName: "refreshSummary" },
      { label: "Check plan", action: "ShowTaskpane", functionName: undefined },
      { label: "Open Plan Tracker", action: "ShowTaskpane", functionName: undefined },
    ]);
  });

  it("gives each pane URL its own TaskpaneId, and opens the view each button names (office-js#2918, #175)", () => {
    const panes = BUTTONS.filter((b) => b.action === "ShowTaskpane");
    const urls = panes.map((b) => resource(b.source!));
    expect(urls).toEqual([`${DEV_URL}taskpane.html?view=check`, `${DEV_URL}taskpane.html?view=refresh`]);
    // One TaskpaneId per distinct URL: never the same id with two SourceLocations.
    expect(new Set(panes.map((b) => b.taskpaneId)).size).toBe(new Set(urls).size);
    const views = urls.map((url) => viewFromQuery(new URL(url).search));
    for (const view of views) expect(VIEWS).toContain(view);
    // "Check plan" opens the pane's "Check" view, in the pane's own word.
    expect(panes[0]?.label.startsWith(VIEW_LABELS[views[0]!])).toBe(true);
    expect(views).toEqual(["check", "refresh"]);
  });

  it("registers every ExecuteFunction name in src/commands", () => {
    const commands = readFileSync(new URL("src/commands/commands.ts", ROOT), "utf8");
    for (const { functionName } of BUTTONS.filter((b) => b.action === "ExecuteFunction")) {
      expect(commands).toContain(`Office.actions.associate("${functionName}"`);
    }
  });

  it("gives each button its own icon in every size the Icon element takes, at that size in assets/", () => {
    // Icon element reference: 16, 32 and 80 px required; 20, 24, 40, 48 and 64 px supported.
    const sizes = ICON_SIZES.map(String);
    const filesPerButton = BUTTONS.map((b) => {
      expect(b.icons.map((i) => i.size), b.id).toEqual(sizes);
      return b.icons.map(({ size, resid }) => {
        const file = localFile(resource(resid!));
        expect(existsSync(file), file.pathname).toBe(true);
        expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
        return file.pathname;
      });
    });
    const all = filesPerButton.flat();
    expect(new Set(all).size, "no two buttons share an icon file").toBe(all.length);
    const group = elements(one(GROUP_HEAD, "Icon"), "bt:Image").map(attributes);
    expect(group.map((i) => i.size)).toEqual(["16", "32", "64", "80"]);
    for (const { size, resid } of group) expect(pngSize(localFile(resource(resid!)))).toEqual({ width: Number(size), height: Number(size) });
  });

  it("ships button icons that scripts/drawIcons.ts draws byte for byte, each different from the others", () => {
    for (const name of Object.keys(BUTTON_ICONS)) {
      for (const size of ICON_SIZES) {
        expect(readFileSync(new URL(`assets/${name}-${size}.png`, ROOT)).equals(drawIcon(name, size)), `${name}-${size}.png`).toBe(true);
      }
    }
    const at32 = Object.keys(BUTTON_ICONS).map((name) => drawIcon(name, 32).toString("base64"));
    expect(new Set(at32).size).toBe(at32.length);
  });

  it("has IconUrl (32 px) and HighResolutionIconUrl (64 px) files", () => {
    for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
      const file = localFile(attributes(one(BASE, name)).DefaultValue!);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("uses https for every URL (namespace identifiers aside) and defines every resid it references", () => {
    const values = [...XML.matchAll(/\s([\w:]+)="([^"]*)"/g)]
      .filter(([, name]) => !name!.startsWith("xmlns"))
      .map(([, , value]) => value!);
    const urls = values.filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    expect(XML.replace(/\sxmlns(:\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//);

    for (const resid of new Set([...XML.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!))) {
      expect(resid.length, `${resid} is at most 32 characters`).toBeLessThanOrEqual(32);
      resource(resid);
    }
  });
});
