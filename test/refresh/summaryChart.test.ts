/**
 * PT Summary's RAG-by-theme chart, as a spec: stacked bars whose every range reads the live RAG
 * table above it. (test/package/summaryChart.test.ts checks the chart part LibreOffice opens;
 * test/officejs/summaryChart.test.ts the chart the add-in draws.)
 */
import { describe, expect, it } from "vitest";
import { ragColours } from "../../src/core/rag/ragStyles.js";
import { chartRows, ragByThemeChart } from "../../src/core/refresh/summarySheet.js";
import { chartProblems, type ChartSpec, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { loadSample, refreshWorkbook, shown, shownRows, specOfRole, tableAfter } from "./refreshSupport.js";

function cellAt(spec: SheetSpec, row: number, column: number) {
  return spec.rows[row - 1]?.cells[column - 1];
}

function onlyChart(spec: SheetSpec): ChartSpec {
  expect(spec.charts).toHaveLength(1);
  return spec.charts![0]!;
}

describe("PT Summary's RAG-by-theme chart", () => {
  it("CIP: one bar per theme (the RAG table's live header cells) and one series per RAG value (its live count rows), in the RAG colours", async () => {
    const { output } = refreshWorkbook(await loadSample("cip-monitoring.xlsx"), "2018-09-30");
    const summary = specOfRole(output, "summary");
    const chart = onlyChart(summary);
    const rag = tableAfter(summary, "RAG");
    expect(chart.kind).toBe("stackedBar");
    expect(chart.dataLabels).toBe(true);
    // Ten themes across B..K of the RAG table's header row; Total (column L) is not a bar.
    expect(chart.categories).toEqual({ top: rag.top, left: 2, bottom: rag.top, right: 11 });
    for (let c = 2; c <= 11; c++) expect(cellAt(summary, rag.top, c)?.kind).toBe("formula");
    expect(shown(cellAt(summary, rag.top, 2))).toBe("City Leadership");
    expect(chart.series.map((s) => s.name)).toEqual(["Blue", "Green", "Amber", "Red", "Grey"]);
    for (const series of chart.series) {
      const row = series.values.top;
      expect(series.values).toEqual({ top: row, left: 2, bottom: row, right: 11 });
      expect(shown(cellAt(summary, row, 1))).toBe(series.name);
      expect(series.nameCell).toEqual({ row, column: 1 });
      // The chart's values are the RAG table's counts for that value, and formulas (they stay live).
      const counts = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => cellAt(summary, row, c));
      expect(counts.every((cell) => cell?.kind === "formula")).toBe(true);
      expect(counts.map(shown)).toEqual(rag.rows.get(series.name)?.slice(0, 10));
      expect(series.fill).toBe(ragColours(series.name as "Red").fill);
    }
    // The bars add up to the plan: 62 actions, 2 of them Red.
    const sum = (name: string) => chart.series.find((s) => s.name === name)!;
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].reduce((n, c) => n + (shown(cellAt(summary, sum("Red").values.top, c)) as number), 0)).toBe(2);
    expect(chart.description).toContain("City Leadership:");
    // The alt text gives each theme's counts at refresh (seed 002: workforce has 6 actions, one Red).
    expect(chart.description).toContain("Productive and skilled workforce: 2 Blue, 3 Green, 1 Red.");
    expect(chart.title).toBe("Actions by RAG rating and theme");
  });

  it("sits below the RAG table over empty cells, inside the print area", async () => {
    const { output } = refreshWorkbook(await loadSample("cip-monitoring.xlsx"), "2018-09-30");
    const summary = specOfRole(output, "summary");
    const chart = onlyChart(summary);
    const rag = tableAfter(summary, "RAG");
    expect(chart.anchor.top).toBeGreaterThan(rag.top + rag.rows.size);
    const rows = shownRows(summary);
    for (let r = chart.anchor.top; r <= chart.anchor.bottom; r++) {
      expect((rows[r - 1] ?? []).slice(chart.anchor.left - 1, chart.anchor.right).filter((v) => v !== undefined && v !== "")).toEqual([]);
    }
    const area = summary.print?.printArea;
    expect(area && area.bottom >= chart.anchor.bottom && area.right >= chart.anchor.right).toBe(true);
  });

  it("a plan without themes gets one bar: the Total column", () => {
    const chart = ragByThemeChart({ headerRow: 20, rowOf: (value) => (value === "Green" ? 21 : 22), scale: ["Green", "Red"], themes: [], totals: [4, 0], top: 25, right: 6, refreshedOn: "31/10/2014" });
    expect(chart.categories).toEqual({ top: 20, left: 2, bottom: 20, right: 2 });
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ["Green", { top: 21, left: 2, bottom: 21, right: 2 }],
      ["Red", { top: 22, left: 2, bottom: 22, right: 2 }],
    ]);
    expect(chart.title).toBe("Actions by RAG rating and plan");
    expect(chart.description).toContain("The plan: 4 Green.");
    expect(chart.anchor).toEqual({ top: 25, left: 1, bottom: 25 + chartRows(1) - 1, right: 6 });
  });

  it("a chart whose series does not match its categories is refused with the reason", () => {
    const good: ChartSpec = {
      kind: "stackedBar",
      title: "T",
      description: "d",
      anchor: { top: 10, left: 1, bottom: 20, right: 6 },
      categories: { top: 5, left: 2, bottom: 5, right: 4 },
      series: [{ name: "Red", nameCell: { row: 6, column: 1 }, values: { top: 6, left: 2, bottom: 6, right: 4 }, fill: "C00000", labelColor: "FFFFFF" }],
      dataLabels: true,
    };
    expect(chartProblems(good)).toEqual([]);
    expect(chartProblems({ ...good, series: [{ ...good.series[0]!, values: { top: 6, left: 2, bottom: 6, right: 3 } }] })).toEqual(['chart "T": series "Red" must have one value per category']);
    expect(chartProblems({ ...good, description: " " })).toEqual(['chart "T": needs alt text (a description)']);
    expect(chartProblems({ ...good, categories: { top: 5, left: 2, bottom: 6, right: 4 } })[0]).toContain("one row or one column");
  });
});
