/** A calendar date as 'YYYY-MM-DD': compares correctly as a string and survives JSON untouched. */
export type IsoDate = string;

/** True for a real calendar date written 'YYYY-MM-DD', from 1900 (Excel's first year) on. */
export function isIsoDate(text: string): text is IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && year >= 1900;
}
