import { describe, expect, it } from "vitest";
import { ragOfFill } from "../../src/core/rag/fillRag.js";

describe("RAG from a fill colour", () => {
  it.each([
    ["FF0000", "Red"],
    ["C00000", "Red"],
    ["FFC7CE", "Red"],
    ["963634", "Red"],
    ["FFC000", "Amber"],
    ["FFFF00", "Amber"],
    ["FFEB9C", "Amber"],
    ["F79646", "Amber"],
    ["92D050", "Green"],
    ["00B050", "Green"],
    ["C6EFCE", "Green"],
    ["00FF00", "Green"],
    ["00B0F0", "Blue"],
    ["0070C0", "Blue"],
    ["BFBFBF", "Grey"],
    ["A6A6A6", "Grey"],
    ["808080", "Grey"],
  ])("%s is %s", (rgb, rag) => {
    expect(ragOfFill(rgb)).toBe(rag);
  });

  it.each(["FFFFFF", "F2F2F2", "000000", "7030A0", "not a colour"])("%s means nothing", (rgb) => {
    expect(ragOfFill(rgb)).toBeNull();
  });
});
