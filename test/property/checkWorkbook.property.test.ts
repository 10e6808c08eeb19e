/**
 * Properties of Validate (reading + validation) over random workbooks (test/support/arbitraries.ts):
 * it never throws, it is deterministic, and every issue points at a real cell of a real sheet, in
 * words, with a fix, in the JSON report's shape.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkWorkbook, reportFor } from "../../src/core/checkWorkbook.js";
import { columnNumber } from "../../src/core/grid/Address.js";
import { FileReportSchema } from "../../src/core/report/ValidationReport.js";
import type { Plan } from "../../src/core/plan/Plan.js";
import { isSettingsSheet } from "../../src/core/settings/WorkbookSettings.js";
import { ISSUE_CODES } from "../../src/core/validate/IssueCode.js";
import { assertProperty, workbookCase } from "../support/arbitraries.js";

const SEVERITIES = new Set(["error", "warning", "info"]);
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

/**
 * "Inside the sheet" is the used range (row ≤ rowCount, column ≤ columnCount) — with one exception:
 * a column the officer names in a columns setting ("status=G") belongs to the plan even while it is
 * empty, and an issue on one of its rows ("No status is given") rightly points there. Likewise a
 * setting with a blank value ("rag.scale" and nothing beside it) points at the value cell, column B
 * of that row.
 */
function inNamedColumn(plans: readonly Plan[], sheet: string, row: number, column: number): boolean {
  return plans.some(
    (plan) =>
      plan.sheet === sheet &&
      plan.mappingSource !== "detected" &&
      plan.range.top <= row &&
      row <= plan.range.bottom &&
      [...Object.values(plan.columns.fields), ...Object.values(plan.columns.benefitYears)].includes(column),
  );
}

/** Plain data, as the JSON report or a second run would see it. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe("Validate on random workbooks (property)", () => {
  it("never throws and gives the same answer twice (the second time on a deep copy of the workbook)", () => {
    assertProperty(
      fc.property(workbookCase, ({ grid, asOf }) => {
        const first = checkWorkbook(grid, { asOf });
        const second = checkWorkbook(structuredClone(grid), { asOf });
        expect(plain(second)).toEqual(plain(first));
      }),
      { numRuns: 3500 },
    );
  });

  it("points every issue at a cell inside an existing sheet, with a message, a fix and a known severity; the report parses", () => {
    assertProperty(
      fc.property(workbookCase, ({ grid, asOf }) => {
        const check = checkWorkbook(grid, { asOf });
        for (const issue of check.issues) {
          const sheet = grid.sheets.find((s) => s.name === issue.sheet);
          const context = JSON.stringify(issue);
          expect(sheet, context).toBeDefined();
          const match = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(issue.cell);
          expect(match, context).not.toBeNull();
          const row = Number(match?.[2]);
          const column = columnNumber(match?.[1] as string);
          expect(row, context).toBeLessThanOrEqual(EXCEL_ROWS);
          expect(column, context).toBeLessThanOrEqual(EXCEL_COLUMNS);
          const inUsedRange = row <= (sheet?.rowCount ?? 0) && column <= (sheet?.columnCount ?? 0);
          const settingValue = sheet !== undefined && isSettingsSheet(sheet) && column === 2 && row <= sheet.rowCount;
          expect(inUsedRange || settingValue || inNamedColumn(check.plans, issue.sheet, row, column), `${context}: outside ${sheet?.rowCount} rows × ${sheet?.columnCount} columns`).toBe(true);
          expect(issue.row, context).toBe(row);
          expect(issue.message.trim(), context).not.toBe("");
          expect(issue.fix.trim(), context).not.toBe("");
          expect(SEVERITIES.has(issue.severity), context).toBe(true);
          expect(ISSUE_CODES[issue.code as keyof typeof ISSUE_CODES], context).toBe(issue.severity);
        }
        const report = plain(reportFor("random.xlsx", asOf, check));
        const parsed = FileReportSchema.safeParse(report);
        expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
      }),
      { numRuns: 3500 },
    );
  });
});
