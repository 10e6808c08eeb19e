import type { CellValue } from "../grid/Cell.js";
import type { SheetGrid, WorkbookGrid } from "../grid/SheetGrid.js";
import { findAmountUnit, type AmountUnit } from "../parse/AmountUnit.js";
import type { IsoDate } from "../parse/IsoDate.js";
import type { Timescale } from "../parse/Timescale.js";
import { parseMoney } from "../parse/parseMoney.js";
import { findTitleDate, parseTimescale } from "../parse/parseTimescale.js";
import { chooseColumns, type ChosenColumns } from "./chooseColumns.js";
import { classifyRow, type RowContext } from "./classifyRow.js";
import { withCompletionEvidence } from "./completionEvidence.js";
import { describeColumns } from "./describeColumns.js";
import { overridesFor, type ColumnOverride } from "./ColumnOverride.js";
import { findHeaderRows, readHeaderRow, signatureOf, type HeaderRow } from "./findHeaderRows.js";
import type { ColumnMapping, FieldKey, Footnote, MappingSource, Plan, PlanAction, SourceCell } from "./Plan.js";
import { hideOwnRagColumn } from "./hideOwnRagColumn.js";
import { SheetReader } from "./SheetReader.js";
import { isMetadataLine, numberedHeadingRef, qualifySubRef, SUB_REF } from "./structureWords.js";

export interface ReadPlansOptions {
  readonly overrides?: readonly ColumnOverride[];
  /**
   * The date the plan is checked as at. Year-less timescales ("by year end", "end of March") count from
   * the plan's own date when its title states one, otherwise from this date (parse/relativeDates.ts).
   */
  readonly asOf?: IsoDate;
  /** Sheets the core must not read as plans (our own generated sheets, settings). */
  readonly skipSheet?: (sheet: SheetGrid) => boolean;
}

export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: string;
}

export interface PlansRead {
  readonly plans: Plan[];
  readonly skipped: SkippedSheet[];
}

/** How far above the first header a title may sit. */
const TITLE_SEARCH_ROWS = 8;
/** "1.1 Develop…", "19. Consider…", "3) Review…" — but not "6 weekly meetings…". */
const LEADING_REF = /^\s*(\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}(?=[.)]))[.)]?\s+(?=\S)/;
const FOOTNOTE_MARKS = /^\s*(\*{1,3})|(\*{1,3})\s*$/;

function applyOverrides(header: HeaderRow, overrides: readonly ColumnOverride[]): HeaderRow {
  if (overrides.length === 0) return header;
  const fields: Partial<Record<FieldKey, number>> = { ...header.mapping.fields };
  const benefitYears: Record<string, number> = { ...header.mapping.benefitYears };
  for (const override of overrides) {
    const claimed = new Set([...Object.values(override.fields), ...Object.values(override.benefitYears)]);
    for (const [field, column] of Object.entries(fields)) if (claimed.has(column)) delete fields[field as FieldKey];
    for (const [year, column] of Object.entries(benefitYears)) if (claimed.has(column)) delete benefitYears[year];
    Object.assign(fields, override.fields);
    Object.assign(benefitYears, override.benefitYears);
  }
  const mapping: ColumnMapping = { fields, benefitYears };
  const columns = [...Object.values(fields), ...Object.values(benefitYears)];
  return {
    ...header,
    mapping,
    signature: signatureOf(mapping),
    left: Math.min(header.left, ...columns),
    right: Math.max(header.right, ...columns),
  };
}

