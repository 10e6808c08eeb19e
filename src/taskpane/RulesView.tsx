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
  useId,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { SettingsView, WorkbookSession } from "../addin/WorkbookSession.js";
import { RAG_SCALES, SCALE_DESCRIPTIONS, onScale, type RagValue } from "../core/rag/RagValue.js";
import { RAG_DATE_BASES, type RagDateBasis, type StatusRag } from "../core/rag/ragRules.js";
import { useAnnounce } from "./Announcer.js";
import { useFitSelect } from "./fitSelect.js";
import { failureOf, type Failure } from "./errorMessage.js";
import { FailureBar } from "./Problem.js";
import {
  amberDaysProblem,
  formOf,
  moveStatus,
  newStatus,
  newStatusProblem,
  otherAcceptedWords,
  ragChoices,
  rulesOf,
  sameRules,
  shownRating,
  type RagRulesForm,
} from "./ragRulesForm.js";
import { RagSwatch } from "./RagSwatch.js";
import { SettingsLocked, savedWhere } from "./SettingsNote.js";
import { ViewHeading } from "./ViewHeading.js";
import type { Check } from "./useCheck.js";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  statuses: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Reflows at 270 px: the drop-down and its swatch on one line, the buttons wrap under them.
  status: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  statusField: { flexGrow: 1, flexBasis: "8rem", minWidth: 0 },
  shows: { display: "flex", flexDirection: "column", alignItems: "flex-start", paddingBottom: tokens.spacingVerticalXS },
  rowButtons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXS },
  others: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  other: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  otherWord: { minWidth: "7rem" },
  toggle: { alignSelf: "flex-start" },
  add: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  addField: { flexGrow: 1, flexBasis: "10rem", minWidth: 0 },
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
  const vocabulary = check.outcome?.statusWords ?? [];
  return (
    <div className={styles.view}>
      <ViewHeading>RAG rules</ViewHeading>
      <Body1 as="p">How the summary rates each action Red, Amber or Green from its dates and its status.</Body1>
      {settings === null && check.running && <Body1 as="p">Reading the workbook…</Body1>}
      {check.error !== null && <FailureBar title="Could not read the workbook" failure={check.error} onRetry={() => void check.run()} />}
      {settings && !settings.editable && <SettingsLocked settings={settings} what="the RAG rules" onCheckAgain={() => void check.run()} />}
      {settings && (
        <RulesForm
          // Only a change of who may edit starts the form afresh: a save must not rebuild it under the officer's focus.
          key={String(settings.editable)}
          settings={settings}
          vocabulary={vocabulary}
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
  readonly vocabulary: readonly string[];
  readonly savedMessage: string | null;
  readonly onEdit: () => void;
  readonly onSave: (rules: NonNullable<ReturnType<typeof rulesOf>>) => Promise<void>;
}

/** Where focus goes after the list changes: a row's button by word, or the "Add a status word" box. */
type FocusAfter = { readonly word: string; readonly button: "up" | "down" | "remove" } | { readonly word: null; readonly button: "add" } | null;

function RulesForm({ settings, vocabulary, savedMessage, onEdit, onSave }: RulesFormProps) {
  const styles = useStyles();
  const announce = useAnnounce();
  const fit = useFitSelect();
  const [form, setForm] = useState<RagRulesForm>(() => formOf(settings.ragRules));
  const [newWord, setNewWord] = useState("");
  const [newWordProblem, setNewWordProblem] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const [showOthers, setShowOthers] = useState(false);
  const idPrefix = useId("status");
  const addBox = useRef<HTMLInputElement>(null);
  const focusAfter = useRef<FocusAfter>(null);
  const startedFrom = useRef(settings.ragRules);
  const locked = !settings.editable || saving;
  const daysProblem = amberDaysProblem(form.amberDays);
  const rules = rulesOf(form);
  const changed = rules !== null && !sameRules(rules, settings.ragRules);
  const others = otherAcceptedWords(vocabulary, form.statuses);

  // The workbook's rules changed under an unedited form (an edit of PT Settings, then Check again): show them.
  useEffect(() => {
    if (settings.ragRules === startedFrom.current) return;
    const untouched = rulesOf(form);
    if (untouched !== null && sameRules(untouched, startedFrom.current)) setForm(formOf(settings.ragRules));
    startedFrom.current = settings.ragRules;
  }, [settings.ragRules, form]);

  // After a move or a removal, focus goes where the officer expects it, not to the top of the page.
  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    if (target.word === null) addBox.current?.focus();
    else document.getElementById(buttonId(target.word, target.button))?.focus();
  });

  const buttonId = (word: string, button: string) => `${idPrefix}-${button}-${encodeURIComponent(word)}`;

  const edit = (change: Partial<RagRulesForm>) => {
    setForm((previous) => ({ ...previous, ...change }));
    setSaveProblem(null);
    onEdit();
  };

  const setRag = (index: number, rag: RagValue) => edit({ statuses: form.statuses.map((status, i) => (i === index ? { ...status, rag } : status)) });

  const move = (index: number, by: -1 | 1) => {
    const word = form.statuses[index]?.word ?? "";
    const next = moveStatus(form.statuses, index, by);
    edit({ statuses: next });
    // At the top (or bottom) the button that moved it can no longer be used: keep focus on the other one.
    const at = index + by;
    focusAfter.current = { word, button: at === 0 ? "down" : at === next.length - 1 ? "up" : by === -1 ? "up" : "down" };
    announce(`“${word}” moved to ${at + 1} of ${next.length}.`);
  };

  const remove = (index: number) => {
    const word = form.statuses[index]?.word ?? "";
    const next = form.statuses.filter((_, i) => i !== index);
    edit({ statuses: next });
    const neighbour = next[index] ?? next[index - 1];
    focusAfter.current = neighbour ? { word: neighbour.word, button: "remove" } : { word: null, button: "add" };
    announce(`“${word}” removed from the list. Save to keep the change.`);
  };

  const add = (status: StatusRag) => {
    edit({ statuses: [...form.statuses, status] });
    announce(`“${status.word}” added as ${status.rag}. Choose what it means, then save.`);
  };

  const addWord = () => {
    const problem = newStatusProblem(newWord, form.statuses);
    setNewWordProblem(problem);
    if (problem !== null) return;
    add(newStatus(newWord));
    setNewWord("");
  };

  const save = async () => {
    if (rules === null) return;
    setSaving(true);
    try {
      await onSave(rules);
      startedFrom.current = rules;
      announce("Saved. The next refresh uses these rules.");
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
          <div key={status.word} className={styles.status} data-status-row="">
            <Field label={status.word} className={styles.statusField}>
              <Select {...fit} value={shownRating(form.scale, status.rag)} onChange={(_, data) => setRag(index, data.value as RagValue)} disabled={locked}>
                {ragChoices(form.scale).map((value) => (
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
              <div className={styles.rowButtons}>
                <Button
                  id={buttonId(status.word, "up")}
                  appearance="subtle"
                  aria-label={`Move “${status.word}” up`}
                  disabledFocusable={locked || index === 0}
                  onClick={() => move(index, -1)}
                >
                  Up
                </Button>
                <Button
                  id={buttonId(status.word, "down")}
                  appearance="subtle"
                  aria-label={`Move “${status.word}” down`}
                  disabledFocusable={locked || index === form.statuses.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down
                </Button>
                <Button
                  id={buttonId(status.word, "remove")}
                  appearance="subtle"
                  aria-label={`Remove “${status.word}”`}
                  disabledFocusable={locked || form.statuses.length <= 1}
                  onClick={() => remove(index)}
                >
                  Remove
                </Button>
              </div>
            )}
          </div>
        ))}
        {settings.editable && (
          <div className={styles.add}>
            <Field
              label="Add a status word"
              hint="It shows Grey until you choose what it means."
              className={styles.addField}
              validationState={newWordProblem !== null ? "error" : "none"}
              validationMessage={newWordProblem ?? undefined}
            >
              <Input
                ref={addBox}
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
        {others.length > 0 && (
          <section className={styles.statuses} aria-labelledby={`${idPrefix}-others`}>
            <Subtitle2 as="h4" id={`${idPrefix}-others`} className={styles.heading}>
              Other words the checker accepts
            </Subtitle2>
            <Caption1 as="p">Not listed on the summary. Each counts as shown until you add it and choose.</Caption1>
            <Button appearance="subtle" className={styles.toggle} aria-expanded={showOthers} onClick={() => setShowOthers(!showOthers)}>
              {showOthers ? "Hide them" : `Show all ${others.length}`}
            </Button>
            {showOthers && (
              <ul className={styles.others}>
                {others.map((other) => (
                  <li key={other.word} className={styles.other}>
                    <span className={styles.otherWord}>{other.word}</span>
                    <RagSwatch value={onScale(other.rag, form.scale)} />
                    {settings.editable && (
                      <Button size="small" appearance="subtle" aria-label={`Add “${other.word}” to the list`} disabledFocusable={locked} onClick={() => add({ word: other.word, rag: other.rag })}>
                        Add
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
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
          {saveProblem !== null && <FailureBar title="Could not save the RAG rules" failure={saveProblem} onRetry={() => void save()} />}
        </>
      )}
    </form>
  );
}
