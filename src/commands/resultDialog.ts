/**
 * Shows a {@link ResultMessage} in Office's dialog (DialogApi 1.1), from the ribbon command's page.
 * The message travels in the dialog page's query string and is shown there as text only.
 *
 * Resolves once the dialog is closed: by the officer, or by this page after `closeAfterMs`. The
 * command completes its event only then, and always well within Office's 5-minute limit for an
 * ExecuteFunction command (add-in commands docs; OfficeDev/office-js#4983). The page closes the
 * dialog itself rather than leaving it open behind a completed command, because on the web such a
 * dialog can no longer be closed (office-js#1452).
 */
import type { ResultMessage } from "./resultMessage.js";

/** How long the result stays up unless the officer closes it first: long enough to read, far inside 5 minutes. */
export const RESULT_DIALOG_LIMIT_MS = 90_000;

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

/**
 * True once the dialog was shown and closed (by the officer, or after `closeAfterMs`); false when it
 * could not be shown (no dialog support, another dialog open).
 */
export function showResultDialog(ui: DialogUi | undefined, pageUrl: string, message: ResultMessage, options: { readonly closeAfterMs: number }): Promise<boolean> {
  if (!ui) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      ui.displayDialogAsync(resultDialogUrl(pageUrl, message), { height: 40, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve(false);
          return;
        }
        const dialog = result.value;
        let open = true;
        const finish = (close: boolean): void => {
          if (!open) return;
          open = false;
          clearTimeout(timer);
          if (close) dialog.close();
          resolve(true);
        };
        const timer = setTimeout(() => finish(true), options.closeAfterMs);
        // The page asks to close (its Close button), or the officer closes the dialog's window.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
      });
    } catch {
      resolve(false);
    }
  });
}
