/**
 * The ordinary edits an officer makes to a plan between two refreshes, built from the plan the refresh
 * read: a status, a date, a text and an amount changed; a text timescale retyped; an action appended
 * after the last; a row inserted and one deleted; the plan sorted by several columns; a filter; the
 * sheet renamed; a column inserted and one deleted.
 */
import { cellAddress, columnLetters } from "../../src/core/grid/Address.js";
import { excelSerialFromIso } from "../../src/core/parse/dates.js";
import type { Plan, PlanAction } from "../../src/core/plan/Plan.js";
import type { OfficeEdit } from "../support/office.js";

export interface NamedEdit {
  readonly name: string;
  readonly edits: readonly OfficeEdit[];
}

function isoPlusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The cells of a new action like `like`, with new words and a date `dueIso`, on `row`. */
function newActionCells(plan: Plan, like: PlanAction, row: number, dueIso: string, label: string): Record<string, string | number> {
  const f = plan.columns.fields;
  const cells: Record<string, string | number> = {};
  const put = (column: number | undefined, value: string | number): void => {
    if (column !== undefined) cells[cellAddress(row, column)] = value;
  };
  put(f.ref, `${like.ref ?? "9"}x`);
  if (f.theme !== undefined) put(f.theme, like.cells.theme?.text ?? like.theme ?? "");
  put(f.action ?? f.outcome ?? f.recommendation, `${label}: agree the new approach with partners`);
  put(f.lead, "New lead officer");
  put(f.target, excelSerialFromIso(dueIso) as number);
  if (f.status !== undefined) put(f.status, "Some slippage");
  put(f.progress, "- started after the refresh");
  for (const column of Object.values(plan.columns.benefitYears)) put(column, 2500);
  return cells;
}

export function officerEdits(plan: Plan, asOf: string): NamedEdit[] {
  const sheet = plan.sheet;
  const f = plan.columns.fields;
  const actions = plan.actions;
  const first = actions[0] as PlanAction;
  const second = actions[1] ?? first;
  const third = actions[2] ?? first;
  const fourth = actions[3] ?? first;
  const mid = actions[Math.floor(actions.length / 2)] as PlanAction;
  const last = actions[actions.length - 1] as PlanAction;
  const headerRow = plan.headerRows[0] ?? plan.range.top;
  const span = `${columnLetters(plan.range.left)}${first.row}:${columnLetters(plan.range.right)}${last.row}`;
  const at = (field: keyof typeof f, action: PlanAction): string | undefined => (f[field] === undefined ? undefined : cellAddress(action.row, f[field] as number));
  const edits: NamedEdit[] = [];
  const set = (name: string, cells: Record<string, string | number>): void => {
    if (Object.keys(cells).length > 0) edits.push({ name, edits: [{ kind: "set", sheet, cells }] });
  };

  if (f.status !== undefined) set("status changed", { [at("status", third) as string]: "Major slippage", [at("status", first) as string]: "Completed" });
  if (f.target !== undefined) set("date changed", { [at("target", second) as string]: excelSerialFromIso(isoPlusDays(asOf, -20)) as number });
  if (f.target !== undefined) {
    const soon = isoPlusDays(asOf, 75);
    set("text timescale retyped", { [at("target", fourth) as string]: `${MONTHS[Number(soon.slice(5, 7)) - 1]} ${soon.slice(0, 4)}` });
  }
  const description = f.action ?? f.outcome ?? f.recommendation;
  if (description !== undefined) set("text changed", { [cellAddress(first.row, description)]: "- rewritten after the refresh" });
  if (f.lead !== undefined) set("lead changed", { [at("lead", mid) as string]: "Another officer" });
  const year = Object.values(plan.columns.benefitYears)[0];
  if (year !== undefined) set("amount changed", { [cellAddress(first.row, year)]: 77000, [cellAddress(mid.row, year)]: "(1,500)" });

  // Appended after the last action: typed into the row below, or into a row inserted there when it is taken.
  const below = last.row + 1;
  const belowTaken = plan.range.bottom > last.row;
  edits.push({
    name: "action appended after the last",
    edits: [...(belowTaken ? [{ kind: "insertRows", sheet, row: below } as const] : []), { kind: "set", sheet, cells: newActionCells(plan, last, below, isoPlusDays(asOf, -5), "Appended") }],
  });
  edits.push({
    name: "row inserted mid-plan",
    edits: [{ kind: "insertRows", sheet, row: mid.row }, { kind: "set", sheet, cells: newActionCells(plan, mid, mid.row, isoPlusDays(asOf, 10), "Inserted") }],
  });
  edits.push({ name: "row deleted", edits: [{ kind: "deleteRows", sheet, row: mid.row }] });
  edits.push({ name: "first action deleted", edits: [{ kind: "deleteRows", sheet, row: first.row }] });

  const sortable: Array<[string, number | undefined, boolean]> = [
    ["lead", f.lead, false],
    ["target date", f.target, false],
    ["status", f.status, false],
    ["ref, descending", f.ref, true],
    ["action, descending", description, true],
  ];
  for (const [label, column, descending] of sortable) {
    if (column === undefined) continue;
    edits.push({ name: `sorted by ${label}`, edits: [{ kind: "sort", sheet, range: span, by: column - plan.range.left, descending }] });
  }
  if (f.lead !== undefined && first.cells.lead) {
    edits.push({
      name: "filtered by lead",
      edits: [{ kind: "filter", sheet, range: `${columnLetters(plan.range.left)}${headerRow}:${columnLetters(plan.range.right)}${last.row}`, by: (f.lead as number) - plan.range.left, value: first.cells.lead.text }],
    });
  }
  edits.push({ name: "sheet renamed", edits: [{ kind: "rename", sheet, to: "Plan renamed" }] });
  const insertAt = f.lead ?? plan.range.left + 1;
  edits.push({ name: "column inserted", edits: [{ kind: "insertColumns", sheet, column: insertAt }] });
  const removable = f.progress ?? f.lead ?? plan.range.right;
  edits.push({ name: "column deleted", edits: [{ kind: "deleteColumns", sheet, column: removable }] });
  return edits;
}
