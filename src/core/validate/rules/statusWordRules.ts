/**
 * Status words, reported once per word rather than once per cell: a plan with 40 "At risk" cells
 * has one thing to decide, not 40.
 *
 * - `status-unknown`: a word Plan Tracker cannot place (not in the vocabulary, the drop-down list or
 *   the settings, and no everyday meaning).
 * - `status-unplaced`: a word of the column's own drop-down list whose RAG we cannot tell.
 * - `status-variant`: another spelling of a known word ("Complete ✓" for Completed).
 * - `status-from-fill`: statuses read from cell colours because the cells hold no words.
 *
 * The messages say truthfully what happens to such actions: countStatuses.ts and the summary's
 * status table count them under the word as written; the RAG gets nothing from the word
 * (statusWords.ts), so it comes from the dates alone.
 */
import { listOf } from "../../report/wording.js";
import { textFor, type FrontEnd, type PerFrontEnd } from "../../report/FrontEnd.js";
import type { Plan, PlanAction } from "../../plan/Plan.js";
import { statusKey } from "../../plan/statusMeaning.js";
import type { StatusLookup } from "../../plan/StatusVocabulary.js";
import type { IssueSink } from "../IssueSink.js";

export interface StatusWordOptions {
  readonly statuses: StatusLookup;
  /** Keys of drop-down list words with no meaning we could place. */
  readonly unplacedListWords?: ReadonlySet<string>;
  readonly frontEnd: FrontEnd;
}

/** Cells listed in a message before "and N more". */
const CELLS_SHOWN = 6;
/** Status names suggested in a fix. */
const NAMES_SHOWN = 10;

interface WordUse {
  readonly written: string;
  readonly actions: PlanAction[];
}

function cellsText(uses: readonly PlanAction[], column: number, letter: (row: number, column: number) => string): string {
  const cells = uses.slice(0, CELLS_SHOWN).map((action) => letter(action.row, column));
  const more = uses.length - cells.length;
  return more > 0 ? `${cells.join(", ")} and ${more} more` : listOf(cells);
}

function actionsText(n: number): string {
  return n === 1 ? "1 action" : `${n.toLocaleString("en-GB")} actions`;
}

function teach(word: string, names: readonly string[]): PerFrontEnd {
  const shown = names.slice(0, NAMES_SHOWN).join(", ") + (names.length > NAMES_SHOWN ? ", …" : "");
  return {
    excel: `If "${word}" is one of your council's statuses, give it a RAG in Plan Tracker's RAG rules (or add a row status.${word} with its RAG to the PT Settings sheet); if it is a slip, correct it to one of: ${shown}.`,
    commandLine: `If "${word}" is one of your council's statuses, list it with --statuses and its RAG after "=", e.g. --statuses "${word}=Amber,On track,Completed" (--statuses replaces the default list, so name every status you use); if it is a slip, correct it to one of: ${shown}.`,
  };
}

export function checkStatusWords(plan: Plan, options: StatusWordOptions, sink: IssueSink, address: (row: number, column: number) => string): void {
  const column = plan.columns.fields.status;
  if (column === undefined) return;
  const { statuses } = options;
  const unknown = new Map<string, WordUse>();
  const unplaced = new Map<string, WordUse>();
  const variants = new Map<string, WordUse>();
  const fromFill: PlanAction[] = [];
  const use = (map: Map<string, WordUse>, key: string, written: string, action: PlanAction): void => {
    const entry = map.get(key) ?? { written, actions: [] };
    entry.actions.push(action);
    map.set(key, entry);
  };
  for (const action of plan.actions) {
    if (!action.status) {
      if (action.fillRag) fromFill.push(action);
      continue;
    }
    const key = statusKey(action.status);
    const definition = statuses.canonical(action.status);
    if (!definition) {
      use(unknown, key, action.status, action);
      continue;
    }
    if (options.unplacedListWords?.has(statusKey(definition.name))) use(unplaced, key, action.status, action);
    const written = action.cells.status?.raw;
    if (typeof written === "string" && written !== definition.name) use(variants, `${key}\u0000${written}`, written, action);
  }

  for (const { written, actions } of unknown.values()) {
    const first = actions[0] as PlanAction;
    sink.add(
      "status-unknown",
      first.row,
      column,
      `Status "${written}" is not one Plan Tracker knows (${actionsText(actions.length)}: ${cellsText(actions, column, address)}). ${actions.length === 1 ? "It is" : "They are"} counted under "${written}" as written, but the word gives no RAG: ${actions.length === 1 ? "its" : "their"} RAG comes from the dates alone.`,
      textFor(options.frontEnd, teach(written, statuses.names)),
    );
  }
  for (const { written, actions } of unplaced.values()) {
    const first = actions[0] as PlanAction;
    sink.add(
      "status-unplaced",
      first.row,
      column,
      `"${written}" is in the status column's drop-down list, but Plan Tracker cannot tell what it means for the RAG (${actionsText(actions.length)}: ${cellsText(actions, column, address)}). ${actions.length === 1 ? "It is" : "They are"} counted under "${written}", and rated from the dates alone.`,
      textFor(options.frontEnd, teach(written, statuses.names)),
    );
  }
  for (const { written, actions } of variants.values()) {
    const first = actions[0] as PlanAction;
    const canonical = statuses.canonical(written)?.name ?? written;
    sink.add(
      "status-variant",
      first.row,
      column,
      actions.length === 1
        ? `Status is written "${written}"; it is counted as "${canonical}".`
        : `Status is written "${written}" in ${actionsText(actions.length)} (${cellsText(actions, column, address)}); each is counted as "${canonical}".`,
      `Write it as "${canonical}" so filters and in-sheet counts match it exactly.`,
    );
  }
  if (fromFill.length > 0) {
    const first = fromFill[0] as PlanAction;
    const counts = new Map<string, number>();
    for (const action of fromFill) counts.set(action.fillRag as string, (counts.get(action.fillRag as string) ?? 0) + 1);
    const summary = listOf([...counts].map(([rag, n]) => `${n} ${rag}`));
    sink.add(
      "status-from-fill",
      first.row,
      column,
      `The status of ${actionsText(fromFill.length)} was read from the cell colour, as the cells hold no words (${summary}: ${cellsText(fromFill, column, address)}).`,
      "Type the RAG as a word too (Red, Amber, Green): a colour does not print in black and white or read aloud, and the status table counts colour-only cells under No status.",
    );
  }
}
