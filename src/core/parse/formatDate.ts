import type { IsoDate } from "./IsoDate.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2018-07-31" → "31 July 2018", the way officers write dates in committee reports. */
export function formatUkDate(iso: IsoDate): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "2018-07-31" → "31/07/2018": the en-GB numeric form, for table columns (narrow, and what councils' sheets show). */
export function formatUkNumericDate(iso: IsoDate): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
