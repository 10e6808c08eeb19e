import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { drawChartPng } from "../../src/adapters/docx/chartPng.js";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import { buildCommitteePack } from "../../src/core/pack/buildCommitteePack.js";
import { buildRefresh } from "../../src/core/refresh/buildRefresh.js";
import { layoutStackedBars } from "../../src/core/pack/chartLayout.js";
import type { CommitteePack, PackTable } from "../../src/core/pack/PackDocument.js";
import { ragColours } from "../../src/core/rag/ragStyles.js";
import { sheet, workbook } from "../support/grid.js";

const AS_OF = "2025-06-30";

/** A plan sorted by lead: its themes interleave, as officers' sorted plans do. */
const SORTED_BY_LEAD = workbook(
  sheet("Plan", [
    ["Ref", "Theme", "Action", "Lead officer", "Target date", "Status", "Progress"],
    ["2.1", "Housing", "Build homes", "Alice", new Date(Date.UTC(2025, 2, 31)), "On track", "=SUM(A1) is text, not a formula"],
    ["1.1", "Finance", "Balance budget", "Alice", new Date(Date.UTC(2025, 11, 31)), "Completed", "+1 week, @Alice to confirm"],
    ["2.2", "Housing", "Repair homes", "Bob", new Date(Date.UTC(2025, 8, 30)), "Not started", ""],
    ["1.2", "Finance", "Audit", "Carol", new Date(Date.UTC(2025, 3, 30)), "Some slippage", "Moved"],
  ]),
);

function pack(grid = SORTED_BY_LEAD): CommitteePack {
  const check = checkWorkbook(grid, { asOf: AS_OF });
  return buildCommitteePack({ grid, check, asOf: AS_OF, generatedAt: "30/06/2025 09:00" });
}

function tables(document: CommitteePack): PackTable[] {
  return document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "table" ? [block.table] : [])));
}

function texts(table: PackTable): string[][] {
  return table.rows.map((row) => (row.kind === "band" ? [`[${row.text}]`] : row.cells.map((cell) => cell.text)));
}

