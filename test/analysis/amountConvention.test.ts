/**
 * The unit and sign convention the benefits sheet states: the plan's own, read from its headings,
 * captions, title lines and amounts — never assumed.
 */
import { describe, expect, it } from "vitest";
import { amountConvention, describeAmountConvention } from "../../src/core/analysis/amountConvention.js";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import type { TestCell } from "../support/grid.js";
import { sheet, workbook } from "../support/grid.js";
import { buildBenefitsSheet } from "../../src/core/refresh/benefitsSheet.js";

function plansOf(rows: TestCell[][]) {
  return checkWorkbook(workbook(sheet("Programme", rows)), { asOf: "2025-01-01" });
}

describe("the unit of the amounts", () => {
  it.each([
    ["Cashable benefits 2024/25 (£000s)", "£000"],
    ["Savings 2024/25 £'000", "£000"],
    ["Savings 2024/25 £k", "£000"],
    ["Savings 2024/25 £m", "£m"],
    ["Cashable benefits 2024/25", "£"],
  ])("a heading %s gives %s", (heading, label) => {
    const { plans } = plansOf([
      ["Project", "Service area", heading],
      ["Telephony", "Digital", -44],
    ]);
    expect(amountConvention(plans).unit?.label).toBe(label);
  });

  it('reads a line above the table: "All figures in £000s"', () => {
    const { plans } = plansOf([
      ["Savings programme"],
      ["All figures in £000s"],
      ["Project", "Service area", "2024/25", "2025/26"],
      ["Telephony", "Digital", "(44)", "15k"],
    ]);
    expect(plans[0]!.amountUnits?.[3]?.label).toBe("£000");
    expect(plans[0]!.actions[0]!.benefits).toEqual({ "2024/25": { kind: "amount", value: -44, typedAsText: true }, "2025/26": { kind: "amount", value: 15, typedAsText: true } });
  });
});

describe("the sign of savings", () => {
  it("says savings are negative when the plan writes them so", () => {
    const { plans } = plansOf([
      ["Project", "Service area", "Benefits 2024/25 £000", "Benefits 2025/26 £000"],
      ["Telephony", "Digital", -44, -40],
      ["Libraries", "Leisure", -12, 3],
      ["Leisure", "Leisure", -5, -6],
    ]);
    const convention = amountConvention(plans);
    expect(convention.savings).toBe("negative");
    expect(describeAmountConvention(convention)).toMatch(/^Amounts in £000 \(thousands of pounds\).*negative amounts, printed in brackets, e\.g\. \(44\)\.$/);
  });

  it("says savings are positive when the plan writes them so", () => {
    const { plans } = plansOf([
      ["Project", "Service area", "Savings 2024/25", "Savings 2025/26"],
      ["Telephony", "Digital", 44000, 40000],
      ["Libraries", "Leisure", 12000, 30000],
    ]);
    const convention = amountConvention(plans);
    expect(convention.savings).toBe("positive");
    const statement = describeAmountConvention(convention);
    expect(statement).toContain("Amounts in £ (pounds)");
    expect(statement).toContain("benefits (savings) as positive amounts");
  });

  it("is what the benefits sheet opens with", () => {
    const { plans } = plansOf([
      ["Project", "Service area", "Savings 2024/25", "Savings 2025/26"],
      ["Telephony", "Digital", 44000, 40000],
    ]);
    const spec = buildBenefitsSheet(plans, { asOf: "2025-01-01", refreshedAt: "2025-01-01 09:00", sheetName: "PT Benefits" });
    const texts = JSON.stringify(spec);
    expect(texts).toContain("benefits (savings) as positive amounts");
    expect(texts).not.toContain("benefits (savings) are negative");
  });
});

describe("an accountant's dash and n/a", () => {
  it("are neither errors nor amounts typed as text", () => {
    const { issues } = plansOf([
      ["Project", "Service area", "Savings 2024/25", "Savings 2025/26", "Savings 2026/27"],
      ["Telephony", "Digital", "-", "\u2013", "n/a"],
      ["Libraries", "Leisure", "\u2014", "N/A", -5],
    ]);
    expect(issues.filter((issue) => issue.code.startsWith("amount") || issue.code === "number-as-text")).toEqual([]);
  });
});
