import { describe, expect, it } from "vitest";
import { columnSettingOf, withColumnSetting, withRagRules } from "../../src/core/settings/editSettings.js";
import { DEFAULT_RAG_RULES } from "../../src/core/rag/ragRules.js";
import type { SettingEntry, WorkbookSettings } from "../../src/core/settings/WorkbookSettings.js";

const entry = (row: number, key: string, value: string): SettingEntry => ({ row, key, value, raw: value, invalid: false });

function settings(entries: SettingEntry[]): WorkbookSettings {
  return { sheet: "PT Settings", source: "generated", columnOverrides: [], ragRules: DEFAULT_RAG_RULES, entries, problems: [] };
}

describe("column corrections", () => {
  it("reads the sheet prefix as parseColumnOverride does", () => {
    expect(columnSettingOf("'Action plan'!status=G")).toEqual({ sheet: "Action plan", text: "status=G" });
    expect(columnSettingOf("'Bob''s plan'!lead=D")).toEqual({ sheet: "Bob's plan", text: "lead=D" });
    expect(columnSettingOf("status=G")).toEqual({ text: "status=G" });
  });

  it("replaces the sheet's own row in place, keeps other sheets' and every-sheet rows, and removes it on empty text", () => {
    const before = settings([entry(5, "columns", "status=H"), entry(6, "columns", "Plan!lead=C"), entry(7, "columns", "Other!lead=B"), entry(8, "rag.scale", "RAG")]);
    const after = withColumnSetting(before, "Plan", " lead=D, status=G ");
    expect(after.entries.map((e) => e.value)).toEqual(["status=H", "Plan!lead=D, status=G", "Other!lead=B", "RAG"]);
    expect(after.columnOverrides).toEqual([{ sheet: "Plan", fields: { lead: 4, status: 7 }, benefitYears: {} }]);
    expect(withColumnSetting(after, "Plan", "").entries.map((e) => e.value)).toEqual(["status=H", "Other!lead=B", "RAG"]);
  });

  it("adds a new sheet's row after the other corrections, quoting its name", () => {
    const after = withColumnSetting(settings([entry(5, "columns", "A!lead=C"), entry(6, "rag.scale", "RAG")]), "CIP monitoring", "status=G");
    expect(after.entries.map((e) => e.value)).toEqual(["A!lead=C", "'CIP monitoring'!status=G", "RAG"]);
  });

  it("throws the parser's plain message for text it cannot read", () => {
    expect(() => withColumnSetting(settings([]), "Plan", "status=")).toThrow(/not of the form field=COLUMN/);
  });

  it("refuses a correction that names another sheet, and accepts one naming its own", () => {
    expect(() => withColumnSetting(settings([]), "Plan", "Other!status=G")).toThrow(/names the sheet "Other"; here you can only correct "Plan"/);
    const own = withColumnSetting(settings([]), "Plan", "Plan!status=G");
    expect(own.columnOverrides).toEqual([{ sheet: "Plan", fields: { status: 7 }, benefitYears: {} }]);
    expect(own.entries.map((e) => e.value)).toEqual(["Plan!status=G"]);
  });
});

describe("RAG rules", () => {
  it("writes every rule after the column rows, once per status word", () => {
    const before = settings([entry(5, "rag.scale", "BRAG"), entry(6, "columns", "status=G"), entry(7, "status.Done", "Blue")]);
    const after = withRagRules(before, { scale: "DCA5", amberDays: 10, date: "original", statuses: [{ word: "On track", rag: "Green" }, { word: " on track ", rag: "Red" }] });
    expect(after.entries.map((e) => [e.key, e.value])).toEqual([
      ["columns", "status=G"],
      ["rag.scale", "DCA5"],
      ["rag.amberDays", "10"],
      ["rag.date", "original"],
      ["status.On track", "Green"],
    ]);
    expect(after.ragRules.statuses).toEqual([{ word: "On track", rag: "Green" }]);
  });
});
