// The ribbon commands' page (commands.html, the manifest's FunctionFile): registers each
// ExecuteFunction name with the same use cases the pane runs.
//
// Office.onReady() is called first, as on every add-in page: office.js only finishes initialising, and
// only starts dispatching ribbon functions, once the page has called it or set Office.initialize
// ("Initialize your Office Add-in"; OfficeDev/office-js#3301). Functions are registered at load, as
// Office expects. Everything that can throw, feature detection included, runs inside the command so
// the command always completes its event.
import { officeHostFromGlobals, officeWorkbookSession } from "../addin/officeWorkbookSession.js";
import { isoToday } from "../core/parse/localTime.js";
import { refreshSummaryCommand, type CommandEvent } from "./refreshSummary.js";
import { RESULT_DIALOG_LIMIT_MS, showResultDialog, type DialogUi } from "./resultDialog.js";

void Office.onReady();

/** Office's dialog API where this Excel has it (DialogApi 1.1), else nothing: asked per call, inside the command. */
function dialogUi(): DialogUi | undefined {
  return Office.context.requirements.isSetSupported("DialogApi", "1.1") ? Office.context.ui : undefined;
}

function refreshSummary(event: CommandEvent): Promise<void> {
  return refreshSummaryCommand({
    session: () => officeWorkbookSession(officeHostFromGlobals()),
    today: () => isoToday(new Date()),
    tell: (message) => showResultDialog(dialogUi(), window.location.href, message, { closeAfterMs: RESULT_DIALOG_LIMIT_MS }),
  })(event);
}

Office.actions.associate("refreshSummary", refreshSummary);
