/**
 * The refresh core on the sample workbooks (samples/README.md gives the facts): what the generated
 * sheets say, checked without a spreadsheet engine. recalculate.test.ts checks that LibreOffice
 * computes the same from the formulas.
 */
import { describe, expect, it } from "vitest";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import { RAG_COLUMN_HEADER } from "../../src/core/refresh/buildRefresh.js";
import type { SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { cellOf, loadSample, refreshWorkbook, shown, shownRows, specOfRole, tableAfter, type Refreshed } from "./refreshSupport.js";

const THEMES = [
  "City Leadership",
  "MTFP",
  "Effective management",
  "Constructive Member relationships",
  "Robust internal controls",
  "Productive and skilled workforce",
  "Embedded Risk Management",
  "Sound Information Governance",
  "Improved service outcomes",
  "Innovative transformation",
];

/** Seed 002's status of each theme, from the cell lists in samples/README.md. */
const BY_THEME: Readonly<Record<string, readonly number[]>> = {
  //                 City  MTFP  Eff  Memb  Ctrl  Work  Risk  IG  Serv  Trans  Total
  Completed: /*    */ [3, 2, 3, 2, 9, 2, 3, 4, 3, 1, 32],
  "On track": /*   */ [1, 3, 1, 1, 2, 4, 2, 4, 2, 1, 21],
  "Some slippage": [1, 2, 1, 1, 1, 0, 0, 0, 1, 1, 8],
  "Major slippage": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  "Not started": /**/ [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  Total: /*        */ [6, 7, 5, 4, 12, 6, 5, 8, 6, 3, 62],
};

async function cip(asOf = "2018-09-30"): Promise<Refreshed> {
  return refreshWorkbook(await loadSample("cip-monitoring.xlsx"), asOf);
}

/** Exceptions sheet rows grouped by section heading: heading prefix → refs. */
function exceptionSections(spec: SheetSpec): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = "";
  for (const row of shownRows(spec).slice(4)) {
    const first = row[0];
    if (typeof first !== "string") continue;
    const heading = /^(Overdue|Slipped|Not started)\b/.exec(first);
    if (heading && row.length > 1 && row[1] === undefined) {
      current = heading[1] as string;
      sections.set(current, []);
    } else if (current && first !== "") sections.get(current)?.push(first);
  }
  return sections;
}

/** Committee row (1-based) of the action with this ref (the nth when refs repeat). */
function committeeRow(spec: SheetSpec, ref: string, nth = 1): number {
  let seen = 0;
  const index = shownRows(spec).findIndex((row, i) => i >= 4 && row[0] === ref && ++seen === nth);
  if (index < 0) throw new Error(`ref ${ref} not in ${spec.name}`);
  return index + 1;
}

describe("refresh core on seed 002 (CIP monitoring, as at 30/09/2018)", async () => {
  const { output } = await cip();
  const summary = specOfRole(output, "summary");
  const committee = specOfRole(output, "committee");
  const exceptions = specOfRole(output, "exceptions");

  it("generates the sheets in tab order with our names", () => {
    expect(output.sheets.map((s) => [s.name, s.role])).toEqual([
      ["PT Summary", "summary"],
      ["PT Exceptions", "exceptions"],
      ["PT Committee", "committee"],
      ["PT Settings", "settings"],
      ["PT Plan rows", "planRows"],
    ]);
    expect(output.sheets.every((s) => s.rows > 3)).toBe(true);
    expect(output.specs.find((s) => s.role === "planRows")?.visibility).toBe("hidden");
  });

  it("gives the seed's status table, 32 / 21 / 8 / 0 / 1, overall and by theme", () => {
    const table = tableAfter(summary, "Status");
    expect(table.columns).toEqual([...THEMES, "Total"]);
    expect([...table.rows.keys()]).toEqual(["Completed", "On track", "Some slippage", "Major slippage", "Not started", "Total"]);
    for (const [label, counts] of Object.entries(BY_THEME)) expect(table.rows.get(label), label).toEqual(counts);
    // Every count is a live COUNTIF over the plan-rows sheet, which reads the plan's status column
    // (and counts "on track " in G59 too, through its status-word table): the total over the status
    // row column, a theme's count over the theme × status key.
    const onTrackTotal = summary.rows[table.top + 1]?.cells[11];
    expect(onTrackTotal?.kind === "formula" && onTrackTotal.formula).toBe(`IFERROR(COUNTIF('PT Plan rows'!$I$5:$I$116,2),0)`);
    const onTrackFirstTheme = summary.rows[table.top + 1]?.cells[1];
    expect(onTrackFirstTheme?.kind === "formula" && onTrackFirstTheme.formula).toMatch(/^IFERROR\(COUNTIF\('PT Plan rows'!\$[A-Z]+\$5:\$[A-Z]+\$116,'PT Plan rows'!\$[A-Z]+\$5\*1000\+2\),0\)$/);
  });

  it("puts the as-at date in B3, and every RAG formula compares with it", () => {
    expect(cellOf(summary, "B3")).toMatchObject({ kind: "date", iso: "2018-09-30" });
    const rows = specOfRole(output, "planRows");
    const rag = cellOf(rows, "O42"); // the RAG column; plan row 41 (6.4): the 38th slot below the header in row 3
    expect(rag?.kind === "formula" && rag.formula).toContain("'PT Summary'!$B$3");
    expect(shown(rag)).toBe("Red");
  });

  it("rates each action from its status and dates: 6.4 and 8.5 Red (past due), 9.6 Amber (due today), 1.5 Grey (not started), 1.1 Blue", () => {
    const ragOf = (ref: string, nth = 1) => shown(cellOf(committee, `G${committeeRow(committee, ref, nth)}`));
    expect(ragOf("6.4")).toBe("Red");
    expect(ragOf("8.5")).toBe("Red");
    expect(ragOf("9.6")).toBe("Amber");
    expect(ragOf("1.5")).toBe("Grey");
    expect(ragOf("1.1")).toBe("Blue");
    expect(ragOf("2.4", 2)).toBe("Amber"); // "Some slippage": Amber, though its revised date (31/12/2018) is months off
    expect(ragOf("2.6")).toBe("Green"); // On track, due 31/12/2018
    expect(ragOf("6.1")).toBe("Green"); // "Ongoing": no date, so what "On track" stands for
    const rags = tableAfter(summary, "RAG");
    expect(rags.rows.get("Blue")?.at(-1)).toBe(32);
    expect(rags.rows.get("Red")?.at(-1)).toBe(2);
    expect(rags.rows.get("Amber")?.at(-1)).toBe(8); // the 8 slipped actions
    expect(rags.rows.get("Green")?.at(-1)).toBe(19);
    expect(rags.rows.get("Grey")?.at(-1)).toBe(1);
    expect(rags.rows.get("Total")?.at(-1)).toBe(62);
  });

  it("lists status-vs-date mismatches: row 41 (6.4, On track past due) and row 53 (8.5, revised date passed)", () => {
    const rows = shownRows(summary);
    const countRow = rows.find((row) => typeof row[0] === "string" && row[0].startsWith("Status disagrees with the dates"));
    expect(countRow?.[1]).toBe(2);
    const list = tableAfter(summary, "Ref");
    expect([...list.rows.keys()]).toEqual(["6.4", "8.5"]);
    expect(list.rows.get("6.4")?.slice(0, 11).filter((v) => v !== undefined)).toEqual(["Launch the Derby Professional Manager programme", "On track", 43312, "Red"]);
    // Outside the print area, where the row reads the plan: slot 38, plan row 41.
    expect(list.rows.get("6.4")?.slice(-2)).toEqual([38, 41]);
  });

  it("counts overdue actions against the original and against the revised date", () => {
    const rows = shownRows(summary);
    const line = (prefix: string) => rows.find((row) => typeof row[0] === "string" && row[0].startsWith(prefix))?.[1];
    expect(line("Overdue against the original target date")).toBe(2); // 4.2 (30/04/2018) and 6.4
    expect(line("Overdue against the revised date")).toBe(2); // 6.4 and 8.5 (revised 30/06/2018)
  });

  it("lists the exceptions: the 8 slipped, the 1 not started and the 2 overdue", () => {
    const sections = exceptionSections(exceptions);
    expect(sections.get("Slipped")).toEqual(["1.4", "2.4", "2.4", "3.1", "4.2", "5.12", "9.6", "10.1"]);
    expect(sections.get("Not started")).toEqual(["1.5"]);
    expect(sections.get("Overdue")).toEqual(["6.4", "8.5"]);
    expect(shownRows(exceptions)[3]).toEqual(["Ref", "Action", "Lead", "Original target date", "Revised date", "Status", "RAG", "Commentary"]);
  });

  it("shows the officer's text literally, through formulas that give text", () => {
    const h48 = cellOf(committee, `H${committeeRow(committee, "7.5")}`);
    const h15 = cellOf(committee, `H${committeeRow(committee, "2.5")}`);
    expect(h48).toMatchObject({ kind: "formula", expected: "- awaiting CLT sign-off" });
    expect(h48?.kind === "formula" && h48.formula).toMatch(/^IFERROR\(IF\(\$K\d+="","",INDEX\('CIP monitoring'!\$H:\$H,\$K\d+\)&""\),""\)$/);
    expect(h15).toMatchObject({ kind: "formula", expected: "=see 2.4 above" });
    // Refs stay text: "5.10" is not 5.1.
    expect(cellOf(committee, `A${committeeRow(committee, "5.10")}`)).toMatchObject({ kind: "formula", expected: "5.10" });
  });

  it("reads due dates from text through a table written at the refresh", () => {
    const row = committeeRow(committee, "1.4"); // F7 "Dec 2018"
    expect(cellOf(committee, `E${row}`)).toMatchObject({ kind: "formula", expected: "Dec 2018" });
    const rows = shownRows(specOfRole(output, "planRows"));
    // The dates table, wherever it sits right of the slot columns: found by its heading.
    const at = rows.find((r) => r.includes("Timescale as written"))?.indexOf("Timescale as written") ?? -1;
    expect(at).toBeGreaterThan(0);
    const dates = new Map(rows.filter((r) => typeof r[at] === "string").map((r) => [r[at] as string, r[at + 1]]));
    expect(dates.get("Dec 2018")).toBe("2018-12-31");
    expect(dates.get("31/03/2019")).toBe("2019-03-31"); // F37 typed as text
    expect(dates.get("Ongoing")).toBe("none");
  });

  it("prints the committee table on A4 landscape, one page wide, header repeated, as-at and page numbers in the footer", () => {
    expect(committee.print).toMatchObject({ paperSize: "A4", orientation: "landscape", fitToPagesWide: 1, titleRows: { first: 5, last: 5 } });
    expect(committee.print?.footer).toEqual({ left: "As at 30/09/2018", center: "Corporate Improvement Plan – Progress up to 30 September 2018", right: "Page &P of &N" });
    // 62 actions and 10 theme bars, plus three spare rows per theme (a quarter of its actions, at least 3).
    expect(committee.print?.printArea).toEqual({ top: 2, left: 1, bottom: 5 + 10 + 62 + 30, right: 8 });
    // RAG as a fill (conditional format) and a word (the formula's value).
    expect(committee.conditionalFormats.filter((cf) => cf.kind === "textEquals" && cf.range.left === 7).map((cf) => cf.kind === "textEquals" && cf.text)).toEqual([
      "Blue",
      "Green",
      "Amber/Green",
      "Amber",
      "Amber/Red",
      "Red",
      "Grey",
    ]);
    // A heading bar per theme.
    expect(shownRows(committee).filter((row) => row.length > 1 && typeof row[0] === "string" && THEMES.includes(row[0])).map((row) => row[0])).toEqual(THEMES);
  });

  it("offers a RAG column for the officer's sheet: first free column, formulas over the row's own cells", () => {
    expect(output.ragColumns).toHaveLength(1);
    const column = output.ragColumns[0]!;
    expect(column).toMatchObject({ sheet: "CIP monitoring", column: 9, header: RAG_COLUMN_HEADER, headerRows: [3] });
    expect(column.cells).toHaveLength(62);
    const row41 = column.cells.find((c) => c.row === 41)!;
    expect(row41.expected).toBe("Red");
    expect(row41.formula).toContain("TRIM($G41)");
    expect(row41.formula).toContain("$E41");
    const row7 = column.cells.find((c) => c.row === 7)!;
    // "Dec 2018" read from text: through the plan-rows sheet's table of dates, by the row's own cell.
    expect(row7.formula).toMatch(/VLOOKUP\(LEFT\(TRIM\(\$F7&""\),200\),'PT Plan rows'!\$[A-Z]+\$5:\$[A-Z]+\$/);
    // Apart from our sheets (as-at date, dates table), only relative row references: it moves with its row.
    const ownSheet = row7.formula.replace(/'[^']+'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?/g, "");
    expect(ownSheet).not.toMatch(/\$[A-Z]+\$\d/);
    expect(ownSheet).toContain("$G7");
    expect(column.conditionalFormats.map((cf) => cf.kind === "textEquals" && cf.text)).toEqual(["Blue", "Green", "Amber", "Red", "Grey"]);
    expect(Object.keys(column.styles)).toContain("rag-red");
  });

  it("builds no RAG column when the officer did not ask for one, and the same sheets", async () => {
    const without = refreshWorkbook(await loadSample("cip-monitoring.xlsx"), "2018-09-30", { addRagColumn: false }).output;
    expect(without.ragColumns).toEqual([]);
    expect(without.specs).toEqual(output.specs);
  });
});

describe("refresh core on the other samples", () => {
  it("seed 000 (no status column): RAG from dates and the progress note; 'Complete' in F21 is Blue", async () => {
    const { output } = refreshWorkbook(await loadSample("peer-challenge-2014.xlsx"), "2014-10-31");
    const committee = specOfRole(output, "committee");
    const rows = shownRows(committee);
    expect(rows.filter((row) => row.some((v) => typeof v === "string" && /<\/?(p|i)>/.test(v))).length).toBe(0); // HTML cleaned
    const f21 = rows.findIndex((row) => row.includes("Complete"));
    expect(f21).toBeGreaterThan(4);
    const ragColumn = rows[4]!.indexOf("RAG");
    expect(rows[f21]![ragColumn]).toBe("Blue");
    const summary = specOfRole(output, "summary");
    expect(() => tableAfter(summary, "Status")).toThrow(); // no status column, no status table
    expect(tableAfter(summary, "RAG").rows.get("Total")?.at(-1)).toBe(20);
  });

  it("seed 003: 'As 19 above' takes rec 19's date; 'In place' is complete", async () => {
    const { output } = refreshWorkbook(await loadSample("shared-services-2018.xlsx"), "2018-11-30");
    const committee = specOfRole(output, "committee");
    const rows = shownRows(committee);
    const header = rows[4]!;
    const rag = header.indexOf("RAG");
    const inPlace = rows.find((row) => row.includes("In place"));
    expect(inPlace?.[rag]).toBe("Blue");
    const as19 = rows.filter((row) => row[header.indexOf("Timescale")] === "As 19 above");
    expect(as19).toHaveLength(3);
    // Rec 19's first action is due September 2018: past at 30/11/2018.
    for (const row of as19) expect(row[rag]).toBe("Red");
  });

  it("seed 001 (benefits): adds the Benefits sheet after the Summary", async () => {
    const { output } = refreshWorkbook(await loadSample("od-programme-benefits.xlsx"), "2022-09-30");
    expect(output.sheets.map((s) => s.role)).toEqual(["summary", "benefits", "exceptions", "committee", "settings", "planRows"]);
  });
});

describe("the RAG column on the officer's sheet", () => {
  for (const [sample, asOf] of [
    ["cip-monitoring.xlsx", "2018-09-30"],
    ["peer-challenge-2014.xlsx", "2014-10-31"], // no status column: our header "RAG (…)" must not become one
  ] as const) {
    it(`${sample}: a refresh after the column was added reuses it and reads the plan as before`, async () => {
      const workbook = await loadSample(sample);
      const first = refreshWorkbook(workbook, asOf).output;
      const column = first.ragColumns[0]!;
      const sheet = workbook.getWorksheet(column.sheet)!;
      for (const row of column.headerRows) sheet.getCell(row, column.column).value = column.header;
      for (const cell of column.cells) sheet.getCell(cell.row, column.column).value = { formula: cell.formula, result: cell.expected };
      replaceGeneratedSheets(workbook, first.specs);

      const second = refreshWorkbook(workbook, asOf).output;
      expect(second.ragColumns).toEqual(first.ragColumns);
      expect(JSON.stringify(second.specs)).toBe(JSON.stringify(first.specs));
    });
  }
});

describe("refreshing is repeatable", () => {
  it("gives identical specs for the same grid, apart from the refreshed-at time", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const first = refreshWorkbook(workbook, "2018-09-30", { refreshedAt: "24/11/2026 15:04", takeSnapshot: true }).output;
    const second = refreshWorkbook(workbook, "2018-09-30", { refreshedAt: "25/11/2026 09:30", takeSnapshot: true }).output;
    expect(JSON.stringify(second).replaceAll("25/11/2026 09:30", "24/11/2026 15:04")).toBe(JSON.stringify(first));
  });

  it("refreshing its own output again gives the same sheets (names, settings and history carry over)", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const first = refreshWorkbook(workbook, "2018-09-30", { takeSnapshot: true }).output;
    replaceGeneratedSheets(workbook, first.specs);
    const grid = workbookToGrid(workbook);
    const second = refreshWorkbook(workbook, "2018-09-30", { takeSnapshot: false }).output;
    expect(grid.sheets.map((s) => s.name)).toEqual(["CIP monitoring", "Status June 2018", "PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT History", "PT Plan rows"]);
    expect(JSON.stringify(second.specs)).toBe(JSON.stringify(first.specs));
    expect(second.ragColumns).toEqual(first.ragColumns);
  });
});
