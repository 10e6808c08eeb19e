import { Body1, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookSession } from "../addin/WorkbookSession.js";
import type { IssueJson } from "../core/report/ValidationReport.js";
import { formatUkDate } from "../core/parse/formatDate.js";
import { failureOf, type Failure } from "./errorMessage.js";
import { groupIssues, reportSummary } from "./groupIssues.js";
import { IssueGroups } from "./IssueList.js";
import { FailureBar, Problem } from "./Problem.js";
import { ViewHeading } from "./ViewHeading.js";
import type { Check } from "./useCheck.js";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  summary: { margin: 0, minHeight: tokens.lineHeightBase300 },
});

export interface CheckViewProps {
  readonly session: WorkbookSession;
  readonly check: Check;
}

/** Every problem in the plan, by severity and sheet; selecting one goes to its cell. */
export function CheckView({ session, check }: CheckViewProps) {
  const styles = useStyles();
  const [goToError, setGoToError] = useState<Failure | null>(null);
  const report = check.outcome?.kind === "checked" ? check.outcome.report : null;
  const groups = useMemo(() => (report ? groupIssues(report.issues) : []), [report]);

  const goTo = (issue: IssueJson) => {
    setGoToError(null);
    session.goTo(issue.sheet, issue.cell).catch((error: unknown) => setGoToError(failureOf(error)));
  };

  const status = check.running
    ? "Checking the workbook…"
    : report
      ? `Checked as at ${formatUkDate(report.asOf)}. ${reportSummary(report)}`
      : check.outcome?.kind === "no-plan"
        ? "No plan found."
        : check.error !== null
          ? "The check did not finish."
          : "";

  return (
    <div className={styles.view}>
      <ViewHeading>Check the plan</ViewHeading>
      <Body1 as="p">Finds problems such as a missing lead, a date that has passed or a status we cannot read. Select a problem to go to its cell.</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={check.running} onClick={() => void check.run()}>
          Check again
        </Button>
      </div>
      <Text as="p" weight="semibold" className={styles.summary} role="status" aria-live="polite">
        {status}
      </Text>
      {check.error !== null && <FailureBar title="Could not check the workbook" failure={check.error} />}
      {check.outcome?.kind === "no-plan" && <Problem intent="warning" title="No plan found" message={check.outcome.message} />}
      {goToError !== null && <FailureBar title="Could not go to that cell" failure={goToError} />}
      {report && groups.length === 0 && <Problem intent="success" title="No problems found" message="Every action has what it needs." />}
      {groups.length > 0 && <IssueGroups groups={groups} onGoTo={goTo} />}
    </div>
  );
}
