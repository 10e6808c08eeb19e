/**
 * The package writer draws PT Summary's RAG-by-theme chart as DrawingML parts beside the officer's
 * own (their chart stays byte-identical), removes and rewrites ours on a repeat refresh, and
 * LibreOffice — an independent reader — opens the file and keeps the chart through a round trip.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { openXlsxPackage } from "../../src/adapters/xlsxPackage/index.js";
import { exportPdf, pdfPageText, pdfInfo, recalculate, requireLibreOffice } from "../support/libreoffice.js";
import { CORPUS } from "./corpus/corpus.js";
import { zipParts } from "./corpus/buildWorkbook.js";
import { changedOfficerParts, cli, partsOf } from "./packageSupport.js";

const root = mkdtempSync(join(tmpdir(), "pt-package-chart-"));
const gate = requireLibreOffice(["pdftotext"]);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

function text(parts: Map<string, Uint8Array>, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return strFromU8(bytes);
}

describe("PT Summary's chart in the package", () => {
  it("is written as a drawing and a chart part beside the officer's chart, which stays byte-identical; a repeat refresh replaces ours", async () => {
    const entry = CORPUS.find((e) => e.file === "chart.xlsx");
    if (!entry) throw new Error("corpus has no chart.xlsx");
    const original = zipParts(entry.parts());
    const input = join(root, "chart.xlsx");
    writeFileSync(input, original);
    const output = join(root, "chart.refreshed.xlsx");
    const { code } = await cli("refresh", input, "-o", output, "--as-of", "2025-11-24");
    expect(code).toBeLessThan(2);
    const written = new Uint8Array(readFileSync(output));
    expect(changedOfficerParts(original, written)).toEqual([]);

    const pkg = await openXlsxPackage(written);
    const summary = pkg.workbook.sheets.find((s) => s.name === "PT Summary");
    if (!summary?.part) throw new Error("no PT Summary");
    const parts = partsOf(written);
    // The officer's drawing1/chart1 keep their names; ours take the next free ones.
    const drawing = pkg.relationshipsOf(summary.part).find((r) => r.type.endsWith("/drawing"))?.part;
    expect(drawing).toBe("xl/drawings/drawing2.xml");
    expect(text(parts, summary.part)).toMatch(/<drawing r:id="rId\d+"\/>(<tableParts|<\/worksheet>)/);
    const chart = pkg.relationshipsOf("xl/drawings/drawing2.xml").find((r) => r.type.endsWith("/chart"))?.part;
    expect(chart).toBe("xl/charts/chart2.xml");
    expect(pkg.contentTypes.overrides.get("xl/drawings/drawing2.xml")).toBe(DRAWING_TYPE);
    expect(pkg.contentTypes.overrides.get("xl/charts/chart2.xml")).toBe(CHART_TYPE);

    const drawingXml = text(parts, "xl/drawings/drawing2.xml");
    expect(drawingXml).toContain("<xdr:twoCellAnchor");
    expect(drawingXml).toMatch(/<xdr:cNvPr id="2" name="Chart 1" title="Actions by RAG rating and [a-z]+" descr="Stacked bar chart of the RAG table above: [^"]+"\/>/);
    const chartXml = text(parts, "xl/charts/chart2.xml");
    for (const fragment of ['<c:barDir val="bar"/>', '<c:grouping val="stacked"/>', '<c:overlap val="100"/>', '<c:showVal val="1"/>', "<c:catAx>", "<c:valAx>"]) expect(chartXml).toContain(fragment);
    const series = chartXml.match(/<c:ser>.*?<\/c:ser>/g) ?? [];
    expect(series.length).toBeGreaterThanOrEqual(4);
    for (const ser of series) {
      expect(ser).toMatch(/<c:tx><c:strRef><c:f>'PT Summary'!\$A\$\d+<\/c:f>/);
      expect(ser).toMatch(/<c:cat><c:strRef><c:f>'PT Summary'!\$B\$\d+(:\$[A-Z]+\$\d+)?<\/c:f>/);
      expect(ser).toMatch(/<c:val><c:numRef><c:f>'PT Summary'!\$B\$\d+(:\$[A-Z]+\$\d+)?<\/c:f>/);
      expect(ser).toMatch(/<c:spPr><a:solidFill><a:srgbClr val="[0-9A-F]{6}"\/><\/a:solidFill>/);
    }
    expect(chartXml).toContain('<a:srgbClr val="C00000"/>'); // the Red series, in the RAG cells' red

    // Again on the refreshed file: our drawing and chart go with the old sheet and come back under the same names.
    const again = join(root, "chart.again.xlsx");
    await cli("refresh", output, "-o", again, "--as-of", "2025-11-24");
    const twice = new Uint8Array(readFileSync(again));
    expect(changedOfficerParts(original, twice)).toEqual([]);
    const names = (bytes: Uint8Array) => [...partsOf(bytes).keys()].filter((n) => /^xl\/(charts|drawings)\//.test(n)).sort();
    expect(names(twice)).toEqual(names(written));
    expect(names(twice)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/_rels/drawing2.xml.rels", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
  });

  it.skipIf(!gate.available)(`LibreOffice opens the CIP sample's refreshed file, keeps the stacked bar chart through a round trip and prints it on PT Summary${gate.available ? "" : ` — skipped: ${gate.reason}`}`, async () => {
    const input = join(root, "cip.xlsx");
    copyFileSync(join("samples", "cip-monitoring.xlsx"), input);
    const output = join(root, "cip.refreshed.xlsx");
    const { code } = await cli("refresh", input, "-o", output, "--as-of", "2018-09-30");
    expect(code).toBeLessThan(2);
    const back = partsOf(new Uint8Array(readFileSync(await recalculate(output, { tempRoot: root }))));
    const charts = [...back.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chartXml = text(back, charts[0] as string).replace(/&apos;/g, "'");
    expect(chartXml).toContain("<c:barChart>");
    expect(chartXml).toContain('<c:barDir val="bar"/>');
    expect(chartXml).toContain('<c:grouping val="stacked"/>');
    // CIP uses the BRAG scale: Blue, Green, Amber, Red, Grey, each read from PT Summary.
    expect(chartXml.match(/<c:ser>/g)).toHaveLength(5);
    expect(chartXml.match(/<c:f>'PT Summary'!\$B\$\d+:\$K\$\d+<\/c:f>/g)?.length).toBe(10); // 5 × (categories + values), 10 themes in B..K
    // LibreOffice recalculated the live counts the bars read: the Red row's cached values total 2.
    const red = /<c:ser>(?:(?!<\/c:ser>).)*?<c:v>Red<\/c:v>(?:(?!<\/c:ser>).)*?<c:val>(.*?)<\/c:val>/.exec(chartXml)?.[1] ?? "";
    const values = [...red.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
    expect(values.reduce((a, b) => a + b, 0)).toBe(2);

    const pdf = await exportPdf(output, { tempRoot: root });
    const info = await pdfInfo(pdf);
    const pages = await Promise.all(Array.from({ length: info.pages }, (_, i) => pdfPageText(pdf, i + 1)));
    const page = pages.find((p) => p.includes("Actions by RAG rating and theme")) ?? "";
    // The bars read top to bottom in the table's order (the category axis is reversed).
    const chartText = page.slice(page.indexOf("Actions by RAG rating and theme"));
    expect(chartText.indexOf("City Leadership")).toBeGreaterThan(0);
    expect(chartText.indexOf("City Leadership")).toBeLessThan(chartText.indexOf("Innovative transformation"));
  }, 180_000);
});
