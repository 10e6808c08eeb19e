/**
 * The seed 002 committee table printed by LibreOffice, as a clerk would print that one tab: A4
 * landscape, the header row repeated on page 2, "As at" and "Page N of M" in the footer, RAG as a
 * word and a coloured fill. With UPDATE_DOCS=1 it also renders page 1 to docs/committee-page.png.
 *
 * The sheet is printed on its own: the workbook is recalculated first, and the committee sheet is
 * then written alone with LibreOffice's own results in place of its formulas (LibreOffice prints
 * every sheet of a workbook, hidden ones included, so the whole file would bury it).
 */
import { copyFile, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import { blank, num, text, type CellSpec, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { exportPdf, pdfInfo, pdfPagePixels, pdfPageText, requireLibreOffice, run } from "../support/libreoffice.js";
import { loadSample, refreshWorkbook, specOfRole, writeAndRecalculate } from "./refreshSupport.js";

const gate = requireLibreOffice(["pdfinfo", "pdftotext", "pdftoppm"]);
const LO_TIMEOUT = 180_000;
let dir: string;

/** The spec with each formula replaced by the value LibreOffice calculated for it. */
function withValues(spec: SheetSpec, recalculated: ExcelJS.Worksheet): SheetSpec {
  const valueOf = (cell: CellSpec | undefined, r: number, c: number): CellSpec | undefined => {
    if (cell?.kind !== "formula") return cell;
    const result = recalculated.getCell(r + 1, c + 1).result;
    if (typeof result === "number") return num(result, cell.style);
    if (result instanceof Date) return num(result.getTime() / 86_400_000 + 25_569, cell.style);
    if (typeof result === "string" && result !== "") return text(result, cell.style);
    return blank(cell.style);
  };
  return { ...spec, rows: spec.rows.map((row, r) => row && { ...row, cells: row.cells.map((cell, c) => valueOf(cell, r, c)) }) };
}

describe.skipIf(!gate.available)(`Committee table as printed${gate.available ? "" : ` — skipped: ${gate.reason}`}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pt-committee-pdf-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "prints seed 002's committee table on A4 landscape with the header on every page and page numbers",
    async () => {
      const workbook = await loadSample("cip-monitoring.xlsx");
      const { output } = refreshWorkbook(workbook, "2018-09-30");
      replaceGeneratedSheets(workbook, output.specs);
      const recalculated = await writeAndRecalculate(workbook, dir, "cip.xlsx");
      const committee = specOfRole(output, "committee");

      const alone = new ExcelJS.Workbook();
      replaceGeneratedSheets(alone, [withValues(committee, recalculated.getWorksheet(committee.name) as ExcelJS.Worksheet)]);
      const path = join(dir, "committee.xlsx");
      await alone.xlsx.writeFile(path);
      const pdf = await exportPdf(path, { tempRoot: dir });

      const info = await pdfInfo(pdf);
      expect(info.width, info.pageSizeLine).toBeCloseTo(842, 0);
      expect(info.height, info.pageSizeLine).toBeCloseTo(595, 0);
      expect(info.pages).toBeGreaterThanOrEqual(2);

      const page1 = await pdfPageText(pdf, 1);
      expect(page1).toContain("Corporate Improvement Plan – Progress up to 30 September 2018");
      expect(page1).toContain("City Leadership");
      expect(page1).toMatch(/Page 1 of \d+/);
      const page2 = await pdfPageText(pdf, 2);
      expect(page2).toMatch(/Ref\s+Action\s+Lead officer\s+Original\s+Revised\s+Status\s+RAG\s+Commentary/);
      expect(page2).toContain(`Page 2 of ${info.pages}`);
      expect(page2).toContain("As at 30/09/2018");
      // The working columns are outside the print area.
      expect(page1).not.toContain("Due dates read from text");

      // RAG as a word and a fill: Blue (0070C0) and Green (00B050) rendered on page 1.
      const { rgb } = await pdfPagePixels(pdf, 1);
      let blue = 0;
      let green = 0;
      for (let i = 0; i + 2 < rgb.length; i += 3) {
        const [r, g, b] = [rgb[i] ?? 0, rgb[i + 1] ?? 0, rgb[i + 2] ?? 0];
        if (r < 30 && g > 90 && g < 135 && b > 170) blue++;
        if (r < 40 && g > 150 && g < 200 && b > 60 && b < 110) green++;
      }
      expect(blue, "pixels of the Blue fill").toBeGreaterThan(50);
      expect(green, "pixels of the Green fill").toBeGreaterThan(50);
      expect(page1).toMatch(/Blue/);

      if (process.env.UPDATE_DOCS === "1") {
        const prefix = join(dir, "committee-page");
        const rendered = await run("pdftoppm", ["-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, prefix]);
        expect(rendered.code, rendered.stderr).toBe(0);
        await copyFile(`${prefix}.png`, join("docs", "committee-page.png"));
        expect((await stat(join("docs", "committee-page.png"))).size).toBeLessThan(300_000);
      }
    },
    LO_TIMEOUT,
  );
});
