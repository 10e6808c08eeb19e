/**
 * Shows a {@link ResultMessage} in Office's dialog (DialogApi 1.1), from the ribbon command's page.
 * The message travels in the dialog page's query string and is shown there as text only.
 *
 * Resolves once the officer has closed the dialog: the command completes its event only then,
 * because completing it lets Office unload the command's page, and the dialog with it.
 */
import type { ResultMessage } from "./resultMessage.js";

/** Office.context.ui, as far as it is used here (a structural type, so tests can stub it). */
export interface DialogUi {
  displayDialogAsync(startAddress: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

/** The dialog page's URL for `message`, beside the command page. */
export function resultDialogUrl(pageUrl: string, message: ResultMessage): string {
  const url = new URL("dialog.html", pageUrl);
  url.searchParams.set("tone", message.tone);
  url.searchParams.set("title", message.title);
  for (const line of message.lines) url.searchParams.append("line", line);
  return url.href;
}

/** True once the dialog was shown and closed; false when it could not be shown (no dialog support, another dialog open). */
export function showResultDialog(ui: DialogUi | undefined, pageUrl: string, message: ResultMessage): Promise<boolean> {
  if (!ui) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      ui.displayDialogAsync(resultDialogUrl(pageUrl, message), { height: 40, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve(false);
          return;
        }
        const dialog = result.value;
        // The page asks to close (its Close button), or the officer closes the dialog's window.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve(true);
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(true));
      });
    } catch {
      resolve(false);
    }
  });
}
