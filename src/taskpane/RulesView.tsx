import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
 
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { SettingsView, WorkbookSession } from "../addin/WorkbookSession.js";
import { RAG_SCALES, SCALE_DESCRIPTIONS, onScale, type RagValue } from "../core/rag/RagValue.js";
import { RAG_DATE_BASES, type RagDateBasis } from "../core/rag/ragRules.js";
import { failureOf, type Failure } from "./errorMessage.js";
import { FailureBar } from "./Problem.js";
import { amberDaysProblem, formOf, newStatusProblem, ragChoices, rulesOf, sameRules, type RagRulesForm } from "./ragRulesForm.js";
import { RagSwatch } from "./RagSwatch.js";
import { SettingsLocked, savedWhere } from "./SettingsNote.js";
import { ViewHeading } from "./ViewHeading.js";
import type { Check } from "./useCheck.js";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  statuses: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  status: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  statusField: { flexGrow: 1, minWidth: 0 },
  shows: { display: "flex", flexDirection: "column", alignItems: "flex-start", paddingBottom: tokens.spacingVerticalXS, minWidth: "6.5em" },
  add: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  addField: { flexGrow: 1, minWidth: 0 },
  save: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  days: { maxWidth: "8em" },
});

const DATE_LABELS: Readonly<Record<RagDateBasis, string>> = {
  revised: "The revised date when there is one, otherwise the original target",
  original: "Always the original target date",
};

export interface RulesViewProps {
  readonly session: WorkbookSession;
  readonly check: Check;
}

/** The RAG scale, the amber threshold, the date measured against and what each status word means. */
export function RulesView({ session, check }: RulesViewProps) {
  const styles = useStyles();
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const settings = check.outcome?.settings ?? null;
  return (
    <div className={styles.view}>
      <ViewHeading>RAG rules</ViewHeading>
      <Body1 as="p">How the summary rates each action Red, Amber or Green from its dates and its status.</Body1>
      {settings === null && check.running && <Body1 as="p">Reading the workbook…</Body1>}
      {check.error !== null && <FailureBar title="Could not read the workbook" failure={check.error} />}
      {settings && !settings.editable && <SettingsLocked settings={settings} what="the RAG rules" onCheckAgain={() => void check.run()} />}
      {settings && (
        <RulesForm
          key={JSON.stringify([settings.ragRules, settings.editable])}
          settings={settings}
          savedMessage={savedMessage}
          onEdit={() => setSavedMessage(null)}
          onSave={async (rules) => {
            await session.saveRagRules(rules);
            setSavedMessage("Saved. The next refresh uses these rules.");
            await check.run();
          }}
        />
      )}
    </div>
  );
}

interface RulesFormProps {
  readonly settings: SettingsView;
  readonly savedMessage: string | null;
  readonly onEdit: () => void;
  readonly onSave: (rules: NonNullable<ReturnType<typeof rulesOf>>) => Promise<void>;
}

function RulesForm({ settings, savedMessage, onEdit, onSave }: RulesFormProps) {
  const styles = useStyles();
  const [form, setForm] = useState<RagRulesForm>(() => formOf(settings.ragRules));
  const [newWord, setNewWord] = useState("");
  const [newWordProblem, setNewWordProblem] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const locked = !settings.editable || saving;
  const daysProblem = amberDaysProblem(form.amberDays);
  const rules = rulesOf(form);
  const changed = rules !== null && !sameRules(rules, settings.ragRules);

  const edit = (change: Partial<RagRulesForm>) => {
    setForm((previous) => ({ ...previous, ...change }));
    setSaveProblem(null);
    onEdit();
  };

  const setRag = (index: number, rag: RagValue) => edit({ statuses: form.statuses.map((status, i) => (i === index ? { ...status, rag } : status)) });

  const addWord = () => {
    const problem = newStatusProblem(newWord, form.statuses);
    setNewWordProblem(problem);
    if (problem !== null) return;
    edit({ statuses: [...form.statuses, { word: newWord.trim(), rag: "Green" }] });
    setNewWord("");
  };

  const save = async () => {
    if (rules === null) return;
    setSaving(true);
    try {
      await onSave(rules);
    } catch (error) {
      setSaveProblem(failureOf(error));
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
      <Field label="Scale">
        <RadioGroup value={form.scale} onChange={(_, data) => edit({ scale: data.value as RagRulesForm["scale"] })} disabled={locked}>
          {RAG_SCALES.map((scale) => (
            <Radio key={scale} value={scale} label={`${scale}: ${SCALE_DESCRIPTIONS[scale]}`} />
          ))}
        </RadioGroup>
      </Field>

      <Field
        label="Amber when the due date is this many days away or fewer"
        hint="Red once the date has passed. From 0 to 366 days."
        validationState={daysProblem !== null ? "error" : "none"}
        validationMessage={daysProblem ?? undefined}
      >
        <Input className={styles.days} type="number" min={0} max={366} step={1} inputMode="numeric" value={form.amberDays} onChange={(_, data) => edit({ amberDays: data.value })} disabled={locked} />
      </Field>

      <Field label="Measure against">
        <RadioGroup value={form.date} onChange={(_, data) => edit({ date: data.value as RagDateBasis })} disabled={locked}>
          {RAG_DATE_BASES.map((basis) => (
            <Radio key={basis} value={basis} label={DATE_LABELS[basis]} />
          ))}
        </RadioGroup>
      </Field>

      <section className={styles.statuses}>
        <Subtitle2 as="h3" className={styles.heading}>
          What each status means
        </Subtitle2>
        <Caption1 as="p">The summary lists these status words in this order. A status that says worse than the dates wins.</Caption1>
        {form.statuses.map((status, index) => (
          <div key={status.word} className={styles.status}>
            <Field label={status.word} className={styles.statusField}>
              <Select value={status.rag} onChange={(_, data) => setRag(index, data.value as RagValue)} disabled={locked}>
                {ragChoices(form.scale, status.rag).map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.shows}>
              <Caption1>Shows as</Caption1>
              <RagSwatch value={onScale(status.rag, form.scale)} />
            </div>
            {settings.editable && (
              <Button
                appearance="subtle"
                aria-label={`Remove “${status.word}”`}
                disabled={locked || form.statuses.length <= 1}
                onClick={() => edit({ statuses: form.statuses.filter((_, i) => i !== index) })}
              >
                Remove
              </Button>
            )}
          </div>
        ))}
        {settings.editable && (
          <div className={styles.add}>
            <Field
              label="Add a status word"
              className={styles.addField}
              validationState={newWordProblem !== null ? "error" : "none"}
              validationMessage={newWordProblem ?? undefined}
            >
              <Input
                value={newWord}
                disabled={locked}
                onChange={(_, data) => {
                  setNewWord(data.value);
                  setNewWordProblem(null);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    addWord();
                  }
                }}
              />
            </Field>
            <Button disabled={locked} onClick={addWord}>
              Add
            </Button>
          </div>
        )}
      </section>

      {settings.editable && (
        <>
          <div className={styles.save}>
            <Button type="submit" appearance="primary" disabledFocusable={locked || rules === null}>
              {saving ? "Saving…" : "Save RAG rules"}
            </Button>
          </div>
          <Caption1 as="p" role="status" aria-live="polite">
            {savedMessage ?? (changed ? `You have changes that are not saved yet. ${savedWhere(settings)}` : savedWhere(settings))}
          </Caption1>
          {saveProblem !== null && <FailureBar title="Could not save the RAG rules" failure={saveProblem} />}
        </>
      )}
    </form>
  );
}
