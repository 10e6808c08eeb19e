/**
 * The status words a council uses. Councils differ (GUIDE §2), so this is configuration:
 * the default covers the seeds' vocabulary and the common alternatives.
 */
export interface StatusDefinition {
  readonly name: string;
  /** Other spellings counted as this status ("Complete" → "Completed"). */
  readonly aliases?: readonly string[];
  readonly complete?: boolean;
  readonly notStarted?: boolean;
}

export interface StatusVocabulary {
  readonly statuses: readonly StatusDefinition[];
}

export const DEFAULT_STATUS_VOCABULARY: StatusVocabulary = {
  statuses: [
    { name: "Completed", aliases: ["complete", "done", "closed", "achieved"], complete: true },
    { name: "On track", aliases: ["on-track", "ontrack"] },
    { name: "Some slippage", aliases: ["slight slippage", "minor slippage"] },
    { name: "Major slippage", aliases: ["significant slippage"] },
    { name: "Not started", aliases: ["not yet started"], notStarted: true },
    { name: "On target" },
    { name: "In progress" },
    { name: "Behind schedule" },
    { name: "Pending", notStarted: true },
    { name: "Deferred" },
    { name: "On hold" },
    { name: "Ongoing" },
    { name: "Blue", complete: true },
    { name: "Green" },
    { name: "Amber/Green", aliases: ["amber green", "amber-green"] },
    { name: "Amber" },
    { name: "Amber/Red", aliases: ["amber red", "amber-red"] },
    { name: "Red" },
    { name: "Grey", aliases: ["gray"], notStarted: true },
  ],
};

/** Builds a vocabulary from a plain list of names, e.g. from `--statuses "Done,Doing,To do"`. */
export function vocabularyFromNames(names: readonly string[]): StatusVocabulary {
  return {
    statuses: names.map((name) => ({
      name,
      complete: /^(complete|completed|done|closed|blue)$/i.test(name),
      notStarted: /^(not (yet )?started|pending|grey|gray)$/i.test(name),
    })),
  };
}

function statusKey(text: string): string {
  return text.toLowerCase().replace(/[\s_]+/g, " ").trim();
}

export interface StatusLookup {
  /** The canonical status for what was written, or null when it is not in the vocabulary. */
  canonical(written: string): StatusDefinition | null;
  readonly names: readonly string[];
}

export function statusLookup(vocabulary: StatusVocabulary): StatusLookup {
  const byKey = new Map<string, StatusDefinition>();
  for (const status of vocabulary.statuses) {
    byKey.set(statusKey(status.name), status);
    for (const alias of status.aliases ?? []) byKey.set(statusKey(alias), status);
  }
  return {
    canonical: (written) => byKey.get(statusKey(written)) ?? null,
    names: vocabulary.statuses.map((status) => status.name),
  };
}
