/**
 * Period comparison, as in seed 002 (June against September): a snapshot taken at 30/06/2018 with the
 * June statuses, the officer's September update, a second snapshot at 30/09/2018 — and the Summary
 * shows counts then (from the history) and now (live formulas), newly completed and newly slipped.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workbookToGrid } from "../../src/adapters/exceljs/toGrid.js";
import { replaceGeneratedSheets } from "../../src/adapters/exceljs/writeSheets.js";
import { readHistory } from "../../src/core/refresh/history.js";
import { requireLibreOffice } from "../support/libreoffice.js";
import { disagreements, errorCells, formulaCells, loadSample, refreshWorkbook, shownRows, specOfRole, tableAfter, writeAndRecalculate } from "./refreshSupport.js";

const gate = requireLibreOffice();
const LO_TIMEOUT = 180_000;

/** June's statuses: 15 of September's completions still on track, 7 of the 8 slips not yet reported, 10.3 not started. */
const NOW_COMPLETED_WERE_ON_TRACK = ["G34", "G36", "G40", "G43", "G44", "G45", "G46", "G50", "G52", "G54", "G55", "G58", "G60", "G61", "G64"];
const NOW_SLIPPED_WERE_ON_TRACK = ["G7", "G13", "G14", "G17", "G37", "G62", "G63"];
const JUNE: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...NOW_COMPLETED_WERE_ON_TRACK, ...NOW_SLIPPED_WERE_ON_TRACK].map((cell) => [cell, "On track"])),
  G65: "Not started",
};

let dir: string;

describe.skipIf(!gate.available)(`Snapshots${gate.available ? "" : ` — skipped: ${gate.reason}`}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pt-snapshots-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "compares September with the June snapshot: then/now counts, newly completed, newly slipped; two snapshots kept",
    async () => {
      const workbook = await loadSample("cip-monitoring.xlsx");
      const plan = workbook.getWorksheet("CIP monitoring") as ExcelJS.Worksheet;
      const september = new Map(Object.keys(JUNE).map((address) => [address, plan.getCell(address).value]));
      for (const [address, status] of Object.entries(JUNE)) plan.getCell(address).value = status;

      // June: refresh with --snapshot, save.
      const june = refreshWorkbook(workbook, "2018-06-30", { takeSnapshot: true, refreshedAt: "02/07/2018 10:00" });
      expect(tableAfter(specOfRole(june.output, "summary"), "Status").rows.get("Completed")?.at(-1)).toBe(17);
      replaceGeneratedSheets(workbook, june.output.specs);
      const junePath = join(dir, "june.xlsx");
      await workbook.xlsx.writeFile(junePath);

      // September: the officer reopens the file and updates the statuses, then refreshes with --snapshot.
      const reopened = new ExcelJS.Workbook();
      await reopened.xlsx.readFile(junePath);
      const reopenedPlan = reopened.getWorksheet("CIP monitoring") as ExcelJS.Worksheet;
      for (const [address, value] of september) reopenedPlan.getCell(address).value = value;
      const sept = refreshWorkbook(reopened, "2018-09-30", { takeSnapshot: true, refreshedAt: "01/10/2018 09:00" });
      const summary = specOfRole(sept.output, "summary");

      const comparison = tableAfter(summary, "Status", tableAfter(summary, "Status").top + 1);
      expect(comparison.columns).toEqual(["Then (30/06/2018)", "Now (30/09/2018)", "Change"]);
      expect(Object.fromEntries(comparison.rows)).toEqual({
        Completed: [17, 32, 15],
        "On track": [42, 21, -21],
        "Some slippage": [1, 8, 7],
        "Major slippage": [0, 0, 0],
        "Not started": [2, 1, -1],
        Total: [62, 62, 0],
      });
      const rows = shownRows(summary);
      const countAfter = (label: string) => rows.find((row) => row[0] === label)?.[1];
      expect(countAfter("Newly completed since 30/06/2018")).toBe(15);
      expect(countAfter("Newly slipped since 30/06/2018")).toBe(7);

      const history = specOfRole(sept.output, "history");
      expect(history.visibility).toBe("hidden");
      replaceGeneratedSheets(reopened, sept.output.specs);
      const snapshots = readHistory(workbookToGrid(reopened));
      expect(snapshots.map((s) => [s.date, s.takenAt])).toEqual([
        ["2018-06-30", "02/07/2018 10:00"],
        ["2018-09-30", "01/10/2018 09:00"],
      ]);
      expect(snapshots[0]?.plans[0]?.counts).toEqual([
        { label: "Completed", count: 17 },
        { label: "On track", count: 42 },
        { label: "Some slippage", count: 1 },
        { label: "Major slippage", count: 0 },
        { label: "Not started", count: 2 },
      ]);
      expect(snapshots[1]?.plans[0]?.actions).toHaveLength(62);
      expect(snapshots[1]?.plans[0]?.actions.find((a) => a.row === 59)).toMatchObject({ key: "9.3", ref: "9.3", status: "on track", state: "Open", declared: "Green", rag: "Green" });

      // A snapshot taken again on the same date replaces that date's; earlier ones are kept unchanged.
      const again = refreshWorkbook(reopened, "2018-09-30", { takeSnapshot: true, refreshedAt: "02/10/2018 12:00" });
      replaceGeneratedSheets(reopened, again.output.specs);
      const againHistory = readHistory(workbookToGrid(reopened));
      expect(againHistory.map((s) => [s.date, s.takenAt])).toEqual([
        ["2018-06-30", "02/07/2018 10:00"],
        ["2018-09-30", "02/10/2018 12:00"],
      ]);
      expect(againHistory[0]).toEqual(snapshots[0]);

      // The "now" and "change" columns are formulas; LibreOffice agrees with them.
      replaceGeneratedSheets(reopened, sept.output.specs);
      const back = await writeAndRecalculate(reopened, dir, "september.xlsx");
      expect(disagreements(back, formulaCells(sept.output.specs))).toEqual([]);
      expect(errorCells(back, sept.output.specs.map((s) => s.name))).toEqual([]);
    },
    LO_TIMEOUT,
  );
});
