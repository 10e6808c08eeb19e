import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core/checkWorkbook.js";
import { actionFacts, computeRag, isMismatch, ragContext } from "../../src/core/rag/computeRag.js";
import { parseRagRules, type RagRules } from "../../src/core/rag/ragRules.js";
import type { RagValue } from "../../src/core/rag/RagValue.js";
import { sheet, workbook } from "../support/grid.js";

const AS_OF = "2018-09-30";
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Ref | Action | Lead | Target date | Revised date | Status, as at 30/09/2018. */
const ROWS: Array<[string, string | Date | undefined, string | Date | undefined, string | undefined]> = [
  ["1", d("2018-06-30"), undefined, "Completed"],
  ["2", d("2018-09-01"), undefined, "On track"],
  ["3", d("2018-10-15"), undefined, "On track"],
  ["4", d("2019-03-31"), undefined, "On track"],
  ["5", d("2019-03-31"), undefined, "Some slippage"],
  ["6", d("2019-03-31"), undefined, "Major slippage"],
  ["7", d("2019-03-31"), undefined, "Not started"],
  ["8", d("2018-09-01"), undefined, "Not started"],
  ["9", "Ongoing", undefined, "On track"],
  ["10", undefined, undefined, undefined],
  ["11", d("2018-06-30"), d("2018-12-31"), "Some slippage"],
  ["12", "Dec 2018", undefined, "on track "],
  ["13", "Completed", undefined, "On track"],
  ["14", d("2019-03-31"), undefined, "Behind"],
  ["15", d("2018-12-15"), undefined, "On track"],
  ["16", d("2018-09-30"), undefined, "On track"],
];

function plan() {
  const grid = workbook(
    sheet("Plan", [
      ["Ref", "Action", "Lead", "Target date", "Revised date", "Status"],
      ...ROWS.map(([ref, target, revised, status]) => [ref, `Action ${ref}`, "Head of Service", target, revised, status]),
    ]),
  );
  const check = checkWorkbook(grid, { asOf: AS_OF });
  return { plan: check.plans[0]!, statuses: check.statuses };
}

function rags(rules: RagRules): Record<string, RagValue> {
  const { plan: p, statuses } = plan();
  const context = ragContext(p, rules, statuses);
  return Object.fromEntries(p.actions.map((action) => [action.ref, computeRag(action, rules, AS_OF, context)]));
}

describe("computeRag", () => {
  it("rates by the default rules: complete Blue; past due Red; due within 30 days Amber; else the worse of the dates and the status", () => {
    expect(rags(parseRagRules({}))).toEqual({
      "1": "Blue",
      "2": "Red", // On track, but the target passed
      "3": "Amber", // due in 15 days
      "4": "Green",
      "5": "Amber", // Some slippage stays Amber however far off the date
      "6": "Red", // Major slippage
      "7": "Grey", // not started, not yet due
      "8": "Red", // not started and past due
      "9": "Green", // "Ongoing": no date, so what On track stands for
      "10": "Grey", // no status, no date: no data
      "11": "Amber", // slipped; within its revised date
      "12": "Green", // "Dec 2018" read from text; "on track " counts as On track
      "13": "Blue", // the timescale says Completed
      "14": "Amber", // "Behind" means trouble, so it is never Green by default (statusMeaning.ts)
      "15": "Green", // 76 days away
      "16": "Amber", // due on the as-at date: not yet past
    });
  });

  it("follows the settings: RAG scale, original date, amber days, the council's own words", () => {
    const rules = parseRagRules({
      scale: "RAG",
      date: "original",
      amberDays: 90,
      statuses: [
        { word: "Completed", rag: "Blue" },
        { word: "On track", rag: "Green" },
        { word: "Behind", rag: "Amber" },
      ],
    });
    const got = rags(rules);
    expect(got["1"]).toBe("Green"); // no Blue on a RAG scale
    expect(got["11"]).toBe("Red"); // measured against the original date
    expect(got["15"]).toBe("Amber"); // within 90 days
    expect(got["14"]).toBe("Amber"); // "Behind" is Amber now
  });

  it("uses the five-point delivery confidence scale", () => {
    const got = rags(parseRagRules({ scale: "DCA5", statuses: [{ word: "On track", rag: "Amber/Green" }, { word: "Some slippage", rag: "Amber/Red" }] }));
    expect(got["4"]).toBe("Amber/Green");
    expect(got["5"]).toBe("Amber/Red");
    expect(got["3"]).toBe("Amber"); // due soon: Amber is worse than Amber/Green
    expect(got["1"]).toBe("Green"); // complete, and no Blue on this scale
  });

  it("finds the mismatches: status not Red, dates past due", () => {
    const { plan: p, statuses } = plan();
    const rules = parseRagRules({});
    const context = ragContext(p, rules, statuses);
    const mismatches = p.actions.filter((action) => isMismatch(actionFacts(action, context), computeRag(action, rules, AS_OF, context))).map((a) => a.ref);
    expect(mismatches).toEqual(["2", "8"]);
  });

  it("reads completion from the progress note when the plan has no status column", () => {
    const grid = workbook(
      sheet("Plan", [
        ["Action", "Lead", "Timescale", "Progress"],
        ["Publish the strategy", "Head of Policy", "July 2018", "Complete"],
        ["Consult residents", "Head of Policy", "July 2018", "Under way"],
        ["Review the constitution", "Monitoring Officer", "Ongoing", ""],
        ["Train members", "Monitoring Officer", "In place", ""],
      ]),
    );
    const check = checkWorkbook(grid, { asOf: AS_OF });
    const p = check.plans[0]!;
    const rules = parseRagRules({});
    const context = ragContext(p, rules, check.statuses);
    expect(p.actions.map((action) => computeRag(action, rules, AS_OF, context))).toEqual(["Blue", "Red", "Grey", "Blue"]);
  });
});
