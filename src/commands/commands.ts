// Ribbon command handlers. With the shared runtime this bundle is loaded by taskpane.html (the manifest's FunctionFile),
// so handlers and pane share one page and its state.

/** Ribbon "Refresh summary" (ExecuteFunction `refreshSummary` in manifest.xml). */
function refreshSummary(event: Office.AddinCommands.Event): void {
  // Placeholder: a later issue wires this to the core (read plan → analysis → summary sheets).
  event.completed();
}

Office.actions.associate("refreshSummary", refreshSummary);
