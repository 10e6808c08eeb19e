import { Body1, Button, Caption1, Field, Input, Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SettingsView, WorkbookSession } from "../addin/WorkbookSession.js";
import type { PlanSummary } from "../core/report/ValidationReport.js";
import { allSheetsColumnsText, columnsTextProblem, savedColumnsText } from "./columnsText.js";
import { errorMessage } from "./errorMessage.js";
import { MAPPING_LABELS, columnRows } from "./fieldLabels.js";
import { FailureBar, Problem } from "./Problem.js";
import { SettingsLocked, savedWhere } from "./SettingsNote.js";
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
  letter: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, width: "4em" },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  save: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface ColumnsViewProps {
  readonly session: WorkbookSession;
  readonly check: Check;
}

/** What columns were found on each plan sheet, and a box to correct them. */
export function ColumnsView({ session, check }: ColumnsViewProps) {
  const styles = useStyles();
  const [saved, setSaved] = useState<Readonly<Record<string, string | undefined>>>({});
  const outcome = check.outcome;
  const settings = outcome?.settings ?? null;
  const report = outcome?.kind === "checked" ? outcome.report : null;
  const forAll = settings ? allSheetsColumnsText(settings) : null;

  const correction = (sheet: string, label: string) =>
    settings?.editable ? (
      <ColumnsCorrection
        key={`${sheet}\u0000${savedColumnsText(settings, sheet)}`}
        sheet={sheet}
        label={label}
        settings={settings}
        savedMessage={saved[sheet] ?? null}
        onEdit={() => setSaved((previous) => ({ ...previous, [sheet]: undefined }))}
        onSave={async (text) => {
          await session.saveColumns(sheet, text);
          setSaved((previous) => ({ ...previous, [sheet]: text === "" ? "Correction removed, and the plan checked again." : "Saved, and the plan checked again with these columns." }));
          await check.run();
        }}
      />
    ) : settings && savedColumnsText(settings, sheet) !== "" ? (
      <Body1 as="p">
        Correction in the settings: <span className={styles.code}>{savedColumnsText(settings, sheet)}</span>
      </Body1>
    ) : null;

  return (
    <div className={styles.view}>
      <ViewHeading>Columns</ViewHeading>
      <Body1 as="p">Which column holds what on each plan sheet. If a column was found wrongly, correct it here.</Body1>
      {outcome === null && check.running && <Body1 as="p">Reading the workbook…</Body1>}
      {check.error !== null && <FailureBar title="Could not read the workbook" failure={check.error} />}
      {outcome?.kind === "no-plan" && <Problem intent="warning" title="No plan found" message={outcome.message} />}
      {settings && !settings.editable && <SettingsLocked settings={settings} what="the columns" onCheckAgain={() => void check.run()} />}
      {forAll !== null && (
        <Caption1 as="p">
          A correction for every sheet is also saved: <span className={styles.code}>{forAll}</span>
        </Caption1>
      )}
      {report?.plans.map((plan) => (
        <section key={plan.sheet} className={styles.plan}>
          <Subtitle2 as="h3" className={styles.heading}>
            {plan.sheet}
          </Subtitle2>
          <PlanFacts plan={plan} />
          <ColumnTable plan={plan} />
          {correction(plan.sheet, `Correct the columns on ${plan.sheet}`)}
        </section>
      ))}
      {report && report.skippedSheets.length > 0 && (
        <section className={styles.plan}>
          <Subtitle2 as="h3" className={styles.heading}>
            Sheets not read as plans
          </Subtitle2>
          {report.skippedSheets.map((skipped) => (
            <div key={skipped.sheet} className={styles.form}>
              <Body1 as="p">
                <Text weight="semibold">{skipped.sheet}</Text>: {skipped.reason.replace(/\.?$/, ".")}
              </Body1>
              {correction(skipped.sheet, `If “${skipped.sheet}” is a plan, say where its columns are`)}
            </div>
          ))}
        </section>
      )}
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
        {columnRows(plan.columns).map((row) => (
          <tr key={row.key}>
            <th scope="row" className={mergeClasses(styles.cell, styles.field)}>
              {row.label} <span className={styles.key}>{row.key}</span>
            </th>
            <td className={mergeClasses(styles.cell, styles.letter)}>{row.column}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ColumnsCorrectionProps {
  readonly sheet: string;
  readonly label: string;
  readonly settings: SettingsView;
  readonly savedMessage: string | null;
  readonly onEdit: () => void;
  readonly onSave: (text: string) => Promise<void>;
}

/** The correction box, pre-filled with what is saved; checked here first so a bad correction writes nothing. */
function ColumnsCorrection({ sheet, label, settings, savedMessage, onEdit, onSave }: ColumnsCorrectionProps) {
  const styles = useStyles();
  const [text, setText] = useState(() => savedColumnsText(settings, sheet));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const local = columnsTextProblem(text, sheet);
    setProblem(local);
    if (local !== null) return;
    setSaving(true);
    try {
      await onSave(text.trim());
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field
        label={label}
        hint={`For example: status=G, lead=D. Add header=3 if the headings are on row 3. Leave empty to go by the headings. ${savedWhere(settings)}`}
        validationState={problem !== null ? "error" : savedMessage !== null ? "success" : "none"}
        validationMessage={problem ?? savedMessage ?? undefined}
      >
        <Input
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            setProblem(null);
            onEdit();
          }}
          disabled={saving}
          spellCheck={false}
          autoComplete="off"
        />
      </Field>
      <div className={styles.save}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {saving ? "Saving…" : "Save columns"}
        </Button>
      </div>
    </form>
  );
}