/** Header rows with the status, progress and completion columns chosen (chooseColumns.ts), then the officer's corrections. */
function headersFor(reader: SheetReader, overrides: readonly ColumnOverride[], chosen: Map<number, ChosenColumns>): HeaderRow[] {
  const choose = (header: HeaderRow): HeaderRow => {
    const choice = chooseColumns(reader, header);
    chosen.set(header.row, choice);
    return choice.header;
  };
  const forced = overrides.find((override) => override.headerRow !== undefined)?.headerRow;
  if (forced !== undefined) {
    const columns = reader.filledColumns(forced);
    const header: HeaderRow = readHeaderRow(reader, forced) ?? {
      row: forced,
      mapping: { fields: {}, benefitYears: {} },
      signature: "",
      headings: {},
      left: columns[0] ?? 1,
      right: columns[columns.length - 1] ?? 1,
    };
    return [applyOverrides(choose(header), overrides)];
  }
  return findHeaderRows(reader).map((header) => applyOverrides(choose(header), overrides));
}

/** Headers with the same layout are one plan repeated per theme; a new layout starts a new plan. */
function groupHeaders(headers: readonly HeaderRow[]): HeaderRow[][] {
  const groups: HeaderRow[][] = [];
  for (const header of headers) {
    const current = groups[groups.length - 1];
    if (current && current[0]?.signature === header.signature) current.push(header);
    else groups.push([header]);
  }
  return groups;
}

function singleTextCell(reader: SheetReader, row: number): string | null {
  const columns = reader.filledColumns(row);
  if (columns.length !== 1) return null;
  const source = reader.source(row, columns[0] as number);
  return source && typeof source.raw === "string" && source.text.length <= 250 ? source.text : null;
}

/** The title (topmost single-cell row) and a first theme (the single-cell row just above the header). */
function readPreamble(reader: SheetReader, headerRow: number, floor: number): { title: string | null; titleRow: number | null; section: string | null; sectionRow: number | null } {
  const found: Array<{ row: number; text: string }> = [];
  for (let row = headerRow - 1; row >= Math.max(floor, headerRow - TITLE_SEARCH_ROWS); row--) {
    if (reader.filledColumns(row).length === 0) continue;
    const text = singleTextCell(reader, row);
    if (text === null) break;
    // "Updated: 3 March 2025", "Owner: … | Reported to: …", "Version 2.1" describe the document: never a theme or the title.
    if (isMetadataLine(text)) continue;
    found.push({ row, text });
  }
  const top = found[found.length - 1];
  const nearest = found.length >= 2 ? found[0] : undefined;
  return {
    title: top?.text ?? null,
    titleRow: top?.row ?? null,
    section: nearest?.text ?? null,
    sectionRow: nearest?.row ?? null,
  };
}

/**
 * "Action plan February 2024" dates the plan itself, so a target before it is suspect; "Progress up to
 * 30 September 2018" or "… Update" dates a report on the plan, where earlier targets are normal.
 */
function planDateFrom(title: string | null): string | null {
  if (!title || /\b(update|progress|monitoring|as at|position|report|review)\b/i.test(title)) return null;
  return findTitleDate(title);
}

function readFootnote(row: number, text: string): Footnote {
  const mark = /(\*{1,3}|†|‡)/.exec(text)?.[1] ?? "*";
  const body = text.replace(/^[\s^{}•·]*(\*{1,3}|†|‡)[\s}]*/, "").trim();
  const excludesFromTotals = /not (been )?included in (the )?totals?|excluded from (the )?totals?/i.test(body);
  return {
    row,
    mark,
    text: body,
    excludesFromTotals,
    marksInMtfp: !excludesFromTotals && /\bMTFP\b|medium[\s-]term financial/i.test(body),
  };
}

function readYesNo(source: SourceCell | undefined): boolean | null {
  if (!source) return null;
  if (typeof source.raw === "boolean") return source.raw;
  const text = source.text.trim().toLowerCase();
  if (/^(y|yes|true|✓|✔|included|in mtfp)$/.test(text)) return true;
  if (/^(n|no|false|✗|new|not included)$/.test(text)) return false;
  return null;
}

/** "1.1." → "1.1", "3)" → "3"; a bracketed sub-reference "(ii)" stays whole. */
function cleanRef(text: string): string {
  const trimmed = text.trim();
  if (/^\(.*\)$/.test(trimmed)) return trimmed;
  return trimmed.replace(/[.)]$/, "").trim();
}

