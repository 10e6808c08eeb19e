import { describe, expect, it } from "vitest";
import { defaultStatusMeaning, undecoratedKey } from "../../src/core/plan/statusMeaning.js";

const ragOf = (word: string) => defaultStatusMeaning(word)?.rag ?? null;

describe("default meanings of status words", () => {
  it.each([
    ["R", "Red"],
    ["A", "Amber"],
    ["G", "Green"],
    ["A/G", "Amber/Green"],
    ["a / g", "Amber/Green"],
    ["G/A", "Amber/Green"],
    ["A/R", "Amber/Red"],
    ["R/A", "Amber/Red"],
    ["B", "Blue"],
    ["C", "Blue"],
    ["Blue", "Blue"],
    ["green ", "Green"],
    ["  AMBER", "Amber"],
  ])("RAG letter or colour %j is %s", (word, rag) => {
    expect(ragOf(word)).toBe(rag);
  });

  it.each([
    ["At risk", "Amber"],
    ["Delayed", "Amber"],
    ["Off track", "Red"],
    ["Behind target", "Amber"],
    ["Behind schedule", "Amber"],
    ["On hold", "Amber"],
    ["Paused", "Amber"],
    ["Not achieved", "Red"],
    ["Significantly delayed", "Red"],
    ["Not on track", "Red"],
    ["Not complete", "Amber"],
  ])("trouble %j is %s, never Green", (word, rag) => {
    expect(ragOf(word)).toBe(rag);
  });

  it.each(["Complete ✓", "Complete - see note", "Completed (March 2024)", "Achieved", "Closed", "complete."])("%j is complete", (word) => {
    expect(defaultStatusMeaning(word)).toMatchObject({ rag: "Blue", complete: true });
    expect(defaultStatusMeaning(word)?.closed).toBeUndefined();
  });

  it.each(["Superseded", "Cancelled", "Withdrawn", "Merged", "Merged with 2.3"])("%j closes the action without delivery", (word) => {
    expect(defaultStatusMeaning(word)).toMatchObject({ complete: true, closed: true });
  });

  it.each(["Not yet started", "Not started", "Pending"])("%j is not started (Grey)", (word) => {
    expect(defaultStatusMeaning(word)).toMatchObject({ rag: "Grey", notStarted: true });
  });

  it.each(["In progress", "Ongoing", "On target", "On track"])("%j is Green", (word) => {
    expect(ragOf(word)).toBe("Green");
  });

  it("cannot place a word it does not know, and says so with null rather than Green", () => {
    expect(defaultStatusMeaning("Stage 2 review")).toBeNull();
    expect(defaultStatusMeaning("Xyzzy")).toBeNull();
    expect(defaultStatusMeaning("")).toBeNull();
  });

  it("strips ticks, notes after a dash and bracketed remarks", () => {
    expect(undecoratedKey("Complete ✓")).toBe("complete");
    expect(undecoratedKey("Complete - see note")).toBe("complete");
    expect(undecoratedKey("Completed (March 2024)")).toBe("completed");
  });
});
