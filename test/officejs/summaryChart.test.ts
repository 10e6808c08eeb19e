/**
 * The add-in draws PT Summary's RAG-by-theme chart through Office.js: stacked bars whose series read
 * the live RAG table, in the RAG colours, with value labels; a second refresh replaces the chart
 * rather than adding another, and leaves an officer's own chart alone.
 */
import { describe, expect, it } from "vitest";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { CHART_NAME_PREFIX, renderSheetSpecs } from "../../src/adapters/officejs/renderSheetSpecs.js";
import { ragColours } from "../../src/core/rag/ragStyles.js";
import { refreshGrid } from "../refresh/refreshSupport.js";
import { fakeFromExcelJs } from "../support/fakeExcel/index.js";
import { loadSample } from "./support.js";

describe("PT Summary's chart through Office.js", () => {
  it("is drawn with one series per RAG value over the live table, and a second refresh replaces it", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    const spec = output.specs.find((s) => s.role === "summary")!;
    const expected = spec.charts![0]!;
    await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported });

    const charts = excel.sheet("PT Summary").charts;
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    expect(chart.type).toBe("BarStacked");
    expect(chart.name).toBe(`${CHART_NAME_PREFIX} 1`);
    expect(chart.title).toBe("Actions by RAG rating and theme");
    expect(chart.reversePlotOrder).toBe(true);
    expect(chart.position).toEqual({ start: { top: expected.anchor.top, left: 1, bottom: expected.anchor.top, right: 1 }, end: { top: expected.anchor.bottom, left: expected.anchor.right, bottom: expected.anchor.bottom, right: expected.anchor.right } });
    expect(chart.series.map((s) => s.name)).toEqual(["Blue", "Green", "Amber", "Red", "Grey"]);
    for (const series of chart.series) {
      const want = expected.series.find((s) => s.name === series.name)!;
      expect(series.values).toEqual(want.values);
      expect(series.categories).toEqual(expected.categories);
      expect(series.fill).toBe(`#${ragColours(series.name as "Red").fill}`);
      expect(series.hasDataLabels && series.showValue).toBe(true);
      expect(series.labelNumberFormat).toBe("0;;;");
      expect(series.overlap).toBe(100);
    }

    // The officer adds a chart of their own to our sheet; then refreshes again.
    excel.sheet("PT Summary").charts.push({ name: "My chart", type: "Pie", seriesBy: "Columns", title: "", reversePlotOrder: false, series: [] });
    await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported });
    expect(excel.sheet("PT Summary").charts.map((c) => c.name).sort()).toEqual(["My chart", `${CHART_NAME_PREFIX} 1`]);
  });

  it("an Excel without ExcelApi 1.8 gets the sheets without the chart, and is told so", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    const result = await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: (set, version) => set === "ExcelApi" && Number(version ?? "1.1") <= 1.7 });
    expect(excel.sheet("PT Summary").charts).toEqual([]);
    expect(result.skippedFeatures.find((f) => f.feature === "charts")?.sheets).toEqual(["PT Summary"]);
  });
});
