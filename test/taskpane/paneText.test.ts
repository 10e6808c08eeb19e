import { describe, expect, it } from "vitest";
import type { SettingsView } from "../../src/addin/WorkbookSession.js";
import { DEFAULT_RAG_RULES } from "../../src/core/rag/ragRules.js";
import { allSheetsColumnsText, columnsTextProblem, savedColumnsText } from "../../src/taskpane/columnsText.js";
import { isIsoDate } from "../../src/core/parse/IsoDate.js";
import { errorMessage, failureOf } from "../../src/taskpane/errorMessage.js";
import { columnRows, fieldLabel } from "../../src/taskpane/fieldLabels.js";
import { amberDaysProblem, formOf, moveStatus, newStatus, newStatusProblem, otherAcceptedWords, ragChoices, rulesOf, sameRules, shownRating } from "../../src/taskpane/ragRulesForm.js";
import { phaseText, progressValue } from "../../src/taskpane/refreshPhase.js";
import { viewFromQuery } from "../../src/taskpane/views.js";

describe("the date box", () => {
  it("accepts only real calendar dates from the date box", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("")).toBe(false);
    expect(isIsoDate("24/11/2026")).toBe(false);
    expect(isIsoDate("1899-12-31")).toBe(false);
  });
});

describe("the view in the URL", () => {
  it("opens the view the ribbon asks for, and Check otherwise", () => {
    expect(viewFromQuery("?view=refresh")).toBe("refresh");
    expect(viewFromQuery("?view=RULES")).toBe("rules");
    expect(viewFromQuery("?view=columns&x=1")).toBe("columns");
    expect(viewFromQuery("")).toBe("check");
    expect(viewFromQuery("?view=<script>")).toBe("check");
  });
});

describe("error messages", () => {
  it("shows the sentence, never a stack", () => {
    const error = new Error("Excel is busy.\n    at run (x.js:1:2)");
    expect(errorMessage(error)).toBe("Excel is busy.");
    expect(errorMessage(new Error(""))).toMatch(/^Something went wrong/);
    expect(errorMessage({ stack: "at x" })).toMatch(/^Something went wrong/);
    const withDetail = Object.assign(new Error("Excel refused."), { detail: "GeneralException: sync failed" });
    expect(failureOf(withDetail)).toEqual({ message: "Excel refused.", detail: "GeneralException: sync failed" });
    expect(failureOf(new Error("Plain."))).toEqual({ message: "Plain.", detail: null });
  });
});

describe("refresh progress", () => {
  it("says the phase in words and fills the bar only while writing", () => {
    expect(phaseText({ phase: "reading", done: 0, total: 0 })).toBe("Reading the workbook…");
    expect(phaseText({ phase: "checking", done: 0, total: 0 })).toBe("Checking the plan…");
    expect(phaseText({ phase: "writing", done: 2, total: 5 })).toBe("Writing sheet requests 2 of 5…");
    expect(progressValue({ phase: "writing", done: 2, total: 5 })).toBe(0.4);
    expect(progressValue({ phase: "reading", done: 0, total: 0 })).toBeUndefined();
  });
});

describe("columns", () => {
  const settings: SettingsView = {
    source: "generated",
    sheet: "PT Settings",
    editable: true,
    ragRules: DEFAULT_RAG_RULES,
    columns: [{ sheet: "Plan", text: "status=G" }, { text: "header=3" }],
  };

  it("shows fields in words, in the usual order, benefit years last", () => {
    expect(columnRows({ status: "G", "benefit:2022/23": "E", ref: "A", lead: "D" }).map((row) => `${row.label}=${row.column}`)).toEqual([
      "Reference=A",
      "Lead officer=D",
      "Status=G",
      "Benefits 2022/23=E",
    ]);
    expect(fieldLabel("revisedTarget")).toBe("Revised date");
  });

  it("pre-fills the sheet's own correction and notes one for every sheet", () => {
    expect(savedColumnsText(settings, "Plan")).toBe("status=G");
    expect(savedColumnsText(settings, "Other")).toBe("");
    expect(allSheetsColumnsText(settings)).toBe("header=3");
  });

  it("checks a correction before saving it", () => {
    expect(columnsTextProblem("status=G, lead=D, header=3", "Plan")).toBeNull();
    expect(columnsTextProblem("", "Plan")).toBeNull();
    expect(columnsTextProblem("status=7", "Plan")).toBe('"status" takes a column letter, e.g. status=G.');
    expect(columnsTextProblem("colour=B", "Plan")).toMatch(/^"colour" is not a column we know/);
    expect(columnsTextProblem("Other!status=G", "Plan")).toMatch(/names the sheet "Other"/);
  });
});

describe("the RAG rules form", () => {
  it("round-trips the rules and notices changes", () => {
    const form = formOf(DEFAULT_RAG_RULES);
    expect(rulesOf(form)).toEqual(DEFAULT_RAG_RULES);
    expect(sameRules(rulesOf(form) ?? DEFAULT_RAG_RULES, DEFAULT_RAG_RULES)).toBe(true);
    expect(sameRules({ ...DEFAULT_RAG_RULES, scale: "RAG" }, DEFAULT_RAG_RULES)).toBe(false);
  });

  it("takes 0 to 366 whole days", () => {
    expect(amberDaysProblem("0")).toBeNull();
    expect(amberDaysProblem("366")).toBeNull();
    for (const bad of ["367", "-1", "2.5", "", "thirty"]) expect(amberDaysProblem(bad)).not.toBeNull();
    expect(rulesOf({ ...formOf(DEFAULT_RAG_RULES), amberDays: "x" })).toBeNull();
  });

  it("adds a status word once", () => {
    expect(newStatusProblem("Deferred", DEFAULT_RAG_RULES.statuses)).toBeNull();
    expect(newStatusProblem("on track", DEFAULT_RAG_RULES.statuses)).toMatch(/already in the list/);
    expect(newStatusProblem("  ", DEFAULT_RAG_RULES.statuses)).not.toBeNull();
  });

  it("offers only the scale's ratings: no Blue on the 5-point scale, a completed status shown as the Green it becomes", () => {
    expect(ragChoices("RAG")).toEqual(["Green", "Amber", "Red", "Grey"]);
    expect(ragChoices("DCA5")).toEqual(["Green", "Amber/Green", "Amber", "Amber/Red", "Red", "Grey"]);
    expect(ragChoices("BRAG")).toContain("Blue");
    expect(shownRating("DCA5", "Blue")).toBe("Green");
    expect(shownRating("BRAG", "Blue")).toBe("Blue");
  });

  it("makes a new word Grey until chosen, moves words up and down, and lists the other words the checker accepts", () => {
    expect(newStatus("  Deferred ")).toEqual({ word: "Deferred", rag: "Grey" });
    const words = DEFAULT_RAG_RULES.statuses.map((status) => status.word);
    expect(moveStatus(DEFAULT_RAG_RULES.statuses, 1, -1).map((status) => status.word)).toEqual([words[1], words[0], ...words.slice(2)]);
    expect(moveStatus(DEFAULT_RAG_RULES.statuses, 0, -1).map((status) => status.word)).toEqual(words);
    expect(otherAcceptedWords(["Completed", "On target", "Deferred", "Mystery"], DEFAULT_RAG_RULES.statuses)).toEqual([
      { word: "On target", rag: "Green" },
      { word: "Deferred", rag: "Amber" },
      { word: "Mystery", rag: "Grey" },
    ]);
  });
});
