/**
 * "Where is your plan?": the officer picks the sheet, the row that holds the headings, then for each
 * field a column from that row's headings ("D — Responsible officer"). Saved as the `columns`
 * setting in PT Settings, which the next check, refresh and the command line all read.
 */
import { Body1, Button, Caption1, Field, Select, makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import { forwardRef, useMemo, useRef, useState } from "react";
import type { FieldKey } from "../core/plan/Plan.js";
import { LOCATION_FIELDS, likelyHeaderRow, locationSettingText, planLocationProblem, type HeaderRowChoice, type SheetLocationChoices } from "../core/plan/PlanLocation.js";
import { listOf } from "../core/report/wording.js";
import { useAnnounce } from "./Announcer.js";
import { useFitSelect } from "./fitSelect.js";
import { failureOf, type Failure } from "./errorMessage.js";
import { fieldLabel } from "./fieldLabels.js";
import { FailureBar, Problem } from "./Problem.js";

/** Asked first; the rest behind "Show more fields". */
const MAIN_FIELDS: readonly FieldKey[] = ["ref", "theme", "action", "lead", "target", "revisedTarget", "status", "progress"];
const MORE_FIELDS: readonly FieldKey[] = LOCATION_FIELDS.filter((field) => !MAIN_FIELDS.includes(field));
const NOT_FOUND = "Not found — choose";
/** Headings shown in a header row's option. */
const ROW_PREVIEW = 3;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, ...typographyStyles.subtitle2 },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  missing: { fontWeight: tokens.fontWeightSemibold },
});

export interface PlanLocationFormProps {
  readonly locations: readonly SheetLocationChoices[];
  /** The sheet to start on (a plan's "Correct these columns"). */
  readonly sheet: string | null;
  /** The correction saved for a sheet, "" when none. */
  readonly savedText: (sheet: string) => string;
  /** Saves `text` for `sheet` ("" removes the correction) and checks again. */
  readonly onSave: (sheet: string, text: string) => Promise<void>;
}

type Columns = Readonly<Record<string, string>>;

function rowOption(row: HeaderRowChoice): string {
  const shown = row.headings.slice(0, ROW_PREVIEW).map((heading) => heading.text);
  return `Row ${row.row}: ${shown.join(", ")}${row.headings.length > ROW_PREVIEW ? ", …" : ""}`;
}

function likelyRow(location: SheetLocationChoices | undefined): number | null {
  return location ? likelyHeaderRow(location) : null;
}

/** The columns to start from: the reader's choice on its header row, else what the row's words name. */
function startingColumns(location: SheetLocationChoices | undefined, row: number | null): Columns {
  if (!location || row === null) return {};
  if (location.found && location.found.headerRow === row) return { ...location.found.columns };
  const columns: Record<string, string> = {};
  for (const heading of location.rows.find((candidate) => candidate.row === row)?.headings ?? []) {
    if (heading.field !== null && columns[heading.field] === undefined) columns[heading.field] = heading.column;
  }
  return columns;
}

