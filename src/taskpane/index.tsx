import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";

/** True when Office shows a dark theme. officeTheme is missing on some hosts and platforms: treat that as light. */
function officeIsDark(): boolean {
  const theme: Office.OfficeTheme | undefined = Office.context?.officeTheme;
  return theme?.isDarkTheme === true;
}

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <StrictMode>
      <App dark={officeIsDark()} />
    </StrictMode>,
  );
});