describe("buildCommitteePack", () => {
  it("groups the appendix by theme, not by run of rows, when the plan is sorted by lead", () => {
    const appendix = tables(pack()).find((table) => table.caption === "The whole plan by theme") as PackTable;
    expect(texts(appendix).map((row) => row[0])).toEqual(["[Housing]", "2.1", "2.2", "[Finance]", "1.1", "1.2"]);
  });

  it("groups the appendix and the RAG table exactly as the committee sheet does (the same table model)", () => {
    const grid = workbook(
      sheet("Plan", [
        ["Ref", "Theme", "Action", "Lead officer", "Target date", "Status"],
        ["2.1", "Housing", "Build homes", "Alice", new Date(Date.UTC(2025, 2, 31)), "On track"],
        ["1.1", "Finance", "Balance budget", "Alice", new Date(Date.UTC(2025, 11, 31)), "Completed"],
        ["2.2", "housing ", "Repair homes", "Bob", new Date(Date.UTC(2025, 8, 30)), "Not started"],
        ["1.2", "Finance", "Audit", "Carol", new Date(Date.UTC(2025, 3, 30)), "Some slippage"],
      ]),
    );
    const check = checkWorkbook(grid, { asOf: AS_OF });
    const refresh = buildRefresh({ grid, check, asOf: AS_OF, refreshedAt: "30/06/2025 09:00", takeSnapshot: false });
    const committee = refresh.specs.find((spec) => spec.role === "committee");
    const bands = (committee?.rows ?? []).flatMap((row) => (row?.cells[0]?.kind === "text" && row.cells[0].style === "theme" ? [row.cells[0].text] : []));
    expect(bands.length).toBeGreaterThan(0);
    const document = pack(grid);
    const appendix = tables(document).find((table) => table.caption === "The whole plan by theme") as PackTable;
    expect(appendix.rows.flatMap((row) => (row.kind === "band" ? [row.text] : []))).toEqual(bands);
    const byTheme = tables(document).find((t) => t.caption === "Actions by RAG rating and theme") as PackTable;
    expect(texts(byTheme).map((row) => row[0]).slice(0, -1)).toEqual(bands);
  });

  it("rates each action from its dates and status, as the sheets do", () => {
    const appendix = tables(pack()).find((table) => table.caption === "The whole plan by theme") as PackTable;
    const rag = Object.fromEntries(appendix.rows.flatMap((row) => (row.kind === "cells" ? [[row.cells[0]?.text, row.cells[6]?.rag]] : [])));
    // 2.1 On track but due 31 March: past due → Red. 1.1 complete → Blue. 2.2 not started, due in September → Grey. 1.2 slipping and past due → Red.
    expect(rag).toEqual({ "2.1": "Red", "1.1": "Blue", "2.2": "Grey", "1.2": "Red" });
  });

  it("counts RAG by theme in a table whose totals add up, and says the same in the chart's alt text", () => {
    const document = pack();
    const table = tables(document).find((t) => t.caption === "Actions by RAG rating and theme") as PackTable;
    expect(texts(table)).toEqual([
      ["Housing", "0", "0", "0", "1", "1", "2"],
      ["Finance", "1", "0", "0", "1", "0", "2"],
      ["Total", "1", "0", "0", "2", "1", "4"],
    ]);
    const chart = document.sections[0]?.blocks.find((block) => block.kind === "chart");
    expect(chart?.kind === "chart" && chart.chart.altText).toBe("Stacked bar chart of actions by RAG rating for each theme. Housing: 1 Red, 1 Grey. Finance: 1 Blue, 1 Red.");
  });

  it("lists slipped, not-started and overdue actions with their dates", () => {
    const all = tables(pack());
    const slipped = all.find((t) => t.caption.startsWith("Actions that have slipped")) as PackTable;
    expect(texts(slipped).map((row) => row.slice(0, 6))).toEqual([["1.2", "Audit", "Carol", "30/04/2025", "None", "Some slippage"]]);
    const notStarted = all.find((t) => t.caption === "Actions not started") as PackTable;
    expect(texts(notStarted).map((row) => row[0])).toEqual(["2.2"]);
    const overdue = all.find((t) => t.caption.startsWith("Actions past their date")) as PackTable;
    expect(texts(overdue).map((row) => [row[0], row[3], row[4]])).toEqual([
      ["2.1", "31/03/2025", "91"],
      ["1.2", "30/04/2025", "61"],
    ]);
  });

  it("copies the plan's text as text: a leading =, + or @ stays as written", () => {
    const appendix = tables(pack()).find((table) => table.caption === "The whole plan by theme") as PackTable;
    const progress = appendix.rows.flatMap((row) => (row.kind === "cells" ? [row.cells[7]?.text] : []));
    expect(progress).toContain("=SUM(A1) is text, not a formula");
    expect(progress).toContain("+1 week, @Alice to confirm");
  });

  it("says plainly when there is no earlier snapshot to compare with", () => {
    const blocks = pack().sections[0]?.blocks ?? [];
    expect(blocks.some((block) => block.kind === "paragraph" && block.text.startsWith("No earlier snapshot is kept"))).toBe(true);
  });
});

describe("the chart picture", () => {
  it("draws each segment in its RAG colour in the PNG, at the place the layout gives", () => {
    const chart = { title: "Actions", categories: ["Housing", "Finance"], series: [{ rag: "Blue" as const, values: [0, 3] }, { rag: "Red" as const, values: [2, 1] }], altText: "" };
    const layout = layoutStackedBars(chart);
    const png = drawChartPng(layout);
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    expect([width, height]).toEqual([layout.width, layout.height]);
    const idatLength = view.getUint32(33);
    const raw = unzlibSync(png.subarray(41, 41 + idatLength));
    const pixel = (x: number, y: number): string => {
      const offset = y * (width * 3 + 1) + 1 + x * 3;
      return [raw[offset], raw[offset + 1], raw[offset + 2]].map((v) => (v as number).toString(16).padStart(2, "0")).join("").toUpperCase();
    };
    const bars = layout.rects.filter((rect) => rect.height === 30);
    expect(bars.map((bar) => bar.fill)).toEqual([ragColours("Red").fill, ragColours("Blue").fill, ragColours("Red").fill]);
    for (const bar of bars) expect(pixel(bar.x + 1, bar.y + 1)).toBe(bar.fill);
    // Every segment wide enough for its number carries it, so the chart reads without colour.
    expect(layout.texts.map((t) => t.text)).toEqual(expect.arrayContaining(["Housing", "Finance", "2", "3", "1", "Blue", "Red"]));
  });
});
