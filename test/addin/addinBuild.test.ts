/**
 * `npm run build`'s output, built by the same webpack config into a temp dir (scripts/buildAddin.ts,
 * shared with the browser tests): the pages the manifest names, and the task pane's initial
 * JavaScript within its budget. Sizes are deterministic for a given source, so this is a check, not
 * a timing; the figures themselves come from `npm run bench`.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PANE_BUDGET_GZIP_BYTES, pageWeight } from "../../bench/bundle.js";
import { sharedAddinBuild } from "../../scripts/buildAddin.js";

let dist = "";

beforeAll(async () => {
  dist = await sharedAddinBuild();
}, 180_000);

describe("the add-in build", () => {
  it("has every page the manifest names, the icons, and the manifest itself", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    const pages = [...new Set([...manifest.matchAll(/https:\/\/localhost:3000\/([\w./-]+)/g)].map((m) => m[1] as string))];
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "support.html", "assets/icon-80.png"]));
    for (const page of [...pages, "dialog.html", "dialog.css"]) expect(existsSync(join(dist, page)), page).toBe(true);
  });

  it("keeps the task pane's initial JavaScript within 300 KB gzip", () => {
    const pane = pageWeight(dist, "taskpane.html");
    expect(pane.scripts.length).toBeGreaterThan(0);
    expect(pane.gzipBytes).toBeLessThanOrEqual(PANE_BUDGET_GZIP_BYTES);
  });

  it("gives the ribbon's page and the dialog no React or Fluent", () => {
    for (const page of ["commands.html", "dialog.html"]) {
      const weight = pageWeight(dist, page);
      expect(weight.scripts.map((s) => s.file).join(" "), page).not.toMatch(/vendor/);
      const code = weight.scripts.map((s) => readFileSync(join(dist, s.file), "utf8")).join("\n");
      expect(code, page).not.toContain("react.transitional.element");
      expect(code, page).not.toContain("fui-");
    }
    expect(pageWeight(dist, "dialog.html").gzipBytes).toBeLessThan(2 * 1024);
  });

  it("admits both of Microsoft's office.js hosts in every page's script-src, and nothing else from outside", () => {
    // office.js is served from appsforoffice.microsoft.com and, since September 2026, also from
    // officeapis.public.onecdn.static.microsoft (Microsoft's "Referencing the Office JavaScript API library").
    for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
      const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/.exec(readFileSync(join(dist, page), "utf8"))?.[1] ?? "";
      const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
      expect(scriptSrc.sort(), page).toEqual(["'self'", "https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"]);
    }
  });

  it("loads office.js from Microsoft's CDN on every page with script, and never bundles it", () => {
    for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
      expect(readFileSync(join(dist, page), "utf8"), page).toMatch(/<script[^>]*src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    }
    const bundled = readdirSync(dist).filter((file) => file.endsWith(".js")).map((file) => readFileSync(join(dist, file), "utf8"));
    expect(bundled.some((code) => code.includes("OSF.DDA"))).toBe(false);
  });
});
