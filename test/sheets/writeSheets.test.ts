import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isGeneratedWorksheet, renderSheetSpec, replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import type { SheetGrid } from "../../src/core/grid/SheetGrid.js";
import {
  GENERATED_MARKER,
  SheetNameConflictError,
  SheetSpecBuilder,
  SheetSpecError,
  estimateRowHeight,
  formula,
  generatedRoleOf,
  isoDateToSerial,
  markerText,
  num,
  officerSheetNames,
  parseMarker,
  sheetNameFor,
  sheetNameProblem,
  sheetNamesFor,
  text,
  wrappedLineCount,
  type SheetSpec,
} from "../../src/core/sheets/SheetSpec.js";
import {
  AS_AT,
  COMMITTEE_HEADERS,
  PLAN_SHEET,
  TRICKY_TEXTS,
  addOfficerPlan,
  bigSpec,
  committeeSpec,
  expectedFormulas,
  resultValue,
  summarySpec,
} from "./sheetFixtures.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pt-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function roundTrip(workbook: ExcelJS.Workbook, name: string, times = 1): Promise<ExcelJS.Workbook> {
  let current = workbook;
  for (let i = 0; i < times; i++) {
    const path = join(dir, `${i}-${name}`);
    await current.xlsx.writeFile(path);
    current = new ExcelJS.Workbook();
    await current.xlsx.readFile(path);
  }
  return current;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}" in [${workbook.worksheets.map((w) => w.name).join(", ")}]`);
  return ws;
}

/** Everything about a sheet's cells that an officer would notice, for cell-for-cell comparison. */
function snapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill, border: cell.border, alignment: cell.alignment };
    });
    cells[`row${r}`] = { height: row.height, hidden: row.hidden };
  });
  const columns = (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden }));
  return JSON.parse(JSON.stringify({ name: ws.name, state: ws.state, cells, columns, merges: (ws.model as { merges?: unknown }).merges, pageSetup: ws.pageSetup, headerFooter: ws.headerFooter }));
}

function builtWorkbook(specs: readonly SheetSpec[] = [summarySpec(), committeeSpec(40)]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  addOfficerPlan(workbook);
  replaceGeneratedSheets(workbook, specs);
  return workbook;
}

