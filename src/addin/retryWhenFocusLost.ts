/**
 * One retry when another workbook took focus.
 *
 * "API limitations when the active workbook switches" (Troubleshooting Excel add-ins): while another
 * workbook has focus — the officer clicks into a second workbook while a refresh runs — adding a
 * sheet, activating, selecting and freezing panes throw GeneralException, and deleting a sheet throws
 * InvalidSelection (Excel on Windows and Mac). The failure passes when focus comes back, so the whole
 * use case is run once more after a short wait; it is safe to run again because a refresh only ever
 * replaces our own sheets. A second failure reaches the officer, whose message says to keep the
 * workbook in front (officeErrors.ts).
 */

/** Long enough for a click back into the workbook to land; short enough not to feel like a hang. */
export const FOCUS_RETRY_WAIT_MS = 1_500;

const FOCUS_CODES = new Set(["GeneralException", "InvalidSelection"]);

/** Whether `error` is one Excel raises while another workbook has focus (adapter-wrapped or raw). */
export function isFocusError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, officeCode } = error as { code?: unknown; officeCode?: unknown };
  return FOCUS_CODES.has(String(officeCode ?? code ?? ""));
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `attempt`; if it fails as when another workbook has focus, waits and runs it once more. */
export async function retryWhenFocusLost<T>(attempt: () => Promise<T>, wait: (ms: number) => Promise<void> = pause): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isFocusError(error)) throw error;
    await wait(FOCUS_RETRY_WAIT_MS);
    return attempt();
  }
}
