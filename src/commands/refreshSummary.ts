/**
 * The ribbon's Refresh summary: refreshes without opening the pane, then says what happened.
 * Always completes the event — on success, on failure, and when the message cannot be shown —
 * because Office keeps the button busy until it is completed.
 */
import type { WorkbookSession } from "../addin/WorkbookSession.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import { failedMessage, refreshedMessage, type ResultMessage } from "./resultMessage.js";

export interface RefreshSummaryDeps {
  readonly session: WorkbookSession;
  readonly today: () => IsoDate;
  /** Shows the message; resolves when the officer has seen it (true) or it could not be shown (false). */
  readonly tell: (message: ResultMessage) => Promise<boolean>;
}

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export function refreshSummaryCommand(deps: RefreshSummaryDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      const outcome = await deps.session.refresh({ asOf: deps.today(), takeSnapshot: false, addRagColumn: false });
      const summary = outcome.sheets[0]?.name;
      // Without a dialog, showing the summary sheet is how the officer sees that it worked.
      if (!(await deps.tell(refreshedMessage(outcome))) && summary) await deps.session.goTo(summary).catch(() => undefined);
    } catch (error) {
      await deps.tell(failedMessage(error)).catch(() => false);
    } finally {
      event.completed();
    }
  };
}