describe("renderSheetSpec → write → read", () => {
  let back: ExcelJS.Workbook;
  let summary: ExcelJS.Worksheet;
  const spec = summarySpec();

  beforeAll(async () => {
    back = await roundTrip(builtWorkbook([spec]), "summary.xlsx");
    summary = sheet(back, "PT Summary");
  });

  it("keeps text as text, even when it looks like a formula, a number or a boolean", () => {
    TRICKY_TEXTS.forEach((t, i) => {
      const cell = summary.getCell(16 + i, 1);
      expect(cell.value, `row ${16 + i}`).toBe(t);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe("@");
    });
  });

  it("writes numbers, dates and formulas with their cached results", () => {
    expect(summary.getCell("B15").value).toBe(-44_000);
    expect(summary.getCell("B15").numFmt).toBe("#,##0;(#,##0)");
    expect(summary.getCell("C15").value).toBe(0.125);
    expect(summary.getCell("B14").value).toEqual(new Date(Date.UTC(2018, 8, 30)));
    expect(summary.getCell("B14").numFmt).toBe("dd/mm/yyyy");
    // A date cell whose style has no number format gets dd/mm/yyyy, not a bare serial number.
    expect(summary.getCell("C14").value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(summary.getCell("C14").numFmt).toBe("dd/mm/yyyy");

    const formulas = expectedFormulas(spec);
    expect(formulas.length).toBeGreaterThanOrEqual(20);
    expect(formulas.map((f) => f.formula).join(" ")).toMatch(/'Officer''s plan'!\$D\$2/);
    for (const f of formulas) {
      const cell = summary.getCell(f.address);
      expect(cell.type, f.address).toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula, f.address).toBe(f.formula);
      expect(resultValue(cell.result), f.address).toEqual(f.expected);
    }
    expect(summary.getCell("C9").formula).toBe("SUM(C4:C8)");
    expect(summary.getCell("C10").formula).toMatch(/^SUMPRODUCT\(/);
  });

  it("marks the sheet as ours in a hidden first row", () => {
    expect(summary.getCell("A1").value).toBe(markerText("summary", "PT Summary"));
    expect(summary.getRow(1).hidden).toBe(true);
    expect(isGeneratedWorksheet(summary)).toBe(true);
    expect(isGeneratedWorksheet(sheet(back, PLAN_SHEET))).toBe(false);
  });

  it("applies named styles", () => {
    const header = summary.getCell("A3");
    expect(header.font).toMatchObject({ bold: true, name: "Calibri", color: { argb: "FFFFFFFF" } });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    expect(header.alignment).toMatchObject({ wrapText: true, horizontal: "center", vertical: "middle" });
    expect(header.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(summary.getCell("A2").font).toMatchObject({ bold: true, size: 14 });
    expect(summary.getCell("C4").numFmt).toBe("#,##0;(#,##0)");
  });

  it("keeps widths, merges, row heights and frozen panes", () => {
    expect(summary.getColumn(1).width).toBe(22);
    expect(summary.getColumn(3).width).toBe(18);
    expect((summary.model as { merges: string[] }).merges).toContain("A2:E2");
    expect(summary.getRow(2).height).toBe(24);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 0, topLeftCell: "A4" });
  });

  it("keeps conditional formats: RAG words → fill, and an expression rule", () => {
    const blocks = (summary as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings;
    const rag = blocks.find((b) => b.ref === "D4:D8");
    expect(rag?.rules.map((r) => r.formulae)).toEqual([['"Red"'], ['"Amber"'], ['"Green"'], ['"Blue"'], ['"Grey"']]);
    expect(rag?.rules[0]).toMatchObject({ type: "cellIs", operator: "equal", style: { fill: { bgColor: { argb: "FFC00000" } }, font: { color: { argb: "FFFFFFFF" } } } });
    const expression = blocks.find((b) => b.ref === "C4:C9");
    expect(expression?.rules[0]).toMatchObject({ type: "expression", formulae: ["C4<0"] });
    const priorities = blocks.flatMap((b) => b.rules.map((r) => r.priority));
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it("keeps the validation list", () => {
    const model = (summary as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    for (const address of ["E4", "E8"]) {
      expect(model[address]).toMatchObject({ type: "list", formulae: ['"Blue,Green,Amber,Red,Grey"'], allowBlank: true, showErrorMessage: true, prompt: "Pick the RAG you declare" });
    }
    expect(model.E9).toBeUndefined();
  });

  it("keeps committee print setup: A4 landscape, one page wide, title rows, footer with as-at date and page numbers", () => {
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:3" });
    expect(summary.pageSetup.margins).toMatchObject({ left: 0.25, right: 0.25 });
    const footer = summary.headerFooter.oddFooter ?? "";
    expect(footer).toContain("&P of &N");
    expect(footer).toContain("As at 30/09/2018");
    expect(footer).toMatch(/^&L.*&C.*&R/);
  });

  it("the core recognises the sheet from the plain grid", () => {
    const grid: SheetGrid = {
      name: summary.name,
      visibility: "visible",
      rows: [[{ value: String(summary.getCell("A1").value) }]],
      rowCount: 1,
      columnCount: 1,
      merges: [],
    };
    expect(generatedRoleOf(grid)).toBe("summary");
    expect(generatedRoleOf({ ...grid, name: "PT Summary (2)" })).toBeUndefined(); // a copy of our sheet is the officer's
    expect(officerSheetNames({ sheets: [grid, { ...grid, name: PLAN_SHEET, rows: [[{ value: "Ref" }]] }] })).toEqual([PLAN_SHEET]);
  });

  it("writes an Excel table over the committee data and hides nothing the officer needs", async () => {
    const book = await roundTrip(builtWorkbook([committeeSpec(40)]), "committee.xlsx");
    const committee = sheet(book, "PT Committee");
    const tables = (committee as unknown as { tables: Record<string, { table: { tableRef: string; columns: Array<{ name: string }> } }> }).tables;
    expect(Object.keys(tables)).toEqual(["PT_CommitteeActions"]);
    expect(tables.PT_CommitteeActions?.table.tableRef).toBe("A3:F43");
    expect(tables.PT_CommitteeActions?.table.columns.map((c) => c.name)).toEqual([...COMMITTEE_HEADERS]);
    expect(committee.getCell("B4").value).toBe("- Action 1: review the arrangements for shared services, procurement and the customer contact centre");
    expect(committee.getRow(4).height).toBeGreaterThan(15); // wrapped text gets a taller row
    expect(committee.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(committee.pageSetup.printTitlesRow).toBe("3:3");
  });

  it("renders hidden and very hidden sheets", async () => {
    const settings = new SheetSpecBuilder("PT Settings", "settings").row(2, [text("RAG"), text("Red")]).visibility("veryHidden").build();
    const history = new SheetSpecBuilder("PT History", "history").row(2, [text("Snapshot"), num(1)]).visibility("hidden").build();
    const book = await roundTrip(builtWorkbook([summarySpec(), settings, history]), "hidden.xlsx");
    expect(sheet(book, "PT Settings").state).toBe("veryHidden");
    expect(sheet(book, "PT History").state).toBe("hidden");
    expect(sheet(book, "PT Summary").state).toBe("visible");
  });
});

describe("replaceGeneratedSheets", () => {
  function officerWorkbook(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const cover = workbook.addWorksheet("Cover");
    cover.getCell("A1").value = "Corporate Improvement Plan";
    cover.getCell("A1").font = { bold: true, size: 16, name: "Arial" };
    cover.mergeCells("A1:D1");
    addOfficerPlan(workbook);
    const notes = workbook.addWorksheet("Notes");
    notes.getCell("A1").value = { formula: "COUNTA('Officer''s plan'!A:A)-1", result: 8 };
    notes.getCell("A2").value = "=not a formula";
    notes.getColumn(1).width = 40;
    notes.pageSetup.printTitlesRow = "1:1";
    return workbook;
  }

  it("replaces our sheets and only ours, twice in a row leaving one copy each", async () => {
    const workbook = officerWorkbook();
    const first = replaceGeneratedSheets(workbook, [summarySpec(), committeeSpec(10)]);
    expect(first.removed).toEqual([]);
    expect(first.added.map((ws) => ws.name)).toEqual(["PT Summary", "PT Committee"]);
    expect(workbook.calcProperties.fullCalcOnLoad).toBe(true); // Excel recalculates everything on open
    const reread = await roundTrip(workbook, "twice-1.xlsx");
    const second = replaceGeneratedSheets(reread, [summarySpec(), committeeSpec(10)]);
    expect(second.removed).toEqual(["PT Summary", "PT Committee"]);
    replaceGeneratedSheets(reread, [summarySpec(), committeeSpec(10)]);
    const final = await roundTrip(reread, "twice-2.xlsx");
    expect(final.worksheets.map((ws) => ws.name)).toEqual(["Cover", PLAN_SHEET, "Notes", "PT Summary", "PT Committee"]);
  });

  // Each comparison is against the officer's workbook put through as many ExcelJS write → read
  // round trips without us, so only our changes could differ (ExcelJS itself drifts a little, e.g.
  // useFirstPageNumber turns true after two round trips).
  it("leaves the officer's sheets cell-for-cell and in their order, even when ours sat between them", async () => {
    const expected = (await roundTrip(officerWorkbook(), "officer-baseline.xlsx", 3)).worksheets.map(snapshot);
    const before = await roundTrip(officerWorkbook(), "officer-before.xlsx");

    replaceGeneratedSheets(before, [summarySpec()]);
    // The officer drags our sheet between theirs; the next refresh must not reorder their sheets.
    const moved = await roundTrip(before, "officer-moved.xlsx");
    const ours = sheet(moved, "PT Summary");
    const notes = sheet(moved, "Notes");
    const order = (ws: ExcelJS.Worksheet): { orderNo: number } => ws as unknown as { orderNo: number };
    [order(ours).orderNo, order(notes).orderNo] = [order(notes).orderNo, order(ours).orderNo];
    expect(moved.worksheets.map((ws) => ws.name)).toEqual(["Cover", PLAN_SHEET, "PT Summary", "Notes"]);

    replaceGeneratedSheets(moved, [summarySpec(), committeeSpec(5)]);
    const after = await roundTrip(moved, "officer-after.xlsx");
    expect(after.worksheets.map((ws) => ws.name)).toEqual(["Cover", PLAN_SHEET, "Notes", "PT Summary", "PT Committee"]);
    expect(after.worksheets.slice(0, 3).map(snapshot)).toEqual(expected);
    expect(sheet(after, "Notes").getCell("A2").value).toBe("=not a formula");
  });

  it("never overwrites an officer's sheet that has our name: ours takes a free variant", async () => {
    const workbook = officerWorkbook();
    const theirs = workbook.addWorksheet("PT Summary");
    theirs.getCell("A1").value = "My own summary";
    theirs.getCell("B2").value = 42;
    theirs.getCell("C3").value = `${GENERATED_MARKER}:summary`; // looks like a marker, but names no sheet
    const before = snapshot(sheet(await roundTrip(workbook, "clash-0.xlsx", 2), "PT Summary"));

    // The caller names our sheet from the officer's names, as the core will.
    const name = sheetNameFor("summary", workbook.worksheets.filter((ws) => !isGeneratedWorksheet(ws)).map((ws) => ws.name));
    expect(name).toBe("PT Summary (2)");
    replaceGeneratedSheets(workbook, [summarySpec(name)]);
    const once = await roundTrip(workbook, "clash-1.xlsx");
    replaceGeneratedSheets(once, [summarySpec(sheetNameFor("summary", once.worksheets.filter((ws) => !isGeneratedWorksheet(ws)).map((ws) => ws.name)))]);
    const twice = await roundTrip(once, "clash-2.xlsx");

    expect(twice.worksheets.map((ws) => ws.name)).toEqual(["Cover", PLAN_SHEET, "Notes", "PT Summary", "PT Summary (2)"]);
    expect(snapshot(sheet(twice, "PT Summary"))).toEqual(before);
    expect(sheet(twice, "PT Summary (2)").getCell("A1").value).toBe(markerText("summary", "PT Summary (2)"));
  });

  it("keeps an officer's copy of a generated sheet (its marker names another sheet)", async () => {
    const workbook = builtWorkbook([summarySpec()]);
    const copy = workbook.addWorksheet("PT Summary (2)");
    copy.getCell("A1").value = markerText("summary", "PT Summary"); // Excel's Move or Copy copies A1 as it is
    copy.getCell("B5").value = "my annotation";
    const result = replaceGeneratedSheets(workbook, [summarySpec()]);
    expect(result.removed).toEqual(["PT Summary"]);
    expect(sheet(workbook, "PT Summary (2)").getCell("B5").value).toBe("my annotation");
  });

  it("refuses, before changing anything, a spec named like a sheet that is not ours", () => {
    const workbook = officerWorkbook();
    replaceGeneratedSheets(workbook, [summarySpec()]);
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(() => replaceGeneratedSheets(workbook, [summarySpec(), summarySpec("notes")])).toThrow(SheetNameConflictError);
    expect(() => replaceGeneratedSheets(workbook, [summarySpec(), summarySpec("pt summary")])).toThrow(SheetSpecError);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(names);
    expect(() => renderSheetSpec(workbook, summarySpec())).toThrow(SheetNameConflictError);
  });

  it("refuses a table name the workbook already uses", () => {
    const workbook = officerWorkbook();
    sheet(workbook, "Notes").addTable({ name: "PT_CommitteeActions", ref: "C1", columns: [{ name: "Mine" }], rows: [["x"]] });
    expect(() => replaceGeneratedSheets(workbook, [committeeSpec(5)])).toThrow(/already used/);
    expect(() => replaceGeneratedSheets(new ExcelJS.Workbook(), [committeeSpec(5), committeeSpec(5, "PT Committee (2)")])).toThrow(/already used/);
  });

  it("keeps the officer's active tab, and never leaves a hidden sheet active", () => {
    const workbook = officerWorkbook();
    workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 2, visibility: "visible" }];
    replaceGeneratedSheets(workbook, [summarySpec()]);
    expect((workbook.views[0] as { activeTab?: number }).activeTab).toBe(2);

    (workbook.views[0] as { activeTab?: number }).activeTab = 3; // PT Summary
    const settings = new SheetSpecBuilder("PT Settings", "settings").row(2, [text("x")]).visibility("veryHidden").build();
    replaceGeneratedSheets(workbook, [settings]);
    const active = (workbook.views[0] as { activeTab?: number }).activeTab ?? -1;
    expect(workbook.worksheets[active]?.state).toBe("visible");
  });
});

describe("sheet names and markers", () => {
  it("picks PT names and free variants, ignoring case as Excel does", () => {
    expect(sheetNameFor("summary", [])).toBe("PT Summary");
    expect(sheetNameFor("committee", ["Sheet1"])).toBe("PT Committee");
    expect(sheetNameFor("summary", ["pt summary"])).toBe("PT Summary (2)");
    expect(sheetNameFor("summary", ["PT Summary", "PT Summary (2)"])).toBe("PT Summary (3)");
    expect(sheetNameFor("committee", [], "Audit: Committee [draft]?")).toBe("PT Audit Committee draft");
    expect(sheetNameFor("committee", [], "Officer's table")).toBe("PT Officer s table");
    const long = sheetNameFor("committee", [], "Overview and Scrutiny Management Board");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(sheetNameFor("committee", [long], "Overview and Scrutiny Management Board")).toMatch(/^PT Overview.* \(2\)$/);
    expect(sheetNamesFor([{ role: "committee" }, { role: "committee" }, { role: "summary" }], ["PT Summary"])).toEqual(["PT Committee", "PT Committee (2)", "PT Summary (2)"]);
    expect(sheetNameProblem("History")).toBeDefined();
    expect(sheetNameProblem("PT History")).toBeUndefined();
  });

  it("never returns an existing name, and always a valid one", () => {
    const role = fc.constantFrom("summary", "benefits", "exceptions", "committee", "settings", "history" as const);
    fc.assert(
      fc.property(role, fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), fc.option(fc.string({ maxLength: 50 }), { nil: undefined }), (r, existing, label) => {
        const taken = [...existing, "PT Summary", "pt summary (2)", "PT Committee"];
        const name = sheetNameFor(r, taken, label);
        expect(sheetNameProblem(name)).toBeUndefined();
        expect(taken.some((t) => t.toUpperCase() === name.toUpperCase())).toBe(false);
        expect(name.startsWith("PT ")).toBe(true);
      }),
    );
  });

  it("parses only exact markers", () => {
    expect(parseMarker("plan-tracker:generated:summary:PT Summary")).toEqual({ role: "summary", sheetName: "PT Summary" });
    expect(parseMarker("plan-tracker:generated:summary")).toBeUndefined();
    expect(parseMarker("plan-tracker:generated:pivot:PT Summary")).toBeUndefined();
    expect(parseMarker(" plan-tracker:generated:summary:PT Summary")).toBeUndefined();
    expect(parseMarker(42)).toBeUndefined();
  });
});

describe("spec checks", () => {
  it("reports every problem at once", () => {
    const b = new SheetSpecBuilder("PT Summary", "summary")
      .row(2, [text("a", "missing-style"), formula("SUM(A1:A2)")])
      .merge("A3:B4")
      .merge("B4:C5")
      .table({ name: "T1", range: { top: 3, left: 1, bottom: 3, right: 2 } })
      .conditionalFormat({ kind: "textEquals", range: { top: 2, left: 1, bottom: 2, right: 1 }, text: "Red", style: "nope" })
      .validation({ range: { top: 2, left: 1, bottom: 2, right: 1 }, allowed: { values: ["a,b"] } });
    let error: unknown;
    try {
      b.build();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SheetSpecError);
    const problems = (error as SheetSpecError).problems.join("\n");
    for (const fragment of ["unknown style \"missing-style\"", "overlap", "reads as a cell address", "at least one data row", "unknown style \"nope\"", "comma"]) {
      expect(problems).toContain(fragment);
    }
  });

  it("reserves row 1 for the marker and refuses formulas with a leading =", () => {
    expect(() => new SheetSpecBuilder("PT Summary", "summary").cell(1, 1, text("x"))).toThrow(RangeError);
    expect(() => formula("=SUM(A1)")).toThrow(RangeError);
    expect(() => num(Number.NaN)).toThrow(RangeError);
    expect(() => new SheetSpecBuilder("PT: Summary", "summary").build()).toThrow(SheetSpecError);
  });

  it("estimates wrapped row heights conservatively", () => {
    expect(wrappedLineCount("short", 20)).toBe(1);
    expect(wrappedLineCount("one\ntwo\nthree", 20)).toBe(3);
    expect(wrappedLineCount("x".repeat(100), 10)).toBeGreaterThanOrEqual(10);
    expect(wrappedLineCount("word ".repeat(40), 30)).toBeGreaterThanOrEqual(7);
    const styles = { wrap: { wrap: true } };
    expect(estimateRowHeight([text("short", "wrap")], [{ width: 30 }], styles)).toBeUndefined();
    expect(estimateRowHeight([text("a long note ".repeat(10), "wrap")], [{ width: 30 }], styles)).toBeGreaterThan(45);
  });

  it("converts dates to Excel serial numbers", () => {
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial(AS_AT)).toBe(43373);
  });
});

describe("speed", () => {
  it("renders 20,000 rows × 10 columns quickly, with a handful of shared styles", async () => {
    let started = performance.now();
    const spec = bigSpec(20_000);
    const buildMs = performance.now() - started;
    const workbook = new ExcelJS.Workbook();
    started = performance.now();
    renderSheetSpec(workbook, spec);
    const renderMs = performance.now() - started;
    started = performance.now();
    const buffer = await workbook.xlsx.writeBuffer();
    const writeMs = performance.now() - started;
    console.info(`20,000 × 10: build spec ${buildMs.toFixed(0)} ms, render ${renderMs.toFixed(0)} ms, write ${writeMs.toFixed(0)} ms, ${(buffer.byteLength / 1e6).toFixed(1)} MB`);
    expect(renderMs).toBeLessThan(2_000);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer);
    const ws = sheet(back, "PT Exceptions");
    expect(ws.rowCount).toBe(20_002);
    expect(ws.getCell("I20002").formula).toBe("G20002-H20002");
    expect(ws.getCell("J3").value).toBe("- see update");
  });
});
