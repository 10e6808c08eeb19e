/**
 * The committee table: one sheet per plan, every action under its theme's heading, print-ready
 * (A4 landscape, one page wide, header row on every page, "As at" and "Page N of M" in the footer).
 *
 * Why one sheet per plan with a section per theme, rather than a sheet per theme: seed 002 has ten
 * themes of three to twelve actions — ten tabs would be ten print jobs and ten part-empty pages.
 * One sheet prints as one document, the header repeats on every page, and each theme starts with a
 * coloured heading bar, as in the committee papers the seeds come from.
 *
 * Right of the printed columns (outside the print area) are the working columns the live RAG is
 * computed from — visible, so an officer can see why an action is Red:
 * - due dates read from text ("Dec 2018" → 31/12/2018), written as dates with the note "Due dates
 *   read from text on <refreshed at>", used only while the officer's cell is not a real date;
 * - the original and current due dates (`IF(ISNUMBER(plan cell),INT(plan cell),read from text)`);
 * - the state (Complete / Not started / Open) and the RAG the status word stands for, looked up in a
 *   small table of the status words in play (from the settings and the vocabulary) beside them.
 * The summary counts overdue actions and mismatches over these columns.
 */
import { columnLetters, type CellRange } from "../grid/Address.js";
import type { SheetGrid } from "../grid/SheetGrid.js";
import { excelSerialFromIso } from "../parse/dates.js";
import type { IsoDate } from "../parse/IsoDate.js";
import { declaredLookupFormula, dueFormula, lookupValue, ragFormula, severityFromCell, stateLookupFormula } from "../rag/ragFormula.js";
import { SCALE_VALUES } from "../rag/RagValue.js";
import { ragStyleMap } from "../rag/ragStyles.js";
import {
  SheetSpecBuilder,
  blank,
  committeePrintSetup,
  date,
  formula,
  text,
  ukDate,
  wrappedLineCount,
  type CellSpec,
  type SheetSpec,
} from "../sheets/SheetSpec.js";
import {
  canReadLive,
  committeeColumns,
  dateDisplayCell,
  holdsDate,
  planCellRef,
  statusDisplayCell,
  textCell,
  type ColumnKind,
  type PrintedColumn,
} from "./actionCells.js";
import type { ActionAssessment, PlanAnalysis } from "./planAnalysis.js";
import { REPORT_TAB, STYLE, withReportStyles } from "./sheetStyles.js";

export const COMMITTEE_HEADER_ROW = 4;
export const COMMITTEE_FIRST_ROW = 5;

/** Working columns, in order; those a plan does not need are left out. */
type WorkingKind = "originalRead" | "revisedRead" | "originalDue" | "currentDue" | "state" | "declared";

const WORKING_HEADERS: Readonly<Record<WorkingKind, string>> = {
  originalRead: "Original due read from text",
  revisedRead: "Revised due read from text",
  originalDue: "Original due",
  currentDue: "Current due (revised, else original)",
  state: "State",
  declared: "RAG the status stands for",
};

export interface RefreshContext {
  readonly asOf: IsoDate;
  readonly refreshedAt: string;
  /** Absolute reference to the Summary's as-at cell, which every RAG formula compares with. */
  readonly asAtRef: string;
}

