import { describe, expect, it } from "vitest";
import { checkWorkbook, reportFor } from "../../src/core/checkWorkbook.js";
import type { ListValidation, SheetGrid, WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { analysePlans } from "../../src/core/refresh/planAnalysis.js";
import { parseRagRules } from "../../src/core/rag/ragRules.js";
import { FileReportSchema } from "../../src/core/report/ValidationReport.js";
import { sheet, workbook, type TestCell } from "../support/grid.js";

const AS_OF = "2025-01-15";
const FAR = new Date(Date.UTC(2025, 11, 31)); // well after the as-at date: the dates alone say Green

function plan(statuses: TestCell[], validations?: ListValidation[]): SheetGrid {
  const grid = sheet("Plan", [
    ["Ref", "Action", "Lead", "Target date", "Status"],
    ...statuses.map((status, i) => [String(i + 1), `Action ${i + 1}`, "Head of Service", FAR, status]),
  ]);
  return validations ? { ...grid, validations } : grid;
}

const STATUS_CELLS = { top: 2, left: 5, bottom: 200, right: 5 };

function check(grid: WorkbookGrid, frontEnd: "excel" | "commandLine" = "excel") {
  const result = checkWorkbook(grid, { asOf: AS_OF, frontEnd });
  const rules = parseRagRules({});
  const [analysis] = analysePlans(result.plans, result.statuses, rules, AS_OF);
  const rag = (ref: string) => analysis!.actions.find((a) => a.action.ref === ref)!.rag;
  const codes = (code: string) => result.issues.filter((issue) => issue.code === code);
  return { result, rag, codes };
}

describe("the council's own status words", () => {
  it("gives everyday trouble words their meaning: never Green, whatever the dates say", () => {
    const { rag, codes } = check(workbook(plan(["At risk", "Delayed", "Off track", "Behind target", "On hold", "Not achieved"])));
    expect(["1", "2", "3", "4", "5", "6"].map(rag)).toEqual(["Amber", "Amber", "Red", "Amber", "Amber", "Red"]);
    expect(codes("status-unknown")).toEqual([]);
  });

  it("reads RAG letters and colour words, in any case and with stray spaces", () => {
    const { rag, codes } = check(workbook(plan(["R", "a", "G ", "A/G", "B", "C", "blue", "R/A"])));
    expect(["1", "2", "3", "4", "5", "6", "7", "8"].map(rag)).toEqual(["Red", "Amber", "Green", "Amber", "Blue", "Blue", "Blue", "Red"]);
    expect(codes("status-unknown")).toEqual([]);
  });

  it("reads decorated completions as Completed and counts them with it", () => {
    const { result, rag } = check(workbook(plan(["Complete ✓", "Complete - see note", "Completed (March 2024)", "Completed"])));
    expect(["1", "2", "3", "4"].map(rag)).toEqual(["Blue", "Blue", "Blue", "Blue"]);
    const report = reportFor("f.xlsx", AS_OF, result);
    expect(report.plans[0]!.statusCounts).toEqual({ Completed: 4 });
  });

  it("closes Superseded, Cancelled, Withdrawn and Merged actions without rating them from their dates", () => {
    const grid = sheet("Plan", [
      ["Ref", "Action", "Lead", "Target date", "Status"],
      ["1", "A", "B", new Date(Date.UTC(2024, 0, 31)), "Superseded"],
      ["2", "A", "B", new Date(Date.UTC(2024, 0, 31)), "Cancelled"],
      ["3", "A", "B", new Date(Date.UTC(2024, 0, 31)), "On track"],
    ]);
    const { rag, result } = check(workbook(grid));
    expect(["1", "2", "3"].map(rag)).toEqual(["Blue", "Blue", "Red"]);
    expect(reportFor("f.xlsx", AS_OF, result).plans[0]!.statusCounts).toEqual({ "On track": 1, Superseded: 1, Cancelled: 1 });
  });

  it("reports a word it cannot place once per word, with its cells, and says truthfully what happens to those actions", () => {
    const { rag, codes, result } = check(workbook(plan(["Xyzzy", "On track", "Xyzzy", "xyzzy ", "Frobbed"])));
    const unknown = codes("status-unknown");
    expect(unknown.map((issue) => issue.cell)).toEqual(["E2", "E6"]);
    expect(unknown[0]!.message).toBe(
      'Status "Xyzzy" is not one Plan Tracker knows (3 actions: E2, E4 and E5). They are counted under "Xyzzy" as written, but the word gives no RAG: their RAG comes from the dates alone.',
    );
    // The truth of that message: counted under the word as written, and rated from the dates (Green: due next December).
    expect(reportFor("f.xlsx", AS_OF, result).plans[0]!.statusCounts).toMatchObject({ Xyzzy: 3 });
    expect(rag("1")).toBe("Green");
    // Officers in Excel are told of the RAG rules and the settings sheet, never of command-line options.
    expect(unknown[0]!.fix).toContain("RAG rules");
    expect(unknown[0]!.fix).toContain("PT Settings");
    expect(unknown[0]!.fix).not.toContain("--");
    const cli = check(workbook(plan(["Xyzzy"])), "commandLine").codes("status-unknown")[0]!;
    expect(cli.fix).toContain('--statuses "Xyzzy=Amber');
    expect(cli.fix).not.toContain("PT Settings");
  });

  it("learns a word the settings give a RAG, so it is no longer unknown", () => {
    const settings = sheet("Settings", [["plan-tracker:settings"], ["status.Xyzzy", "Red"]]);
    const { codes, rag } = check(workbook(plan(["Xyzzy"]), settings));
    expect(codes("status-unknown")).toEqual([]);
    expect(rag("1")).toBe("Red");
  });

  it("takes the words of the status column's drop-down list, from an inline list", () => {
    const { codes, rag, result } = check(workbook(plan(["Stage 2", "Delivered"], [{ ranges: [STATUS_CELLS], items: ["Stage 2", "Delivered", "Stuck"] }])));
    expect(result.plans[0]!.statusList).toEqual({ words: ["Stage 2", "Delivered", "Stuck"], source: null });
    expect(codes("status-unknown")).toEqual([]);
    // A list word we cannot place is the council's own, but its RAG is unknown: a warning, once.
    expect(codes("status-unplaced").map((issue) => issue.cell)).toEqual(["E2"]);
    expect(rag("2")).toBe("Blue");
    expect(result.learnedStatuses).toEqual(expect.arrayContaining([{ word: "Stage 2", from: "list" }, { word: "Stuck", from: "list" }]));
  });

  it("resolves a list that points at a range on a lookup sheet, or at a defined name", () => {
    const lists = sheet("Lists", [["Status"], ["Fine"], ["Wobbly"], ["Done and dusted"]]);
    const byRange = check(workbook(plan(["Wobbly"], [{ ranges: [STATUS_CELLS], source: "Lists!$A$2:$A$4" }]), lists));
    expect(byRange.result.plans[0]!.statusList).toEqual({ words: ["Fine", "Wobbly", "Done and dusted"], source: "Lists!$A$2:$A$4" });
    expect(byRange.codes("status-unknown")).toEqual([]);

    const named: WorkbookGrid = { ...workbook(plan(["Wobbly"], [{ ranges: [STATUS_CELLS], source: "StatusWords" }]), lists), definedNames: { StatusWords: "Lists!$A$2:$A$4" } };
    expect(check(named).result.plans[0]!.statusList?.words).toEqual(["Fine", "Wobbly", "Done and dusted"]);

    const quoted = sheet("Look ups", [["x"], ["Fine"], ["Wobbly"]]);
    const byQuoted = check(workbook(plan(["Wobbly"], [{ ranges: [STATUS_CELLS], source: "='Look ups'!$A$2:$A$3" }]), quoted));
    expect(byQuoted.result.plans[0]!.statusList?.words).toEqual(["Fine", "Wobbly"]);
  });

  it("notes, once, statuses read from cell colours", () => {
    const base = plan([undefined, undefined, "On track"]);
    const rows = base.rows.map((row, i) => {
      const cells = [...(row ?? [])];
      if (i === 1) cells[4] = { value: null, fill: "FF0000" };
      if (i === 2) cells[4] = { value: null, fill: "00B050" };
      return cells;
    });
    const { codes, rag } = check(workbook({ ...base, rows }));
    expect(rag("1")).toBe("Red");
    expect(rag("2")).toBe("Green");
    expect(codes("status-missing")).toEqual([]);
    const notes = codes("status-from-fill");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain("2 actions");
    expect(notes[0]!.message).toContain("1 Red and 1 Green");
  });

  it("keeps the report valid against its schema", () => {
    const { result } = check(workbook(plan(["At risk", "Xyzzy"])));
    expect(() => FileReportSchema.parse(reportFor("f.xlsx", AS_OF, result))).not.toThrow();
  });
});
