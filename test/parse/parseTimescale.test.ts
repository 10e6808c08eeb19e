import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findTitleDate, parseTimescale } from "../../src/core/parse/parseTimescale.js";
import { isValidIso } from "../../src/core/parse/dates.js";
import type { CellValue } from "../../src/core/grid/Cell.js";
import type { TimescaleKind } from "../../src/core/parse/Timescale.js";

interface Expected {
  readonly kind: TimescaleKind;
  readonly start?: string | null;
  readonly due?: string | null;
  /** [start, end] of each window, in written order. */
  readonly windows?: readonly (readonly [string, string])[];
  readonly sources?: readonly string[];
  readonly ongoing?: boolean;
  readonly seeRef?: string;
  /** A fragment the ambiguity note must contain; omitted means no note. */
  readonly ambiguity?: string;
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

const CASES: readonly (readonly [string, CellValue, Expected])[] = [
  // real Excel dates
  ["a Date value", utc(2024, 3, 31), { kind: "dated", start: "2024-03-31", due: "2024-03-31", windows: [["2024-03-31", "2024-03-31"]] }],
  ["an Excel serial", 45000, { kind: "dated", start: "2023-03-15", due: "2023-03-15" }],
  ["a serial with a time", 43466.5, { kind: "dated", start: "2019-01-01", due: "2019-01-01" }],
  // numeric dates, UK day/month
  ["dd/mm/yyyy", "31/12/2018", { kind: "dated", start: "2018-12-31", due: "2018-12-31" }],
  ["dd/mm/yy", "31/12/18", { kind: "dated", start: "2018-12-31", due: "2018-12-31" }],
  ["dd.mm.yyyy", "31.12.2018", { kind: "dated", start: "2018-12-31", due: "2018-12-31" }],
  ["ISO", "2018-12-31", { kind: "dated", start: "2018-12-31", due: "2018-12-31" }],
  ["both parts ≤ 12 is still day first", "03/04/2024", { kind: "dated", start: "2024-04-03", due: "2024-04-03" }],
  ["single digits", "1/4/2024", { kind: "dated", start: "2024-04-01", due: "2024-04-01" }],
  ["an impossible date", "31/02/2019", { kind: "unparsed", start: null, due: null, windows: [] }],
  ["mm/yyyy", "03/2024", { kind: "dated", start: "2024-03-01", due: "2024-03-31" }],
  // months and days
  ["month year", "July 2014", { kind: "dated", start: "2014-07-01", due: "2014-07-31", sources: ["July 2014"] }],
  ["Sept", "Sept 2024", { kind: "dated", start: "2024-09-01", due: "2024-09-30" }],
  ["Sep", "Sep 2024", { kind: "dated", start: "2024-09-01", due: "2024-09-30" }],
  ["upper case with full stops", "SEPT. 2024.", { kind: "dated", start: "2024-09-01", due: "2024-09-30" }],
  ["a footnote mark", "March 2024*", { kind: "dated", start: "2024-03-01", due: "2024-03-31" }],
  ["end of a month", "end of October 2018", { kind: "dated", start: "2018-10-31", due: "2018-10-31" }],
  ["by the end of a month", "By the end of December 2018", { kind: "dated", start: "2018-12-31", due: "2018-12-31" }],
  ["by a month", "By December 2024", { kind: "dated", start: "2024-12-01", due: "2024-12-31" }],
  ["day month year", "12 March 2024", { kind: "dated", start: "2024-03-12", due: "2024-03-12" }],
  ["ordinal day", "1st April 2024", { kind: "dated", start: "2024-04-01", due: "2024-04-01" }],
  ["day of month", "14th of June 2024", { kind: "dated", start: "2024-06-14", due: "2024-06-14" }],
  ["month-hyphen-year", "March-2024", { kind: "dated", start: "2024-03-01", due: "2024-03-31" }],
  ["Excel mmm-yy pasted as text", "Mar-24", { kind: "dated", start: "2024-03-01", due: "2024-03-31" }],
  ["Excel d-mmm-yy pasted as text", "24-Mar-24", { kind: "dated", start: "2024-03-24", due: "2024-03-24" }],
  ["US order with a year", "March 31st, 2019", { kind: "dated", start: "2019-03-31", due: "2019-03-31" }],
  ["a month and onwards", "April 2024 onwards", { kind: "ongoing", start: "2024-04-01", due: "2024-04-30", ongoing: true }],
  ["week commencing", "w/c 12 March 2024", { kind: "dated", start: "2024-03-12", due: "2024-03-18" }],
  ["29 February in a leap year", "29 February 2024", { kind: "dated", start: "2024-02-29", due: "2024-02-29" }],
  ["29 February otherwise", "29 February 2023", { kind: "unparsed" }],
  // ranges
  ["month range across years", "February 2014 – March 2015", { kind: "dated", start: "2014-02-01", due: "2015-03-31", windows: [["2014-02-01", "2015-03-31"]] }],
  ["the seed's HTML range", "<p>February 2014 – March 2015</p>", { kind: "dated", start: "2014-02-01", due: "2015-03-31" }],
  ["months sharing a year", "April-Sept 2024", { kind: "dated", start: "2024-04-01", due: "2024-09-30", windows: [["2024-04-01", "2024-09-30"]] }],
  ["slashed months", "February/March 2024", { kind: "dated", start: "2024-02-01", due: "2024-03-31", windows: [["2024-02-01", "2024-03-31"]] }],
  ["hyphenated months", "June-July 2024", { kind: "dated", start: "2024-06-01", due: "2024-07-31" }],
  ["em-dashed months", "June—July 2024", { kind: "dated", start: "2024-06-01", due: "2024-07-31" }],
  ["months with 'to'", "April to June 2024", { kind: "dated", start: "2024-04-01", due: "2024-06-30" }],
  ["months over a year end", "November-February 2025", { kind: "dated", start: "2024-11-01", due: "2025-02-28" }],
  ["seasons sharing a year", "Spring/early Summer 2024", { kind: "dated", start: "2024-03-01", due: "2024-08-31", windows: [["2024-03-01", "2024-08-31"]] }],
  ["day range", "12-14 March 2024", { kind: "dated", start: "2024-03-12", due: "2024-03-14" }],
  ["between … and …", "Between April 2024 and June 2024", { kind: "dated", start: "2024-04-01", due: "2024-06-30", windows: [["2024-04-01", "2024-06-30"]] }],
  ["numeric range", "01/04/2024 - 31/03/2025", { kind: "dated", start: "2024-04-01", due: "2025-03-31", windows: [["2024-04-01", "2025-03-31"]] }],
  // seasons
  ["Spring", "Spring 2024", { kind: "dated", start: "2024-03-01", due: "2024-05-31" }],
  ["Summer", "Summer 2024", { kind: "dated", start: "2024-06-01", due: "2024-08-31" }],
  ["Autumn", "Autumn 2024", { kind: "dated", start: "2024-09-01", due: "2024-11-30" }],
  ["Winter runs into the next year", "Winter 2024", { kind: "dated", start: "2024-12-01", due: "2025-02-28" }],
  ["Winter into a leap year", "Winter 2023", { kind: "dated", start: "2023-12-01", due: "2024-02-29" }],
  ["late Spring is Spring", "late Spring 2024", { kind: "dated", start: "2024-03-01", due: "2024-05-31" }],
  // financial years and quarters
  ["financial year", "2015/16", { kind: "dated", start: "2015-04-01", due: "2016-03-31" }],
  ["financial year with a hyphen", "2022-23", { kind: "dated", start: "2022-04-01", due: "2023-03-31" }],
  ["financial year in full", "2022/2023", { kind: "dated", start: "2022-04-01", due: "2023-03-31" }],
  ["FY prefix", "FY 2022/23", { kind: "dated", start: "2022-04-01", due: "2023-03-31" }],
  ["FY short", "FY22/23", { kind: "dated", start: "2022-04-01", due: "2023-03-31" }],
  ["financial quarter after", "2022/23 Q1", { kind: "dated", start: "2022-04-01", due: "2022-06-30" }],
  ["financial quarter before", "Q3 2022/23", { kind: "dated", start: "2022-10-01", due: "2022-12-31" }],
  ["financial Q4 is next January", "Q4 2022/23", { kind: "dated", start: "2023-01-01", due: "2023-03-31" }],
  ["financial Q2 spelled out", "Quarter 2 2024/25", { kind: "dated", start: "2024-07-01", due: "2024-09-30" }],
  ["financial quarters range", "Q1-Q2 2024/25", { kind: "dated", start: "2024-04-01", due: "2024-09-30" }],
  ["financial years range", "2015/16 to 2016/17", { kind: "dated", start: "2015-04-01", due: "2017-03-31", windows: [["2015-04-01", "2017-03-31"]] }],
  ["calendar quarter", "Q1 2024", { kind: "dated", start: "2024-01-01", due: "2024-03-31", ambiguity: "Q1 2024 could be a calendar or a financial quarter; read as January–March 2024" }],
  // years
  ["bare year", "2024", { kind: "dated", start: "2024-01-01", due: "2024-12-31", ambiguity: "2024 alone could mean the calendar year or the financial year 2024/25" }],
  ["bare year as a number", 2024, { kind: "dated", start: "2024-01-01", due: "2024-12-31", ambiguity: "calendar year" }],
  ["end of a year", "end of 2024", { kind: "dated", start: "2024-12-31", due: "2024-12-31" }],
  ["a span of years", "2015-18", { kind: "dated", start: "2015-01-01", due: "2018-12-31", ambiguity: "2015–2018" }],
  // status words
  ["Ongoing", "Ongoing", { kind: "ongoing", start: null, due: null, windows: [], ongoing: true }],
  ["on-going", "On-going", { kind: "ongoing", ongoing: true, windows: [] }],
  ["Ongoing until a financial year", "Ongoing until 2016/17.", { kind: "ongoing", start: "2016-04-01", due: "2017-03-31", ongoing: true, windows: [["2016-04-01", "2017-03-31"]] }],
  ["a month and ongoing", "September 2018 and ongoing", { kind: "ongoing", start: "2018-09-01", due: "2018-09-30", ongoing: true, windows: [["2018-09-01", "2018-09-30"]] }],
  ["and ongoing on the next line", "September 2018 and\nongoing", { kind: "ongoing", start: "2018-09-01", due: "2018-09-30", ongoing: true }],
  ["In place", "In place", { kind: "inPlace", start: null, due: null, windows: [], ongoing: false }],
  ["Already in place", "Already in place.", { kind: "inPlace" }],
  ["Completed", "Completed", { kind: "completed", windows: [], ongoing: false }],
  ["Complete", "Complete", { kind: "completed" }],
  ["Done", "Done", { kind: "completed" }],
  ["Completed with a date", "Completed March 2024", { kind: "completed", start: "2024-03-01", due: "2024-03-31" }],
  ["'Complete by' is an instruction", "Complete by March 2024", { kind: "dated", start: "2024-03-01", due: "2024-03-31" }],
  // pointers to another action
  ["As 19 above", "As 19 above", { kind: "seeOther", seeRef: "19", windows: [], start: null, due: null }],
  ["As per 19 above", "As per 19 above", { kind: "seeOther", seeRef: "19" }],
  ["See 2.4", "See 2.4", { kind: "seeOther", seeRef: "2.4" }],
  ["See action 3.1.", "See action 3.1.", { kind: "seeOther", seeRef: "3.1" }],
  ["Point 9 refers", "Point 9 refers", { kind: "seeOther", seeRef: "9" }],
  ["As above", "As above", { kind: "seeOther" }],
  ["As 19 above, bulleted", "• As 19 above", { kind: "seeOther", seeRef: "19" }],
  // several dates in one cell
  [
    "labelled lines",
    "Working Group – March 2024\nFinal strategy – October 2024",
    {
      kind: "dated",
      start: "2024-03-01",
      due: "2024-10-31",
      windows: [["2024-03-01", "2024-03-31"], ["2024-10-01", "2024-10-31"]],
      sources: ["Working Group – March 2024", "Final strategy – October 2024"],
    },
  ],
  [
    "one date per sub-action",
    "July 2014\nJuly 2014\nSeptember 2014",
    {
      kind: "dated",
      start: "2014-07-01",
      due: "2014-09-30",
      windows: [["2014-07-01", "2014-07-31"], ["2014-07-01", "2014-07-31"], ["2014-09-01", "2014-09-30"]],
      sources: ["July 2014", "July 2014", "September 2014"],
    },
  ],
  ["bracketed labels", "(Leadership) 2015/16 (Lean)", { kind: "dated", start: "2015-04-01", due: "2016-03-31", sources: ["(Leadership) 2015/16 (Lean)"] }],
  ["a label after the date", "September 2014 (Intranet)", { kind: "dated", start: "2014-09-01", due: "2014-09-30", sources: ["September 2014 (Intranet)"] }],
  [
    "two labelled dates on one line",
    "September 2014 (Leadership) 2015/16 (Lean)",
    {
      kind: "dated",
      start: "2014-09-01",
      due: "2016-03-31",
      windows: [["2014-09-01", "2014-09-30"], ["2015-04-01", "2016-03-31"]],
      sources: ["September 2014 (Leadership)", "2015/16 (Lean)"],
    },
  ],
  [
    "seed 000's HTML cell",
    "<p>September 2014</p> <p>December 2014</p> <p>April 2014</p> <p>September 2014</p>",
    { kind: "dated", start: "2014-04-01", due: "2014-12-31", windows: [["2014-09-01", "2014-09-30"], ["2014-12-01", "2014-12-31"], ["2014-04-01", "2014-04-30"], ["2014-09-01", "2014-09-30"]] },
  ],
  ["comma-separated dates", "March 2024, June 2024", { kind: "dated", windows: [["2024-03-01", "2024-03-31"], ["2024-06-01", "2024-06-30"]], sources: ["March 2024", "June 2024"] }],
  ["a month split across lines", "November\n2018", { kind: "dated", start: "2018-11-01", due: "2018-11-30" }],
  ["Ongoing beside dated sub-actions", "Ongoing\nSpring 2024\nAutumn 2024", { kind: "dated", start: "2024-03-01", due: "2024-11-30", ongoing: true }],
  ["Completed beside a dated sub-action", "Completed\nDecember 2024", { kind: "dated", start: "2024-12-01", due: "2024-12-31" }],
  ["several ambiguities", "2024\nQ1 2025", { kind: "dated", ambiguity: "2024 alone" }],
  // nothing to read
  ["blank", null, { kind: "blank", start: null, due: null, windows: [] }],
  ["empty string", "", { kind: "blank" }],
  ["spaces", "   \n  ", { kind: "blank" }],
  ["empty HTML", "<p></p>", { kind: "blank" }],
  ["free text", "Within 3 months of the policy", { kind: "unparsed", windows: [], start: null, due: null }],
  ["a month without a year", "By March", { kind: "unparsed" }],
  ["an error value", { error: "#REF!" }, { kind: "unparsed" }],
  ["a boolean", true, { kind: "unparsed" }],
  ["NaN", Number.NaN, { kind: "unparsed" }],
  ["Infinity", Number.POSITIVE_INFINITY, { kind: "unparsed" }],
  ["a small number", 42, { kind: "unparsed" }],
  ["an invalid Date", new Date(Number.NaN), { kind: "unparsed" }],
  ["emoji", "🎉🚀", { kind: "unparsed" }],
  ["RTL text", "מרץ 2024 \u202eabc", { kind: "dated", start: "2024-01-01", ambiguity: "2024 alone" }],
  ["letters that are not a month", "Décembre 2024", { kind: "dated", start: "2024-01-01", ambiguity: "2024 alone" }],
];

describe("parseTimescale", () => {
  it.each(CASES)("reads %s: %j", (_name, value, expected) => {
    const result = parseTimescale(value);
    expect(result.kind).toBe(expected.kind);
    if (expected.start !== undefined) expect(result.start).toBe(expected.start);
    if (expected.due !== undefined) expect(result.due).toBe(expected.due);
    if (expected.windows !== undefined) expect(result.windows.map((w) => [w.start, w.end])).toEqual(expected.windows);
    if (expected.sources !== undefined) expect(result.windows.map((w) => w.source)).toEqual(expected.sources);
    if (expected.ongoing !== undefined) expect(result.ongoing).toBe(expected.ongoing);
    expect(result.seeRef).toBe(expected.seeRef);
    if (expected.ambiguity === undefined) expect(result.ambiguity).toBeUndefined();
    else expect(result.ambiguity).toContain(expected.ambiguity);
  });

  it("keeps the cleaned text of the cell", () => {
    expect(parseTimescale("<p>July 2014</p> <p>September 2014</p>").text).toBe("July 2014\nSeptember 2014");
    expect(parseTimescale(utc(2018, 12, 31)).text).toBe("31/12/2018");
    expect(parseTimescale({ error: "#N/A" }).text).toBe("#N/A");
    expect(parseTimescale("As 19 above").text).toBe("As 19 above");
  });

  it("finishes a 40,000-character cell, keeping all of its text", () => {
    const essay = "The council will review its approach (a < b) & more; ".repeat(800).slice(0, 40_000);
    const result = parseTimescale(essay);
    expect(result.kind).toBe("unparsed");
    expect(result.text.length).toBeGreaterThan(39_000);

    const dense = "Q3/April-".repeat(4_500) + "2024";
    expect(dense.length).toBeGreaterThan(40_000);
    expect(parseTimescale(dense).kind).toBe("unparsed");

    const dates = "July 2014\n".repeat(4_000);
    const many = parseTimescale(dates);
    expect(many.kind).toBe("dated");
    expect(many.windows.length).toBeLessThanOrEqual(110);
  });

  it("never throws, keeps windows valid and ordered, and is deterministic", () => {
    const realistic = fc.constantFrom(
      "January", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Sep", "October", "Nov", "December",
      "Spring", "Summer", "Autumn", "Winter", "early", "end of", "By", "w/c", "Q1", "Q3", "Q4", "Quarter",
      "Ongoing", "ongoing", "until", "and", "to", "In place", "Completed", "As", "above", "See", "FY",
      "/", "-", "–", "—", ".", ",", "(", ")", "*", "\n", " ", "1st", "12", "31", "29", "02", "13", "00",
      "2014", "2015/16", "2022/23", "2024", "23", "99", "1899", "2199", "9999", "<p>", "</p>", "&amp;",
    );
    const fragment = fc.oneof(realistic, fc.string({ unit: "grapheme" }), fc.integer({ min: 0, max: 3000 }).map(String));
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(" ")) },
      { weight: 2, arbitrary: fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join("")) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
      { weight: 1, arbitrary: fc.double() },
      { weight: 1, arbitrary: fc.oneof(fc.boolean(), fc.constant(null), fc.date(), fc.string().map((error) => ({ error }))) },
    );
    fc.assert(
      fc.property(cell, (value) => {
        const result = parseTimescale(value as CellValue);
        for (const window of result.windows) {
          expect(isValidIso(window.start)).toBe(true);
          expect(isValidIso(window.end)).toBe(true);
          expect(window.start <= window.end).toBe(true);
        }
        if (result.start !== null && result.due !== null) expect(result.due >= result.start).toBe(true);
        expect(result.start === null).toBe(result.windows.length === 0);
        expect(result.due === null).toBe(result.windows.length === 0);
        if (result.kind === "blank" || result.kind === "seeOther" || result.kind === "unparsed") expect(result.windows).toEqual([]);
        if (result.kind === "dated") expect(result.windows.length).toBeGreaterThan(0);
        expect(parseTimescale(value as CellValue)).toEqual(result);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("findTitleDate", () => {
  it.each([
    ["CORPORATE PEER CHALLENGE ACTION PLAN FEBRUARY 2024", "2024-02-01"],
    ["Corporate Improvement Plan – September 2018 Update", "2018-09-01"],
    ["Appendix 2 – Corporate Improvement Plan – Progress up to September 2018", "2018-09-01"],
    ["Action plan as at 31/03/2024", "2024-03-31"],
    ["Plan agreed 12th March 2024 (revised June 2024)", "2024-03-12"],
    ["Draft - Chesterfield Borough Council – Peer Challenge Improvement Plan", null],
    ["Council Plan 2024/25", null],
    ["Improvement Plan 2024", null],
    ["", null],
  ])("finds the date in %j", (title, expected) => {
    expect(findTitleDate(title)).toBe(expected);
  });

  it("copes with a very long title", () => {
    expect(findTitleDate("x".repeat(40_000) + " March 2024")).toBeNull();
    expect(findTitleDate("March 2024 " + "x".repeat(40_000))).toBe("2024-03-01");
  });
});
