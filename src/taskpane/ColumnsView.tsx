import { Body1, Button, Caption1, Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { WorkbookSession } from "../addin/WorkbookSession.js";
import type { PlanSummary } from "../core/report/ValidationReport.js";
import { allSheetsColumnsText, savedColumnsText } from "./columnsText.js";
import { MAPPING_LABELS, columnRows } from "./fieldLabels.js";
import { PlanLocationForm } from "./PlanLocationForm.js";
import { FailureBar, Problem } from "./Problem.js";
import { SettingsLocked } from "./SettingsNote.js";
import { ViewHeading } from "./ViewHeading.js";
import type { Check } from "./useCheck.js";
import { useVisuallyHidden } from "./visuallyHidden.js";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  plan: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, overflowWrap: "anywhere" },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorNeutralStroke1 },
  field: { fontWeight: tokens.fontWeightRegular },
  key: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  letter: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  setAside: { margin: 0, color: tokens.colorNeutralForeground2 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  save: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  start: { alignSelf: "flex-start" },
});

export interface ColumnsViewProps {
  readonly session: WorkbookSession;
  readonly check: Check;
}

/** What columns were found on each plan sheet, and "Where is your plan?" to say where it is or correct a column. */
export function ColumnsView({ session, check }: ColumnsViewProps) {
  const styles = useStyles();
  const outcome = check.outcome;
  const settings = outcome?.settings ?? null;
  const report = outcome?.kind === "checked" ? outcome.report : null;
  const forAll = settings ? allSheetsColumnsText(settings) : null;
  const noPlan = outcome?.kind === "no-plan";
  const [formSheet, setFormSheet] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const focusForm = useRef(false);

  useEffect(() => {
    if (focusForm.current && formOpen) {
      focusForm.current = false;
      formHeading.current?.focus();
    }
  });

  const openFormFor = (sheet: string | null) => {
    setFormSheet(sheet);
    setFormOpen(true);
    focusForm.current = true;
  };

  const form =
    settings?.editable && outcome && (noPlan || formOpen) ? (
      <section className={styles.plan}>
        <PlanLocationForm
          // A new sheet chosen from a plan's button starts the form afresh on that sheet.
          key={formSheet ?? ""}
          ref={formHeading}
          locations={outcome.locations}
          sheet={formSheet}
          savedText={(sheet) => savedColumnsText(settings, sheet)}
          onSave={async (sheet, text) => {
            await session.saveColumns(sheet, text);
            await check.run();
          }}
        />
      </section>
    ) : null;

  return (
    <div className={styles.view}>
      <ViewHeading>Columns</ViewHeading>
      <Body1 as="p">Which column holds what on each plan sheet. If no plan was found, or a column is wrong, say where the plan is.</Body1>
      {outcome === null && check.running && <Body1 as="p">Reading the workbook…</Body1>}
      {check.error !== null && <FailureBar title="Could not read the workbook" failure={check.error} onRetry={() => void check.run()} />}
      {outcome?.kind === "no-plan" && <Problem intent="warning" title="No plan found" message={outcome.message} />}
      {settings && !settings.editable && <SettingsLocked settings={settings} what="the columns" onCheckAgain={() => void check.run()} />}
      {noPlan && form}
      {forAll !== null && (
        <Caption1 as="p">
          A correction for every sheet is also saved: <span className={styles.code}>{forAll}</span>
        </Caption1>
      )}
      {report?.plans.map((plan) => (
        <section key={`${plan.sheet}\u0000${plan.range}`} className={styles.plan}>
          <Subtitle2 as="h3" className={styles.heading}>
            {plan.sheet}
          </Subtitle2>
          <PlanFacts plan={plan} />
          <ColumnTable plan={plan} />
          {settings?.editable && (
            <Button className={styles.start} onClick={() => openFormFor(plan.sheet)}>
              Correct these columns
            </Button>
          )}
        </section>
      ))}
      {report && report.skippedSheets.length > 0 && (
        <section className={styles.plan}>
          <Subtitle2 as="h3" className={styles.heading}>
            Sheets not read as plans
          </Subtitle2>
          {report.skippedSheets.map((skipped) => (
            <Body1 as="p" key={skipped.sheet} className={styles.value}>
              <Text weight="semibold">{skipped.sheet}</Text>: {skipped.reason.replace(/\.?$/, ".")}
            </Body1>
          ))}
          {settings?.editable && !formOpen && (
            <Button className={styles.start} onClick={() => openFormFor(null)}>
              Say where another plan is
            </Button>
          )}
        </section>
      )}
      {!noPlan && form}
    </div>
  );
}

function PlanFacts({ plan }: { readonly plan: PlanSummary }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>Cells</dt>
      <dd className={styles.value}>{plan.range}</dd>
      {plan.title !== null && (
        <>
          <dt className={styles.term}>Title</dt>
          <dd className={styles.value}>{plan.title}</dd>
        </>
      )}
      <dt className={styles.term}>Actions</dt>
      <dd className={styles.value}>{plan.actions.toLocaleString("en-GB")}</dd>
      <dt className={styles.term}>Columns</dt>
      <dd className={styles.value}>{MAPPING_LABELS[plan.mapping]}</dd>
    </dl>
  );
}

function ColumnTable({ plan }: { readonly plan: PlanSummary }) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  // What the reader chose for each field: the heading it took, and the columns it set aside and why.
  const choiceOf = (key: string) => plan.columnChoices?.find((choice) => choice.field === key);
  return (
    <table className={styles.table}>
      <caption className={hidden}>Columns found on {plan.sheet}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
            What
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
            Column
          </th>
        </tr>
      </thead>
      <tbody>
        {columnRows(plan.columns).map((row) => {
          const choice = choiceOf(row.key);
          return (
            <tr key={row.key}>
              <th scope="row" className={mergeClasses(styles.cell, styles.field)}>
                {row.label} <span className={styles.key}>{row.key}</span>
              </th>
              <td className={styles.cell}>
                <span className={styles.letter}>{row.column}</span>
                {choice && choice.header !== "" && <> — {choice.header}</>}
                {choice?.rejected.map((rejected) => (
                  <Caption1 key={rejected.column} as="p" className={styles.setAside}>
                    Not {rejected.column} ({rejected.header}): {rejected.detail}
                  </Caption1>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
