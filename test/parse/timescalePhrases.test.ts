/**
 * Timescales other councils write: quarters of short financial years, month and two-digit year,
 * phrases relative to the plan's date, and "to be confirmed".
 */
import { describe, expect, it } from "vitest";
import { parseTimescale } from "../../src/core/parse/parseTimescale.js";

describe("short forms", () => {
  it.each([
    ["Q3 24/25", "2024-10-01", "2024-12-31"],
    ["Q4 25/26", "2026-01-01", "2026-03-31"],
    ["Q1 2024/25", "2024-04-01", "2024-06-30"],
    ["Q2-Q3 24/25", "2024-07-01", "2024-12-31"],
    ["Dec 24", "2024-12-01", "2024-12-31"],
    ["Mar 25", "2025-03-01", "2025-03-31"],
    ["Mar-25", "2025-03-01", "2025-03-31"],
    ["March 2025 (revised)", "2025-03-01", "2025-03-31"],
  ])("%s → %s..%s", (text, start, due) => {
    const timescale = parseTimescale(text);
    expect(timescale.kind).toBe("dated");
    expect(timescale.start).toBe(start);
    expect(timescale.due).toBe(due);
    expect(timescale.ambiguity).toBeUndefined();
  });

  it('keeps "25th March" a day, not a year', () => {
    expect(parseTimescale("March 25th 2025").due).toBe("2025-03-25");
  });
});

describe("phrases relative to the plan's date", () => {
  const reference = "2024-11-15"; // a plan dated November 2024, in financial year 2024/25
  it.each([
    ["end of the financial year", "2025-03-31"],
    ["End of financial year", "2025-03-31"],
    ["by year end", "2025-03-31"],
    ["Year end", "2025-03-31"],
    ["by the end of the year", "2025-03-31"],
    ["end of March", "2025-03-31"],
    ["By end of December", "2024-12-31"],
    ["end of the calendar year", "2024-12-31"],
    ["end of October", "2025-10-31"],
  ])("%s → due %s", (text, due) => {
    const timescale = parseTimescale(text, { reference });
    expect(timescale.kind).toBe("dated");
    expect(timescale.due).toBe(due);
  });

  it("reads a financial year end on 31 March itself as that day", () => {
    expect(parseTimescale("by year end", { reference: "2025-03-31" }).due).toBe("2025-03-31");
    expect(parseTimescale("by year end", { reference: "2025-04-01" }).due).toBe("2026-03-31");
  });

  it("cannot read them without a date to count from", () => {
    expect(parseTimescale("by year end").kind).toBe("unparsed");
  });
});

describe("to be confirmed", () => {
  it.each(["TBC", "tbc", "To be confirmed", "TBA", "To be agreed", "tbc - awaiting funding"])("%s is a date still to be confirmed", (text) => {
    const timescale = parseTimescale(text);
    expect(timescale.kind).toBe("toBeConfirmed");
    expect(timescale.due).toBeNull();
  });
});
