import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DEFAULT_RAG_RULES, parseRagRules, readRagSettings, canonicalSettingKey } from "../../src/core/rag/ragRules.js";
import { onScale, parseRagWord, worseOf } from "../../src/core/rag/RagValue.js";

describe("RAG rules", () => {
  it("default to BRAG, Amber within 30 days, the revised date, and the seeds' five statuses", () => {
    expect(DEFAULT_RAG_RULES).toEqual({
      scale: "BRAG",
      amberDays: 30,
      date: "revised",
      statuses: [
        { word: "Completed", rag: "Blue" },
        { word: "On track", rag: "Green" },
        { word: "Some slippage", rag: "Amber" },
        { word: "Major slippage", rag: "Red" },
        { word: "Not started", rag: "Grey" },
      ],
    });
  });

  it("are validated by a zod schema", () => {
    expect(parseRagRules({ scale: "DCA5", amberDays: 14 })).toMatchObject({ scale: "DCA5", amberDays: 14, date: "revised" });
    expect(() => parseRagRules({ scale: "Traffic lights" })).toThrow(ZodError);
    expect(() => parseRagRules({ amberDays: -1 })).toThrow(ZodError);
    expect(() => parseRagRules({ statuses: [{ word: "Done", rag: "Purple" }] })).toThrow(ZodError);
  });
});

describe("RAG rules read from settings rows", () => {
  it("reads each key, in any case, with the officer's spellings of RAG words", () => {
    const { rules, problems } = readRagSettings([
      { row: 5, key: "RAG.Scale", value: "dca5" },
      { row: 6, key: "rag.amberDays", value: "14" },
      { row: 7, key: "rag.date", value: " Original " },
      { row: 8, key: "status.On target", value: "green" },
      { row: 9, key: "status.Behind", value: "amber red" },
      { row: 10, key: "status.Closed", value: "blue" },
    ]);
    expect(problems).toEqual([]);
    expect(rules).toEqual({
      scale: "DCA5",
      amberDays: 14,
      date: "original",
      statuses: [
        { word: "On target", rag: "Green" },
        { word: "Behind", rag: "Amber/Red" },
        { word: "Closed", rag: "Blue" },
      ],
    });
  });

  it("reports each value it cannot use at its cell, and uses the default for it", () => {
    const { rules, problems } = readRagSettings([
      { row: 5, key: "rag.scale", value: "Traffic lights" },
      { row: 6, key: "rag.amberDays", value: "thirty" },
      { row: 7, key: "rag.date", value: "latest" },
      { row: 8, key: "status.On track", value: "Pink" },
      { row: 9, key: "rag.colour", value: "yes" },
      { row: 10, key: "status.", value: "Green" },
      { row: 11, key: "RAG.SCALE", value: "RAG" },
    ]);
    expect(problems).toEqual([
      { cell: "B5", message: 'rag.scale is "Traffic lights"; use RAG, BRAG or DCA5.' },
      { cell: "B6", message: 'rag.amberDays is "thirty"; use a whole number of days from 0 to 366, e.g. 30.' },
      { cell: "B7", message: 'rag.date is "latest"; use revised or original.' },
      { cell: "B8", message: 'status.On track is "Pink"; use one of Blue, Green, Amber/Green, Amber, Amber/Red, Red, Grey.' },
      { cell: "A9", message: '"rag.colour" is not a setting we know; use rag.scale, rag.amberDays, rag.date or status.<word>.' },
      { cell: "A10", message: '"status." needs a status word after the dot, e.g. status.On track.' },
      { cell: "A11", message: "RAG.SCALE is set twice (first in row 5); the first is used." },
    ]);
    expect(rules).toEqual(DEFAULT_RAG_RULES);
  });

  it("ignores rows that are not RAG settings (titles, notes, column corrections)", () => {
    expect(readRagSettings([{ row: 2, key: "Plan Tracker settings", value: "" }, { row: 3, key: "columns", value: "status=G" }])).toEqual({ rules: DEFAULT_RAG_RULES, problems: [] });
  });

  it("spells keys canonically", () => {
    expect(canonicalSettingKey(" RAG.AMBERDAYS ")).toBe("rag.amberDays");
    expect(canonicalSettingKey("STATUS. On hold")).toBe("status.On hold");
  });
});

describe("RAG words and scales", () => {
  it("reads the spellings officers use", () => {
    expect(["Amber/Green", "amber green", "Amber-Green", "A/G", "amber / green"].map(parseRagWord)).toEqual(Array(5).fill("Amber/Green"));
    expect(parseRagWord("gray")).toBe("Grey");
    expect(parseRagWord("Purple")).toBeNull();
  });

  it("puts a rating on a scale: no Blue on RAG (complete shows Green); 5-point halves fold to the worse side", () => {
    expect(onScale("Blue", "BRAG")).toBe("Blue");
    expect(onScale("Blue", "RAG")).toBe("Green");
    expect(onScale("Blue", "DCA5")).toBe("Green");
    expect(onScale("Amber/Green", "BRAG")).toBe("Amber");
    expect(onScale("Amber/Red", "RAG")).toBe("Red");
    expect(onScale("Amber/Red", "DCA5")).toBe("Amber/Red");
  });

  it("takes the worse of a date rating and the status's rating", () => {
    expect(worseOf("Green", "Amber")).toBe("Amber");
    expect(worseOf("Amber", "Green")).toBe("Amber");
    expect(worseOf("Amber", "Red")).toBe("Red");
    expect(worseOf("Green", null)).toBe("Green");
    expect(worseOf("Green", "Blue")).toBe("Green");
  });
});
