import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { RefreshOutcome, RefreshProgress, WorkbookSession } from "../addin/WorkbookSession.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import { isIsoDate } from "../core/parse/IsoDate.js";
import { formatUkDate } from "../core/parse/formatDate.js";
import { failureOf, type Failure } from "./errorMessage.js";
import { issueCounts, problemsText } from "./groupIssues.js";
import { count, listOf } from "../core/report/wording.js";
import { isKeptHidden } from "../core/sheets/SheetRole.js";
import { CommitteePackSection } from "./CommitteePackSection.js";
import { FailureBar } from "./Problem.js";
import { phaseText, progressValue } from "./refreshPhase.js";
import { ViewHeading } from "./ViewHeading.js";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  option: { display: "flex", flexDirection: "column" },
  optionHint: { paddingLeft: "32px", color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "flex-start" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground2 },
  sheetLink: { textAlign: "left" },
});

export interface RefreshViewProps {
  readonly session: WorkbookSession;
  readonly today: () => IsoDate;
  /** After a refresh: check again so every view shows the workbook as it now is. */
  readonly onRefreshed: () => void;
  /** "Show the problems": open the Check view. */
  readonly onShowProblems: () => void;
}

type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly progress: RefreshProgress | null }
  | { readonly kind: "done"; readonly outcome: RefreshOutcome; readonly asOf: IsoDate }
  | { readonly kind: "failed"; readonly failure: Failure };

/** Regenerates the summary sheets for an as-at date, with progress, then says what it wrote. */
export function RefreshView({ session, today, onRefreshed, onShowProblems }: RefreshViewProps) {
  const styles = useStyles();
  const [asOf, setAsOf] = useState<string>(today);
  const [takeSnapshot, setTakeSnapshot] = useState(false);
  const [addRagColumn, setAddRagColumn] = useState(false);
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [goToError, setGoToError] = useState<{ failure: Failure; sheet: string } | null>(null);
  const running = useRef(false);
  const snapshotHint = useId("snapshot-hint");
  const ragColumnHint = useId("rag-column-hint");

  const refresh = async () => {
    if (running.current) return;
    if (!isIsoDate(asOf)) {
      setDateProblem("Enter the date the summary is as at, for example today's date.");
      return;
    }
    setDateProblem(null);
    setGoToError(null);
    running.current = true;
    setRun({ kind: "running", progress: null });
    try {
      const outcome = await session.refresh({
        asOf,
        takeSnapshot,
        addRagColumn,
        onProgress: (progress) => setRun({ kind: "running", progress }),
      });
      setRun({ kind: "done", outcome, asOf });
      onRefreshed();
    } catch (error) {
      setRun({ kind: "failed", failure: failureOf(error) });
    } finally {
      running.current = false;
    }
  };

  const goTo = (sheet: string) => {
    setGoToError(null);
    session.goTo(sheet).catch((error: unknown) => setGoToError({ failure: failureOf(error), sheet }));
  };

  const isRunning = run.kind === "running";

  return (
    <div className={styles.view}>
      <ViewHeading>Refresh summary</ViewHeading>
      <Body1 as="p">Rebuilds the summary, exceptions and committee sheets from the plan. Your plan sheets are not changed unless you ask below.</Body1>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void refresh();
        }}
      >
        <Field label="As at" hint={isIsoDate(asOf) ? `The date the summary reports on: ${formatUkDate(asOf)}.` : "The date the summary reports on."} validationState={dateProblem ? "error" : "none"} validationMessage={dateProblem ?? undefined}>
          <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} disabled={isRunning} />
        </Field>
        <div className={styles.option}>
          <Checkbox
            label="Take a snapshot for this period"
            checked={takeSnapshot}
            onChange={(_, data) => setTakeSnapshot(data.checked === true)}
            disabled={isRunning}
            aria-describedby={snapshotHint}
          />
          <Caption1 id={snapshotHint} className={styles.optionHint}>
            Keeps this period's statuses so the next refresh can compare with them.
          </Caption1>
        </div>
        <div className={styles.option}>
          <Checkbox
            label="Add a RAG column to the plan sheet"
            checked={addRagColumn}
            onChange={(_, data) => setAddRagColumn(data.checked === true)}
            disabled={isRunning}
            aria-describedby={ragColumnHint}
          />
          <Caption1 id={ragColumnHint} className={styles.optionHint}>
            This changes your own plan sheet: a RAG column is added beside your columns.
          </Caption1>
        </div>
        <Button type="submit" appearance="primary" className={styles.button} disabledFocusable={isRunning}>
          Refresh summary
        </Button>
      </form>

      {/* One live region for the progress and the outcome, so a screen reader hears each phase and then the result. */}
      <div className={styles.progress} role="status" aria-live="polite">
        {run.kind === "running" && (
          <>
            <ProgressBar value={progressValue(run.progress)} thickness="large" aria-label="Refresh progress" />
            <Text as="p" weight="semibold" className={styles.heading}>
              {phaseText(run.progress)}
            </Text>
          </>
        )}
        {run.kind === "done" && run.outcome.failures.length === 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Refreshed {run.outcome.refreshedAt}.</MessageBarTitle>{" "}
              {count(run.outcome.sheets.length, "sheet")} written, as at {formatUkDate(run.asOf)}.
            </MessageBarBody>
          </MessageBar>
        )}
        {run.kind === "done" && run.outcome.failures.length > 0 && (
          // A partial success: what was written, and what was not, each said plainly (never "nothing was changed").
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Partly refreshed {run.outcome.refreshedAt}.</MessageBarTitle>{" "}
              {count(run.outcome.sheets.length, "sheet")} written, as at {formatUkDate(run.asOf)}, but {listOf(run.outcome.failures.map((failure) => `the ${failure.what}`))}{" "}
              {run.outcome.failures.length === 1 ? "was" : "were"} not.
              <ul className={styles.list}>
                {run.outcome.failures.map((failure) => (
                  <li key={failure.what}>{failure.message}</li>
                ))}
              </ul>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void refresh()}>Try again</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {run.kind === "failed" && <FailureBar title="Could not refresh the summary" failure={run.failure} onRetry={() => void refresh()} />}
      </div>

      {goToError !== null && <FailureBar title="Could not go to that sheet" failure={goToError.failure} onRetry={() => goTo(goToError.sheet)} />}
      {run.kind === "done" && <RefreshResult outcome={run.outcome} onGoTo={goTo} onShowProblems={onShowProblems} />}
      <CommitteePackSection session={session} asOf={asOf} />
    </div>
  );
}