function refFrom(cells: Partial<Record<FieldKey, SourceCell>>): string | null {
  if (cells.ref) return cleanRef(cells.ref.text) || null;
  for (const field of ["recommendation", "outcome", "action"] as const) {
    const text = cells[field]?.text;
    if (!text) continue;
    const match = LEADING_REF.exec(text);
    if (match) return match[1] as string;
  }
  return null;
}

function marksOf(cells: Partial<Record<FieldKey, SourceCell>>): readonly string[] {
  let marks: string[] | undefined;
  for (const field of ["action", "recommendation", "outcome"] as const) {
    // Both forms need an asterisk; most cells have none, and the unanchored form would be tried at every character.
    const text = cells[field]?.text;
    const match = text !== undefined && text.includes("*") ? FOOTNOTE_MARKS.exec(text) : null;
    const mark = match?.[1] ?? match?.[2];
    if (mark) (marks ??= []).push(mark);
  }
  return marks ?? NO_MARKS;
}

/**
 * Plans repeat the same few timescales ("March 2025") hundreds of times; a Timescale is immutable,
 * so one parse serves every cell with the same text.
 */
class TimescaleMemo {
  private readonly byText = new Map<string, Timescale>();

  constructor(private readonly reference: IsoDate | null) {}

  parse(raw: CellValue): Timescale {
    if (typeof raw !== "string") return parseTimescale(raw);
    let timescale = this.byText.get(raw);
    if (timescale === undefined) {
      timescale = parseTimescale(raw, { reference: this.reference });
      this.byText.set(raw, timescale);
    }
    return timescale;
  }
}

interface BlockState {
  readonly timescales: TimescaleMemo;
  /** Pounds per unit of each amount column (1000 for £000). */
  readonly unitScales: ReadonlyMap<number, number>;
  section: string | null;
  carriedTheme: string | null;
  carriedRecommendation: string | null;
  /** The reference sub-references restart under ("R3" for "(ii)"): a heading row's, or the last main action's. */
  parentRef: string | null;
}

/** A mapping's fields and benefit years as lists, worked out once per table rather than once per row. */
const mappingEntries = new WeakMap<ColumnMapping, { fields: Array<[string, number]>; benefitYears: Array<[string, number]> }>();

function entriesOf(mapping: ColumnMapping): { fields: Array<[string, number]>; benefitYears: Array<[string, number]> } {
  let entries = mappingEntries.get(mapping);
  if (entries === undefined) {
    entries = { fields: Object.entries(mapping.fields), benefitYears: Object.entries(mapping.benefitYears) };
    mappingEntries.set(mapping, entries);
  }
  return entries;
}

/** Shared by every action of a plan without benefit years, or without footnote marks: never written to. */
const NO_BENEFIT_CELLS: Readonly<Record<string, SourceCell>> = Object.freeze({});
const NO_BENEFITS: Readonly<Record<string, ReturnType<typeof parseMoney>>> = Object.freeze({});
const NO_MARKS: readonly string[] = Object.freeze([]);

function readAction(reader: SheetReader, mapping: ColumnMapping, row: number, state: BlockState): PlanAction {
  const { fields, benefitYears } = entriesOf(mapping);
  const cells: Partial<Record<FieldKey, SourceCell>> = {};
  for (const [field, column] of fields) {
    const source = reader.source(row, column);
    if (source) cells[field as FieldKey] = source;
  }
  if (benefitYears.length === 0) return actionOf(mapping, row, state, cells, NO_BENEFIT_CELLS, NO_BENEFITS);
  const benefitCells: Record<string, SourceCell> = {};
  const benefits: Record<string, ReturnType<typeof parseMoney>> = {};
  for (const [year, column] of benefitYears) {
    const source = reader.source(row, column);
    if (source) benefitCells[year] = source;
    benefits[year] = parseMoney(source?.raw ?? null, state.unitScales.get(column));
  }
  return actionOf(mapping, row, state, cells, benefitCells, benefits);
}

