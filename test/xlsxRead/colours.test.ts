/**
 * Theme colours with a tint, against the colours Excel's own palette shows for them (Home > Fill
 * Color, Office 2013–2022 theme). Excel's exact rounding is not documented (ECMA-376 §18.8.3 gives
 * the formula, not the rounding), so a channel may differ by at most 2 — far less than separates
 * any two RAG colours.
 */
import { describe, expect, it } from "vitest";
import { applyTint, DEFAULT_INDEXED_COLOURS, resolveColour } from "../../src/adapters/xlsxRead/colours.js";

const EXCEL_SHOWS: ReadonlyArray<readonly [string, number, string]> = [
  ["70AD47", 0.59999389629810485, "C6E0B4"], // Green, Accent 6, lighter 60%
  ["4472C4", 0.79998168889431442, "D9E1F2"], // Blue, Accent 1, lighter 80%
  ["4472C4", 0.39997558519241921, "8EA9DB"], // lighter 40%
  ["4472C4", -0.249977111117893, "305496"], // darker 25%
  ["ED7D31", 0.59999389629810485, "F8CBAD"], // Orange, Accent 2, lighter 60%
  ["000000", 0.34998626667073579, "595959"], // Black, lighter 35%
  ["FFFFFF", -0.14999847407452621, "D9D9D9"], // White, darker 15%
];

function channels(rgb: string): number[] {
  return [0, 2, 4].map((at) => Number.parseInt(rgb.slice(at, at + 2), 16));
}

describe("fill colours", () => {
  it.each(EXCEL_SHOWS)("%s with tint %d is within 2 of Excel's %s on every channel", (base, tint, shown) => {
    const got = channels(applyTint(base, tint));
    channels(shown).forEach((want, i) => expect(Math.abs((got[i] as number) - want)).toBeLessThanOrEqual(2));
  });

  it("resolves ARGB, the indexed palette, theme slots (0 = lt1, 1 = dk1) and leaves system colours unknown", () => {
    const palette = { indexed: DEFAULT_INDEXED_COLOURS, theme: ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4"] };
    expect(resolveColour({ rgb: "FFFFC7CE" }, palette)).toBe("FFC7CE");
    expect(resolveColour({ indexed: "10" }, palette)).toBe("FF0000");
    expect(resolveColour({ indexed: "64" }, palette)).toBeUndefined();
    expect(resolveColour({ theme: "0" }, palette)).toBe("FFFFFF");
    expect(resolveColour({ theme: "1" }, palette)).toBe("000000");
    expect(resolveColour({ theme: "4", tint: "0" }, palette)).toBe("4472C4");
  });
});
