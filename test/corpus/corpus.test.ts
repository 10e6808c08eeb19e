/**
 * The acceptance corpus (README.md in this folder): every workbook is built, read through the
 * command line's read path and checked against the reading written beside its rows, one test per
 * assertion. Assertions today's reader gets wrong are listed in knownGaps.json and run as
 * `it.fails`, so a gap that gets fixed fails the run until its entry is removed: the list cannot
 * go stale. `CORPUS_RECORD=1 npx vitest run test/corpus` rewrites the list from the current reader
 * (review the diff: it must only ever shrink).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";
import { FileReportSchema, UnreadableFileReportSchema } from "../../src/core/report/ValidationReport.js";
import { isLibreOfficeAvailable } from "../support/libreoffice.js";
import { CORPUS } from "./corpus.js";
import { assertionsFor, CORPUS_AS_OF, readCorpusWorkbook, type Expect, type Reading } from "./corpusAssertions.js";
import { isLibreOfficeSaved, writeCorpus } from "./writeCorpusWorkbook.js";

const GAPS_FILE = fileURLToPath(new URL("./knownGaps.json", import.meta.url));
const knownGaps: Record<string, string[]> = JSON.parse(readFileSync(GAPS_FILE, "utf8"));
const recording = process.env.CORPUS_RECORD === "1";
const recorded: Record<string, string[]> = {};

// In CI a missing LibreOffice fails the run rather than silently skipping its workbooks.
const libreOffice = isLibreOfficeAvailable();
if (!libreOffice && process.env.CI) throw new Error("The corpus needs LibreOffice (soffice) for its LibreOffice-saved workbooks.");

let dir = "";
const readings = new Map<string, Reading>();
const files = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pt-corpus-"));
  // ExcelJS lays every workbook out in milliseconds; the LibreOffice saves share one soffice run.
  const paths = await writeCorpus(libreOffice ? CORPUS : CORPUS.filter((def) => !isLibreOfficeSaved(def)), dir);
  for (const [name, path] of paths) {
    files.set(name, path);
    readings.set(name, await readCorpusWorkbook(path));
  }
}, 180_000);

afterAll(async () => {
  if (recording) {
    const ordered = Object.fromEntries(CORPUS.map((def) => [def.name, recorded[def.name] ?? []]).filter(([, ids]) => (ids?.length ?? 0) > 0));
    writeFileSync(GAPS_FILE, `${JSON.stringify(ordered, null, 2)}\n`);
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the corpus's own bookkeeping", () => {
  it("has at least 30 workbooks with distinct names, covering every point 1–11", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((def) => def.name)).size).toBe(CORPUS.length);
    const covered = new Set(CORPUS.flatMap((def) => assertionsFor(def).flatMap((a) => a.points)));
    expect([...covered].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("lists known gaps only for assertions that exist", () => {
    const ids = new Map(CORPUS.map((def) => [def.name, new Set(assertionsFor(def).map((a) => a.id))]));
    const stale = Object.entries(knownGaps).flatMap(([name, gaps]) => gaps.filter((id) => !ids.get(name)?.has(id)).map((id) => `${name}: ${id}`));
    expect(stale).toEqual([]);
  });
});

describe("validate --json on every corpus workbook", () => {
  it("prints a schema-valid report (or a no-plan error), never an internal failure or a stack trace", async () => {
    const outcomes: string[] = [];
    for (const [name, file] of files) {
      let out = "";
      let err = "";
      const code = await runCli(["validate", "--json", "--as-of", CORPUS_AS_OF, file], { out: (t) => (out += t), err: (t) => (err += t), now: () => new Date(Date.UTC(2025, 0, 15)) });
      const json: unknown = JSON.parse(out);
      const report = FileReportSchema.safeParse(json);
      const unreadable = UnreadableFileReportSchema.safeParse(json);
      const problem = report.success
        ? code === 2 && "exit 2 with a report"
        : !unreadable.success
          ? "output matches neither report schema"
          : unreadable.data.error.code !== "no-plan" && `unreadable: ${unreadable.data.error.code}: ${unreadable.data.error.message}`;
      if (problem) outcomes.push(`${name}: ${problem}`);
      if (/\n\s+at /.test(out + err)) outcomes.push(`${name}: stack trace printed`);
    }
    expect(files.size).toBeGreaterThan(0);
    expect(outcomes).toEqual([]);
  });
});

for (const def of CORPUS) {
  const gaps = new Set(knownGaps[def.name] ?? []);
  const skip = isLibreOfficeSaved(def) && !libreOffice;
  describe(`${def.name} — ${def.description}`, () => {
    for (const assertion of assertionsFor(def)) {
      const title = `${assertion.id} [point ${assertion.points.join(", ")}]`;
      const run = () => {
        const reading = readings.get(def.name);
        if (!reading) throw new Error(`${def.name} was not built`);
        assertion.check(reading, expect as unknown as Expect);
      };
      if (skip) it.skip(title, run);
      else if (recording)
        it(title, () => {
          try {
            run();
          } catch {
            (recorded[def.name] ??= []).push(assertion.id);
          }
        });
      else if (gaps.has(assertion.id)) it.fails(`${title} (known gap)`, run);
      else it(title, run);
    }
  });
}
