/** Cell contents of a generated sheet: typed values, never magic strings (a formula is an object). */
import { isIsoDate } from "../parse/IsoDate.js";
import { EXCEL_LIMITS } from "./ExcelLimits.js";

interface CellBase {
  /** Name of a style in {@link SheetSpec.styles}. */
  readonly style?: string;
}

/**
 * Literal text — always text, even when it starts with `=`, `+`, `-`, `@` or `'`, or looks like a
 * number or a date ("1.10", "1/2"). Officers' progress notes often start with "- ".
 *
 * **Adapter rule:** a text cell is written with number format `@` (Text), whatever its style says
 * (see {@link effectiveNumberFormat}). In Office.js set `numberFormat` to `@` *before* `values` —
 * otherwise Excel parses the string as if typed (`=` makes a formula, "1.10" becomes 1.1).
 * In ExcelJS a plain JS string is written as a shared string and stays text.
 */
export interface TextCell extends CellBase {
  readonly kind: "text";
  readonly text: string;
}

export interface NumberCell extends CellBase {
  readonly kind: "number";
  readonly value: number;
}

/**
 * A calendar date, written as an Excel date (a serial number with a date format).
 * **Adapter rule:** if the cell's style has no number format, use {@link DEFAULT_DATE_FORMAT}.
 */
export interface DateCell extends CellBase {
  readonly kind: "date";
  /** "YYYY-MM-DD". */
  readonly iso: string;
}

/**
 * A live Excel formula. Generated formulas must work in Excel 2016/2019: no dynamic arrays, XLOOKUP,
 * LET, FILTER or UNIQUE.
 */
export interface FormulaCell extends CellBase {
  readonly kind: "formula";
  /** Without the leading `=`, in Excel's en-US syntax (commas between arguments). */
  readonly formula: string;
  /**
   * What the core computed from the same data. Tests compare it with a real recalculation; the
   * ExcelJS adapter stores it as the cached result so readers that do not recalculate still see it.
   */
  readonly expected?: number | string;
}

/** An empty cell, present only to carry a style (a bordered empty cell in a table). */
export interface BlankCell extends CellBase {
  readonly kind: "blank";
}

export type CellSpec = TextCell | NumberCell | DateCell | FormulaCell | BlankCell;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text without lone UTF-16 surrogates — half an emoji, left where text was cut short with
 * `slice` — which a workbook cannot store (its XML is UTF-8; writers put "�" in their place).
 */
export function wellFormedText(value: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATE, "") : value;
}

/** Text longer than Excel allows is cut to fit, ending with "…" (the officer's original is untouched). */
export function text(value: string, style?: string): TextCell {
  const fitted = wellFormedText(
    value.length > EXCEL_LIMITS.textLength ? `${value.slice(0, EXCEL_LIMITS.textLength - 1)}…` : value,
  );
  return style === undefined ? { kind: "text", text: fitted } : { kind: "text", text: fitted, style };
}

export function num(value: number, style?: string): NumberCell {
  if (!Number.isFinite(value)) throw new RangeError(`A number cell needs a finite number, got ${value}`);
  return style === undefined ? { kind: "number", value } : { kind: "number", value, style };
}

export function date(iso: string, style?: string): DateCell {
  if (!isIsoDate(iso)) throw new RangeError(`A date cell needs "YYYY-MM-DD", got "${iso}"`);
  return style === undefined ? { kind: "date", iso } : { kind: "date", iso, style };
}

/** A formula without its leading `=`; `expected` is what the core computed. */
export function formula(source: string, expected?: number | string, style?: string): FormulaCell {
  if (source.startsWith("=")) throw new RangeError(`Write formulas without the leading "=": ${source.slice(0, 40)}`);
  return {
    kind: "formula",
    formula: source,
    // A string result is text the workbook stores as the cached value: no lone surrogates either.
    ...(expected !== undefined ? { expected: typeof expected === "string" ? wellFormedText(expected) : expected } : {}),
    ...(style !== undefined ? { style } : {}),
  };
}

export function blank(style?: string): BlankCell {
  return style === undefined ? { kind: "blank" } : { kind: "blank", style };
}

/** The same cell with another style. */
export function withStyle<C extends CellSpec>(cell: C, style: string): C {
  return { ...cell, style };
}
