/**
 * The RAG rules form as the officer edits it, and turning it back into rules. Pure, so its checks
 * are tested without a browser.
 */
import { RAG_VALUES, SCALE_VALUES, type RagScale, type RagValue } from "../core/rag/RagValue.js";
import type { RagDateBasis, RagRules, StatusRag } from "../core/rag/ragRules.js";

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

/** The ratings offered for a status on this scale, keeping the one it has even when the scale lacks it. */
export function ragChoices(scale: RagScale, current: RagValue): RagValue[] {
  const onScale = SCALE_VALUES[scale];
  return RAG_VALUES.filter((value) => onScale.includes(value) || value === current);
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
