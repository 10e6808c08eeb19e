/**
 * Text from the plan stays text. In Office.js a string written to a cell is parsed as if typed:
 * "=…" becomes a formula, "- awaiting sign-off" a (broken) formula, "+44" the number 44. The adapter
 * writes every text cell with number format "@" first; these tests check the result in the fake —
 * which parses as Excel does, as the control test at the end shows.
 */
import { describe, expect, it } from "vitest";
import { literalText } from "../../src/adapters/officejs/applyRagColumn.js";
import { readWorkbookGrid } from "../../src/adapters/officejs/readWorkbookGrid.js";
import { renderSheetSpecs } from "../../src/adapters/officejs/renderSheetSpecs.js";
import { MONEY_FORMAT, SheetSpecBuilder, text } from "../../src/core/sheets/SheetSpec.js";
import { FakeExcel } from "../support/fakeExcel/index.js";
import { TRICKY_TEXTS } from "../sheets/sheetFixtures.js";

const OFFICER_TEXTS = ["- awaiting CLT sign-off", "=see 2.4 above", "+44", "@x", ...TRICKY_TEXTS, "'", "''twice", "-", "=", "+", "0044", "1e5", "50%", "3/4/2024"];

function spec() {
  const b = new SheetSpecBuilder("PT Committee", "committee")
    .style("body", { wrap: true, border: "thin" })
    .style("money", { numberFormat: MONEY_FORMAT });
  OFFICER_TEXTS.forEach((t, i) => b.row(2 + i, [text(t), text(t, "body"), text(t, "money")]));
  return b.build();
}

describe("text written by the adapter stays text", () => {
  it("comes back from Excel as the same text, never a formula, number, date or logical", async () => {
    const excel = new FakeExcel();
    await renderSheetSpecs(excel.context(), [spec()], { isSetSupported: excel.isSetSupported });
    const sheet = excel.sheet("PT Committee");
    OFFICER_TEXTS.forEach((t, i) => {
      for (let column = 1; column <= 3; column++) {
        const cell = sheet.cell(2 + i, column);
        expect(cell?.formula, `${t} in column ${column}`).toBeUndefined();
        expect(cell?.value, `${t} in column ${column}`).toBe(t);
        expect(cell?.numberFormat).toBe("@");
      }
    });

    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: excel.isSetSupported });
    const rows = grid.sheets[0]?.rows ?? [];
    OFFICER_TEXTS.forEach((t, i) => {
      expect(rows[1 + i]?.[0]).toEqual({ value: t, numFmt: "@" });
    });
  });

  it("the fake is honest: a writer that forgets the Text format gets formulas, numbers and dates", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("Naive");
    const context = excel.context();
    const naive = OFFICER_TEXTS.slice(0, 4).concat(["1.10", "TRUE", "1/2", "'quoted"]);
    context.workbook.worksheets.getItem("Naive").getRange(`A1:A${naive.length}`).formulas = naive.map((t) => [t]);
    await context.sync();
    const sheet = excel.sheet("Naive");
    const stored = naive.map((_, i) => {
      const cell = sheet.cell(i + 1, 1);
      return cell?.formula ?? cell?.value;
    });
    expect(stored).toEqual(["=- awaiting CLT sign-off", "=see 2.4 above", 44, "=x", 1.1, true, expect.any(Number), "quoted"]);
  });
});

describe("literalText (the officer's sheet, where we leave number formats alone)", () => {
  it("adds the apostrophe prefix only where Excel would otherwise not store the text as written", () => {
    expect(literalText("RAG (Plan Tracker)")).toBe("RAG (Plan Tracker)");
    for (const risky of ["=x", "+44", "- note", "@x", "'q", "12", ".5", "TRUE", "false"]) expect(literalText(risky)).toBe(`'${risky}`);
  });
});
