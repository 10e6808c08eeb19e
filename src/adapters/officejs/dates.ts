/**
 * Excel keeps dates as serial numbers; the core wants `Date`s whose UTC fields hold the calendar
 * date. Office.js returns the serial and the cell's number format, so a number is a date when its
 * format is a date format — the same test ExcelJS applies when it reads a file, so both adapters
 * agree on which cells are dates.
 */

/** True when a number format shows a date or time (letters y m d h s outside quotes and brackets). */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format || format === "General") return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Serial 25569 is 1 January 1970 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

/** Excel serial → `Date` (UTC fields = the date and time shown), as ExcelJS converts them. */
export function serialToDate(serial: number, date1904 = false): Date {
  const days = date1904 ? serial + DATE_1904_OFFSET : serial;
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}
