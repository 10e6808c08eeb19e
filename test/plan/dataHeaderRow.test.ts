import { describe, expect, it } from "vitest";
import { dataHeaderRow, firstHeaderRows } from "../../src/core/plan/dataHeaderRow.js";
import { readPlans } from "../../src/core/plan/readPlans.js";
import { sheet, workbook } from "../support/grid.js";

describe("the header row the data sits under", () => {
  it("is the lower row of a two-row header: the sub-headings above the first action are header, not plan rows", () => {
    const grid = workbook(
      sheet("Benefits", [
        ["Programme benefits"],
        ["Ref", "Project", "Lead", "Target date", "Benefits £k", undefined],
        [undefined, undefined, undefined, undefined, "2024/25", "2025/26"],
        ["OD1", "Digital contact", "Head of Customer Services", "31/03/2025", 50, 120],
        ["OD2", "Automation", "Head of Digital", "31/03/2026", 0, 80],
      ], [
        // "Benefits £k" merged over its years; the other headings merged down over both rows.
        { top: 2, left: 5, bottom: 2, right: 6 },
        ...[1, 2, 3, 4].map((column) => ({ top: 2, left: column, bottom: 3, right: column })),
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.headerRows).toEqual([2, 3]);
    expect(dataHeaderRow(plan)).toBe(3);
    expect(firstHeaderRows(plan)).toEqual([2, 3]);
  });

  it("is the header row itself for a one-row header repeated for each theme (the repeats are further down)", () => {
    const header = ["Ref", "Action", "Lead", "Target date", "Status"];
    const grid = workbook(
      sheet("Plan", [
        ["Theme 1: Leadership"],
        header,
        ["1.1", "Agree the vision", "Chief Executive", "31/03/2025", "On track"],
        ["Theme 2: Finance"],
        header,
        ["2.1", "Set the budget", "S151 Officer", "28/02/2025", "On track"],
      ]),
    );
    const plan = readPlans(grid).plans[0]!;
    expect(plan.headerRows).toEqual([2, 5]);
    expect(dataHeaderRow(plan)).toBe(2);
    expect(firstHeaderRows(plan)).toEqual([2]);
  });
});
