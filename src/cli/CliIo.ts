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
