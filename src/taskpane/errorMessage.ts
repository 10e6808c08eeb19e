/**
 * What to tell the officer when a call fails. WorkbookSession rejects with plain-English messages
 * (AddinError), some with a `detail` for support (Office's error code); anything else (a bug, a lost
 * connection) gets a general sentence. Never a stack trace.
 */
export interface Failure {
  /** Fit to show as it is. */
  readonly message: string;
  /** For support, shown small under the message; null when there is none. */
  readonly detail: string | null;
}

const GENERAL = "Something went wrong while talking to Excel. Close and reopen the Plan Tracker pane, then try again.";

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return firstLines(error.message);
  if (typeof error === "string" && error.trim() !== "") return firstLines(error);
  return GENERAL;
}

export function failureOf(error: unknown): Failure {
  const detail = typeof error === "object" && error !== null && "detail" in error ? (error as { detail: unknown }).detail : undefined;
  return { message: errorMessage(error), detail: typeof detail === "string" && detail.trim() !== "" ? firstLines(detail) : null };
}

/** A message that carries a stack after its sentences shows only the sentences. */
function firstLines(message: string): string {
  const lines = message.trim().split("\n");
  const stackAt = lines.findIndex((line) => /^\s+at\s/.test(line));
  return (stackAt > 0 ? lines.slice(0, stackAt) : lines).join("\n").trim();
}
