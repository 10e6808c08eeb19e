import { Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { IssueJson } from "../core/report/ValidationReport.js";
import type { SeverityGroup, Severity } from "./groupIssues.js";
import { useVisuallyHidden } from "./visuallyHidden.js";

/** Issues shown per sheet before "Show more": long lists stay quick to draw and to read. */
export const ISSUES_SHOWN = 100;

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  heading: { margin: 0 },
  sheetHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  issue: { display: "flex", flexDirection: "column" },
  button: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    height: "auto",
    minWidth: 0,
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  fix: {
    display: "block",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  more: { alignSelf: "flex-start" },
});

const SEVERITY_CLASS: Readonly<Record<Severity, "error" | "warning" | "info">> = { error: "error", warning: "warning", info: "info" };

export interface IssueGroupsProps {
  readonly groups: readonly SeverityGroup[];
  readonly onGoTo: (issue: IssueJson) => void;
}

/** Errors, Warnings, Notes: each a heading with its count, then one list per sheet. */
export function IssueGroups({ groups, onGoTo }: IssueGroupsProps) {
  const styles = useStyles();
  return (
    <>
      {groups.map((group) => (
        <section key={group.severity} className={mergeClasses(styles.group, styles[SEVERITY_CLASS[group.severity]])}>
          <Subtitle2 as="h3" className={styles.heading}>
            {group.heading} ({group.total.toLocaleString("en-GB")})
          </Subtitle2>
          {group.sheets.map(({ sheet, issues }) => (
            <SheetIssueList key={sheet} sheet={sheet} issues={issues} onGoTo={onGoTo} />
          ))}
        </section>
      ))}
    </>
  );
}

interface SheetIssueListProps {
  readonly sheet: string;
  readonly issues: readonly IssueJson[];
  readonly onGoTo: (issue: IssueJson) => void;
}

function SheetIssueList({ sheet, issues, onGoTo }: SheetIssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(ISSUES_SHOWN);
  const hidden = issues.length - shown;
  return (
    <div>
      <h4 className={styles.sheetHeading}>
        {sheet} ({issues.length.toLocaleString("en-GB")})
      </h4>
      <ul className={styles.list}>
        {issues.slice(0, shown).map((issue, i) => (
          <IssueItem key={`${issue.cell}-${issue.code}-${i}`} issue={issue} onGoTo={onGoTo} />
        ))}
      </ul>
      {hidden > 0 && (
        <>
          <Caption1 as="p">
            Showing {shown.toLocaleString("en-GB")} of {issues.length.toLocaleString("en-GB")} on this sheet.
          </Caption1>
          <Button className={styles.more} onClick={() => setShown(shown + ISSUES_SHOWN)}>
            Show {Math.min(hidden, ISSUES_SHOWN).toLocaleString("en-GB")} more
          </Button>
        </>
      )}
    </div>
  );
}

function IssueItem({ issue, onGoTo }: { readonly issue: IssueJson; readonly onGoTo: (issue: IssueJson) => void }) {
  const styles = useStyles();
  const fixId = useId("fix");
  const hidden = useVisuallyHidden();
  return (
    <li className={styles.issue}>
      {/* A screen reader hears "Sheet!A14: message" (the sheet's heading shows the sheet); the eye sees the cell over the message. */}
      <Button appearance="subtle" className={styles.button} aria-describedby={fixId} onClick={() => onGoTo(issue)}>
        <span className={hidden}>{`${issue.sheet}!${issue.cell}: ${issue.message}`}</span>
        <span className={styles.cell} aria-hidden="true">
          {issue.cell}
        </span>
        <span aria-hidden="true">{issue.message}</span>
      </Button>
      <Caption1 id={fixId} className={styles.fix}>
        To fix: {issue.fix}
      </Caption1>
    </li>
  );
}
