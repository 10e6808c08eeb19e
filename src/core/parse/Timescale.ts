import type { IsoDate } from "./IsoDate.js";

/** A period written in a plan, e.g. "April-Sept 2024" → 2024-04-01..2024-09-30. */
export interface DateWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The words this window was read from, e.g. "Final strategy – October 2024". */
  readonly source: string;
}

export type TimescaleKind =
  | "blank"
  | "dated" //       one or more windows
  | "ongoing" //     "Ongoing", "Ongoing until 2016/17", "September 2018 and ongoing"
  | "inPlace" //     "In place"
  | "completed" //   "Completed", "Complete"
  | "seeOther" //    "As 19 above", "See 2.4"
  | "toBeConfirmed" // "TBC", "To be confirmed": a date still to be set, a warning rather than an error
  | "unparsed";

/** What a timescale cell means. The due date is the end of the last window. */
export interface Timescale {
  readonly kind: TimescaleKind;
  readonly windows: readonly DateWindow[];
  /** True for "and ongoing" / "Ongoing until …", even when windows give a date. */
  readonly ongoing: boolean;
  readonly start: IsoDate | null;
  readonly due: IsoDate | null;
  /** For seeOther: the reference pointed at ("19" in "As 19 above"). */
  readonly seeRef?: string;
  /** Set when the text can be read more than one way; says how, in plain English. */
  readonly ambiguity?: string;
  /** The cleaned text the timescale was read from. */
  readonly text: string;
}
