import { Body1, Button, Caption1, Checkbox, Field, Input, Select, Subtitle2, Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { StopWatching, WorkbookSession } from "../addin/WorkbookSession.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import { isIsoDate } from "../core/parse/IsoDate.js";
import { formatUkDate } from "../core/parse/formatDate.js";
import { problemsAsText } from "../core/report/problemsAsText.js";
import type { IssueJson } from "../core/report/ValidationReport.js";
import { count } from "../core/report/wording.js";
import { useAnnounce } from "./Announcer.js";
import { useFitSelect } from "./fitSelect.js";
import { copyText } from "./copyText.js";
import { failureOf, type Failure } from "./errorMessage.js";
import { SEVERITY_HEADINGS, SEVERITY_ORDER, reportSummary, type Severity } from "./groupIssues.js";
import { FailureBar, Problem } from "./Problem.js";
import { ProblemTree } from "./ProblemTree.js";
import { NO_FILTER, initiallyExpanded, problemGroups, problemKey, problemOrder, sheetsWithProblems, stepFrom, type ProblemFilter } from "./problemTree.js";
import { ViewHeading } from "./ViewHeading.js";
import type { Check } from "./useCheck.js";

/** Wait this long after the last edit before checking again: typing a word raises one change per cell. */
export const RECHECK_DELAY_MS = 1500;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: "wrap" },
  date: { flexGrow: 1, minWidth: "9rem", maxWidth: "12rem" },
  // Side by side from about 320 px; stacked in Mac's 270 px pane.
  filter: { flexGrow: 1, flexBasis: "9rem", minWidth: 0 },
  summary: { margin: 0 },
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorCompoundBrandStroke}`,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0, overflowWrap: "anywhere" },
  paragraph: { margin: 0 },
  position: { color: tokens.colorNeutralForeground2 },
  send: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface CheckViewProps {
  readonly session: WorkbookSession;
  readonly check: Check;
  readonly today: () => IsoDate;
  /** "Say where the plan is": open the Columns view. */
  readonly onShowColumns: () => void;
}

type Sent = { readonly kind: "idle" } | { readonly kind: "busy" } | { readonly kind: "failed"; readonly failure: Failure; readonly retry: () => void };

/** Every problem in the plan, grouped by kind; step through them, filter them and send the list back. */
export function CheckView({ session, check, today, onShowColumns }: CheckViewProps) {
  const styles = useStyles();
  const announce = useAnnounce();
  const fit = useFitSelect();
  const [asOf, setAsOf] = useState<string>(today);
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [filter, setFilter] = useState<ProblemFilter>(NO_FILTER);
  const [expanded, setExpanded] = useState<ReadonlySet<string> | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [goToError, setGoToError] = useState<{ failure: Failure; issue: IssueJson } | null>(null);
  const [sent, setSent] = useState<Sent>({ kind: "idle" });
  const [autoCheck, setAutoCheck] = useState(true);
  const [canWatch, setCanWatch] = useState<boolean | null>(null);
  const detailsHeading = useId("details");
  const report = check.outcome?.kind === "checked" ? check.outcome.report : null;
  const issues = useMemo(() => report?.issues ?? [], [report]);
  const sheets = useMemo(() => sheetsWithProblems(issues), [issues]);
  const groups = useMemo(() => problemGroups(issues, filter), [issues, filter]);
  const order = useMemo(() => problemOrder(groups), [groups]);
  const open = expanded ?? initiallyExpanded(groups);
  const selectedAt = selected === null ? -1 : order.findIndex((issue) => problemKey(issue) === selected);
  const selectedIssue = selectedAt >= 0 ? (order[selectedAt] ?? null) : null;
  const selectedGroup = selectedIssue ? groups.find((group) => group.key === selectedIssue.code) : undefined;
  const hasProblemsSheet = check.outcome?.kind === "checked" && check.outcome.generatedSheets.some((sheet) => sheet.role === "problems");

  // Check again, debounced, when a plan sheet changes (Worksheet.onChanged, where this Excel has it).
  const run = useRef(check.run);
  run.current = check.run;
  const planSheets = (report?.plans.map((plan) => plan.sheet) ?? []).join("\u0000");
  useEffect(() => {
    if (!autoCheck || planSheets === "") return;
    let stop: StopWatching | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    session
      .watchSheets(planSheets.split("\u0000"), () => {
        clearTimeout(timer);
        timer = setTimeout(() => void run.current(), RECHECK_DELAY_MS);
      })
      .then(
        (watching) => {
          setCanWatch(watching !== null);
          if (stopped) void watching?.();
          else stop = watching;
        },
        () => setCanWatch(false),
      );
    return () => {
      stopped = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [autoCheck, planSheets, session]);

  const goTo = (issue: IssueJson) => {
    setGoToError(null);
    session.goTo(issue.sheet, issue.cell).catch((error: unknown) => setGoToError({ failure: failureOf(error), issue }));
  };

  const expand = (key: string, isOpen: boolean) =>
    setExpanded((previous) => {
      const next = new Set(previous ?? initiallyExpanded(groups));
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });

  const select = (issue: IssueJson, go: boolean) => {
    setSelected(problemKey(issue));
    if (!open.has(issue.code)) expand(issue.code, true);
    if (go) goTo(issue);
  };

  const step = (direction: 1 | -1) => {
    const next = stepFrom(order, selectedIssue ? selected : null, direction);
    if (next) select(next, true);
    else announce(direction === 1 ? "That was the last problem." : "That was the first problem.");
  };

  const checkNow = () => {
    if (!isIsoDate(asOf)) {
      setDateProblem("Enter the date to check as at, for example today's date.");
      return;
    }
    setDateProblem(null);
    void check.run(asOf);
  };

  const changeFilter = (change: Partial<ProblemFilter>) => {
    setFilter((previous) => ({ ...previous, ...change }));
    setExpanded(null);
  };

  const copyList = async () => {
    setSent({ kind: "busy" });
    try {
      await copyText(problemsAsText(order));
      setSent({ kind: "idle" });
      announce(`Copied ${count(order.length, "problem")}. Paste them into an email or a sheet.`);
    } catch (error) {
      setSent({ kind: "failed", failure: failureOf(error), retry: () => void copyList() });
    }
  };

  const writeSheet = async () => {
    if (!report) return;
    setSent({ kind: "busy" });
    try {
      const written = await session.writeProblemsSheet(report.asOf);
      setSent({ kind: "idle" });
      announce(`${written.action === "added" ? "Added" : "Updated"} the sheet “${written.name}” with ${count(written.problems, "problem")}, each linked to its cell.`);
      await check.run();
    } catch (error) {
      setSent({ kind: "failed", failure: failureOf(error), retry: () => void writeSheet() });
    }
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

  const shown = order.length;
  return (
    <div className={styles.view}>
      <ViewHeading>Check the plan</ViewHeading>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          checkNow();
        }}
      >
        <Field label="As at" className={styles.date} validationState={dateProblem ? "error" : "none"} validationMessage={dateProblem ?? undefined}>
          <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabledFocusable={check.running}>
          Check again
        </Button>
      </form>
      <Text as="p" weight="semibold" className={styles.summary} role="status" aria-live="polite">
        {status}
      </Text>
      {check.error !== null && <FailureBar title="Could not check the workbook" failure={check.error} onRetry={() => void check.run()} />}
      {check.outcome?.kind === "no-plan" && (
        <>
          <Problem intent="warning" title="No plan found" message={check.outcome.message} />
          <Button appearance="primary" onClick={onShowColumns}>
            Say where the plan is
          </Button>
        </>
      )}
      {goToError !== null && <FailureBar title="Could not go to that cell" failure={goToError.failure} onRetry={() => goTo(goToError.issue)} />}
      {report && issues.length === 0 && <Problem intent="success" title="No problems found" message="Every action has what it needs." />}

      {issues.length > 0 && (
        <>
          <div className={styles.row}>
            <Field label="Sheet" className={styles.filter}>
              <Select {...fit} value={filter.sheet ?? ""} onChange={(_, data) => changeFilter({ sheet: data.value === "" ? null : data.value })}>
                <option value="">All sheets</option>
                {sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Show" className={styles.filter}>
              <Select {...fit} value={filter.severity ?? ""} onChange={(_, data) => changeFilter({ severity: data.value === "" ? null : (data.value as Severity) })}>
                <option value="">All problems</option>
                {SEVERITY_ORDER.map((severity) => (
                  <option key={severity} value={severity}>
                    {SEVERITY_HEADINGS[severity]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {shown === 0 ? (
            <Body1 as="p">No problems match. Choose All sheets and All problems to see the whole list.</Body1>
          ) : (
            <ProblemTree groups={groups} expanded={open} onExpand={expand} selected={selectedIssue ? selected : null} onSelect={select} label={`Problems (${shown.toLocaleString("en-GB")})`} />
          )}
          <div className={styles.row}>
            <Button onClick={() => step(-1)} disabledFocusable={shown === 0}>
              Previous
            </Button>
            <Button onClick={() => step(1)} disabledFocusable={shown === 0}>
              Next
            </Button>
          </div>
          <section className={styles.details} aria-labelledby={detailsHeading}>
            {selectedIssue ? (
              <>
                <Subtitle2 as="h3" id={detailsHeading} className={styles.heading}>
                  {selectedIssue.cell} on “{selectedIssue.sheet}”
                </Subtitle2>
                <Caption1 as="p" className={mergeClasses(styles.paragraph, styles.position)}>
                  {selectedGroup?.label}: {(selectedGroup ? selectedGroup.issues.indexOf(selectedIssue) + 1 : 1).toLocaleString("en-GB")} of{" "}
                  {(selectedGroup?.issues.length ?? 1).toLocaleString("en-GB")}
                </Caption1>
                <Body1 as="p" className={styles.paragraph}>
                  {selectedIssue.message}
                </Body1>
                <Body1 as="p" className={styles.paragraph}>
                  <Text weight="semibold">To fix:</Text> {selectedIssue.fix}
                </Body1>
              </>
            ) : (
              <>
                <Subtitle2 as="h3" id={detailsHeading} className={styles.heading}>
                  Details
                </Subtitle2>
                <Body1 as="p" className={styles.paragraph}>
                  Select a problem, or press Next, to see what is wrong and how to fix it. Enter goes to its cell.
                </Body1>
              </>
            )}
          </section>
          <section className={styles.send} aria-label="Send the list">
            <div className={styles.row}>
              <Button onClick={() => void copyList()} disabledFocusable={sent.kind === "busy" || shown === 0}>
                Copy the list
              </Button>
              <Button onClick={() => void writeSheet()} disabledFocusable={sent.kind === "busy"}>
                {hasProblemsSheet ? "Update the PT Problems sheet" : "Add a PT Problems sheet"}
              </Button>
            </div>
            <Caption1 as="p" className={styles.hint}>
              Copy gives the problems shown, as lines to paste into an email or a sheet. The PT Problems sheet lists every problem with a link to its cell.
            </Caption1>
            {sent.kind === "failed" && <FailureBar title="Could not send the list" failure={sent.failure} onRetry={sent.retry} />}
          </section>
        </>
      )}
      {report && (
        <>
          {canWatch === false ? (
            <Caption1 as="p" className={styles.hint}>
              This version of Excel cannot tell Plan Tracker about edits: select Check again after you change the plan.
            </Caption1>
          ) : (
            <Checkbox label="Check again when the plan changes" checked={autoCheck} onChange={(_, data) => setAutoCheck(data.checked === true)} />
          )}
        </>
      )}
    </div>
  );
}
