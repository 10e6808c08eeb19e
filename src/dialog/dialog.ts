// The result dialog opened by the ribbon's Refresh summary (commands/resultDialog.ts). Everything
// shown comes from the query string and is set as text, never as HTML.
const TONES = new Set(["success", "warning", "error"]);

function show(query: URLSearchParams): void {
  const title = document.getElementById("title");
  const lines = document.getElementById("lines");
  if (!title || !lines) return;
  title.textContent = query.get("title") ?? "Plan Tracker";
  const tone = query.get("tone") ?? "";
  if (TONES.has(tone)) title.dataset.tone = tone;
  document.title = `Plan Tracker: ${title.textContent}`;
  for (const line of query.getAll("line")) {
    const paragraph = document.createElement("p");
    paragraph.textContent = line;
    lines.append(paragraph);
  }
}

function close(): void {
  // Tells the command's page to close this dialog (and to complete its ribbon event).
  Office.context.ui.messageParent("close");
}

void Office.onReady(() => {
  show(new URLSearchParams(window.location.search));
  const button = document.getElementById("close");
  button?.addEventListener("click", close);
  button?.focus();
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
});
