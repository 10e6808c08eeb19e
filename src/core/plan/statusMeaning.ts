/**
 * What an everyday status word means when nobody has said: "At risk" is Amber, "Off track" Red,
 * "Complete ✓" complete, "G" Green. Councils write status in their own words (GUIDE §2: On target,
 * Behind schedule, Pending, Deferred…; other councils At risk, Delayed, On hold, Superseded, and RAG
 * letters A/G, B, C), so the reader places a word it has not been taught by what it says.
 *
 * Two promises: a word that means trouble is never Green (the trouble patterns are tried before the
 * good ones, and "not …" turns a good word into trouble), and a word that cannot be placed is
 * answered null — never Green by default.
 */
import type { RagValue } from "../rag/RagValue.js";

export interface StatusMeaning {
  readonly rag: RagValue;
  readonly complete?: boolean;
  readonly notStarted?: boolean;
  /**
   * Closed without being delivered (Cancelled, Superseded, Withdrawn, Merged): the action is no
   * longer rated from its dates, like a completed one, but is counted under its own word.
   */
  readonly closed?: boolean;
}

/**
 * Keys already worked out. A plan repeats a handful of status words on every row (a 100,000-row plan
 * asked for the same five keys about a million times); the cache is emptied when it grows past
 * {@link STATUS_KEY_CACHE_LIMIT}, so a column of free text cannot make it grow without end.
 */
const statusKeys = new Map<string, string>();
const STATUS_KEY_CACHE_LIMIT = 4096;

/** Excel's TRIM plus case and the spacing of "A / G": how two spellings of a word are compared. */
export function statusKey(text: string): string {
  const known = statusKeys.get(text);
  if (known !== undefined) return known;
  const key = text
    .toLowerCase()
    .replace(/[\s_\u00a0]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
  if (statusKeys.size >= STATUS_KEY_CACHE_LIMIT) statusKeys.clear();
  statusKeys.set(text, key);
  return key;
}

/**
 * The word without the decoration officers add to it: a number sorting the list ("1 - Complete"), a
 * tick ("Complete ✓"), a note after a dash
 * ("Complete - see note"), a date or remark in brackets ("Completed (March 2024)"), a trailing full
 * stop or asterisk. Returns the key of what is left.
 */
export function undecoratedKey(text: string): string {
  const stripped = text
    // A number that sorts a drop-down list: "1 - Complete", "3. At risk", "(2) On track".
    .replace(/^\s*\(?\d{1,2}\)?\s*[-\u2013\u2014:.)]?\s+(?=\p{L})/u, "")
    .replace(/[\u2713\u2714\u2705\u2611\u221a*!.]+/g, " ")
    .replace(/\s+[-\u2013\u2014:]\s+.*$/s, "")
    .replace(/\s*[([][^)\]]*[)\]]\s*/g, " ")
    .replace(/\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$/, "");
  return statusKey(stripped);
}

/** RAG letters and colour words: R, A, G, B, C, A/G, G/A, A/R, R/A, Amber-Green, "Blue", grey. */
const LETTERS: ReadonlyMap<string, StatusMeaning> = new Map<string, StatusMeaning>([
  ["b", { rag: "Blue", complete: true }],
  ["blue", { rag: "Blue", complete: true }],
  ["c", { rag: "Blue", complete: true }],
  ["g", { rag: "Green" }],
  ["green", { rag: "Green" }],
  ["a/g", { rag: "Amber/Green" }],
  ["g/a", { rag: "Amber/Green" }],
  ["ag", { rag: "Amber/Green" }],
  ["amber/green", { rag: "Amber/Green" }],
  ["green/amber", { rag: "Amber/Green" }],
  ["amber green", { rag: "Amber/Green" }],
  ["amber-green", { rag: "Amber/Green" }],
  ["a", { rag: "Amber" }],
  ["amber", { rag: "Amber" }],
  ["y", { rag: "Amber" }],
  ["yellow", { rag: "Amber" }],
  ["a/r", { rag: "Amber/Red" }],
  ["r/a", { rag: "Amber/Red" }],
  ["ar", { rag: "Amber/Red" }],
  ["amber/red", { rag: "Amber/Red" }],
  ["red/amber", { rag: "Amber/Red" }],
  ["amber red", { rag: "Amber/Red" }],
  ["amber-red", { rag: "Amber/Red" }],
  ["r", { rag: "Red" }],
  ["red", { rag: "Red" }],
  ["grey", { rag: "Grey", notStarted: true }],
  ["gray", { rag: "Grey", notStarted: true }],
]);

/** Tried in order; the first that matches wins. Trouble comes before anything that could read as good. */
const PATTERNS: ReadonlyArray<readonly [RegExp, StatusMeaning]> = [
  // Not begun.
  [/^(not (yet )?(started|commenced|begun|due)|pending|to (start|do)|not yet (due|live)|planned|future|scheduled)\b/, { rag: "Grey", notStarted: true }],
  // Closed without delivery.
  [/^(superseded|cancell?ed|withdrawn|merged|abandoned|dropped|no longer (required|needed|applicable)|not (required|needed|applicable)|obsolete|replaced|n\/a|stopped)\b/, { rag: "Blue", complete: true, closed: true }],
  // Serious trouble.
  [/\b(off[ -]?track|not achieved|not met|missed|failed|failing|major (slippage|delay|concerns?|issues?)|significant(ly)? (slippage|delay(ed)?|concerns?|issues?|risk)|serious|critical|severely|overdue|not on (track|target)|red)\b/, { rag: "Red" }],
  // Some trouble.
  [/\b(at risk|risk|delay(ed|s)?|behind|slipp(ed|ing|age)|slight|minor (slippage|delay|concerns?|issues?)|some (slippage|delay|concerns?|issues?)|concerns?|issues?|on hold|paused|deferred|postponed|rescheduled|re-?profiled|stalled|late|problems?|amber|needs? attention|requires? attention|under review|partially|partly|check progress|monitor|monitoring|warning|caution|watch)\b/, { rag: "Amber" }],
  // "Not complete", "not yet achieved", "incomplete": not done, and saying so is a warning sign.
  [/^(not|no)\b|\bincomplete\b/, { rag: "Amber" }],
  // Done.
  [/^(complete|completed|done|achieved|delivered|finished|implemented|closed|in place|embedded|met|fully (achieved|implemented|complete)|business as usual|bau)\b/, { rag: "Blue", complete: true }],
  // Going well.
  [/^(on[ -]?track|on[ -]?target|on schedule|in progress|progressing|ongoing|underway|under way|started|live|active|good progress|progress(ing)? well|green|in hand|going well|ahead)\b/, { rag: "Green" }],
];

/**
 * The default meaning of a status word as written, or null when it cannot be placed. RAG letters
 * and colours first (exactly), then the patterns over the undecorated word.
 */
export function defaultStatusMeaning(written: string): StatusMeaning | null {
  const key = statusKey(written);
  if (key === "") return null;
  const letter = LETTERS.get(key) ?? LETTERS.get(undecoratedKey(written));
  if (letter) return letter;
  const bare = undecoratedKey(written) || key;
  for (const [pattern, meaning] of PATTERNS) if (pattern.test(bare)) return meaning;
  return null;
}
