/**
 * The workbook check the whole pane shares: the Check view lists its issues, Columns and RAG rules
 * read the settings from it, and Refresh and the Save buttons run it again. Only the latest run's
 * answer is kept, so a slow earlier check never overwrites a newer one. The check is as at the date
 * the officer chose in the Check view (today until they choose another), whoever runs it.
 */
import { useCallback, useRef, useState } from "react";
import type { CheckOutcome, WorkbookSession } from "../addin/WorkbookSession.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import { failureOf, type Failure } from "./errorMessage.js";

export interface CheckState {
  readonly running: boolean;
  /** The latest answer; null before the first and after a failed check. */
  readonly outcome: CheckOutcome | null;
  /** The date the latest answer was checked as at. */
  readonly asOf: IsoDate | null;
  /** Why the latest check failed, fit to show. */
  readonly error: Failure | null;
}

export interface Check extends CheckState {
  /** Checks as at `asOf` when given (and remembers it for the next runs), else as at the date last chosen. */
  readonly run: (asOf?: IsoDate) => Promise<void>;
}

const NOT_YET: CheckState = { running: false, outcome: null, asOf: null, error: null };

export function useCheck(session: WorkbookSession, today: () => IsoDate): Check {
  const [state, setState] = useState<CheckState>(NOT_YET);
  const latest = useRef(0);
  const chosenDate = useRef<IsoDate | null>(null);

  const run = useCallback(
    async (date?: IsoDate) => {
      const id = ++latest.current;
      if (date !== undefined) chosenDate.current = date;
      const asOf = chosenDate.current ?? today();
      setState((previous) => ({ ...previous, running: true }));
      try {
        const outcome = await session.check(asOf);
        if (id === latest.current) setState({ running: false, outcome, asOf, error: null });
      } catch (error) {
        if (id === latest.current) setState({ running: false, outcome: null, asOf, error: failureOf(error) });
      }
    },
    [session, today],
  );

  return { ...state, run };
}
