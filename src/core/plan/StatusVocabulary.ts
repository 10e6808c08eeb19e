/**
 * The status words a council uses. Councils differ (GUIDE §2), so this is configuration: the default
 * covers the seeds' vocabulary and the common alternatives, and {@link learnVocabulary} adds the
 * workbook's own words (its drop-down list, the words its settings give a RAG, and everyday words
 * the plans use whose meaning is plain).
 */
import { parseRagWord, type RagValue } from "../rag/RagValue.js";
import { defaultStatusMeaning, statusKey, undecoratedKey } from "./statusMeaning.js";

export interface StatusDefinition {
  readonly name: string;
  /** Other spellings counted as this status ("Complete" → "Completed"). */
  readonly aliases?: readonly string[];
  readonly complete?: boolean;
  readonly notStarted?: boolean;
  /** Closed without delivery (Cancelled, Superseded): complete for the RAG, counted under its own word. */
  readonly closed?: boolean;
  /** The RAG the word stands for when the settings do not say. Absent: the built-in table, else none. */
  readonly rag?: RagValue;
}

export interface StatusVocabulary {
  readonly statuses: readonly StatusDefinition[];
  /**
   * True when the officer gave the list (`--statuses`): words outside it are reported, not placed by
   * their everyday meaning.
   */
  readonly explicit?: boolean;
}

export const DEFAULT_STATUS_VOCABULARY: StatusVocabulary = {
  statuses: [
    { name: "Completed", aliases: ["complete", "done", "closed", "achieved", "c"], complete: true },
    { name: "On track", aliases: ["on-track", "ontrack"] },
    { name: "Some slippage", aliases: ["slight slippage", "minor slippage"] },
    { name: "Major slippage", aliases: ["significant slippage"] },
    { name: "Not started", aliases: ["not yet started"], notStarted: true },
    { name: "On target" },
    { name: "In progress" },
    { name: "Behind schedule" },
    { name: "Behind target", rag: "Amber" },
    { name: "At risk", rag: "Amber" },
    { name: "Delayed", rag: "Amber" },
    { name: "Off track", aliases: ["off-track"], rag: "Red" },
    { name: "Not achieved", rag: "Red" },
    { name: "Pending", notStarted: true },
    { name: "Deferred" },
    { name: "On hold" },
    { name: "Paused", rag: "Amber" },
    { name: "Ongoing" },
    { name: "Superseded", complete: true, closed: true, rag: "Blue" },
    { name: "Cancelled", aliases: ["canceled"], complete: true, closed: true, rag: "Blue" },
    { name: "Withdrawn", complete: true, closed: true, rag: "Blue" },
    { name: "Merged", complete: true, closed: true, rag: "Blue" },
    { name: "Blue", aliases: ["b"], complete: true },
    { name: "Green", aliases: ["g"] },
    { name: "Amber/Green", aliases: ["amber green", "amber-green", "a/g", "g/a", "green/amber"] },
    { name: "Amber", aliases: ["a"] },
    { name: "Amber/Red", aliases: ["amber red", "amber-red", "a/r", "r/a", "red/amber"] },
    { name: "Red", aliases: ["r"] },
    { name: "Grey", aliases: ["gray"], notStarted: true },
  ],
};

/**
 * Builds a vocabulary from a plain list, e.g. from `--statuses "Done,Doing=Green,Stuck=Red"`: a word
 * may carry its RAG after `=`; otherwise it takes its everyday meaning when it has one.
 */
export function vocabularyFromNames(names: readonly string[]): StatusVocabulary {
  return {
    explicit: true,
    statuses: names.map((entry): StatusDefinition => {
      const eq = entry.lastIndexOf("=");
      const given = eq > 0 ? parseRagWord(entry.slice(eq + 1)) : null;
      const name = (given ? entry.slice(0, eq) : entry).trim();
      const meaning = defaultStatusMeaning(name);
      const rag = given ?? meaning?.rag;
      return {
        name,
        complete: rag === "Blue" || meaning?.complete === true,
        notStarted: rag === "Grey" || (given === null && meaning?.notStarted === true),
        ...(given === null && meaning?.closed ? { closed: true } : {}),
        ...(rag ? { rag } : {}),
      };
    }),
  };
}

/** Distinct written words a lookup remembers before starting afresh (a status column of free text). */
const CANONICAL_CACHE_LIMIT = 4096;

export interface StatusLookup {
  /** The canonical status for what was written, or null when it is not in the vocabulary. */
  canonical(written: string): StatusDefinition | null;
  readonly names: readonly string[];
}

/**
 * Looks words up by their key (case, spaces and "A / G" spacing ignored), then without decoration
 * ("Complete ✓" is Completed).
 */
export function statusLookup(vocabulary: StatusVocabulary): StatusLookup {
  const byKey = new Map<string, StatusDefinition>();
  for (const status of vocabulary.statuses) {
    const keys = [status.name, ...(status.aliases ?? [])].map(statusKey);
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, status);
  }
  // Each action's status is looked up by several rules; one plan repeats a few words on every row.
  const found = new Map<string, StatusDefinition | null>();
  return {
    canonical: (written) => {
      const known = found.get(written);
      if (known !== undefined) return known;
      const definition = byKey.get(statusKey(written)) ?? byKey.get(undecoratedKey(written)) ?? null;
      if (found.size >= CANONICAL_CACHE_LIMIT) found.clear();
      found.set(written, definition);
      return definition;
    },
    names: vocabulary.statuses.map((status) => status.name),
  };
}
