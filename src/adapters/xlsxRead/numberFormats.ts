/**
 * Number formats: which code a built-in id stands for, and whether a format shows a date.
 * Built-in ids are fixed by ECMA-376 Part 1 §18.8.30 (numFmt); the codes below are the en-US ones
 * Excel shows (and ExcelJS reports, which keeps the two readers' grids comparable).
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Built-in ids that are dates or times whatever the code: 14–22 and 45–47 (§18.8.30). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/**
 * True when a custom format code shows a date or time: after removing what is not a date token
 * (quoted text, `\`-escaped characters, `_x` spacing and `*x` fill, and bracketed colours, locales
 * and conditions — but not the elapsed-time `[h]`, `[mm]`, `[ss]`), a y, m, d, h or s remains. Case
 * does not matter: LibreOffice writes `DD/MM/YYYY`.
 */
export function isDateFormatCode(code: string): boolean {
  if (code === "" || code === "General" || code === "@") return false;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?!(?:h+|m+|s+)\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(bare);
}

export interface NumberFormat {
  /** The code, when it is not General (what the grid's `Cell.numFmt` carries). */
  readonly code?: string;
  readonly isDate: boolean;
}

/** The format a cell style's `numFmtId` names, given the workbook's own `<numFmt>` codes. */
export function numberFormatFor(id: number, custom: ReadonlyMap<number, string>): NumberFormat {
  const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
  const shown = code !== undefined && code !== "General" ? code : undefined;
  const isDate = custom.has(id) ? isDateFormatCode(code ?? "") : isBuiltInDate(id);
  return shown === undefined ? { isDate } : { code: shown, isDate };
}
