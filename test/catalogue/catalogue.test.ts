/**
 * Issue 5's catalogue of bad files (test/catalogue/catalogue.ts): every file, through `validate` and
 * `refresh`, gives its documented exit code and sentence (or issues); no output looks like a stack
 * trace; the input is byte-identical afterwards; a failed refresh leaves no file behind, a good one
 * only the refreshed copy. Then what the table alone cannot show: memory stays bounded on hostile
 * files (in a child process with a capped heap), text over Excel's limit never reaches our sheets,
 * formulas over awkward sheet names evaluate in LibreOffice, and the officer's names survive.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook } from "../../src/adapters/exceljs/readWorkbook.js";
import { replaceGeneratedSheets, TableNameClashError } from "../../src/adapters/exceljs/writeSheets.js";
import { runCli } from "../../src/cli/runCli.js";
import { formula, GENERATED_MARKER, SheetSpecBuilder, text } from "../../src/core/sheets/SheetSpec.js";
import { FileReportSchema, UnreadableFileReportSchema } from "../../src/core/report/ValidationReport.js";
import { refreshOutputFor } from "../package/packageSupport.js";
import { disagreements, errorCells, formulaCells } from "../refresh/refreshSupport.js";
import { recalculate, requireLibreOffice } from "../support/libreoffice.js";
import { AWKWARD_SHEETS, LONG_TEXT_LENGTH, OFFICER_NAMES, workbookXmlOf } from "./buildCatalogue.js";
import { AS_OF, CATALOGUE, messageFor, type CatalogueEntry, type Outcome, type RunPaths } from "./catalogue.js";

const NOW = new Date(2026, 10, 24, 15, 4, 5);
const STACK_TRACE = /\n\s+at /;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const root = mkdtempSync(join(tmpdir(), "pt-catalogue-"));
const paths = new Map<string, RunPaths>();

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const listing = (dir: string) => readdirSync(dir).sort();

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (line) => (out += `${line}\n`), err: (line) => (err += `${line}\n`), now: () => NOW });
  return { code, out, err };
}

function entry(id: string): CatalogueEntry {
  const found = CATALOGUE.find((item) => item.id === id);
  if (!found) throw new Error(`no catalogue entry ${id}`);
  return found;
}

function pathsOf(id: string): RunPaths {
  const found = paths.get(id);
  if (!found) throw new Error(`catalogue file ${id} was not built`);
  return found;
}

beforeAll(async () => {
  for (const item of CATALOGUE) {
    const dir = join(root, item.id);
    mkdirSync(dir);
    const input = join(dir, item.file);
    await item.build(input);
    item.setup?.({ input, dir });
    paths.set(item.id, { input, dir });
  }
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const refreshedCopies = new Map<string, Promise<string>>();

/** The entry's file refreshed into a folder of its own (once): the later checks do not depend on the table's runs. */
function refreshedCopy(id: string): Promise<string> {
  let copy = refreshedCopies.get(id);
  if (!copy) {
    copy = (async () => {
      const output = join(mkdtempSync(join(root, "refreshed-")), `${id}.xlsx`);
      const result = await cli("refresh", pathsOf(id).input, "--as-of", AS_OF, "-o", output);
      if (result.code === 2) throw new Error(`refresh of ${id} failed: ${result.err}`);
      return output;
    })();
    refreshedCopies.set(id, copy);
  }
  return copy;
}

/** Every `'…'!` reference in defined names must name a sheet, with apostrophes doubled. */
function badSheetReferences(xml: string, sheets: readonly string[]): string[] {
  const bad: string[] = [];
  for (const match of xml.matchAll(/<definedName [^>]*>([^<]*)<\/definedName>/g)) {
    const formulaText = (match[1] as string).replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    // Quoted names: '…' with '' inside; anything else between quotes and "!" is a broken reference.
    const stripped = formulaText.replace(/'((?:[^']|'')*)'!/g, (_, quoted: string) => {
      if (!sheets.includes(quoted.replace(/''/g, "'"))) bad.push(formulaText);
      return "";
    });
    if (stripped.includes("'")) bad.push(formulaText);
  }
  return bad;
}

/** The XML with `&apos;` written as `'` (Excel writes one, ExcelJS the other; both mean the same). */
function withApostrophes(xml: string): string {
  return xml.replace(/&apos;/g, "'");
}