function actionOf(
  mapping: ColumnMapping,
  row: number,
  state: BlockState,
  cells: Partial<Record<FieldKey, SourceCell>>,
  benefitCells: Readonly<Record<string, SourceCell>>,
  benefits: Readonly<Record<string, ReturnType<typeof parseMoney>>>,
): PlanAction {
  if (cells.theme) state.carriedTheme = cells.theme.text;
  if (cells.recommendation) state.carriedRecommendation = cells.recommendation.text;
  const theme = mapping.fields.theme !== undefined ? state.carriedTheme : state.section;
  const writtenRef = refFrom(cells);
  let ref = writtenRef;
  // A sub-reference is printed whole, as written ("a.", "(ii)"), after its parent's.
  if (writtenRef !== null && SUB_REF.test(writtenRef)) ref = state.parentRef !== null ? qualifySubRef(state.parentRef, cells.ref?.text.trim() || writtenRef) : writtenRef;
  else if (writtenRef !== null) state.parentRef = writtenRef;
  return {
    row,
    ref,
    theme,
    cells,
    benefitCells,
    target: mapping.fields.target !== undefined ? state.timescales.parse(cells.target?.raw ?? null) : null,
    revisedTarget: mapping.fields.revisedTarget !== undefined ? state.timescales.parse(cells.revisedTarget?.raw ?? null) : null,
    status: cells.status?.text || null,
    investment: mapping.fields.investment !== undefined ? parseMoney(cells.investment?.raw ?? null, state.unitScales.get(mapping.fields.investment)) : null,
    benefits,
    inMtfp: readYesNo(cells.inMtfp),
    footnoteMarks: marksOf(cells),
  };
}

/** Footnotes below a table ("** … incorporated into MTFP figures") say which marked rows are in the MTFP. */
function applyFootnotes(actions: PlanAction[], footnotes: readonly Footnote[], mapping: ColumnMapping): PlanAction[] {
  if (mapping.fields.inMtfp !== undefined) return actions;
  const mtfpMarks = new Set(footnotes.filter((note) => note.marksInMtfp).map((note) => note.mark));
  if (mtfpMarks.size === 0) return actions;
  return actions.map((action) => ({ ...action, inMtfp: action.footnoteMarks.some((mark) => mtfpMarks.has(mark)) }));
}

/** Fields whose absence, on a row followed by its sub-actions, makes the row a heading rather than an action. */
const HEADING_BLOCKERS: readonly FieldKey[] = ["lead", "target", "revisedTarget", "status"];
/** How far below a heading row its first sub-action may sit (blank rows between). */
const HEADING_LOOKAHEAD = 4;
/** Rows below the plan's last row that a row of text alone may be and still continue it (one blank row between). */
const CONTINUATION_REACH = 2;

/** A theme column filled on at least this share of actions names each row's theme; blanks are then gaps, not "same as above". */
const EVERY_ROW_THEMED_SHARE = 0.75;

function cellsOf(reader: SheetReader, mapping: ColumnMapping, row: number): Partial<Record<FieldKey, SourceCell>> {
  const cells: Partial<Record<FieldKey, SourceCell>> = {};
  for (const [field, column] of Object.entries(mapping.fields)) {
    const source = reader.source(row, column);
    if (source) cells[field as FieldKey] = source;
  }
  return cells;
}

/**
 * A recommendation heading: a row with no lead, date or status whose next row is one of its
 * sub-actions ("(i)", "a.", or "3.1" under "3") and has them. Its text is a theme, its ref the parent.
 */
