/** Where the CLI writes and what time it is; tests pass buffers and a fixed clock, `main` the real ones. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
}

export const EXIT = { ok: 0, errorsFound: 1, unreadable: 2 } as const;

export class UsageError extends Error {
  override name = "UsageError";
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The local calendar date, YYYY-MM-DD: the default --as-of. */
export function isoToday(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "24/11/2026 15:04": when a refresh ran, as officers read it. */
export function ukDateTime(now: Date): string {
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** "20261124-150405": sorts in time order in a file name. */
export function fileStamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}
