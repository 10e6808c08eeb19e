import { describe, expect, it } from "vitest";
import type { RefreshOutcome } from "../../src/addin/WorkbookSession.js";
import { failedMessage, refreshedMessage } from "../../src/commands/resultMessage.js";
import { AddinError } from "../../src/addin/AddinError.js";

function outcome(overrides: Partial<RefreshOutcome> = {}, severities: Array<"error" | "warning" | "info"> = []): RefreshOutcome {
  return {
    report: {
      file: "This workbook",
      asOf: "2026-11-24",
      plans: [{ sheet: "Plan", range: "A3:H40", title: null, actions: 1, themes: [], columns: {}, mapping: "detected", statusCounts: null, benefits: null }],
      skippedSheets: [],
      issues: severities.map((severity, i) => ({ severity, code: "missing-lead", message: "m", sheet: "Plan", cell: `D${i + 4}`, row: i + 4, fix: "f" })),
    },
    sheets: [{ name: "PT Summary", role: "summary", action: "added", rows: 20 }],
    removed: [],
    skippedFeatures: [],
    ragColumns: [],
    refreshedAt: "24/11/2026 14:02",
    history: { kept: [], comparedWith: null },
    failures: [],
    ...overrides,
  };
}

describe("what the ribbon's Refresh summary says", () => {
  it("a clean refresh: one line, singular words, success", () => {
    expect(refreshedMessage(outcome())).toEqual({
      tone: "success",
      title: "Summary refreshed",
      lines: ["Plan Tracker summarised 1 action and wrote 1 sheet at 24/11/2026 14:02: PT Summary. Your own sheets were not changed."],
    });
  });

  it("problems, removed sheets and missing Excel features each get a line; errors make it a warning", () => {
    const message = refreshedMessage(
      outcome(
        {
          removed: ["PT Committee 2"],
          skippedFeatures: [{ label: "drop-down lists", requirementSet: "ExcelApi 1.8", sheets: ["PT Settings", "PT Committee"] }],
        },
        ["error", "error", "warning", "info"],
      ),
    );
    expect(message.tone).toBe("warning");
    expect(message.lines.slice(1)).toEqual([
      "Removed PT Committee 2, which the plan no longer needs.",
      "The plan has 2 errors and 1 warning, which may make the summary wrong. Select Check plan on the Home tab to see them.",
      "This version of Excel cannot add drop-down lists (it needs ExcelApi 1.8), so PT Settings and PT Committee went without it.",
    ]);
  });

  it("counts the sheets the officer can see, and names the hidden ones apart", () => {
    const message = refreshedMessage(
      outcome({
        sheets: [
          { name: "PT Summary", role: "summary", action: "added", rows: 20 },
          { name: "PT Committee", role: "committee", action: "replaced", rows: 70 },
          { name: "PT Plan rows", role: "planRows", action: "added", rows: 300 },
        ],
      }),
    );
    expect(message.lines[0]).toBe(
      "Plan Tracker summarised 1 action and wrote 2 sheets at 24/11/2026 14:02: PT Summary and PT Committee. It also updated the hidden sheet PT Plan rows, which the others read from. Your own sheets were not changed.",
    );
  });

  it("warnings alone keep the success tone", () => {
    expect(refreshedMessage(outcome({}, ["warning"])).tone).toBe("success");
  });

  it("a failure shows the error's own sentence", () => {
    expect(failedMessage(new AddinError("Excel was busy. Try again."))).toEqual({ tone: "error", title: "Summary not refreshed", lines: ["Excel was busy. Try again."] });
  });
});