function readHeadingRow(context: RowContext, row: number, regionEnd: number): { text: string; ref: string | null } | null {
  const { reader, mapping } = context;
  let blockers = 0;
  for (const field of HEADING_BLOCKERS) {
    const column = mapping.fields[field];
    if (column === undefined) continue;
    if (reader.source(row, column) !== undefined) return null; // the common case: an action with its lead or date
    blockers++;
  }
  if (blockers === 0) return null;
  const cells = cellsOf(reader, mapping, row);
  const amountColumns = [...Object.values(mapping.benefitYears), mapping.fields.investment, mapping.fields.benefitTotal];
  if (amountColumns.some((column) => column !== undefined && reader.source(row, column) !== undefined)) return null;
  const text = (cells.recommendation ?? cells.theme ?? cells.action ?? cells.outcome)?.text;
  if (!text || text.length > 250) return null;
  const ref = refFrom(cells) ?? numberedHeadingRef(text);
  for (let next = row + 1; next <= Math.min(regionEnd, row + HEADING_LOOKAHEAD); next++) {
    const kind = classifyRow(context, next);
    if (kind === "blank") continue;
    if (kind !== "action") return null;
    const nextCells = cellsOf(reader, mapping, next);
    if (!HEADING_BLOCKERS.some((field) => nextCells[field] !== undefined)) return null;
    const nextRef = refFrom(nextCells);
    if (nextRef === null) return null;
    const isSub = SUB_REF.test(nextRef) || (ref !== null && nextRef.startsWith(`${ref}.`) && nextRef.length > ref.length + 1);
    return isSub ? { text, ref } : null;
  }
  return null;
}

/** The unit each amount column is in: its own heading (caption included), else a line above the table. */
function readAmountUnits(reader: SheetReader, header: HeaderRow, regionStart: number): Record<number, AmountUnit> {
  const { mapping } = header;
  const columns = [...Object.values(mapping.benefitYears), mapping.fields.investment, mapping.fields.benefitTotal].filter((c): c is number => c !== undefined);
  const units: Record<number, AmountUnit> = {};
  if (columns.length === 0) return units;
  let documentUnit: AmountUnit | null = null;
  const top = header.captionRow ?? header.row;
  for (let row = top - 1; row >= Math.max(regionStart, top - TITLE_SEARCH_ROWS) && documentUnit === null; row--) {
    for (const column of reader.filledColumns(row)) {
      const source = reader.source(row, column);
      if (source && typeof source.raw === "string") documentUnit = findAmountUnit(source.text);
      if (documentUnit) break;
    }
  }
  for (const column of columns) {
    const heading = header.headings[column];
    const unit = (heading !== undefined ? findAmountUnit(heading) : null) ?? documentUnit;
    if (unit) units[column] = unit;
  }
  return units;
}

/**
 * Themes after the whole block is read. A theme column filled on (nearly) every row names each row's
 * theme — plans sorted by date or lead interleave themes — so a blank there is flagged, not carried
 * down from an unrelated row. With no theme column and no theme rows, the recommendation groups.
 */
/** Whether the theme column names each action's theme on its own row (see {@link EVERY_ROW_THEMED_SHARE}). */
function themeOnEveryRow(actions: readonly PlanAction[], carriedFromCell: readonly boolean[], mapping: ColumnMapping): boolean {
  if (mapping.fields.theme === undefined) return false;
  const named = actions.filter((action) => action.cells.theme !== undefined).length;
  const carried = actions.filter((_, i) => carriedFromCell[i]).length;
  return named >= 3 && named / (named + carried) >= EVERY_ROW_THEMED_SHARE;
}

/**
 * One spelling per theme: "Housing" and "housing" typed on different rows are one theme, as the
 * sheets' COUNTIF and MATCH (which ignore case) count them; the first spelling in the plan names it.
 */
function sameThemeSpelling(actions: PlanAction[]): PlanAction[] {
  const first = new Map<string, string>();
  return actions.map((action) => {
    if (action.theme === null) return action;
    const key = action.theme.toLowerCase();
    const spelling = first.get(key);
    if (spelling === undefined) {
      first.set(key, action.theme);
      return action;
    }
    return spelling === action.theme ? action : { ...action, theme: spelling };
  });
}

