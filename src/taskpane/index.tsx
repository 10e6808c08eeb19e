import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { officeHostFromGlobals, officeWorkbookSession } from "../addin/officeWorkbookSession.js";
import { App } from "./App.js";
import { viewFromQuery } from "./views.js";

/** True when Office shows a dark theme. officeTheme is missing on some hosts and platforms: treat that as light. */
function officeIsDark(): boolean {
  const theme: Office.OfficeTheme | undefined = Office.context?.officeTheme;
  return theme?.isDarkTheme === true;
}

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const dark = officeIsDark();
  // Native controls (the date picker, scroll bars) follow the theme too.
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
  const session = officeWorkbookSession(officeHostFromGlobals());
  createRoot(container).render(
    <StrictMode>
      <App session={session} dark={dark} initialView={viewFromQuery(window.location.search)} />
    </StrictMode>,
  );
});
