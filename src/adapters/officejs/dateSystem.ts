/**
 * Which date system the open workbook uses: 1900 (Windows' default) or 1904 (old Mac workbooks, where
 * serial 0 is 1 January 1904 and every serial is 1,462 days less than in the 1900 system: "Date
 * systems in Excel", Microsoft Support).
 *
 * Office.js has no released way to ask: `Workbook.use1904DateSystem` is listed among the Excel
 * JavaScript *preview* APIs (beta office.js only, not for production), so it is not used. Instead the
 * reader compares a date cell's serial with the text Excel shows for it (`Range.text`, ExcelApi 1.1):
 * the two systems put the same serial four years and a day apart, so any date shown with its year
 * says which system is in force. No date cell with a year in the sample: the 1900 system, Excel's
 * default.
 */
import { isDateFormat, serialToDate } from "./dates.js";

/** A sampled block of cells as Office.js returns it. */
export interface DateSample {
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly text: readonly (readonly unknown[])[];
}

/** The years a shown date contains: four-digit numbers, and two-digit ones when the format has "yy" only. */
function shownYears(text: string, format: string): Set<number> | undefined {
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").toLowerCase();
  if (bare.includes("yyy")) return new Set([...text.matchAll(/\d{4}/g)].map((m) => Number(m[0])));
  if (bare.includes("yy")) return new Set([...text.matchAll(/\d+/g)].map((m) => Number(m[0]) % 100));
  return undefined;
}

function verdict(serial: number, format: string, text: string): boolean | undefined {
  const years = shownYears(text, format);
  if (!years) return undefined;
  const twoDigits = !format.toLowerCase().includes("yyy");
  const year = (date1904: boolean): number => {
    const y = serialToDate(serial, date1904).getUTCFullYear();
    return twoDigits ? y % 100 : y;
  };
  const in1900 = years.has(year(false));
  const in1904 = years.has(year(true));
  if (in1900 === in1904) return undefined;
  return in1904;
}

/** True for a 1904 workbook, false for 1900, undefined when no sampled cell shows a date with its year. */
export function dateSystemFromSamples(samples: readonly DateSample[]): boolean | undefined {
  for (const sample of samples) {
    for (let i = 0; i < sample.values.length; i++) {
      const values = sample.values[i] ?? [];
      for (let j = 0; j < values.length; j++) {
        const serial = values[j];
        const format = sample.numberFormat[i]?.[j];
        const text = sample.text[i]?.[j];
        if (typeof serial !== "number" || typeof format !== "string" || typeof text !== "string" || !isDateFormat(format)) continue;
        const found = verdict(serial, format, text);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}
