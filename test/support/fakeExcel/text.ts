/**
 * `Range.text`: a cell's value as Excel shows it. Only what the adapter relies on is modelled: numbers
 * and text as they are, and dates in formats made of d, m, y tokens (dd/mm/yyyy, d mmm yy, mmmm yyyy…),
 * counted from the workbook's epoch — 30 December 1899, or 1 January 1904 in a 1904 workbook, where
 * serial 0 is 1904-01-01 ("Date systems in Excel", Microsoft Support).
 */
import { isDateFormat } from "../../../src/adapters/officejs/dates.js";
import type { FakeCell } from "./model.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function formatDate(serial: number, format: string, date1904: boolean): string {
  const date = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * 86_400_000);
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  return bare.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(year);
      case "yy":
        return pad(year % 100);
      case "mmmm":
        return MONTHS[month] as string;
      case "mmm":
        return (MONTHS[month] as string).slice(0, 3);
      case "mm":
        return pad(month + 1);
      case "m":
        return String(month + 1);
      case "dd":
        return pad(day);
      default:
        return String(day);
    }
  });
}

export function cellText(cell: FakeCell | undefined, date1904: boolean): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "number" && isDateFormat(cell.numberFormat)) return formatDate(cell.value, cell.numberFormat, date1904);
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}
