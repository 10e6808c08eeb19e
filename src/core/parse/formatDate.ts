import type { IsoDate } from "./IsoDate.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Dates already written out: a plan's overdue messages name the same few dates (the as-of date, the
 * end of "March 2025") tens of thousands of times. Emptied past {@link UK_DATE_CACHE_LIMIT} entries.
 */
const ukDates = new Map<string, string>();
const UK_DATE_CACHE_LIMIT = 4096;

/** "2018-07-31" → "31 July 2018", the way officers write dates in committee reports. */
export function formatUkDate(iso: IsoDate): string {
  const known = ukDates.get(iso);
  if (known !== undefined) return known;
  const [year, month, day] = iso.split("-").map(Number);
  const text = `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
  if (ukDates.size >= UK_DATE_CACHE_LIMIT) ukDates.clear();
  ukDates.set(iso, text);
  return text;
}

/** "2018-07-31" → "31/07/2018": the en-GB numeric form, for table columns (narrow, and what councils' sheets show). */
export function formatUkNumericDate(iso: IsoDate): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