function sheetNamesOf(xml: string): string[] {
  return [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((match) => (match[1] as string).replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
}

/** Defined names as "scope|name|text" (scope: the sheet's position, or empty for the workbook). */
function definedNamesIn(xml: string): string[] {
  return [...xml.matchAll(/<definedName name="([^"]*)"(?: localSheetId="(\d+)")?>([^<]*)<\/definedName>/g)].map((match) => `${match[2] ?? ""}|${match[1]}|${match[3]}`);
}

/** Names defined twice at the same scope: Excel calls such a file damaged. */
function duplicateNames(xml: string): string[] {
  const keys = definedNamesIn(xml).map((entry) => entry.split("|").slice(0, 2).join("|").toUpperCase());
  return keys.filter((key, i) => keys.indexOf(key) !== i);
}

/** "code sheet!cell", sorted: the issues of a JSON report as the catalogue lists them. */
function issuesOf(json: string): string[] {
  const report = FileReportSchema.parse(JSON.parse(json));
  return report.issues.map((issue) => `${issue.code} ${issue.sheet}!${issue.cell}`).sort();
}

function expectMessage(actual: string, expected: string | RegExp): void {
  if (typeof expected === "string") expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}

/** Runs one command (human, then --json) and checks it against the catalogue. */
async function expectOutcome(command: "validate" | "refresh", item: CatalogueEntry, outcome: Outcome, extra: string[]): Promise<void> {
  const run = pathsOf(item.id);
  const human = await cli(command, run.input, "--as-of", AS_OF, ...extra);
  const json = await cli(command, run.input, "--as-of", AS_OF, "--json", ...extra);
  for (const result of [human, json]) {
    expect(result.code, `${command} exit code\n${result.out}${result.err}`).toBe(outcome.exit);
    expect(result.out + result.err).not.toMatch(STACK_TRACE);
    expect(result.out + result.err).not.toMatch(STACK_FRAME);
  }
  if (outcome.exit === 2) {
    const message = messageFor(outcome.message, run);
    // stdout: "<file>: cannot read: <sentence>"; stderr: one line, "plan-tracker: <file>: <sentence>".
    const shown = human.out.trimEnd();
    expect(shown.startsWith(`${run.input}: cannot read: `), shown).toBe(true);
    expectMessage(shown.slice(`${run.input}: cannot read: `.length), message);
    const errLines = human.err.trimEnd().split("\n");
    expect(errLines).toHaveLength(1);
    expect(errLines[0]?.startsWith(`plan-tracker: ${run.input}: `)).toBe(true);
    expectMessage((errLines[0] as string).slice(`plan-tracker: ${run.input}: `.length), message);
    const report = UnreadableFileReportSchema.parse(JSON.parse(json.out));
    expect(report.error.code).toBe(outcome.code);
    expectMessage(report.error.message, message);
  } else {
    expect(human.err).toBe("");
    expect(issuesOf(json.out)).toEqual([...outcome.issues].sort());
  }
}

describe("the catalogue of bad files", () => {
  it("has one entry per id, and the pane shows the CLI's own sentence for every unreadable file", () => {
    expect(new Set(CATALOGUE.map((item) => item.id)).size).toBe(CATALOGUE.length);
    for (const item of CATALOGUE) {
      const outcome = item.validate ?? item.refresh;
      if (outcome.exit === 2 && item.validate) expect(item.pane, item.id).toBe(outcome.message);
    }
  });

  describe.each(CATALOGUE.map((item) => [item.id, item] as const))("%s", (_id, item) => {
    if (item.validate) {
      const outcome = item.validate;
      it(`validate: exit ${outcome.exit}, the documented ${outcome.exit === 2 ? "sentence" : "issues"}, no stack trace, the file untouched`, async () => {
        const run = pathsOf(item.id);
        const before = sha(run.input);
        const files = listing(run.dir);
        await expectOutcome("validate", item, outcome, []);
        expect(sha(run.input)).toBe(before);
        expect(listing(run.dir)).toEqual(files);
      });
    }

    it(`refresh: exit ${item.refresh.exit}, the documented ${item.refresh.exit === 2 ? "sentence" : "issues"}, the input untouched, ${item.refresh.exit === 2 ? "no partial output" : "only the refreshed copy beside it"}`, async () => {
      const run = pathsOf(item.id);
      const before = sha(run.input);
      const files = listing(run.dir);
      await expectOutcome("refresh", item, item.refresh, item.refreshArgs?.(run) ?? []);
      expect(sha(run.input)).toBe(before);
      const written = item.refresh.exit === 2 ? [] : [basename(run.input).replace(/\.xlsx$/, ".refreshed.xlsx")];
      expect(listing(run.dir)).toEqual([...files, ...written].sort());
      if (written[0]) {
        // The copy's defined names are valid: each sheet reference quoted and existing, no name twice at one scope.
        const xml = workbookXmlOf(join(run.dir, written[0]));
        expect(badSheetReferences(xml, sheetNamesOf(xml))).toEqual([]);
        expect(duplicateNames(xml)).toEqual([]);
      }
    });
  });
});

// ------------------------------------------------------------------------------------------------
// Bounded memory
// ------------------------------------------------------------------------------------------------

const HEAP_LIMIT_MB = 256;
/** Peak resident memory allowed, whole process (Node and tsx alone take about 120 MB). */
const MAX_RSS_MB = 400;
const MAX_SECONDS = 30;

interface ChildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssMb: number;
  readonly seconds: number;
}

/** The CLI in a child process with a capped heap: running out of memory would crash it. */
function runChild(args: readonly string[]): Promise<ChildRun> {
  const rssFile = join(root, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, "--import", "tsx", "test/catalogue/cliChild.ts", ...args], {
      env: { ...process.env, PT_MAX_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      let maxRssKb = Number.NaN;
      try {
        maxRssKb = Number(readFileSync(rssFile, "utf8"));
      } catch {
        // no file: the process died before its exit handler ran
      }
      resolve({ code, stdout, stderr, maxRssMb: maxRssKb / 1024, seconds: (performance.now() - started) / 1000 });
    });
  });
}

