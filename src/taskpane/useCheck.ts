/**
 * The workbook check the whole pane shares: the Check view lists its issues, Columns and RAG rules
 * read the settings from it, and Refresh and the Save buttons run it again. Only the latest run's
 * answer is kept, so a slow earlier check never overwrites a newer one.
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
  readonly run: () => Promise<void>;
}

const NOT_YET: CheckState = { running: false, outcome: null, asOf: null, error: null };

export function useCheck(session: WorkbookSession, today: () => IsoDate): Check {
  const [state, setState] = useState<CheckState>(NOT_YET);
  const latest = useRef(0);

  const run = useCallback(async () => {
    const id = ++latest.current;
    const asOf = today();
    setState((previous) => ({ ...previous, running: true }));
    try {
      const outcome = await session.check(asOf);
      if (id === latest.current) setState({ running: false, outcome, asOf, error: null });
    } catch (error) {
      if (id === latest.current) setState({ running: false, outcome: null, asOf, error: failureOf(error) });
    }
  }, [session, today]);

  return { ...state, run };
}
