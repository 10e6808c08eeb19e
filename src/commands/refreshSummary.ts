/**
 * The ribbon's Refresh summary: refreshes without opening the pane, then tells the officer what
 * happened — and always completes its event, promptly.
 *
 * Office closes an ExecuteFunction command that has not completed within 5 minutes ("the add-in times
 * out after 5 minutes", manifest Action reference; add-in commands docs; OfficeDev/office-js#4983),
 * and on the web a dialog the command leaves open after completing cannot be closed
 * (office-js#1452). So the outcome is put where the officer sees it, and the message is bounded:
 * 1. on success, the PT Summary sheet is activated: the sheet the officer came for, stamped
 *    "Refreshed …" by the refresh itself, stays in front after everything else has gone;
 * 2. the result message opens in Office's dialog (DialogApi 1.1), which the command closes itself
 *    after {@link RESULT_DIALOG_LIMIT_MS} if the officer has not (resultDialog.ts);
 * 3. the event is completed — on success, on failure, when the message cannot be shown, and when
 *    anything before it throws (feature detection included).
 */
import type { WorkbookSession } from "../addin/WorkbookSession.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import { failedMessage, refreshedMessage, type ResultMessage } from "./resultMessage.js";

export interface RefreshSummaryDeps {
  /** Made inside the command, so a failure to make it is reported like any other. */
  readonly session: () => WorkbookSession;
  readonly today: () => IsoDate;
  /** Shows the message; resolves once it has been closed, by the officer or after its time limit (true), or could not be shown (false). */
  readonly tell: (message: ResultMessage) => Promise<boolean>;
}

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

async function refreshAndSay(deps: RefreshSummaryDeps): Promise<ResultMessage> {
  try {
    const session = deps.session();
    const outcome = await session.refresh({ asOf: deps.today(), takeSnapshot: false, addRagColumn: false });
    const summary = outcome.sheets[0]?.name;
    // The outcome where the officer sees it, whether or not a dialog can be shown.
    if (summary) await session.goTo(summary).catch(() => undefined);
    return refreshedMessage(outcome);
  } catch (error) {
    return failedMessage(error);
  }
}

export function refreshSummaryCommand(deps: RefreshSummaryDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      const message = await refreshAndSay(deps);
      await deps.tell(message).catch(() => false);
    } finally {
      event.completed();
    }
  };
}
