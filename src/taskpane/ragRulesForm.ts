/**
 * The RAG rules form as the officer edits it, and turning it back into rules. Pure, so its checks
 * are tested without a browser.
 */
import { SCALE_VALUES, onScale, type RagScale, type RagValue } from "../core/rag/RagValue.js";
import { BUILT_IN_STATUS_RAG, type RagDateBasis, type RagRules, type StatusRag } from "../core/rag/ragRules.js";

export interface RagRulesForm {
  readonly scale: RagScale;
  /** As typed. */
  readonly amberDays: string;
  readonly date: RagDateBasis;
  readonly statuses: readonly StatusRag[];
}

export function formOf(rules: RagRules): RagRulesForm {
  return { scale: rules.scale, amberDays: String(rules.amberDays), date: rules.date, statuses: rules.statuses.map((status) => ({ ...status })) };
}

/** Null when fine, else what to type instead. */
export function amberDaysProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > 366) return "Use a whole number of days from 0 to 366, for example 30.";
  return null;
}

/** Null when `word` can be added to the list, else why not. */
export function newStatusProblem(word: string, statuses: readonly StatusRag[]): string | null {
  const trimmed = word.trim();
  if (trimmed === "") return "Type the status word as your plan writes it, for example Deferred.";
  if (trimmed.length > 255) return "A status word can be at most 255 characters.";
  const lower = trimmed.toLowerCase();
  if (statuses.some((status) => status.word.toLowerCase() === lower)) return `“${trimmed}” is already in the list.`;
  return null;
}

/** The rules to save, or null while the form has a problem. */
export function rulesOf(form: RagRulesForm): RagRules | null {
  if (amberDaysProblem(form.amberDays) !== null) return null;
  return { scale: form.scale, amberDays: Number(form.amberDays.trim()), date: form.date, statuses: form.statuses.map(({ word, rag }) => ({ word: word.trim(), rag })) };
}

/**
 * The ratings offered on this scale, and no others: the 5-point scale offers no Blue, because a
 * completed action shows Green there ({@link onScale}); offering Blue would promise a colour the
 * summary never shows.
 */
export function ragChoices(scale: RagScale): readonly RagValue[] {
  return SCALE_VALUES[scale];
}

/** What a status's drop-down shows on this scale: its rating as the summary will show it. */
export function shownRating(scale: RagScale, rag: RagValue): RagValue {
  return onScale(rag, scale);
}

/** A word the officer types in: Grey (no data) until they choose what it means, so it never passes for Green by default. */
export function newStatus(word: string): StatusRag {
  return { word: word.trim(), rag: "Grey" };
}

/** `statuses` with the one at `index` moved one place up (-1) or down (1); unchanged at either end. */
export function moveStatus(statuses: readonly StatusRag[], index: number, by: -1 | 1): StatusRag[] {
  const target = index + by;
  const list = [...statuses];
  if (target < 0 || target >= list.length || index < 0 || index >= list.length) return list;
  [list[index], list[target]] = [list[target] as StatusRag, list[index] as StatusRag];
  return list;
}

/** A word the checker accepts that the list does not have yet, with the rating it counts as today. */
export interface AcceptedWord {
  readonly word: string;
  readonly rag: RagValue;
}

/**
 * Every status word the checker accepts (the council's vocabulary, in its order) that the list does
 * not already have, with the rating it gets when not listed (its built-in meaning, else Grey).
 */
export function otherAcceptedWords(vocabulary: readonly string[], listed: readonly StatusRag[]): AcceptedWord[] {
  const have = new Set(listed.map((status) => status.word.trim().toLowerCase()));
  return vocabulary.filter((word) => !have.has(word.toLowerCase())).map((word) => ({ word, rag: BUILT_IN_STATUS_RAG[word.toLowerCase()] ?? "Grey" }));
}

/** True when saving `a` would change nothing that `b` says. */
export function sameRules(a: RagRules, b: RagRules): boolean {
  return (
    a.scale === b.scale &&
    a.amberDays === b.amberDays &&
    a.date === b.date &&
    a.statuses.length === b.statuses.length &&
    a.statuses.every((status, i) => status.word === b.statuses[i]?.word && status.rag === b.statuses[i]?.rag)
  );
}