interface RefreshResultProps {
  readonly outcome: RefreshOutcome;
  readonly onGoTo: (sheet: string) => void;
  readonly onShowProblems: () => void;
}

function RefreshResult({ outcome, onGoTo, onShowProblems }: RefreshResultProps) {
  const styles = useStyles();
  const counts = issueCounts(outcome.report.issues);
  const problems = outcome.report.issues.length;
  return (
    <div className={styles.result}>
      {outcome.sheets.length > 0 && (
        <section className={styles.result}>
          <Subtitle2 as="h3" className={styles.heading}>
            Sheets written
          </Subtitle2>
          <ul className={styles.list}>
            {outcome.sheets.map((sheet) => (
              <li key={sheet.name}>
                {isKeptHidden(sheet.role) ? (
                  <Text>{sheet.name}</Text>
                ) : (
                  <Link as="button" className={styles.sheetLink} onClick={() => onGoTo(sheet.name)}>
                    {sheet.name}
                  </Link>
                )}{" "}
                <Caption1 className={styles.detail}>
                  ({sheet.action === "added" ? "new" : "replaced"}
                  {isKeptHidden(sheet.role) ? ", kept hidden" : ""})
                </Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}

      {outcome.removed.length > 0 && (
        <Body1 as="p">
          No longer needed, so removed: {listOf(outcome.removed.map((name) => `“${name}”`))}.
        </Body1>
      )}

      <SnapshotNote history={outcome.history} />

      {outcome.ragColumns.length > 0 && (
        <Body1 as="p">
          RAG column added to {listOf(outcome.ragColumns.map((rag) => `“${rag.sheet}” (column ${rag.column})`))}.
        </Body1>
      )}

      {outcome.skippedFeatures.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This version of Excel could not add everything</MessageBarTitle>
            <ul className={styles.list}>
              {outcome.skippedFeatures.map((feature) => (
                <li key={`${feature.label}-${feature.requirementSet}`}>
                  {feature.label}, on {listOf(feature.sheets.map((sheet) => `“${sheet}”`))}{" "}
                  <span className={styles.detail}>(needs {feature.requirementSet})</span>
                </li>
              ))}
            </ul>
            The sheets are correct without them; a newer Excel shows them.
          </MessageBarBody>
        </MessageBar>
      )}

      <Body1 as="p">{problems === 0 ? "No problems found in the plan." : `The plan has ${problemsText(counts)}.`}</Body1>
      {problems > 0 && (
        <Button className={styles.button} onClick={onShowProblems}>
          Show the problems
        </Button>
      )}
    </div>
  );
}

/** Which snapshots the workbook keeps, which one this summary compared with, and which one a later refresh will. */
function SnapshotNote({ history }: { readonly history: RefreshOutcome["history"] }) {
  const latest = history.kept[history.kept.length - 1];
  if (latest === undefined) {
    return <Body1 as="p">No snapshots are kept yet, so the summary has no earlier period to compare with. Tick “Take a snapshot for this period” to keep this one.</Body1>;
  }
  const dates = history.kept.map(formatUkDate);
  return (
    <Body1 as="p">
      {history.comparedWith !== null ? `This summary compares with the snapshot of ${formatUkDate(history.comparedWith)}. ` : "This summary has no earlier snapshot to compare with. "}
      {`${history.kept.length === 1 ? "Snapshot kept" : "Snapshots kept"}: ${listOf(dates)}. A refresh as at a later date compares with ${formatUkDate(latest)}.`}
    </Body1>
  );
}
