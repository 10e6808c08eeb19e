/**
 * The committee pack, checked the way a clerk would: the .docx is printed to PDF by LibreOffice
 * Writer and read back page by page. Expected figures come from the workbook itself (read with
 * ExcelJS, independently of Plan Tracker's reader), not from the pack's own model.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";
import { PackReportSchema } from "../../src/core/report/PackReport.js";
import { pdfPageText } from "../support/libreoffice.js";
import { exportDocxPdf, pdfPages, requireLibreOfficeWriter, type PdfPage } from "../support/libreofficeWriter.js";

const NOW = new Date(2026, 10, 29, 10, 15, 0);
const gate = requireLibreOfficeWriter();

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), now: () => NOW });
  return { code, out, err };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const short = (date: Date): string => `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;

interface SampleRow {
  ref: string;
  /** dd/mm/yyyy as the pack should print it, or null when the workbook has no date there. */
  original: string | null;
  revised: string | null;
  status: string;
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The date a committee reads from a date cell, worked out here independently of Plan Tracker's parser:
 * a real date; "31/03/2019" as written; "Dec 2018" or "March 2019" as the month's last day.
 */
function expectedDate(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) return short(value);
  const text = typeof value === "string" ? value.trim() : "";
  if (/^\d{2}\/\d{2}\/\d{4}$/.test(text)) return text;
  const month = /^([A-Za-z]{3,9}) (\d{4})$/.exec(text);
  if (month) {
    const index = MONTH_NAMES.indexOf((month[1] as string).slice(0, 3).toLowerCase());
    if (index >= 0) return short(new Date(Date.UTC(Number(month[2]), index + 1, 0)));
  }
  return null;
}

/** The CIP sample's actions as the workbook holds them: columns A (ref), E, F (dates), G (status); header on row 3. */
async function cipRows(path: string): Promise<SampleRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("CIP monitoring");
  if (!sheet) throw new Error("CIP monitoring sheet missing");
  const rows: SampleRow[] = [];
  sheet.eachRow((row, number) => {
    const status = String(row.getCell(7).value ?? "").trim();
    const ref = String(row.getCell(1).value ?? "").trim();
    if (number <= 3 || status === "" || ref === "") return;
    // Officers type "on track " as well as "On track": the pack counts them together, as the sheets do.
    const label = status.charAt(0).toUpperCase() + status.slice(1).toLowerCase();
    rows.push({ ref, original: expectedDate(row.getCell(5).value), revised: expectedDate(row.getCell(6).value), status: label });
  });
  return rows;
}

function countBy(rows: readonly SampleRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return counts;
}

/** Collapses pdftotext's layout spacing so a table row reads "Completed 32 30 −2". */
const squash = (text: string): string => text.replace(/[ \t]+/g, " ");

