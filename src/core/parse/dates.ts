/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and Excel serial numbers.
 *
 * Everything works on whole days counted from 1970-01-01 (Howard Hinnant's civil-date algorithms),
 * so no `Date` objects are allocated: these run once or more per row on 100,000-row plans.
 */
import type { IsoDate } from "./IsoDate.js";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Excel serial of 1970-01-01 in the 1900 date system (valid from serial 61, 1900-03-01, onwards). */
const SERIAL_OF_UNIX_EPOCH = 25569;
/** Day number (from 1970-01-01) of 1900-03-01, the first day after Excel's phantom 29 February 1900. */
const DAY_OF_1900_03_01 = -25508;
/** Day number of 1900-01-01, Excel serial 1. */
const DAY_OF_1900_01_01 = -25567;
/** Serial of 9999-12-31, the last date Excel can show. */
const LAST_EXCEL_SERIAL = 2958465;
/** Day numbers of 0001-01-01 and 9999-12-31, the range an ISO date string can hold. */
const FIRST_ISO_DAY = -719162;
const LAST_ISO_DAY = 2932896;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** True for a real calendar date in years 1–9999 (the range an ISO string can hold). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Formats a date as 'YYYY-MM-DD'. The caller vouches for validity (see `isValidDate`):
 * this is the hot path and checks nothing.
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const y = year < 1000 ? String(year).padStart(4, "0") : String(year);
  return `${y}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** The last day of a month, e.g. endOfMonth(2024, 2) = '2024-02-29'. */
export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The calendar date held in a `Date`'s UTC fields (the CellValue convention); null for an invalid or out-of-range Date. */
export function isoFromDate(date: Date): IsoDate | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return isoDate(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/** True when `text` is a 'YYYY-MM-DD' string naming a real date. */
export function isValidIso(text: string): boolean {
  return parseIsoParts(text) !== null;
}

/**
 * Converts an Excel serial (1900 date system) to a date; a time-of-day fraction is dropped.
 * Serial 60 is Excel's phantom 29 February 1900 (kept for Lotus 1-2-3 compatibility) and has
 * no real date, so it gives null, as do serials below 1 or past 9999-12-31.
 */
export function isoFromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_EXCEL_SERIAL || whole === 60) return null;
  const day = whole > 60 ? whole - SERIAL_OF_UNIX_EPOCH : whole - SERIAL_OF_UNIX_EPOCH + 1;
  return isoFromDayNumber(day);
}

/** The Excel serial (1900 date system) of an ISO date; null for an invalid string or a date before 1900-01-01. */
export function excelSerialFromIso(iso: IsoDate): number | null {
  const day = dayNumberOfIso(iso);
  if (day === null || day < DAY_OF_1900_01_01) return null;
  // Dates before March 1900 sit one serial lower because Excel counts a 29 February 1900 that never was.
  return day >= DAY_OF_1900_03_01 ? day + SERIAL_OF_UNIX_EPOCH : day + SERIAL_OF_UNIX_EPOCH - 1;
}

/**
 * The date `days` days after `iso` (negative goes back). Throws RangeError for an invalid ISO date
 * or a result outside years 1–9999.
 */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const day = dayNumberOfIso(iso);
  if (day === null) throw new RangeError(`Not a valid ISO date: ${JSON.stringify(iso)}`);
  const target = day + Math.trunc(days);
  if (!(target >= FIRST_ISO_DAY && target <= LAST_ISO_DAY)) {
    throw new RangeError(`${iso} + ${days} days falls outside years 1-9999`);
  }
  return isoFromDayNumber(target);
}

/** Whole days from `from` to `to`: positive when `to` is later. Throws RangeError for an invalid ISO date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dayNumberOfIso(from);
  const b = dayNumberOfIso(to);
  if (a === null || b === null) {
    throw new RangeError(`Not a valid ISO date: ${JSON.stringify(a === null ? from : to)}`);
  }
  return b - a;
}

/** Days since 1970-01-01 of an ISO date, or null when it is not one. */
export function dayNumberOfIso(iso: IsoDate): number | null {
  const parts = parseIsoParts(iso);
  return parts === null ? null : dayNumber(parts[0], parts[1], parts[2]);
}

/** Days since 1970-01-01 of a valid civil date (Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date of a day number (Hinnant's civil_from_days); the caller keeps it within years 1–9999. */
export function isoFromDayNumber(dayNum: number): IsoDate {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

/** [year, month, day] of a strict 'YYYY-MM-DD' string naming a real date, else null. */
function parseIsoParts(text: string): [number, number, number] | null {
  if (typeof text !== "string" || text.length !== 10) return null;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !isValidDate(year, month, day)) return null;
  return [year, month, day];
}

/** The value of `length` ASCII digits starting at `from`, or -1 if any is not a digit. */
function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}
