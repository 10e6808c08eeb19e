import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SettingsView } from "../addin/WorkbookSession.js";
import { SETTINGS_SHEET_NAME } from "../core/settings/WorkbookSettings.js";

/** Where a Save puts the settings, in one sentence. */
export function savedWhere(settings: SettingsView): string {
  return settings.source === "generated" && settings.sheet !== null
    ? `Saved in the sheet “${settings.sheet}”.`
    : `Saving adds a sheet called “${SETTINGS_SHEET_NAME}” to hold your settings.`;
}

export interface SettingsLockedProps {
  readonly settings: SettingsView;
  /** What the officer would change there, e.g. "the columns" or "the RAG rules". */
  readonly what: string;
  readonly onCheckAgain: () => void;
}

/** Shown instead of Save when the settings live in the officer's own sheet, which we never write to. */
export function SettingsLocked({ settings, what, onCheckAgain }: SettingsLockedProps) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Settings are in your own sheet</MessageBarTitle>
        This workbook keeps its Plan Tracker settings in your sheet “{settings.sheet ?? "Settings"}”. Plan Tracker does not
        change that sheet: to change {what}, edit it there, then check again.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onCheckAgain}>Check again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
