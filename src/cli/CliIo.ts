/** Where the CLI writes; tests pass buffers, `main` passes the process streams. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Today's date as YYYY-MM-DD, for the default --as-of. */
  readonly today: () => string;
}

export const EXIT = { ok: 0, errorsFound: 1, unreadable: 2 } as const;

export class UsageError extends Error {
  override name = "UsageError";
}