function settleThemes(actions: PlanAction[], carriedFromCell: readonly boolean[], mapping: ColumnMapping, hasThemeRows: boolean): PlanAction[] {
  if (mapping.fields.theme !== undefined) {
    if (!themeOnEveryRow(actions, carriedFromCell, mapping)) return actions;
    return actions.map((action, i) => (carriedFromCell[i] ? { ...action, theme: null, themeMissing: true as const } : action));
  }
  if (!hasThemeRows && mapping.fields.recommendation !== undefined) {
    let carried: string | null = null;
    return actions.map((action) => {
      carried = action.cells.recommendation?.text ?? carried;
      return { ...action, theme: carried };
    });
  }
  return actions;
}

function readPlanBlock(
  reader: SheetReader,
  headers: readonly HeaderRow[],
  regionStart: number,
  regionEnd: number,
  mappingSource: MappingSource,
  asOf: IsoDate | null,
): Plan | null {
  const first = headers[0] as HeaderRow;
  const { mapping } = first;
  const headerRows = new Set(headers.flatMap((header) => (header.captionRow !== undefined ? [header.captionRow, header.row] : [header.row])));
  const headerCells = reader.filledColumns(first.row).map((column) => [column, reader.text(first.row, column)] as const);
  const sameAsHeader = (row: number): boolean => {
    if (reader.filledColumns(row).length !== headerCells.length) return false;
    for (const [column, text] of headerCells) if (reader.text(row, column) !== text) return false;
    return true;
  };
  const context: RowContext = {
    reader,
    mapping,
    headerSignature: first.signature,
    left: Math.min(...headers.map((header) => header.left)),
    right: Math.max(...headers.map((header) => header.right)),
    isRepeatedHeader: (row) => headerRows.has(row) || sameAsHeader(row),
  };
  const amountUnits = readAmountUnits(reader, first, regionStart);
  const preamble = readPreamble(reader, first.captionRow ?? first.row, regionStart);
  const planDate = planDateFrom(preamble.title);
  const state: BlockState = {
    timescales: new TimescaleMemo(planDate ?? asOf),
    unitScales: new Map(Object.entries(amountUnits).map(([column, unit]) => [Number(column), unit.scale])),
    section: preamble.section,
    carriedTheme: null,
    carriedRecommendation: null,
    parentRef: null,
  };
  const actions: PlanAction[] = [];
  const carriedFromCell: boolean[] = [];
  const themeRows: number[] = preamble.sectionRow !== null ? [preamble.sectionRow] : [];
  const totalsRows: number[] = [];
  const footnotes: Footnote[] = [];
  let lastRow = first.row;
  let ended = false;
  /** The theme in force came from a theme cell of an earlier action (not a theme row). */
  let themeFromCell = false;

  const startSection = (row: number, text: string): void => {
    state.section = text;
    if (mapping.fields.theme !== undefined) state.carriedTheme = text;
    themeFromCell = false;
    themeRows.push(row);
  };

  for (let row = first.row + 1; row <= regionEnd; row++) {
    const kind = classifyRow(context, row);
    if (kind === "blank" || kind === "header") continue;
    if (kind === "footnote") {
      footnotes.push(readFootnote(row, reader.text(row, reader.filledColumns(row)[0] as number)));
      continue;
    }
    if (ended) continue;
    // Text alone that belongs to the action above sits right under it (a cell split across a page,
    // at most one blank row between). Far below, it is a stray note, not part of the plan: it must not
    // stretch the plan's range (a note in row 1,048,576 would otherwise make the plan a million rows).
    if (kind === "continuation" && row - lastRow > CONTINUATION_REACH) continue;
    lastRow = row;
    switch (kind) {
      case "grandTotal":
        totalsRows.push(row);
        ended = true;
        break;
      case "subtotal":
        totalsRows.push(row);
        break;
      case "section": {
        const text = singleTextCell(reader, row);
        if (text !== null && isMetadataLine(text)) break;
        startSection(row, text ?? state.section ?? "");
        break;
      }
      case "continuation":
        break;
      case "action": {
        const heading = readHeadingRow(context, row, regionEnd);
        if (heading) {
          startSection(row, heading.text);
          state.parentRef = heading.ref;
          break;
        }
        const hasThemeCell = mapping.fields.theme !== undefined && reader.source(row, mapping.fields.theme) !== undefined;
        carriedFromCell.push(!hasThemeCell && themeFromCell);
        if (hasThemeCell) themeFromCell = true;
        actions.push(readAction(reader, mapping, row, state));
        break;
      }
    }
  }
  if (actions.length === 0) return null;

  const settled = sameThemeSpelling(settleThemes(actions, carriedFromCell, mapping, themeRows.length > 0));
  const themes = new Set<string>();
  for (const action of settled) if (action.theme) themes.add(action.theme);
  return {
    sheet: reader.sheet.name,
    range: { top: preamble.titleRow ?? first.captionRow ?? first.row, left: context.left, bottom: lastRow, right: context.right },
    title: preamble.title,
    planDate,
    headerRows: [...headerRows].sort((a, b) => a - b),
    columns: mapping,
    columnHeadings: first.headings,
    amountUnits,
    mappingSource,
    themes: [...themes],
    themeRows,
    ...(themeOnEveryRow(actions, carriedFromCell, mapping) ? { themeOnEveryRow: true } : {}),
    totalsRows,
    footnotes,
    actions: applyFootnotes(settled, footnotes, mapping),
  };
}