export const PlanLocationForm = forwardRef<HTMLHeadingElement, PlanLocationFormProps>(function PlanLocationForm({ locations, sheet: initialSheet, savedText, onSave }, headingRef) {
  const styles = useStyles();
  const announce = useAnnounce();
  const fit = useFitSelect();
  const headingId = useId("where");
  const offered = useMemo(() => locations.filter((location) => location.rows.length > 0), [locations]);
  const [sheet, setSheet] = useState<string>(() => initialSheet ?? offered.find((location) => location.found === null)?.sheet ?? offered[0]?.sheet ?? "");
  const location = offered.find((candidate) => candidate.sheet === sheet);
  const [row, setRow] = useState<number | null>(() => likelyRow(location));
  const [columns, setColumns] = useState<Columns>(() => startingColumns(location, row));
  const [moreFields, setMoreFields] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const headings = location?.rows.find((candidate) => candidate.row === row)?.headings ?? [];
  const saved = sheet === "" ? "" : savedText(sheet);

  const chooseSheet = (next: string) => {
    const nextLocation = offered.find((candidate) => candidate.sheet === next);
    const nextRow = likelyRow(nextLocation);
    setSheet(next);
    setRow(nextRow);
    setColumns(startingColumns(nextLocation, nextRow));
    setProblem(null);
  };

  const chooseRow = (next: number) => {
    setRow(next);
    setColumns(startingColumns(location, next));
    setProblem(null);
  };

  const chooseColumn = (field: string, column: string) => {
    setColumns((previous) => {
      const next: Record<string, string> = { ...previous };
      if (column === "") delete next[field];
      else next[field] = column;
      return next;
    });
    setProblem(null);
  };

  const submit = async (text: string, done: string) => {
    setSaving(true);
    setFailure(null);
    try {
      await onSave(sheet, text);
      announce(done);
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  };

  const save = () => {
    if (row === null) return;
    const location_ = { columns, ...(location?.found?.headerRow === row ? {} : { headerRow: row }) };
    const why = planLocationProblem(location_, fieldLabel);
    setProblem(why);
    if (why !== null) return;
    void submit(locationSettingText(location_), `Saved. Plan Tracker now reads “${sheet}” with these columns, and has checked it again.`);
  };

  const remove = () => {
    void submit("", `Correction removed from “${sheet}”. Plan Tracker goes by the headings again.`).then(() => saveButton.current?.focus());
  };

  if (offered.length === 0) {
    return <Body1 as="p">No sheet in this workbook has a row of headings to choose from. Put the plan's headings in a row of their own, then check again.</Body1>;
  }

  const missing = MAIN_FIELDS.filter((field) => columns[field] === undefined);
  // The columns the reader set aside for this field, and why: the likeliest right answer when its choice was wrong.
  const setAsideHint = (field: FieldKey): string | undefined => {
    const aside = location?.found?.headerRow === row ? location.found.setAside[field] : undefined;
    return aside && aside.length > 0 ? `Also considered: ${aside.map((candidate) => `${candidate.column} — ${candidate.header} (${candidate.why})`).join("; ")}.` : undefined;
  };
  const fieldSelect = (field: FieldKey) => (
    <Field key={field} label={fieldLabel(field)} hint={setAsideHint(field)}>
      <Select {...fit} value={columns[field] ?? ""} onChange={(_, data) => chooseColumn(field, data.value)} disabled={saving}>
        <option value="">{NOT_FOUND}</option>
        {headings.map((heading) => (
          <option key={heading.column} value={heading.column}>
            {heading.column} — {heading.text}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        Where is your plan?
      </h3>
      <Field label="Sheet">
        <Select {...fit} value={sheet} onChange={(_, data) => chooseSheet(data.value)} disabled={saving}>
          {offered.map((candidate) => (
            <option key={candidate.sheet} value={candidate.sheet}>
              {candidate.sheet}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Row with the headings" hint="The row that names the columns, such as Action, Lead and Target date.">
        <Select {...fit} value={row === null ? "" : String(row)} onChange={(_, data) => chooseRow(Number(data.value))} disabled={saving}>
          {location?.rows.map((candidate) => (
            <option key={candidate.row} value={String(candidate.row)}>
              {rowOption(candidate)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.fields}>
        <Caption1 as="p" className={styles.hint}>
          For each, choose the column that holds it.{" "}
          {missing.length > 0 ? <span className={styles.missing}>Not found yet: {listOf(missing.map(fieldLabel))}.</span> : "Every main column is chosen."}
        </Caption1>
        {MAIN_FIELDS.map(fieldSelect)}
        <Button appearance="subtle" aria-expanded={moreFields} onClick={() => setMoreFields(!moreFields)} style={{ alignSelf: "flex-start" }}>
          {moreFields ? "Show fewer fields" : "Show more fields"}
        </Button>
        {moreFields && MORE_FIELDS.map(fieldSelect)}
      </div>
      {problem !== null && <Problem title="Not saved yet" message={problem} intent="warning" />}
      {failure !== null && <FailureBar title="Could not save the columns" failure={failure} onRetry={save} />}
      <div className={styles.buttons}>
        <Button ref={saveButton} type="submit" appearance="primary" disabledFocusable={saving || row === null}>
          {saving ? "Saving…" : "Save columns"}
        </Button>
        {saved !== "" && (
          <Button onClick={remove} disabledFocusable={saving}>
            Remove the correction
          </Button>
        )}
      </div>
    </form>
  );
});
