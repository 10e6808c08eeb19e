/**
 * Every sheet a refresh generates, registered in one place: its role, the label an officer sees
 * ("PT " + label), what it reads, how many of it a workbook gets, and how it is built. The refresh
 * asks each entry for its sheets in order — entries later in the list may use what earlier ones
 * built (the committee tables use the plan-rows sheets; the summary uses the committee tables) —
 * and writes them in tab order.
 *
 * To add a generated sheet: give it a role in SheetRole.ts, then an entry here. A role this version
 * does not know (a sheet a newer version made) is left alone: see isPlanTrackerSheet.
 */
import type { SheetRole, SheetSpec } from "../sheets/SheetSpec.js";
import type { RefreshState } from "./refreshState.js";

export interface GeneratedSheetKind {
  readonly role: SheetRole;
  /** What the sheet reads, in a sentence (for the docs and the report). */
  readonly reads: string;
  /** Position among the tabs (lower first). */
  readonly tab: number;
  /** One label per sheet of this kind to make (undefined = the role's own label), none to make none. */
  requests(state: RefreshState): ReadonlyArray<string | undefined>;
  /** The sheets, named `names` (one per request). */
  build(state: RefreshState, names: readonly string[]): SheetSpec[];
}

export function sheetKind(kind: GeneratedSheetKind): GeneratedSheetKind {
  return kind;
}