describe.skipIf(!gate.available)(`committee pack (Word, printed by LibreOffice)${gate.reason ? ` — skipped: ${gate.reason}` : ""}`, () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-tracker-pack-"));
  let pages: PdfPage[] = [];
  let texts: string[] = [];
  let documentXml = "";
  let before: SampleRow[] = [];
  let after: SampleRow[] = [];

  beforeAll(async () => {
    // Last period: a snapshot at 30 June 2018. Then two actions change status before September's pack.
    const input = join(dir, "cip.xlsx");
    copyFileSync("samples/cip-monitoring.xlsx", input);
    const june = join(dir, "cip-june.xlsx");
    const refreshed = await cli("refresh", input, "-o", june, "--snapshot", "--as-of", "2018-06-30");
    expect(refreshed.code, refreshed.err).toBeLessThan(2);
    before = await cipRows(june);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(june);
    const sheet = workbook.getWorksheet("CIP monitoring") as ExcelJS.Worksheet;
    let changed = 0;
    sheet.eachRow((row, number) => {
      if (number > 3 && changed < 2 && String(row.getCell(7).value ?? "").trim() === "On track") {
        row.getCell(7).value = changed === 0 ? "Completed" : "Major slippage";
        changed++;
      }
    });
    const september = join(dir, "cip-september.xlsx");
    await workbook.xlsx.writeFile(september);
    after = await cipRows(september);

    const docx = join(dir, "Cabinet September 2018.docx");
    const packed = await cli("pack", september, "-o", docx, "--as-of", "2018-09-30", "--json");
    expect(packed.code, packed.err).toBeLessThan(2);
    const report = PackReportSchema.parse(JSON.parse(packed.out));
    expect(report.output.file).toBe(docx);

    documentXml = strFromU8(unzipSync(readFileSync(docx))["word/document.xml"] as Uint8Array);
    const pdf = await exportDocxPdf(docx, { tempRoot: dir });
    pages = await pdfPages(pdf);
    texts = await Promise.all(pages.map((page) => pdfPageText(pdf, page.number).then(squash)));
  }, 180_000);

  it("prints the summary portrait, then the lists of actions and the appendix landscape, on A4", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) expect([Math.round(Math.min(page.width, page.height)), Math.round(Math.max(page.width, page.height))]).toEqual([595, 842]);
    const listsStart = texts.findIndex((text) => text.includes("Actions needing attention"));
    const appendixStart = texts.findIndex((text) => text.includes("Appendix: the whole plan"));
    expect(listsStart).toBeGreaterThan(0);
    expect(appendixStart).toBeGreaterThan(listsStart);
    expect(pages.slice(0, listsStart).every((page) => !page.landscape)).toBe(true);
    expect(pages.slice(listsStart).every((page) => page.landscape)).toBe(true);
  });

  it("numbers every page 'Page N of M'", () => {
    texts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it("shows the status table this period against the last snapshot, with the workbook's figures", () => {
    const then = countBy(before);
    const now = countBy(after);
    // The edit above moved one action to Completed and one to Major slippage: the figures must differ.
    expect(now.get("Completed")).toBe((then.get("Completed") ?? 0) + 1);
    const firstPages = texts.slice(0, 2).join("\n");
    expect(firstPages).toContain("30 June 2018");
    for (const status of new Set([...then.keys(), ...now.keys()])) {
      const a = then.get(status) ?? 0;
      const b = now.get(status) ?? 0;
      const change = b - a === 0 ? "0" : b > a ? `+${b - a}` : `−${a - b}`;
      expect(firstPages, `status row ${status}`).toMatch(new RegExp(`${status} ${a} ${b} ${change.replace("+", "\\+")}`));
    }
    expect(firstPages).toMatch(new RegExp(`Total ${before.length} ${after.length} 0`));
  });

  it("lists every slipped action with its original and revised dates", () => {
    const report = texts.slice(0, texts.findIndex((text) => text.includes("Appendix: the whole plan"))).join("\n");
    const start = report.indexOf("Actions that have slipped");
    const end = report.indexOf("Actions not started");
    expect(start).toBeGreaterThan(0);
    const section = report.slice(start, end > start ? end : undefined);
    const later = (a: string, b: string): boolean => a.split("/").reverse().join("") > b.split("/").reverse().join("");
    const slipped = after.filter((row) => /slippage/i.test(row.status) || (row.revised && row.original && later(row.revised, row.original) && row.status !== "Completed"));
    expect(slipped.length).toBeGreaterThan(5);
    const seen = new Map<string, number>();
    for (const row of slipped) {
      // The row's first printed line carries its ref, then both dates (or "—" for no revised date).
      // Refs repeat in real plans (this one has two 2.4s): take the k-th line for the k-th action.
      const nth = seen.get(row.ref) ?? 0;
      seen.set(row.ref, nth + 1);
      const line = section.split("\n").filter((text) => text.trimStart().startsWith(`${row.ref} `))[nth];
      expect(line, `slipped action ${row.ref}`).toBeDefined();
      expect(line).toContain(row.original ?? "—");
      expect(line).toContain(row.revised ?? "—");
    }
  });

  it("repeats the appendix table's header row on every appendix page", () => {
    const appendixStart = texts.findIndex((text) => text.includes("Appendix: the whole plan"));
    const appendix = texts.slice(appendixStart);
    expect(appendix.length).toBeGreaterThanOrEqual(2);
    for (const text of appendix) expect(text).toMatch(/Ref Action Lead Target Revised Status RAG Progress/);
    // Every action of the plan is in the appendix.
    const all = appendix.join("\n");
    for (const row of after) expect(all).toMatch(new RegExp(`(^|\\n) ?${row.ref.replace(".", "\\.")} `));
  });

  it("is accessible: heading styles, marked header rows, alt text on the chart, a document title", () => {
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(documentXml).toContain("<w:tblHeader/>");
    expect(documentXml).toMatch(/descr="Stacked bar chart of actions by RAG rating for each theme\. City Leadership: [^"]+"/);
    expect(documentXml).toContain('w:orient="landscape"');
  });
});
