/**
 * Rendering through the Office.js adapter leaves the same generated sheets as the ExcelJS writer —
 * cells, number formats, styles, widths, merges, freeze panes, conditional formats, drop-downs and
 * print setup — for every sample workbook, and never touches the officer's sheets.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import { applyRagColumn as applyRagColumnExcelJs } from "../../src/adapters/exceljs/applyRagColumn.js";
import { applyRagColumn, renderSheetSpecs } from "../../src/adapters/officejs/renderSheetSpecs.js";
import { SheetNameConflictError, generatedRoleOf, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { PlanTrackerHostError } from "../../src/adapters/officejs/officeErrors.js";
import { addOfficerPlan, committeeSpec, summarySpec } from "../sheets/sheetFixtures.js";
import { SAMPLE_AS_OF, refreshGrid } from "../refresh/refreshSupport.js";
import { fakeFromExcelJs, type FakeExcel } from "../support/fakeExcel/index.js";
import { excelJsShape, fakeShape } from "./renderedSheets.js";
import { SAMPLE_NAMES, loadSample } from "./support.js";

function asOfFor(name: string): string {
  return SAMPLE_AS_OF[name] ?? "2018-09-30";
}

/** Everything in the fake about the sheets that are not ours, as plain data. */
function officerSheets(excel: FakeExcel, ours: ReadonlySet<string>): string {
  return JSON.stringify(
    excel.model.sheets
      .filter((sheet) => !ours.has(sheet.name))
      .map((sheet) => ({ ...sheet, cells: [...sheet.cells.entries()], columnWidths: [...sheet.columnWidths], rowHeights: [...sheet.rowHeights], rowHidden: [...sheet.rowHidden], columnHidden: [...sheet.columnHidden] })),
  );
}

