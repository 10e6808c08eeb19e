/**
 * Excel date serials to the grid's dates (a `Date` whose UTC fields hold the calendar date and time,
 * as the core expects). Two epochs: the 1900 system counts from 30 December 1899 (serial 25569 is
 * 1 January 1970, Excel's fictitious 29 February 1900 included); the 1904 system, used by old Mac
 * workbooks (`<workbookPr date1904="1"/>`), is 1,462 days later.
 */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;
const MS_PER_DAY = 86_400_000;

export function serialToDate(serial: number, date1904: boolean): Date {
  // Rounded to the millisecond, as ExcelJS does, so times stored as 0.1 + 0.2 read back exactly.
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}

const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/;

/**
 * A `t="d"` cell's ISO 8601 text (ECMA-376 §18.18.11, written by some generators and by Excel in
 * Strict files) as a date; the zone, if any, is ignored: a spreadsheet date is a calendar date.
 */
export function isoTextToDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction] = match;
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), ms));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
