/**
 * The council's status words resolved against the RAG rules: for every written form in play, the
 * RAG it stands for and whether it means complete or not started.
 *
 * The same table drives the core's reading of a status and the formulas written into the workbook
 * (`$F5="On track"`), so the two cannot disagree. Matching is Excel's: after TRIM, ignoring case.
 * Aliases of the vocabulary ("complete" for Completed) are included so a later edit to any spelling
 * the core accepts is counted by the live formulas too.
 */
import type { StatusDefinition, StatusLookup } from "../plan/StatusVocabulary.js";
import { excelTrim } from "./excelText.js";
import { BUILT_IN_STATUS_RAG, type RagRules } from "./ragRules.js";
import { onScale, type RagValue } from "./RagValue.js";

/** What a status means for the RAG: finished, not yet begun, or anything in between. */
export type ActionState = "Complete" | "Not started" | "Open";

interface WordMeaning {
  /** As written in the settings or the vocabulary (formulas compare without regard to case). */
  readonly word: string;
  /** The rating as configured, before it is put on the scale. */
  readonly rawRag: RagValue | null;
  readonly state: ActionState;
}

export interface StatusReading {
  readonly state: ActionState;
  /** The RAG the officer's word stands for, on the rules' scale; null for a blank or unknown word. */
  readonly declared: RagValue | null;
}

export interface StatusWords {
  /** Reads a status as `TRIM(cell)` returns it. */
  read(trimmedStatus: string): StatusReading;
  /** Written forms meaning complete / not started, for formulas. */
  readonly completeWords: readonly string[];
  readonly notStartedWords: readonly string[];
  /** Every written form with its meaning, as a lookup table for formulas (`VLOOKUP`). */
  readonly table: ReadonlyArray<{ readonly word: string; readonly state: ActionState; readonly declared: RagValue | null }>;
}

function key(word: string): string {
  return excelTrim(word).toLowerCase();
}

function stateOf(definition: StatusDefinition | null, rawRag: RagValue | null): ActionState {
  if (definition?.complete || rawRag === "Blue") return "Complete";
  if (definition?.notStarted || rawRag === "Grey") return "Not started";
  return "Open";
}

/**
 * The RAG a vocabulary status stands for when the settings do not list it: its own (given with
 * `--statuses Word=Amber`, or learned from its everyday meaning), else the built-in table, else
 * Blue/Grey for complete/not started; null when nothing says.
 */
export function definitionRag(definition: StatusDefinition): RagValue | null {
  const builtIn = definition.rag ?? BUILT_IN_STATUS_RAG[definition.name.toLowerCase()];
  if (builtIn) return builtIn;
  if (definition.complete) return "Blue";
  if (definition.notStarted) return "Grey";
  return null;
}

/**
 * Resolves the words that matter for one workbook: those listed in the rules, plus every status
 * `seen` in the plans (each with its vocabulary spellings). Precedence: a word listed in the
 * settings exactly; then its vocabulary status's listed word; then the built-in meaning.
 */
export function statusWords(rules: RagRules, statuses: StatusLookup, seen: Iterable<string>): StatusWords {
  const meanings = new Map<string, WordMeaning>();
  const listedByDefinition = new Map<StatusDefinition, RagValue>();
  const add = (word: string, rawRag: RagValue | null, definition: StatusDefinition | null): void => {
    const k = key(word);
    if (k === "" || meanings.has(k)) return;
    meanings.set(k, { word: excelTrim(word), rawRag, state: stateOf(definition, rawRag) });
  };
  const addDefinition = (definition: StatusDefinition, rawRag: RagValue | null): void => {
    add(definition.name, rawRag, definition);
    for (const alias of definition.aliases ?? []) add(alias, rawRag, definition);
  };

  for (const listed of rules.statuses) {
    const definition = statuses.canonical(listed.word);
    add(listed.word, listed.rag, definition);
    if (definition && !listedByDefinition.has(definition)) listedByDefinition.set(definition, listed.rag);
  }
  for (const [definition, rag] of listedByDefinition) addDefinition(definition, rag);
  for (const written of seen) {
    const k = key(written);
    if (k === "" || meanings.has(k)) continue;
    const definition = statuses.canonical(excelTrim(written));
    if (!definition) continue;
    const rag = listedByDefinition.get(definition) ?? definitionRag(definition);
    add(written, rag, definition);
    addDefinition(definition, rag);
  }

  const all = [...meanings.values()];

  return {
    read(trimmedStatus) {
      const meaning = meanings.get(key(trimmedStatus));
      if (!meaning) return { state: "Open", declared: null };
      return { state: meaning.state, declared: meaning.rawRag === null ? null : onScale(meaning.rawRag, rules.scale) };
    },
    completeWords: all.filter((m) => m.state === "Complete").map((m) => m.word),
    notStartedWords: all.filter((m) => m.state === "Not started").map((m) => m.word),
    table: all.map((m) => ({ word: m.word, state: m.state, declared: m.rawRag === null ? null : onScale(m.rawRag, rules.scale) })),
  };
}