describe("renderSheetSpecs matches the ExcelJS writer", () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}: every generated sheet, cell for cell`, async () => {
      const workbook = await loadSample(name);
      const excel = fakeFromExcelJs(workbook);
      const grid = workbookToGrid(workbook);
      const { output } = refreshGrid(grid, asOfFor(name));
      const ours = new Set([...output.specs.map((s) => s.name), ...grid.sheets.filter((s) => generatedRoleOf(s) !== undefined).map((s) => s.name)]);
      const before = officerSheets(excel, ours);

      replaceGeneratedSheets(workbook, output.specs);
      const result = await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported });

      expect(result.skippedFeatures).toEqual([]);
      expect(excel.model.sheets.map((s) => s.name).sort()).toEqual(workbook.worksheets.map((ws) => ws.name).sort());
      for (const spec of output.specs) {
        const ws = workbook.getWorksheet(spec.name);
        if (!ws) throw new Error(`ExcelJS has no ${spec.name}`);
        expect(fakeShape(excel.sheet(spec.name), spec), spec.name).toEqual(excelJsShape(ws, spec));
      }
      expect(officerSheets(excel, ours)).toBe(before);
    });
  }
});

/** Renders `specs` with both writers (ExcelJS into `workbook`, Office.js into `excel`) and compares every sheet. */
async function renderBoth(workbook: ExcelJS.Workbook, excel: FakeExcel, specs: readonly SheetSpec[], strip: { validations?: boolean; print?: boolean } = {}) {
  replaceGeneratedSheets(workbook, specs);
  const result = await renderSheetSpecs(excel.context(), specs, { isSetSupported: excel.isSetSupported });
  for (const spec of specs) {
    const ws = workbook.getWorksheet(spec.name);
    if (!ws) throw new Error(`ExcelJS has no ${spec.name}`);
    const expected = excelJsShape(ws, spec);
    if (strip.validations) expected.validations = [];
    if (strip.print) delete expected.print;
    const actual = fakeShape(excel.sheet(spec.name), spec);
    if (strip.print) delete actual.print;
    expect(actual, spec.name).toEqual(expected);
  }
  return result;
}

describe("renderSheetSpecs: the hand-built fixtures", () => {
  it("match ExcelJS: tricky texts, dates, money, an Excel table, panes frozen at B4, a drop-down with a prompt", async () => {
    const workbook = new ExcelJS.Workbook();
    addOfficerPlan(workbook);
    const excel = fakeFromExcelJs(workbook);
    const result = await renderBoth(workbook, excel, [summarySpec(), committeeSpec(40)]);
    expect(result.sheets.map((s) => s.action)).toEqual(["added", "added"]);
    expect(excel.sheet("PT Committee").freeze).toEqual({ rows: 3, columns: 1 });
    expect(excel.sheet("PT Committee").tables.map((t) => t.name)).toEqual(["PT_CommitteeActions"]);
  });
});

describe("renderSheetSpecs replaces our sheets in place", () => {
  it("clears and rewrites the same worksheet objects, so references to them keep working", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported });
    const ids = output.specs.map((spec) => excel.sheet(spec.name).id);

    // Leftovers a refresh must clear: stray text, a merge, a widened column, a conditional format.
    const summary = excel.sheet("PT Summary");
    summary.touch(300, 26).value = "left over";
    summary.merges.push({ top: 300, left: 1, bottom: 300, right: 3 });
    summary.columnWidths.set(30, 200);
    summary.conditionalFormats.push({ range: { top: 300, left: 1, bottom: 310, right: 1 }, type: "Custom", rule: { formula: "=TRUE" }, format: { fill: "#FF0000" }, priority: 99 });

    const second = await renderBoth(workbook, excel, output.specs);
    expect(second.sheets.every((s) => s.action === "replaced")).toBe(true);
    expect(second.removed).toEqual([]);
    expect(output.specs.map((spec) => excel.sheet(spec.name).id)).toEqual(ids);
  });

  it("keeps the spec's spelling when our sheet from before differs only in case", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const old = workbook.addWorksheet("PT summary");
    old.getCell("A1").value = "plan-tracker:generated:summary:PT summary";
    const excel = fakeFromExcelJs(workbook);
    const id = excel.sheet("PT summary").id;
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    expect(output.specs[0]?.name).toBe("PT Summary");
    const result = await renderBoth(workbook, excel, output.specs);
    expect(result.sheets[0]).toEqual({ name: "PT Summary", role: "summary", action: "replaced" });
    expect(excel.model.sheets.find((s) => s.id === id)?.name).toBe("PT Summary");
  });

  it("deletes our sheets that a refresh no longer produces, and nothing else", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    await renderSheetSpecs(excel.context(), [...output.specs, committeeSpec(5, "PT Committee 2")], { isSetSupported: excel.isSetSupported });
    expect(excel.model.sheet("PT Committee 2")).toBeDefined();
    const result = await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported });
    expect(result.removed).toEqual(["PT Committee 2"]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual([...workbook.worksheets.map((ws) => ws.name), ...output.specs.map((s) => s.name)]);
  });
});

describe("renderSheetSpecs never touches the officer's sheets", () => {
  async function withOfficerSummary() {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const theirs = workbook.addWorksheet("PT Summary");
    theirs.getCell("A1").value = "My own summary for the Chief Executive";
    theirs.getCell("A3").value = "Completed";
    theirs.getCell("B3").value = { formula: "COUNTIF('CIP monitoring'!G4:G65,\"Completed\")", result: 32 };
    theirs.getCell("C3").value = "- awaiting CLT sign-off";
    theirs.mergeCells("A1:D1");
    return workbook;
  }

  it('leaves a sheet of theirs called "PT Summary" exactly as it was and writes ours as "PT Summary (2)"', async () => {
    const workbook = await withOfficerSummary();
    const excel = fakeFromExcelJs(workbook);
    const before = JSON.stringify([...excel.sheet("PT Summary").cells.entries()]);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    expect(output.specs[0]?.name).toBe("PT Summary (2)");
    const result = await renderBoth(workbook, excel, output.specs);
    expect(result.sheets.map((s) => s.name)).not.toContain("PT Summary");
    expect(JSON.stringify([...excel.sheet("PT Summary").cells.entries()])).toBe(before);
    expect(excel.sheet("PT Summary").merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
  });

  it("refuses a spec named like their sheet before writing anything", async () => {
    const workbook = await withOfficerSummary();
    const excel = fakeFromExcelJs(workbook);
    const before = JSON.stringify(excel.model.sheets.map((s) => [s.name, [...s.cells.entries()]]));
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    const forced = { ...(output.specs[0] as SheetSpec), name: "PT Summary" };
    const rows = [...forced.rows];
    rows[0] = { hidden: true, cells: [{ kind: "text", text: "plan-tracker:generated:summary:PT Summary" }] };
    await expect(renderSheetSpecs(excel.context(), [{ ...forced, rows }], { isSetSupported: excel.isSetSupported })).rejects.toBeInstanceOf(SheetNameConflictError);
    expect(excel.syncs.every((sync) => sync.writes === 0)).toBe(true);
    expect(JSON.stringify(excel.model.sheets.map((s) => [s.name, [...s.cells.entries()]]))).toBe(before);
  });

  it("refuses to refresh a generated sheet someone protected, before writing anything", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported });
    excel.sheet("PT Exceptions").protected = true;
    excel.resetLog();
    const error = await renderSheetSpecs(excel.context(), output.specs, { isSetSupported: excel.isSetSupported }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanTrackerHostError);
    expect((error as PlanTrackerHostError).kind).toBe("protected");
    expect((error as PlanTrackerHostError).message).toContain('"PT Exceptions" is protected');
    expect(excel.syncs.every((sync) => sync.writes === 0)).toBe(true);
  });
});

describe("renderSheetSpecs and table names", () => {
  it("refuses a table name the officer already uses for a table or named range, before writing anything", async () => {
    for (const taken of ["table", "name"] as const) {
      const workbook = new ExcelJS.Workbook();
      addOfficerPlan(workbook);
      const excel = fakeFromExcelJs(workbook);
      if (taken === "table") excel.sheet("Officer's plan").tables.push({ name: "pt_committeeactions", range: { top: 1, left: 1, bottom: 3, right: 2 } });
      else excel.model.names.push("PT_CommitteeActions");
      const error = await renderSheetSpecs(excel.context(), [committeeSpec(5)], { isSetSupported: excel.isSetSupported }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlanTrackerHostError);
      expect((error as PlanTrackerHostError).kind).toBe("name-clash");
      expect((error as PlanTrackerHostError).message).toContain('"PT_CommitteeActions"');
      expect(excel.syncs.every((sync) => sync.writes === 0)).toBe(true);
    }
  });
});

describe("renderSheetSpecs on older Excel", () => {
  it.each([
    ["1.8", ["pageLayout"]],
    ["1.7", ["charts", "dataValidation", "pageLayout"]],
  ])("ExcelApi %s: skips %j, says so, and writes everything else the same", async (apiVersion, skipped) => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook, { apiVersion });
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    // The fake throws ApiNotFound for anything newer than apiVersion, so this also proves nothing newer was called.
    const result = await renderBoth(workbook, excel, output.specs, { validations: skipped.includes("dataValidation"), print: true });
    expect(result.skippedFeatures.map((f) => f.feature).sort()).toEqual([...skipped].sort());
    const print = result.skippedFeatures.find((f) => f.feature === "pageLayout");
    expect(print?.requirementSet).toBe("ExcelApi 1.9");
    expect(print?.sheets).toEqual(["PT Summary", "PT Exceptions", "PT Committee"]);
    expect(print?.label).toMatch(/print setup/);
  });
});

describe("applyRagColumn matches the ExcelJS adapter", () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name}: header, formulas, colours and width of the RAG column`, async () => {
      const workbook = await loadSample(name);
      const excel = fakeFromExcelJs(workbook);
      const { output } = refreshGrid(workbookToGrid(workbook), asOfFor(name));
      for (const column of output.ragColumns) {
        applyRagColumnExcelJs(workbook, column);
        const result = await applyRagColumn(excel.context(), column, { isSetSupported: excel.isSetSupported });
        expect(result.skippedFeatures).toEqual([]);
        const ws = workbook.getWorksheet(column.sheet);
        if (!ws) throw new Error(column.sheet);
        const fake = excel.sheet(column.sheet);
        for (const row of column.headerRows) {
          const cell = ws.getCell(row, column.column);
          expect(fake.cell(row, column.column)?.value).toBe(cell.value);
          expect(fake.cell(row, column.column)?.format.bold).toBe(true);
        }
        for (const { row, formula } of column.cells) {
          expect(fake.cell(row, column.column)?.formula).toBe(`=${formula}`);
          expect((ws.getCell(row, column.column).value as { formula: string }).formula).toBe(formula);
        }
        const width = ws.getColumn(column.column).width;
        expect(fake.columnWidths.get(column.column) ?? 48).toBeCloseTo(width === undefined ? 48 : ((Math.round(width * 7) + 5) * 72) / 96, 2);
        const ours = fake.conditionalFormats.filter((cf) => cf.range.left === column.column && cf.range.right === column.column);
        expect(ours.map((cf) => cf.rule.formula1)).toEqual(column.conditionalFormats.map((cf) => (cf.kind === "textEquals" ? `="${cf.text}"` : "")));
      }
    });
  }

  it("applied twice, replaces its colours instead of piling them up", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    const column = output.ragColumns[0];
    if (!column) throw new Error("no RAG column");
    await applyRagColumn(excel.context(), column, { isSetSupported: excel.isSetSupported });
    const once = excel.sheet(column.sheet).conditionalFormats.length;
    await applyRagColumn(excel.context(), column, { isSetSupported: excel.isSetSupported });
    expect(excel.sheet(column.sheet).conditionalFormats.length).toBe(once);
  });

  it("keeps formulas formulas in a column the officer formatted as Text", async () => {
    const workbook = await loadSample("cip-monitoring.xlsx");
    const excel = fakeFromExcelJs(workbook);
    const { output } = refreshGrid(workbookToGrid(workbook), "2018-09-30");
    const column = output.ragColumns[0];
    if (!column) throw new Error("no RAG column");
    const sheet = excel.sheet(column.sheet);
    for (const { row } of column.cells) sheet.touch(row, column.column).numberFormat = "@";
    await applyRagColumn(excel.context(), column, { isSetSupported: excel.isSetSupported });
    for (const { row, formula } of column.cells) expect(sheet.cell(row, column.column)?.formula).toBe(`=${formula}`);
  });
});
