/**
 * The task pane's security promises, checked offline on the sources: its Content-Security-Policy lets
 * scripts come only from our own files and Microsoft's office.js CDN and lets the page talk to no one
 * else; none of our code makes network calls; no code writes HTML from strings (so cell text is always
 * rendered as text, never as markup); the manifest trusts no other domains.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** Microsoft serves office.js from this host too (September 2026); the page's CSP admits both. */
const OFFICE_CDN_ONECDN = "https://officeapis.public.onecdn.static.microsoft";
const OFFICE_CDNS = [OFFICE_CDN, OFFICE_CDN_ONECDN];
const DEV_HOST = "localhost:3000";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx|js|mjs|cjs|html)$/.test(name) ? [path] : [];
  });
}

/** Source text without comments, so a comment that mentions fetch() is not a finding. */
function withoutComments(source: string, html: boolean): string {
  if (html) return source.replace(/<!--[\s\S]*?-->/g, "");
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** "name:line: text" for every line of `source` matching one of `patterns`. */
function scan(name: string, source: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  withoutComments(source, name.endsWith(".html"))
    .split("\n")
    .forEach((line, i) => {
      for (const pattern of patterns) if (pattern.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
    });
  return found;
}

function findings(paths: readonly string[], patterns: readonly RegExp[]): string[] {
  return paths.flatMap((path) => scan(relative(ROOT, path), readFileSync(path, "utf8"), patterns));
}

// ------------------------------------------------------------------------------------------------
// Content-Security-Policy
// ------------------------------------------------------------------------------------------------

const PANE_HTML = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");

function cspOf(html: string): Map<string, string[]> {
  const tags = [...html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
  expect(tags, "exactly one CSP meta tag").toHaveLength(1);
  const content = /content="([^"]*)"/i.exec(tags[0]?.[0] ?? "")?.[1] ?? "";
  const directives = new Map<string, string[]>();
  for (const part of content.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources a fetch directive allows: its own list, or default-src when it has none. */
function effective(csp: Map<string, string[]>, directive: string): string[] {
  const sources = csp.get(directive) ?? csp.get("default-src");
  expect(sources, `${directive} or default-src is set`).toBeDefined();
  return sources ?? [];
}

describe("the task pane's Content-Security-Policy", () => {
  const csp = cspOf(PANE_HTML);

  it("lets scripts come only from our own files and Microsoft's office.js CDN: no inline script, no eval, no wildcard", () => {
    const scripts = effective(csp, "script-src");
    expect(scripts.length).toBeGreaterThan(0);
    for (const source of scripts) expect(["'self'", ...OFFICE_CDNS], source).toContain(source);
    // script-src-elem / -attr would override script-src for their cases.
    for (const directive of ["script-src-elem", "script-src-attr"]) {
      for (const source of csp.get(directive) ?? []) expect(["'self'", ...OFFICE_CDNS, "'none'"]).toContain(source);
    }
  });

  it("lets the page connect to no other origin (connect-src 'self' or 'none')", () => {
    for (const source of effective(csp, "connect-src")) expect(["'self'", "'none'"], source).toContain(source);
  });

  it("falls back to our own origin only, and forbids plugins, foreign forms and a foreign <base>", () => {
    for (const source of csp.get("default-src") ?? []) expect(["'self'", "'none'"]).toContain(source);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const source of csp.get("base-uri") ?? ["missing"]) expect(["'self'", "'none'"]).toContain(source);
    for (const source of csp.get("form-action") ?? ["missing"]) expect(["'self'", "'none'"]).toContain(source);
    // No other directive names a foreign origin (style-src may keep 'unsafe-inline' for Fluent UI's runtime styles).
    const foreign = [...csp].flatMap(([name, sources]) => sources.filter((s) => /^(https?:|wss?:|\*|data:|blob:)/.test(s) && !(name.startsWith("script-src") && OFFICE_CDNS.includes(s))).map((s) => `${name} ${s}`));
    expect(foreign).toEqual([]);
  });

  it("loads exactly one script from outside: office.js from Microsoft's CDN, over https", () => {
    const external = [...PANE_HTML.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((match) => match[1]);
    expect(external).toEqual([`${OFFICE_CDN}/lib/1/hosted/office.js`]);
    expect(PANE_HTML.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script
  });
});

// ------------------------------------------------------------------------------------------------
// Our code
// ------------------------------------------------------------------------------------------------

const PANE_CODE = [...filesUnder(join(ROOT, "src/taskpane")), ...filesUnder(join(ROOT, "src/commands")), ...filesUnder(join(ROOT, "src/core"))];
const ALL_CODE = filesUnder(join(ROOT, "src"));

const NETWORK = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bEventSource\b/, /\bsendBeacon\b/, /\bimport\s*\(\s*["'`]https?:/, /\bfrom\s+["'`]https?:/, /\bnew\s+Worker\s*\(\s*["'`]https?:/];
const HTML_FROM_STRINGS = [/dangerouslySetInnerHTML/, /\.innerHTML\s*[+]?=/, /\.outerHTML\s*[+]?=/, /\binsertAdjacentHTML\s*\(/, /\bdocument\.write(ln)?\s*\(/, /\bcreateContextualFragment\s*\(/, /\beval\s*\(/, /\bnew\s+Function\s*\(/];

describe("our code", () => {
  it("makes no network calls in the pane, the ribbon commands or the core", () => {
    expect(PANE_CODE.length).toBeGreaterThan(20);
    expect(findings(PANE_CODE, NETWORK)).toEqual([]);
  });

  it("nowhere writes HTML from strings, so cell text is always shown as text", () => {
    expect(ALL_CODE.length).toBeGreaterThan(PANE_CODE.length);
    expect(findings(ALL_CODE, HTML_FROM_STRINGS)).toEqual([]);
  });

  it("the scans would catch what they look for, and skip comments", () => {
    const bad = [
      "const data = await fetch(`https://example.com/${cell}`);",
      "navigator.sendBeacon(url, body);",
      'const { x } = await import("https://cdn.example.com/x.js");',
      "<div dangerouslySetInnerHTML={{ __html: cell }} />",
      "element.innerHTML = cell.text;",
      "node.insertAdjacentHTML('beforeend', cell);",
    ].join("\n");
    expect(scan("bad.tsx", bad, NETWORK)).toHaveLength(3);
    expect(scan("bad.tsx", bad, HTML_FROM_STRINGS)).toHaveLength(3);
    expect(scan("ok.ts", "// we never call fetch() here\n/* nor element.innerHTML = x */\nconst url = \"https://a.b\"; // fetch(", [...NETWORK, ...HTML_FROM_STRINGS])).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// The manifest
// ------------------------------------------------------------------------------------------------

describe("the manifest", () => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");

  it("lists no AppDomains beyond our own host", () => {
    const domains = [...manifest.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((match) => match[1] ?? "");
    for (const domain of domains) expect(new URL(domain.includes("://") ? domain : `https://${domain}`).host).toBe(DEV_HOST);
    expect(domains.length).toBeLessThanOrEqual(1);
  });

  it("points every URL at our own host (the build rewrites it to ADDIN_URL)", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((match) => new URL(match[1] as string));
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) {
      expect(url.protocol).toBe("https:");
      expect(url.host).toBe(DEV_HOST);
    }
  });
});
