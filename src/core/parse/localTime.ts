/**
 * A moment on the officer's own clock, as the front ends show it. Local time on purpose: an officer
 * refreshing at 00:30 on 1 April means 1 April, whatever UTC says.
 */
import type { IsoDate } from "./IsoDate.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** The local calendar date, YYYY-MM-DD: the default as-at date. */
export function isoToday(now: Date): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

/** "24/11/2026 15:04": when a refresh ran, as officers read it. */
export function ukDateTime(now: Date): string {
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** "20261124-150405": sorts in time order in a file name. */
export function fileStamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}