describe(`hostile files: memory stays bounded (heap capped at ${HEAP_LIMIT_MB} MB, peak under ${MAX_RSS_MB} MB, under ${MAX_SECONDS} s)`, () => {
  const HOSTILE = ["zip-bomb", "lying-zip-bomb", "too-large", "value-in-last-row", "whole-sheet-name"];
  const measured: string[] = [];

  afterAll(() => {
    console.info(`catalogue memory (peak RSS, wall time): ${measured.join("; ")}`);
  });

  it.each(HOSTILE)("%s: validate and refresh in a child process", async (id) => {
    const item = entry(id);
    const run = pathsOf(id);
    const before = sha(run.input);
    const outDir = mkdtempSync(join(root, "child-out-"));
    for (const args of [
      ["validate", run.input, "--as-of", AS_OF],
      ["refresh", run.input, "--as-of", AS_OF, "-o", join(outDir, "out.xlsx")],
    ]) {
      const result = await runChild(args);
      const outcome = args[0] === "validate" ? item.validate : item.refresh;
      measured.push(`${id} ${args[0]} ${result.maxRssMb.toFixed(0)} MB ${result.seconds.toFixed(1)} s`);
      expect(result.code, result.stderr).toBe(outcome?.exit);
      expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
      expect(result.maxRssMb).toBeLessThan(MAX_RSS_MB);
      expect(result.seconds).toBeLessThan(MAX_SECONDS);
      if (outcome?.exit === 2) expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    expect(listing(outDir)).toEqual(item.refresh.exit === 2 ? [] : ["out.xlsx"]);
    expect(sha(run.input)).toBe(before);
  }, 120_000);

  it("keeps the cells at the very end of the sheet through a refresh", async () => {
    const refreshed = await loadWorkbook(readFileSync(await refreshedCopy("value-in-last-row")));
    expect(refreshed.getWorksheet("Action plan")?.getCell("F1048576").value).toBe("Last row");
    expect(refreshed.getWorksheet("Notes")?.getCell("XFD1048576").value).toBe("The last cell Excel has");
  });
});

// ------------------------------------------------------------------------------------------------
// Text over Excel's limit
// ------------------------------------------------------------------------------------------------

/**
 * Every text in the sheets Plan Tracker generated (marker in A1): string values, and the results
 * written with the formulas that read the plan live (what Excel shows until it recalculates).
 */
function generatedTexts(workbook: ExcelJS.Workbook): string[] {
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (!String(sheet.getCell("A1").value ?? "").startsWith(GENERATED_MARKER)) continue;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
        else if (cell.type === ExcelJS.ValueType.Formula && typeof cell.result === "string") texts.push(cell.result);
      }),
    );
  }
  return texts;
}