/** Where things are on a committee sheet, for the formulas of the summary and the exceptions. */
export interface CommitteeTable {
  readonly spec: SheetSpec;
  readonly analysis: PlanAnalysis;
  /** Plan row → committee row. */
  readonly rowOf: ReadonlyMap<number, number>;
  /** Column letters. `status`/`declared` only when the plan has a status column; dues only with a target column. */
  readonly letters: { readonly rag: string; readonly state: string; readonly status?: string; readonly declared?: string; readonly originalDue?: string; readonly currentDue?: string; readonly original?: string; readonly revised?: string };
  /** Committee rows of each theme section (a theme split in two runs has two). */
  readonly sections: ReadonlyArray<{ readonly theme: string | null; readonly first: number; readonly last: number }>;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** `'PT Committee'!$G$5:$G$70`-style reference to a column of the table over its data rows. */
export function committeeRange(table: CommitteeTable, letter: string, first = table.firstRow, last = table.lastRow): string {
  return `${quote(table.spec.name)}!$${letter}$${first}:$${letter}$${last}`;
}

/** Absolute reference to one cell of the table. */
export function committeeCell(table: CommitteeTable, letter: string, row: number): string {
  return `${quote(table.spec.name)}!$${letter}$${row}`;
}

function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function serialOrBlank(iso: IsoDate | null): number | string {
  return iso === null ? "" : (excelSerialFromIso(iso) as number);
}

/** Height of a merged, wrapped heading across `width` characters. */
export function mergedRowHeight(value: string, width: number, bold = true): number | undefined {
  const lines = wrappedLineCount(value, width, bold ? 0.97 : 0.9);
  return lines <= 1 ? undefined : Math.min(409, Math.ceil(lines * 15 + 2));
}

export function buildCommitteeSheet(analysis: PlanAnalysis, sheetName: string, officerSheet: SheetGrid | undefined, context: RefreshContext): CommitteeTable {
  const { plan, context: rag } = analysis;
  const rules = rag.rules;
  const printed = committeeColumns(plan, officerSheet);
  const hasTarget = plan.columns.fields.target !== undefined;
  const hasRevised = plan.columns.fields.revisedTarget !== undefined;
  const hasStatus = rag.hasStatus;
  const working: WorkingKind[] = [
    ...(hasTarget ? (["originalRead"] as const) : []),
    ...(hasRevised ? (["revisedRead"] as const) : []),
    ...(hasTarget ? (["originalDue"] as const) : []),
    ...(hasRevised ? (["currentDue"] as const) : []),
    "state",
    ...(hasStatus ? (["declared"] as const) : []),
  ];
  const printedLetter = (kind: ColumnKind): string | undefined => {
    const index = printed.findIndex((column) => column.kind === kind);
    return index < 0 ? undefined : columnLetters(index + 1);
  };
  const firstWorking = printed.length + 2;
  const workingLetter = (kind: WorkingKind): string | undefined => {
    const index = working.indexOf(kind);
    return index < 0 ? undefined : columnLetters(firstWorking + index);
  };
  const L = {
    rag: printedLetter("rag") as string,
    status: printedLetter("status"),
    original: printedLetter("original"),
    revised: printedLetter("revised"),
    originalRead: workingLetter("originalRead"),
    revisedRead: workingLetter("revisedRead"),
    originalDue: workingLetter("originalDue"),
    currentDue: workingLetter("currentDue") ?? workingLetter("originalDue"),
    state: workingLetter("state") as string,
    declared: workingLetter("declared"),
  };
  const printedWidth = printed.reduce((sum, column) => sum + column.width, 0);

  const b = withReportStyles(new SheetSpecBuilder(sheetName, "committee")).tabColor(REPORT_TAB);
  printed.forEach((column, i) => b.column(i + 1, { width: column.width }));
  b.column(printed.length + 1, { width: 3 });
  working.forEach((kind, i) => b.column(firstWorking + i, { width: kind === "state" ? 11 : 13 }));
  const words = hasStatus ? writeStatusWords(b, analysis, firstWorking + working.length + 1) : null;

  const title = plan.title ?? plan.sheet;
  b.row(2, [text(title, STYLE.title)]);
  const amber = rules.amberDays;
  b.row(3, [
    text(
      `As at ${ukDate(context.asOf)}. RAG: ${SCALE_VALUES[rules.scale].includes("Blue") ? "Blue = complete; otherwise " : ""}the worse of what the status says and what the dates say (Red = past due, Amber = due within ${amber} days); Grey = not started or no data.`,
      STYLE.subtitle,
    ),
  ]);
  const workingNote = hasTarget ? `Due dates read from text on ${context.refreshedAt}. ` : "";
  b.cell(3, firstWorking, text(`${workingNote}Working columns for the RAG (not printed).`, STYLE.note));
  b.row(COMMITTEE_HEADER_ROW, printed.map((column) => text(column.header, STYLE.header)));
  working.forEach((kind, i) => b.cell(COMMITTEE_HEADER_ROW, firstWorking + i, text(WORKING_HEADERS[kind], STYLE.workingHeader)));

  const rowOf = new Map<number, number>();
  const sections: Array<{ theme: string | null; first: number; last: number }> = [];
  let row = COMMITTEE_FIRST_ROW;
  for (const run of analysis.runs) {
    if (analysis.hasThemes) {
      const heading = run.theme ?? "No theme";
      b.row(row, [text(heading, STYLE.theme), ...printed.slice(1).map(() => blank(STYLE.theme))]);
      if (printed.length > 1) b.merge({ top: row, left: 1, bottom: row, right: printed.length });
      const height = mergedRowHeight(heading, printedWidth);
      if (height !== undefined) b.rowHeight(row, height);
      row++;
    }
    const first = row;
    for (const assessment of run.actions) {
      rowOf.set(assessment.action.row, row);
      writeActionRow(b, row, assessment, analysis, printed, L, firstWorking, working, context, words);
      row++;
    }
    sections.push({ theme: run.theme, first, last: row - 1 });
  }
  const lastRow = Math.max(row - 1, COMMITTEE_FIRST_ROW);

  if (analysis.actions.length > 0) {
    const ragRange: CellRange = { top: COMMITTEE_FIRST_ROW, left: printed.findIndex((c) => c.kind === "rag") + 1, bottom: lastRow, right: printed.findIndex((c) => c.kind === "rag") + 1 };
    b.ragFormats(ragRange, ragStyleMap());
    if (L.declared) {
      const column = firstWorking + working.indexOf("declared");
      b.ragFormats({ top: COMMITTEE_FIRST_ROW, left: column, bottom: lastRow, right: column }, ragStyleMap());
    }
  }
  b.freeze(COMMITTEE_HEADER_ROW);
  b.print({
    ...committeePrintSetup({ asAt: context.asOf, titleRows: { first: COMMITTEE_HEADER_ROW, last: COMMITTEE_HEADER_ROW }, title: title.length > 80 ? `${title.slice(0, 79)}…` : title }),
    printArea: { top: 2, left: 1, bottom: lastRow, right: printed.length },
  });

  return {
    spec: b.build(),
    analysis,
    rowOf,
    letters: {
      rag: L.rag,
      state: L.state,
      ...(L.status ? { status: L.status } : {}),
      ...(L.declared ? { declared: L.declared } : {}),
      ...(L.originalDue ? { originalDue: L.originalDue } : {}),
      ...(L.currentDue ? { currentDue: L.currentDue } : {}),
      ...(L.original ? { original: L.original } : {}),
      ...(L.revised ? { revised: L.revised } : {}),
    },
    sections,
    firstRow: COMMITTEE_FIRST_ROW,
    lastRow,
  };
}

interface Letters {
  readonly rag: string;
  readonly status: string | undefined;
  readonly originalRead: string | undefined;
  readonly revisedRead: string | undefined;
  readonly originalDue: string | undefined;
  readonly currentDue: string | undefined;
  readonly state: string;
  readonly declared: string | undefined;
}

function writeActionRow(
  b: SheetSpecBuilder,
  row: number,
  assessment: ActionAssessment,
  analysis: PlanAnalysis,
  printed: readonly PrintedColumn[],
  L: Letters,
  firstWorking: number,
  working: readonly WorkingKind[],
  context: RefreshContext,
  words: StatusWordsTable | null,
): void {
  const { plan, context: rag } = analysis;
  const { action, facts } = assessment;
  const rules = rag.rules;
  const at = (letter: string | undefined): string => `$${letter as string}${row}`;

  const cells: CellSpec[] = printed.map((column) => {
    switch (column.kind) {
      case "original":
        return dateDisplayCell(plan, action.cells.target);
      case "revised":
        return dateDisplayCell(plan, action.cells.revisedTarget);
      case "status":
        return statusDisplayCell(plan, action, assessment);
      case "rag":
        return formula(
          ragFormula(
            {
              complete: `${at(L.state)}="Complete"`,
              notStarted: rag.hasStatus ? `${at(L.state)}="Not started"` : false,
              due: L.originalDue === undefined ? null : at(rules.date === "original" ? L.originalDue : L.currentDue),
              statusSeverity: L.declared ? severityFromCell(at(L.declared)) : "0",
              asAt: context.asAtRef,
            },
            rules,
          ),
          assessment.rag,
          STYLE.rag,
        );
      default:
        return textCell(plan, action, column.kind);
    }
  });
  b.row(row, cells);

  const target = action.cells.target;
  const revised = action.cells.revisedTarget;
  const originalRead = !holdsDate(target?.raw) ? facts.originalDue : null;
  const revisedRead = !holdsDate(revised?.raw) ? (action.revisedTarget?.due ?? null) : null;
  const liveRef = (source: typeof target, field: "target" | "revisedTarget"): string | null =>
    canReadLive(source?.raw) ? planCellRef(plan, action.row, plan.columns.fields[field] as number) : null;

  working.forEach((kind, i) => {
    const column = firstWorking + i;
    switch (kind) {
      case "originalRead":
        b.cell(row, column, originalRead === null ? blank(STYLE.working) : date(originalRead, STYLE.parsedDate));
        break;
      case "revisedRead":
        b.cell(row, column, revisedRead === null ? blank(STYLE.working) : date(revisedRead, STYLE.parsedDate));
        break;
      case "originalDue":
        b.cell(row, column, formula(dueFormula(liveRef(target, "target"), originalRead === null ? '""' : at(L.originalRead)), serialOrBlank(facts.originalDue), STYLE.date));
        break;
      case "currentDue":
        b.cell(
          row,
          column,
          formula(dueFormula(liveRef(revised, "revisedTarget"), revisedRead === null ? at(L.originalDue) : at(L.revisedRead)), serialOrBlank(facts.currentDue), STYLE.date),
        );
        break;
      case "state":
        b.cell(
          row,
          column,
          facts.completeByText
            ? text("Complete", STYLE.working)
            : facts.declaredFromFill
              ? text(facts.state, STYLE.working)
              : words
              ? formula(stateLookupFormula(lookupValue(at(L.status), words.escape), words.range), facts.state, STYLE.working)
              : text(facts.state, STYLE.working),
        );
        break;
      case "declared":
        if (facts.declaredFromFill) b.cell(row, column, text(facts.declared ?? "", STYLE.rag));
        else if (words) b.cell(row, column, formula(declaredLookupFormula(lookupValue(at(L.status), words.escape), words.range), facts.declared ?? "", STYLE.rag));
        break;
    }
  });
}

/** Where the status-word lookup table is, and whether statuses need their wildcards escaped. */
interface StatusWordsTable {
  /** Absolute range of the table's rows, e.g. `$R$5:$T$19`. */
  readonly range: string;
  readonly escape: boolean;
}

/** Writes the status words in play (word | state | RAG) from column `left`, rows from the first data row. */
function writeStatusWords(b: SheetSpecBuilder, analysis: PlanAnalysis, left: number): StatusWordsTable {
  const table = analysis.context.words.table;
  b.column(left - 1, { width: 3 });
  [16, 11, 11].forEach((width, i) => b.column(left + i, { width }));
  b.cell(COMMITTEE_HEADER_ROW - 1, left, text("Status words, from the settings: what each means.", STYLE.note));
  ["Status word", "State", "RAG it stands for"].forEach((header, i) => b.cell(COMMITTEE_HEADER_ROW, left + i, text(header, STYLE.workingHeader)));
  table.forEach((entry, i) => {
    const row = COMMITTEE_FIRST_ROW + i;
    b.cell(row, left, text(entry.word, STYLE.working));
    b.cell(row, left + 1, text(entry.state, STYLE.working));
    b.cell(row, left + 2, entry.declared === null ? blank(STYLE.working) : text(entry.declared, STYLE.rag));
  });
  const last = COMMITTEE_FIRST_ROW + Math.max(table.length, 1) - 1;
  b.ragFormats({ top: COMMITTEE_FIRST_ROW, left: left + 2, bottom: last, right: left + 2 }, ragStyleMap());
  return {
    range: `$${columnLetters(left)}$${COMMITTEE_FIRST_ROW}:$${columnLetters(left + 2)}$${last}`,
    escape: analysis.actions.some((a) => /[*?~]/.test(a.facts.status)),
  };
}
