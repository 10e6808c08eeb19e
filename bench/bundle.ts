/**
 * The add-in's download: builds it for production and prints, for each page, the JavaScript it
 * loads at start (raw and gzip). Target: the task pane's initial JavaScript ≤ 300 KB gzip
 * (issue 4). office.js comes from Microsoft's CDN and is not counted.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildAddin } from "../scripts/buildAddin.js";

export const PANE_BUDGET_GZIP_BYTES = 300 * 1024;

export interface PageWeight {
  readonly page: string;
  readonly scripts: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly gzipBytes: number }>;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The scripts a built page loads at start (its own <script src>, not the CDN's), with their sizes. */
export function pageWeight(distDir: string, page: string): PageWeight {
  const html = readFileSync(join(distDir, page), "utf8");
  // The production HTML is minified: attribute values may be unquoted.
  const files = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1] as string).filter((src) => !/^https?:/.test(src));
  if (files.length === 0) throw new Error(`${page} loads no script of ours: has the build changed?`);
  const scripts = files.map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return {
    page,
    scripts,
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchBundle(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "plan-tracker-bundle-"));
  try {
    const started = performance.now();
    await buildAddin(dir);
    console.log(`\nAdd-in bundle (webpack production build, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    console.log("page          | scripts | raw       | gzip");
    for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
      const weight = pageWeight(dir, page);
      console.log(`${page.padEnd(13)} | ${String(weight.scripts.length).padStart(7)} | ${kb(weight.bytes).padStart(9)} | ${kb(weight.gzipBytes).padStart(9)}`);
    }
    const pane = pageWeight(dir, "taskpane.html");
    const verdict = pane.gzipBytes <= PANE_BUDGET_GZIP_BYTES ? "within" : "OVER";
    console.log(`task pane initial JavaScript: ${kb(pane.gzipBytes)} gzip, ${verdict} the ${kb(PANE_BUDGET_GZIP_BYTES)} budget`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