export function readSheetPlans(sheet: SheetGrid, overrides: readonly ColumnOverride[] = [], asOf: IsoDate | null = null): Plan[] {
  const reader = new SheetReader(hideOwnRagColumn(sheet));
  const sheetOverrides = overridesFor(sheet.name, overrides);
  const chosen = new Map<number, ChosenColumns>();
  const groups = groupHeaders(headersFor(reader, sheetOverrides, chosen));
  const mappingSource: MappingSource = sheetOverrides.length > 0 ? "option" : "detected";
  const plans: Plan[] = [];
  groups.forEach((headers, index) => {
    const next = groups[index + 1]?.[0];
    const regionStart = index === 0 ? 1 : (plans[plans.length - 1]?.range.bottom ?? 0) + 1;
    const regionEnd = next ? (next.captionRow ?? next.row) - 1 : reader.rowCount;
    const plan = readPlanBlock(reader, headers, regionStart, regionEnd, mappingSource, asOf);
    if (!plan) return;
    const choice = chosen.get((headers[0] as HeaderRow).row);
    const evidenced = withCompletionEvidence(plan, reader, choice?.completion ?? {});
    const described = describeColumns(evidenced, reader, choice, (headers[0] as HeaderRow).setAside ?? []);
    plans.push({ ...evidenced, columnChoices: described.choices, ...(described.unmapped.length > 0 ? { headingsSetAside: described.unmapped } : {}) });
  });
  return plans;
}

/** Finds every plan on every sheet. A sheet with no recognisable plan is listed with the reason. */
export function readPlans(workbook: WorkbookGrid, options: ReadPlansOptions = {}): PlansRead {
  const plans: Plan[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of workbook.sheets) {
    if (options.skipSheet?.(sheet)) continue;
    if (sheet.visibility !== "visible") {
      skipped.push({ sheet: sheet.name, reason: "the sheet is hidden" });
      continue;
    }
    if (sheet.rowCount === 0) {
      skipped.push({ sheet: sheet.name, reason: "the sheet is empty" });
      continue;
    }
    const found = readSheetPlans(sheet, options.overrides, options.asOf ?? null);
    if (found.length === 0) skipped.push({ sheet: sheet.name, reason: "no header row with plan columns (such as Action, Lead, Target date, Status) was found" });
    plans.push(...found);
  }
  return { plans, skipped };
}
