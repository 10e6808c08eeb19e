import { FluentProvider, Tab, TabList, makeStaticStyles, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { WorkbookSession } from "../addin/WorkbookSession.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import { isoToday } from "../core/parse/localTime.js";
import { Announcer } from "./Announcer.js";
import { CheckView } from "./CheckView.js";
import { ColumnsView } from "./ColumnsView.js";
import { RefreshView } from "./RefreshView.js";
import { RulesView } from "./RulesView.js";
import { useCheck } from "./useCheck.js";
import { VIEWS, VIEW_LABELS, isView, type View } from "./views.js";
import { useVisuallyHidden } from "./visuallyHidden.js";

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    maxWidth: "40rem",
    // Office's pane can be 270 px wide (Mac): nothing may be wider than the pane.
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  // The four tabs need about 300 px: in a narrower pane they wrap onto a second line rather than scroll.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

/** The officer's own date today. */
const todayOnThisComputer = (): IsoDate => isoToday(new Date());

export interface AppProps {
  readonly session: WorkbookSession;
  /** Follow Office's dark theme (Black or Dark Gray). */
  readonly dark: boolean;
  /** The view to open on (the ribbon's buttons ask for one with `?view=`). */
  readonly initialView?: View;
  /** Today's date; the computer's clock unless a test fixes it. */
  readonly today?: () => IsoDate;
}

/** The task pane: four tabs (Check, Refresh, Columns, RAG rules) and their panels. */
export function App({ session, dark, initialView = "check", today = todayOnThisComputer }: AppProps) {
  useStaticStyles();
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const [view, setView] = useState<View>(initialView);
  const check = useCheck(session, today);
  const { run } = check;
  const focusPanel = useRef<View | null>(null);

  // Check as soon as the pane opens: the Check view is what most officers came for, and the other views read the settings from it.
  useEffect(() => {
    void run();
  }, [run]);

  useEffect(() => {
    if (focusPanel.current === view) {
      focusPanel.current = null;
      document.getElementById(`tab-${view}`)?.focus();
    }
  }, [view]);

  const open = (next: View) => {
    focusPanel.current = next;
    setView(next);
  };

  const panels: Record<View, ReactNode> = {
    check: <CheckView session={session} check={check} today={today} onShowColumns={() => open("columns")} />,
    refresh: <RefreshView session={session} today={today} onRefreshed={() => void run()} onShowProblems={() => open("check")} />,
    columns: <ColumnsView session={session} check={check} />,
    rules: <RulesView session={session} check={check} />,
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <Announcer>
      <main className={styles.main}>
        {/* Office already titles the pane "Plan Tracker": the page's h1 is for screen readers only. */}
        <h1 className={hidden}>Plan Tracker</h1>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={view}
          onTabSelect={(_, data) => {
            if (isView(data.value)) setView(data.value);
          }}
          aria-label="Plan Tracker views"
        >
          {VIEWS.map((name) => (
            <Tab key={name} value={name} id={`tab-${name}`} aria-controls={`panel-${name}`}>
              {VIEW_LABELS[name]}
            </Tab>
          ))}
        </TabList>
        {VIEWS.map((name) => (
          // Every panel stays mounted (hidden when not chosen), so a half-typed correction or a refresh's result survives a change of tab.
          <div key={name} role="tabpanel" id={`panel-${name}`} aria-labelledby={`tab-${name}`} hidden={view !== name} className={styles.panel}>
            {panels[name]}
          </div>
        ))}
      </main>
      </Announcer>
    </FluentProvider>
  );
}
