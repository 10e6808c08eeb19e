/**
 * Reads an amount cell from a benefits or investment table (GUIDE §2 "Benefits"): numbers, and the
 * text officers type instead — "(44,000)", "£1.2m", "250k", "120,000*", "tbc", "-" for nil, or several
 * figures in one cell. Amounts keep the sign the officer entered: brackets mean negative, as councils
 * print savings.
 */
import { isErrorValue, type CellValue } from "../grid/Cell.js";
import { cellText, cleanText } from "./cleanText.js";
import type { Money } from "./Money.js";

/** "tbc", "TBC", "Tbc (main investment from safer streets grant)", "to be confirmed", "tbd". */
const NOT_YET_KNOWN = /^(?:tbc|tba|tbd|to be (?:confirmed|agreed|determined|decided))(?![a-z])/i;

/** A dash alone, "nil" or "none": council tables print nil as "-" (an accountant's zero, also "–" or "—"). */
const NIL = /^(?:£\s*)?(?:[-\u2010-\u2015\u2212]|nil|none)$/i;

/** "n/a", "N/A", "NA", "not applicable": the amount does not apply to this row. */
const NOT_APPLICABLE = /^(?:n\s*\/\s*a|na|not applicable)\.?$/i;

/**
 * One amount, after spaces inside it are removed: footnote marks, a sign or brackets, an optional £ (either side of the bracket),
 * digits with thousands commas (placed loosely: seed 001 prints "(1202,000)"), an optional k/m/bn
 * scale, then footnote marks. Every part is a distinct character class, so matching is linear.
 */
const AMOUNT =
  /^([*\u2020\u2021#^]*)([-+\u2212\u2013\u2014]?)(?:£|gbp)?(\(?)([-\u2212\u2013]?)(?:£|gbp)?([-\u2212\u2013]?)((?:[0-9][0-9,]*)?(?:\.[0-9]+)?)(k|m|mn|bn|thousand|million|billion)?(\)?)([*\u2020\u2021#^]*)$/i;

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/**
 * The largest amount read: 2^53 - 1 pounds, the largest whole number a double holds exactly. Beyond it
 * a cell (1E+308, a pasted ID) is a slip, not money, and summing such values overflows to Infinity.
 */
const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/** Long text is never an amount list; the cap keeps pasted paragraphs cheap. */
const MAX_AMOUNT_TEXT = 500;

/**
 * What an amount cell means, in the unit of its column (`unitScale` pounds per unit: 1000 for a £000
 * column). A number is taken as written; text with its own scale is converted: "15k" in a £000 column
 * is 15, "£1.2m" is 1,200. Never throws, whatever the cell holds.
 */
export function parseMoney(value: CellValue, unitScale = 1): Money {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT ? { kind: "amount", value: value === 0 ? 0 : value, typedAsText: false } : { kind: "unparsed", text: String(value) };
  }
  if (typeof value === "string") return fromText(cleanText(value).text, unitScale > 0 && Number.isFinite(unitScale) ? unitScale : 1);
  if (isErrorValue(value)) return { kind: "unparsed", text: String(value.error) };
  return { kind: "unparsed", text: cellText(value).text };
}

function fromText(text: string, unitScale: number): Money {
  if (text === "") return { kind: "blank" };
  if (NOT_YET_KNOWN.test(text)) return { kind: "tbc", note: text };
  if (text.length > MAX_AMOUNT_TEXT) return { kind: "unparsed", text };
  // A sheet SUM skips the text "-", which is right for a zero: nothing to re-enter, so not "typed as text".
  if (NIL.test(text)) return { kind: "amount", value: 0, typedAsText: false };
  if (NOT_APPLICABLE.test(text)) return { kind: "blank", notApplicable: true };

  const amounts: { value: number; footnote: string }[] = [];
  for (const chunk of amountChunks(text)) {
    const amount = readAmount(chunk, unitScale);
    if (amount === null) return { kind: "unparsed", text };
    amounts.push(amount);
  }
  const first = amounts[0];
  if (first === undefined) return { kind: "unparsed", text };
  if (amounts.length === 1) {
    return { kind: "amount", value: first.value, typedAsText: true, ...(first.footnote === "" ? {} : { footnote: first.footnote }) };
  }
  return { kind: "amounts", values: amounts.map((a) => a.value), typedAsText: true };
}

/**
 * Splits a cell into the text of each amount: "(40,000) (30,000) (49,000)" or one per line.
 * Spaces that sit inside one amount ("£ 1,200", "( 44,000 )", "1.2 m") are closed up first.
 */
function amountChunks(text: string): string[] {
  const closed = text
    .replace(/(£|gbp)[ ]+/gi, "$1")
    .replace(/\([ ]+/g, "(")
    .replace(/[ ]+\)/g, ")")
    .replace(/([0-9])[ ]+(k|m|mn|bn|thousand|million|billion)(?![a-z])/gi, "$1$2")
    .replace(/(^|[\s(])([-\u2212\u2013\u2014])[ ]+(?=[£0-9])/g, "$1$2");
  return closed.split(/[\s;|]+/).filter((chunk) => chunk !== "");
}

function readAmount(chunk: string, unitScale: number): { value: number; footnote: string } | null {
  const match = AMOUNT.exec(chunk);
  if (match === null) return null;
  const [, before = "", sign = "", open = "", innerSign = "", poundSign = "", digits = "", scale = "", close = "", after = ""] = match;
  if (open !== close.replace(")", "(")) return null; // brackets must pair
  if (digits === "" || digits === "." || !/[0-9]/.test(digits)) return null;
  const minusSigns = [sign, innerSign, poundSign].filter((s) => s !== "" && s !== "+").length;
  if (minusSigns > 1) return null;
  const magnitude = Number(digits.replace(/,/g, "")) * (scale === "" ? 1 : (SCALES[scale.toLowerCase()] ?? 1) / unitScale);
  if (!Number.isFinite(magnitude) || magnitude > MAX_AMOUNT) return null;
  // Brackets and a minus sign both mean negative; written together ("(-44,000)") they still mean one negative.
  const negative = open === "(" || minusSigns === 1;
  const rounded = scale === "" ? magnitude : Math.round(magnitude * 100) / 100;
  const value = negative && rounded !== 0 ? -rounded : rounded;
  return { value, footnote: before + after };
}
