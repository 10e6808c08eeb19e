/**
 * The RAG rules of computeRag.ts as Excel formulas, so a rating stays right when an officer edits a
 * status or a date after the refresh, with no add-in present.
 *
 * Written for Excel 2016+ and LibreOffice 7.4+: IF / OR / ISNUMBER / INT / TRIM only, no arrays.
 * Text comparison with `=` ignores case in both, which is how the core matches status words.
 *
 * The pieces are expressions (a cell reference or a formula fragment) so the same rules serve the
 * committee table, where each input is a working cell (`$N5`), and the optional RAG column on the
 * officer's sheet, where everything is written inline over the row's own cells.
 */
import { excelDateLiteral, excelString } from "./excelText.js";
import type { RagRules } from "./ragRules.js";
import { onScale } from "./RagValue.js";
import type { StatusWords } from "./statusWords.js";

/** `OR(x="a",x="b")`, `x="a"` for one word, or null when there are none. */
export function matchesAny(expression: string, words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const tests = words.map((word) => `${expression}=${excelString(word)}`);
  return tests.length === 1 ? (tests[0] as string) : `OR(${tests.join(",")})`;
}

/** `"Complete"`, `"Not started"` or `"Open"` from a trimmed status expression. */
export function stateFormula(status: string, words: StatusWords): string {
  const complete = matchesAny(status, words.completeWords);
  const notStarted = matchesAny(status, words.notStartedWords);
  let formula = '"Open"';
  if (notStarted) formula = `IF(${notStarted},"Not started",${formula})`;
  if (complete) formula = `IF(${complete},"Complete",${formula})`;
  return formula;
}

/** The RAG a trimmed status expression stands for, or `otherwise` (an expression) for other words. */
export function declaredFormula(status: string, words: StatusWords, otherwise = '""'): string {
  let formula = otherwise;
  for (const group of [...words.declaredGroups].reverse()) {
    formula = `IF(${matchesAny(status, group.words) as string},${excelString(group.rag)},${formula})`;
  }
  return formula;
}

/**
 * A due date as a serial, or "" when there is none: the live cell when it holds a number (a real
 * date, typed now or later), otherwise `fallback` — a parsed date the tool wrote, or "".
 * INT drops a time of day, as the core does.
 */
export function dueFormula(liveCell: string | null, fallback: string): string {
  return liveCell === null ? fallback : `IF(ISNUMBER(${liveCell}),INT(${liveCell}),${fallback})`;
}

/** A date constant for a formula, or "" for none. */
export function dateOrBlank(iso: string | null): string {
  return iso === null ? '""' : excelDateLiteral(iso);
}

export interface RagFormulaInputs {
  /** A TRUE/FALSE expression, or a constant when the core already knows. */
  readonly complete: string | boolean;
  readonly notStarted: string | boolean;
  /** An expression giving the due serial or ""; null when the plan has no dates at all. */
  readonly due: string | null;
  /** An expression giving the rating to show when there is no due date (never ""). */
  readonly fallback: string;
  /** Absolute reference to the as-at date, e.g. `'PT Summary'!$B$3`. */
  readonly asAt: string;
}

/** The RAG formula (without "="), mirroring {@link ragFromFacts}. */
export function ragFormula(inputs: RagFormulaInputs, rules: RagRules): string {
  const completeRag = excelString(onScale("Blue", rules.scale));
  if (inputs.complete === true) return completeRag;
  const { due, asAt } = inputs;
  let open = inputs.fallback;
  if (due !== null) {
    const soon = `IF(${due}-${asAt}<=${rules.amberDays},"Amber","Green")`;
    const notYetDue = inputs.notStarted === false ? soon : inputs.notStarted === true ? '"Grey"' : `IF(${inputs.notStarted},"Grey",${soon})`;
    open = `IF(ISNUMBER(${due}),IF(${due}<${asAt},"Red",${notYetDue}),${open})`;
  }
  return inputs.complete === false ? open : `IF(${inputs.complete},${completeRag},${open})`;
}
