/**
 * The old reader (ExcelJS, then src/adapters/exceljs/toGrid.ts) and the package reader
 * (src/adapters/xlsxRead) on the same files: every sample, every sample as LibreOffice saves it
 * (an independent writer: its own shared strings, styles and number formats), and every file of the
 * catalogue of bad files, and hand-written quirks of real-world files. The grids must be the same, cell by cell, except for the differences
 * listed below — each one a place where the old reader was wrong — and a file refused by one must
 * be refused by the other with the same code.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadWorkbook } from "../../src/adapters/exceljs/readWorkbook.js";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { WorkbookReadError } from "../../src/adapters/exceljs/WorkbookReadError.js";
import { readXlsxGrid } from "../../src/adapters/xlsxRead/readXlsxGrid.js";
import type { WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { CATALOGUE } from "../catalogue/catalogue.js";
import { recalculate, requireLibreOffice } from "../support/libreoffice.js";
import { compareGrids } from "./compareGrids.js";
import { handWrittenXlsx, inlineCell, MAIN, PLAN_HEADER, PLAN_ROWS, rowsXml, worksheet } from "./handWritten.js";

const PLAN_XML = worksheet(`<sheetData>${rowsXml([PLAN_HEADER, ...PLAN_ROWS])}</sheetData>`);

/** Hand-written quirks (see quirks.test.ts for what the new reader finds in each). */
const QUIRKS: Readonly<Record<string, () => Buffer>> = {
  "ns0-prefixed package parts": () => handWrittenXlsx({ prefixed: true, sheets: [{ name: "Plan", xml: PLAN_XML }] }),
  "rows and cells without r": () =>
    handWrittenXlsx({
      sheets: [{ name: "Plan", xml: worksheet(`<sheetData>${[PLAN_HEADER, ...PLAN_ROWS].map((row) => `<row>${row.map((value) => inlineCell(null, value)).join("")}</row>`).join("")}</sheetData>`) }],
    }),
  "DOCTYPE with entities": () =>
    handWrittenXlsx({
      sheets: [{ name: "Plan", xml: `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e "boom">]><worksheet xmlns="${MAIN}"><sheetData>${rowsXml([PLAN_HEADER, ...PLAN_ROWS]).replace("Published in March.", "Published &e;")}</sheetData></worksheet>` }],
    }),
  "1904 dates written true": () =>
    handWrittenXlsx({
      workbookPr: '<workbookPr date1904="true"/>',
      styles: `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      sheets: [{ name: "Plan", xml: PLAN_XML.replace('<c r="D2" t="inlineStr"><is><t xml:space="preserve">March 2025</t></is></c>', '<c r="D2" s="1"><v>44285</v></c>') }],
    }),
};

interface KnownDifference {
  /** Which files (by name) it is seen in. */
  readonly file: RegExp;
  readonly difference: RegExp;
  /** Why the new answer is the right one. */
  readonly reason: string;
}

const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    file: /^quirk:ns0-prefixed package parts$/,
    difference: /^refused: old corrupt, new read$/,
    reason: "The package's relationships are written <ns0:Relationships> (Python's ElementTree); a prefix is only a name for the namespace, and ExcelJS matches the prefix, not the namespace (\"Unexpected xml node in parseOpen\").",
  },
  {
    file: /^quirk:rows and cells without r$/,
    difference: /^refused: old corrupt, new read$/,
    reason: "ECMA-376 §18.3.1.73 and §18.3.1.4 make r optional: a row or cell without it follows the previous one. ExcelJS refuses the file (\"Invalid row number in model\").",
  },
  {
    file: /^quirk:DOCTYPE with entities$/,
    difference: /^refused: old corrupt, new read$/,
    reason: "A DOCTYPE is allowed XML; the new reader skips it and leaves its entities unexpanded (never fetched), where ExcelJS's parser gives up (\"undefined entity\").",
  },
  {
    file: /^quirk:1904 dates written true$/,
    difference: /^Plan!D2 value: old "?2021-03-30T00:00:00\.000Z"?, new "?2025-03-31T00:00:00\.000Z"?$/,
    reason: "date1904 is an xsd:boolean, so LibreOffice writes \"true\"; ExcelJS only understands \"1\" and reads every date four years and a day early.",
  },
  {
    file: /^libreoffice:od-programme-benefits\.xlsx$/,
    difference: /^OD projects!\w+ numFmt: old "#,##0;\(#,##0\)", new "#,##0;\\\\\(#,##0\\\\\)"$/,
    reason: "LibreOffice writes the brackets of a negative amount escaped (\\( and \\)); ExcelJS drops every backslash of a format code, the package reader keeps the code as written.",
  },
];

type Outcome = { grid: WorkbookGrid } | { refused: string };

async function outcome(read: () => Promise<WorkbookGrid>): Promise<Outcome> {
  try {
    return { grid: await read() };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { refused: error.failure };
    throw error;
  }
}

const root = mkdtempSync(join(tmpdir(), "pt-differential-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const seen = new Set<KnownDifference>();

async function expectSameAnswers(label: string, bytes: Uint8Array): Promise<void> {
  const old = await outcome(async () => workbookToGrid(await loadWorkbook(bytes)));
  const next = await outcome(() => readXlsxGrid(bytes));
  let differences: string[];
  if ("refused" in old || "refused" in next) {
    const was = "refused" in old ? old.refused : "read";
    const is = "refused" in next ? next.refused : "read";
    differences = was === is ? [] : [`refused: old ${was}, new ${is}`];
  } else {
    differences = compareGrids(old.grid, next.grid);
  }
  const unexplained = differences.filter((line) => {
    const known = KNOWN_DIFFERENCES.find((item) => item.file.test(label) && item.difference.test(line));
    if (known) seen.add(known);
    return !known;
  });
  expect(unexplained, label).toEqual([]);
}

// The bundled samples, not what `npm run demo` writes beside them (ignored by git).
const SAMPLES = readdirSync("samples").filter((name) => name.endsWith(".xlsx") && !name.endsWith(".refreshed.xlsx")).sort();

describe("the old and the new reader give the same grids", () => {
  it.each(SAMPLES)("samples/%s", async (name) => {
    await expectSameAnswers(name, readFileSync(join("samples", name)));
  });

  const gate = requireLibreOffice();
  it.skipIf(!gate.available).each(SAMPLES)("samples/%s as LibreOffice saves it", async (name) => {
    const resaved = await recalculate(join("samples", name), { tempRoot: root });
    await expectSameAnswers(`libreoffice:${name}`, readFileSync(resaved));
  }, 120_000);

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))("catalogue: %s", async (_id, entry) => {
    const path = join(mkdtempSync(join(root, "catalogue-")), entry.file);
    await entry.build(path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      return; // an entry about a missing file
    }
    await expectSameAnswers(`catalogue:${entry.file}`, bytes);
  }, 120_000);

  it.each(Object.keys(QUIRKS))("hand-written quirk: %s", async (name) => {
    await expectSameAnswers(`quirk:${name}`, (QUIRKS[name] as () => Buffer)());
  });

  it.skipIf(!gate.available)("every listed difference was seen (none is stale)", () => {
    expect(KNOWN_DIFFERENCES.filter((item) => !seen.has(item)).map((item) => item.reason)).toEqual([]);
  });
});
