// The ribbon commands' page (commands.html, the manifest's FunctionFile): registers each
// ExecuteFunction name with the same use cases the pane runs. Registered at load, as Office expects;
// Office.js is initialised by the time a button calls in, so the session is made per call.
import { officeHostFromGlobals, officeWorkbookSession } from "../addin/officeWorkbookSession.js";
import { isoToday } from "../core/parse/localTime.js";
import { refreshSummaryCommand, type CommandEvent } from "./refreshSummary.js";
import { showResultDialog } from "./resultDialog.js";

function refreshSummary(event: CommandEvent): Promise<void> {
  const ui = Office.context.requirements.isSetSupported("DialogApi", "1.1") ? Office.context.ui : undefined;
  return refreshSummaryCommand({
    session: officeWorkbookSession(officeHostFromGlobals()),
    today: () => isoToday(new Date()),
    tell: (message) => showResultDialog(ui, window.location.href, message),
  })(event);
}

Office.actions.associate("refreshSummary", refreshSummary);
