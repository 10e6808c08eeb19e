/**
 * Puts text on the clipboard: the asynchronous Clipboard API where the page may use it, else the
 * older `document.execCommand("copy")` on a hidden text box. Office hosts the pane in a webview or,
 * on the web, an iframe, where the Clipboard API can be refused (permissions policy
 * "clipboard-write"); execCommand still works there inside a click.
 */
export async function copyText(text: string): Promise<void> {
  try {
    if (typeof navigator.clipboard?.writeText === "function") {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // Refused: try the older way below.
  }
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  Object.assign(area.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } finally {
    area.remove();
    previous?.focus();
  }
  if (!copied) throw new Error("Excel did not let Plan Tracker use the clipboard. Add a PT Problems sheet instead, and copy the list from there.");
}
