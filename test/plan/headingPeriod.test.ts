import { describe, expect, it } from "vitest";
import { headingPeriod, samePeriod } from "../../src/core/plan/headingPeriod.js";

const later = (a: string, b: string) => {
  const pa = headingPeriod(a);
  const pb = headingPeriod(b);
  if (pa.absolute !== null && pb.absolute !== null) return pb.absolute > pa.absolute;
  if (pa.withinYear !== null && pb.withinYear !== null) return pb.withinYear > pa.withinYear;
  return pb.relative > pa.relative;
};

describe("the period a heading names", () => {
  it.each([
    ["Previous RAG", "Current RAG"],
    ["Status June", "Status Sept"],
    ["Q1 RAG", "Q4 RAG"],
    ["Q2 RAG", "Q3 RAG"],
    ["Last quarter", "This quarter"],
    ["2023/24 status", "2024/25 status"],
    ["Status 2023-24", "Status 2024-25"],
    ["Status Dec", "Status March"], // a financial year: March closes it
    ["RAG at 30/06/2024", "RAG at 30/09/2024"],
    ["Q4 23/24 RAG", "Q1 24/25 RAG"],
    ["RAG Dec 24", "RAG Mar 25"],
    ["RAG was", "RAG now"],
  ])("%j comes before %j", (earlier, latest) => {
    expect(later(earlier, latest)).toBe(true);
    expect(later(latest, earlier)).toBe(false);
  });

  it("pairs a status with the update of the same period", () => {
    expect(samePeriod(headingPeriod("Q2 RAG"), headingPeriod("Q2 update"))).toBe(true);
    expect(samePeriod(headingPeriod("Q2 RAG"), headingPeriod("Q3 update"))).toBe(false);
    expect(samePeriod(headingPeriod("Current RAG"), headingPeriod("Current commentary"))).toBe(true);
    expect(samePeriod(headingPeriod("Status"), headingPeriod("Update"))).toBe(false);
  });

  it("finds no period in a plain heading", () => {
    expect(headingPeriod("RAG status")).toEqual({ relative: 0, absolute: null, withinYear: null, label: null });
  });
});
