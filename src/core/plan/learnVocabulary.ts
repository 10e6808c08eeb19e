/**
 * The workbook's status vocabulary: the base list (the default, or the officer's `--statuses`) plus
 * what the workbook itself says — the words its settings give a RAG, the words of the drop-down
 * list on a status column — plus the everyday words the plans use whose meaning is plain ("At
 * risk", "Complete ✓"). A spelling of a word already known ("Complete - see note") becomes one of its
 * aliases, so the status counts and the live formulas count it with that word.
 *
 * Words that cannot be placed stay out: they are reported once per word (statusWordRules.ts).
 */
import type { StatusRag } from "../rag/ragRules.js";
import type { StatusDefinition, StatusVocabulary } from "./StatusVocabulary.js";
import { defaultStatusMeaning, statusKey, undecoratedKey } from "./statusMeaning.js";

/** Where a word of the vocabulary came from, for the report. */
export type LearnedFrom = "settings" | "list" | "meaning";

export interface LearnedWord {
  readonly word: string;
  readonly from: LearnedFrom;
}

export interface LearnInput {
  readonly base: StatusVocabulary;
  /** Words the workbook's settings give a RAG (only when the settings list some). */
  readonly taught: readonly StatusRag[];
  /** Words of the drop-down lists on the plans' status columns. */
  readonly listed: readonly string[];
  /** Status words as written in the plans. */
  readonly seen: Iterable<string>;
}

export interface LearnedVocabulary {
  readonly vocabulary: StatusVocabulary;
  /** Words added to the base list, with where each came from. */
  readonly learned: readonly LearnedWord[];
  /** List words added with no meaning we could place (keys). */
  readonly unplacedListWords: ReadonlySet<string>;
}

interface Draft {
  definition: StatusDefinition;
  aliases: string[];
}

export function learnVocabulary(input: LearnInput): LearnedVocabulary {
  const drafts: Draft[] = input.base.statuses.map((definition) => ({ definition, aliases: [...(definition.aliases ?? [])] }));
  const byKey = new Map<string, Draft>();
  const index = (draft: Draft, word: string): void => {
    const key = statusKey(word);
    if (key !== "" && !byKey.has(key)) byKey.set(key, draft);
  };
  for (const draft of drafts) for (const word of [draft.definition.name, ...draft.aliases]) index(draft, word);
  const learned: LearnedWord[] = [];
  const unplacedListWords = new Set<string>();

  /** A known word, or a spelling of one (which then becomes an alias). True when known. */
  const knownOrAlias = (word: string): boolean => {
    const key = statusKey(word);
    if (byKey.has(key)) return true;
    const draft = byKey.get(undecoratedKey(word));
    if (!draft) return false;
    draft.aliases.push(word);
    index(draft, word);
    return true;
  };
  const addNew = (definition: StatusDefinition, from: LearnedFrom): void => {
    const draft: Draft = { definition, aliases: [] };
    drafts.push(draft);
    index(draft, definition.name);
    learned.push({ word: definition.name, from });
  };
  const fromMeaning = (word: string): StatusDefinition | null => {
    const meaning = defaultStatusMeaning(word);
    if (!meaning) return null;
    return {
      name: word,
      rag: meaning.rag,
      ...(meaning.complete ? { complete: true } : {}),
      ...(meaning.notStarted ? { notStarted: true } : {}),
      ...(meaning.closed ? { closed: true } : {}),
    };
  };

  for (const { word, rag } of input.taught) {
    const trimmed = word.trim();
    if (trimmed === "" || knownOrAlias(trimmed)) continue;
    addNew({ name: trimmed, rag, ...(rag === "Blue" ? { complete: true } : {}), ...(rag === "Grey" ? { notStarted: true } : {}) }, "settings");
  }
  // The officer's own list (`--statuses`) is the council's vocabulary: nothing else is added to it.
  if (!input.base.explicit) {
    for (const word of input.listed) {
      const trimmed = word.trim();
      if (trimmed === "" || knownOrAlias(trimmed)) continue;
      const placed = fromMeaning(trimmed);
      if (!placed) unplacedListWords.add(statusKey(trimmed));
      addNew(placed ?? { name: trimmed }, "list");
    }
  }
  for (const word of input.seen) {
    const trimmed = word.trim();
    if (trimmed === "" || knownOrAlias(trimmed) || input.base.explicit) continue;
    const placed = fromMeaning(trimmed);
    if (placed) addNew(placed, "meaning");
  }

  const statuses = drafts.map(({ definition, aliases }) => (aliases.length === (definition.aliases?.length ?? 0) ? definition : { ...definition, aliases }));
  return { vocabulary: { ...input.base, statuses }, learned, unplacedListWords };
}
