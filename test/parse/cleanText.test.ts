import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cellText, cleanText } from "../../src/core/parse/cleanText.js";

/** Cells copied from seed 000 (Chesterfield peer-challenge plan), HTML as pasted. */
const SEED_CHALLENGE =
  "<p>Fundamentally review the Corporate Plan in line with financial challenges.</p> <p><i>(key challenge suggestion 2)</i></p>";
const SEED_OUTCOMES =
  '<ul style="list-style-type: none"> • Clear unambiguous priorities • Resources aligned to priority areas • Delivery of all key projects for 2014/15 ';
const SEED_TIMESCALE = "<p>February 2014 – March 2015</p>";
const SEED_LEAD = "<p>Cabinet/ Corporate Management Team</p> <p>Chief Executive</p> <p>Human Resources/</p>";

describe("cleanText", () => {
  it.each([
    [SEED_CHALLENGE, "Fundamentally review the Corporate Plan in line with financial challenges.\n(key challenge suggestion 2)"],
    [SEED_OUTCOMES, "Clear unambiguous priorities\nResources aligned to priority areas\nDelivery of all key projects for 2014/15"],
    [SEED_TIMESCALE, "February 2014 – March 2015"],
    [SEED_LEAD, "Cabinet/ Corporate Management Team\nChief Executive\nHuman Resources/"],
    ["<ul><li>One</li><li>Two</li></ul>", "One\nTwo"],
    ["line one<br>line two<br/>line three<BR />four", "line one\nline two\nline three\nfour"],
    ["<P><I>Shouting tags</I></P>", "Shouting tags"],
    ["Word paste<!--[if gte mso 9]><xml>junk</xml><![endif]--> kept", "Word paste kept"],
    ["<o:p>Office</o:p> namespace", "Office namespace"],
  ])("strips markup from %j", (raw, text) => {
    expect(cleanText(raw)).toEqual({ text, hadHtml: true });
  });

  it.each([
    ["Tom &amp; Jerry", "Tom & Jerry"],
    ["&lt;p&gt; stays text", "<p> stays text"],
    ["&quot;quoted&quot; &#39;single&#39;", "\"quoted\" 'single'"],
    ["a&nbsp;&nbsp;b", "a b"],
    ["April &#8211; June", "April – June"],
    ["April &#x2013; June", "April – June"],
    ["&pound;1,200", "£1,200"],
  ])("decodes entities in %j", (raw, text) => {
    expect(cleanText(raw)).toEqual({ text, hadHtml: true });
  });

  it.each([
    ["a < b", "a < b"],
    ["<5 days", "<5 days"],
    ["Send to <Name> by Friday", "Send to <Name> by Friday"],
    ["Salt & pepper", "Salt & pepper"],
    ["&bogus; and & alone", "&bogus; and & alone"],
    ["x > y >= z", "x > y >= z"],
  ])("leaves look-alike text %j alone", (raw, text) => {
    expect(cleanText(raw)).toEqual({ text, hadHtml: false });
  });

  it.each([
    ["• Clear priorities", "Clear priorities"],
    ["\uf0b7 Word's private-use bullet", "Word's private-use bullet"],
    ["· Middle dot", "Middle dot"],
    ["- Dash item", "Dash item"],
    ["• • doubled", "doubled"],
    ["-44,000", "-44,000"],
    ["- 44,000", "- 44,000"],
    ["-", "-"],
    ["Budget - savings", "Budget - savings"],
  ])("handles bullets in %j", (raw, text) => {
    expect(cleanText(raw).text).toBe(text);
  });

  it("normalises whitespace and line breaks", () => {
    expect(cleanText("  one \t  two  \r\n\r\n\n   three\u00a0four \u200b\rfive  ").text).toBe("one two\nthree four\nfive");
    expect(cleanText("   ").text).toBe("");
    expect(cleanText("").text).toBe("");
  });

  it("is fast and safe on long hostile input", () => {
    const hostile = "<p ".repeat(5000) + "&#".repeat(5000) + " ".repeat(20000) + "<!--".repeat(3000) + "x";
    const result = cleanText(hostile);
    expect(result.text.endsWith("x")).toBe(true);
  });

  it("never throws, keeps lines trimmed and non-empty, and only reports HTML when there is markup", () => {
    const fragment = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("<p>", "</p>", "<br>", "<i>", "&amp;", "&#8211;", "•", "\n", "  ", "\t", "- ", "<", ">", "&", "<!--", "-->"),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const raw = parts.join("");
        const { text, hadHtml } = cleanText(raw);
        if (!raw.includes("<") && !raw.includes("&")) expect(hadHtml).toBe(false);
        for (const line of text.split("\n")) {
          if (text === "") break;
          expect(line).toBe(line.trim());
          expect(line).not.toBe("");
        }
        expect(text).not.toMatch(/ {2}/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("cellText", () => {
  it.each([
    [null, ""],
    ["<p>Text</p>", "Text"],
    [45000, "45000"],
    [0.5, "0.5"],
    [true, "TRUE"],
    [false, "FALSE"],
    [new Date(Date.UTC(2018, 11, 31)), "31/12/2018"],
    [new Date(Number.NaN), ""],
    [{ error: "#REF!" }, "#REF!"],
  ])("shows %j as %j", (value, text) => {
    expect(cellText(value).text).toBe(text);
  });

  it("only reports HTML for strings that had it", () => {
    expect(cellText("<p>x</p>").hadHtml).toBe(true);
    expect(cellText(12).hadHtml).toBe(false);
  });
});