describe("text over Excel's 32,767-character limit", () => {
  it("is reported, left as it is in the officer's sheet, read live by ours, and cut to 32,767 characters wherever we write it", async () => {
    const refreshed = await loadWorkbook(readFileSync(await refreshedCopy("long-text")));
    const note = String(refreshed.getWorksheet("Action plan")?.getCell("F2").value);
    expect(note).toHaveLength(LONG_TEXT_LENGTH);
    const texts = generatedTexts(refreshed);
    expect(texts.length).toBeGreaterThan(10);
    expect(Math.max(...texts.map((value) => value.length))).toBeLessThanOrEqual(32_767);
    // The committee reads the note from its cell (a formula), so the long text is never copied into our sheets.
    const committee = refreshed.getWorksheet("PT Committee");
    const readers: string[] = [];
    committee?.eachRow((row) => row.eachCell((cell) => (cell.type === ExcelJS.ValueType.Formula && cell.formula.includes("'Action plan'!$F:$F") ? readers.push(cell.address) : undefined)));
    expect(readers.length).toBeGreaterThan(0);
    // Where the core does write the note as text (the value it expects that formula to show), it is cut to
    // fit and marked as cut; still text, though it starts with "-"; and the emoji at the cut is dropped
    // whole, not halved (half a character would be written as U+FFFD).
    const cut = text(note).text;
    expect(cut.startsWith("- Update from the board.") && cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeGreaterThanOrEqual(32_766);
    expect(cut.length).toBeLessThanOrEqual(32_767);
    expect(cut).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

// ------------------------------------------------------------------------------------------------
// A table or name clash
// ------------------------------------------------------------------------------------------------

describe("the officer's tables and names", () => {
  it("survive a refresh exactly, each at its own scope (ExcelJS alone would merge, drop or expand them)", async () => {
    const xml = workbookXmlOf(await refreshedCopy("name-clash"));
    const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((match) => (match[1] as string).replace(/&apos;/g, "'"));
    const written = [...xml.matchAll(/<definedName name="([^"]*)"(?: localSheetId="(\d+)")?>([^<]*)<\/definedName>/g)].map((match) => ({
      name: match[1],
      text: (match[3] as string).replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
      ...(match[2] !== undefined ? { sheet: sheets[Number(match[2])] } : {}),
    }));
    for (const name of OFFICER_NAMES) expect(written, JSON.stringify(name)).toContainEqual({ ...name });
    expect(xml).not.toMatch(/<definedName[^>]*><\/definedName>/);
  });

  it("a second refresh leaves one of each name: ours replaced, the officer's kept", async () => {
    const once = await refreshedCopy("awkward-sheet-names");
    const twice = join(mkdtempSync(join(root, "twice-")), "twice.xlsx");
    const result = await cli("refresh", once, "--as-of", AS_OF, "-o", twice);
    expect(result.code, result.err).toBe(0);
    expect(definedNamesIn(workbookXmlOf(twice)).sort()).toEqual(definedNamesIn(workbookXmlOf(once)).sort());
    expect(duplicateNames(workbookXmlOf(twice))).toEqual([]);
  });

  it("print areas over whole columns, and unquoted ones from other programs, come back valid", async () => {
    // The officer's names are kept as their program wrote them (apostrophes escaped or not), and repaired where damaged.
    const columns = withApostrophes(workbookXmlOf(await refreshedCopy("whole-column-print-area")));
    expect(columns).toContain("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Action plan'!$A:$F</definedName>");
    expect(columns).toContain("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Action plan'!$1:$1</definedName>");
    expect(columns).not.toContain("NaN");
    const resaved = withApostrophes(workbookXmlOf(await refreshedCopy("libreoffice-resaved-print-area")));
    expect(resaved).toContain("<definedName function=\"false\" hidden=\"false\" name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Officer''s plan'!$a1:$f3</definedName>");
    expect(badSheetReferences(resaved, sheetNamesOf(resaved))).toEqual([]);
  });

  it("refuses, in one plain sentence and before changing anything, a generated table named like one of the officer's", async () => {
    // Plan Tracker's sheets hold no tables today, so the CLI cannot meet this; the adapter still guards it.
    const workbook = await loadWorkbook(readFileSync(pathsOf("name-clash").input));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    for (const clash of ["PT_Summary_Table", "pt_summary", "VAT"]) {
      const spec = new SheetSpecBuilder("PT Summary", "summary")
        .row(3, [text("Status"), text("Total")])
        .row(4, [text("Completed"), formula("1+1", 2)])
        .table({ name: clash, range: { top: 3, left: 1, bottom: 4, right: 2 } })
        .build();
      let error: unknown;
      try {
        replaceGeneratedSheets(workbook, [spec]);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(TableNameClashError);
      expect((error as Error).message).toBe(
        `the name "${clash}" is already used in this workbook by a table or named range of yours, and Plan Tracker gives it to the table on its "PT Summary" sheet. Rename yours (Formulas > Name Manager) and refresh again.`,
      );
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(names);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Awkward sheet names, recalculated by LibreOffice
// ------------------------------------------------------------------------------------------------

const gate = requireLibreOffice();

describe.skipIf(!gate.available)(`sheet names with spaces, apostrophes and non-Latin letters${gate.available ? "" : ` — skipped: ${gate.reason}`}`, () => {
  it.each(["awkward-sheet-names", "awkward-sheet-names-excel"])("%s: the refreshed file's print titles are valid and LibreOffice reads them", async (id) => {
    const refreshedPath = await refreshedCopy(id);
    const xml = workbookXmlOf(refreshedPath);
    const sheets = sheetNamesOf(xml);
    expect(sheets.slice(0, AWKWARD_SHEETS.length)).toEqual([...AWKWARD_SHEETS]);
    expect(badSheetReferences(xml, sheets)).toEqual([]);
    // The officer's print titles are kept, for every sheet.
    AWKWARD_SHEETS.forEach((sheet, i) => {
      expect(withApostrophes(xml)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${sheet.replace(/'/g, "''")}'!$1:$1</definedName>`);
    });
    // LibreOffice, an independent reader, understands them: it writes them back as print ranges of that sheet.
    const converted = workbookXmlOf(await recalculate(refreshedPath, { tempRoot: root }));
    expect(converted).toMatch(/<definedName[^>]*localSheetId="0" name="_xlnm\.Print_Titles"[^>]*>&apos;Officer&apos;&apos;s plan&apos;!\$1:\$1<\/definedName>/);
  }, 180_000);

  it("every formula over those sheets evaluates in LibreOffice to what Plan Tracker computed, with no error values", async () => {
    const refreshedPath = await refreshedCopy("awkward-sheet-names");
    // The refreshed file holds no cached results, so only a real recalculation gives these values.
    const expected = await refreshOutputFor(pathsOf("awkward-sheet-names").input, AS_OF);
    const expectations = formulaCells(expected.specs);
    const referencing = expectations.filter((f) => AWKWARD_SHEETS.some((name) => f.formula.includes(name.replace(/'/g, "''")))).length;
    expect(referencing).toBeGreaterThan(AWKWARD_SHEETS.length * 5);
    expect(expectations.length).toBeGreaterThan(50);
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(await recalculate(refreshedPath, { tempRoot: root }));
    expect(disagreements(recalculated, expectations)).toEqual([]);
    expect(errorCells(recalculated, expected.specs.map((spec) => spec.name))).toEqual([]);
  }, 180_000);

  it("the officer's own formulas keep working in the refreshed copy: a constant name and a table reference", async () => {
    const refreshedPath = await refreshedCopy("name-clash");
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(await recalculate(refreshedPath, { tempRoot: root }));
    const budget = recalculated.getWorksheet("Budget");
    expect(budget?.getCell("C2").result).toBe(24_000); // =B2*VAT, VAT = 0.2
    expect(budget?.getCell("C3").result).toBe(200_000); // =SUM(PT_Summary_Table[Budget])
  }, 180_000);
});
