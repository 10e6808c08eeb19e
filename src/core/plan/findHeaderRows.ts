import { columnLetters, type CellRange } from "../grid/Address.js";
import { findAmountUnit } from "../parse/AmountUnit.js";
import { matchHeader, normaliseHeader, themeHeadingRank, type HeaderMatch } from "./headerSynonyms.js";
import type { ColumnMapping, FieldKey } from "./Plan.js";
import type { SetAsideHeading } from "./ColumnChoice.js";
import { FIELD_LABELS } from "./fieldLabels.js";
import type { SheetReader } from "./SheetReader.js";

export interface HeaderRow {
  /** The row of the headings the data sits under (the lower row of a two-row header). */
  readonly row: number;
  readonly mapping: ColumnMapping;
  /** Identifies the layout: a header repeated for each theme has the same signature. */
  readonly signature: string;
  readonly left: number;
  readonly right: number;
  /**
   * The caption row of a two-row header ("Dates" merged over "Original | Revised"), or undefined.
   * It is part of the header: never a theme or an action.
   */
  readonly captionRow?: number;
  /** Each mapped column's heading as read, caption first ("Benefits £k 2024/25"): units and periods live here. */
  readonly headings: Readonly<Record<number, string>>;
  /** Headings that could have named a field but were set aside, with why (reported, and offered in the pane). */
  readonly setAside?: readonly SetAsideHeading[];
}

/** A start date heading ("Start Date", "Date started", "Start"): never a target, but worth saying so. */
const START_DATE = /^(?:(?:planned |actual )?start(?:ing)?(?: date)?|date started|commencement date|begin(?:ning)? date)$/;

/** Without one of these a row of known words (e.g. "Status | Total") is a small summary, not a plan. */
const ANCHOR_FIELDS: readonly FieldKey[] = ["action", "recommendation", "outcome", "ref", "theme"];
const MAX_HEADER_CELL_LENGTH = 60;
/** Most cells of a header name a column; a data row of short words rarely does. */
const MIN_MATCHED_SHARE = 0.6;
/** Before cleaning: allows for HTML markup around a short heading, and rejects most data rows cheaply. */
const MAX_RAW_HEADER_LENGTH = 300;
/**
 * Columns left empty between the plan and a block beside it (a key, a count table). One empty column
 * may be a spacer inside the plan, so it splits only when the block beside would clash with the plan.
 */
const SIDE_BLOCK_GAP = 2;
/** Rows below the header looked at to tell a High/Medium/Low "Priority" from a priority theme. */
const PRIORITY_SAMPLE_ROWS = 40;
/** Values of a priority rating, not a theme: High/Medium/Low, H/M/L, 1–4, P1–P4, Critical. */
const PRIORITY_RATING = /^(?:high|medium|med|low|h|m|l|critical|urgent|very high|very low|(?:p|priority\s*)?[1-4]|(?:high|medium|low)\s*(?:priority|risk)?)$/i;

export function signatureOf(mapping: ColumnMapping): string {
  const fields = Object.entries(mapping.fields)
    .map(([field, column]) => `${field}=${column}`)
    .sort();
  const years = Object.entries(mapping.benefitYears)
    .map(([year, column]) => `${year}=${column}`)
    .sort();
  return [...fields, ...years].join(",");
}

/** One heading cell: its column, what it says, and the caption merged over it in the row above. */
interface HeadingCell {
  readonly column: number;
  /** Last column the heading covers (a heading merged across columns). */
  readonly extent: number;
  readonly text: string;
  readonly caption?: string;
}

/** Merges one row high and more than one column wide, by row: the captions of two-row headers. */
const captionMergesBySheet = new WeakMap<object, Map<number, CellRange[]>>();

function captionMergesOn(reader: SheetReader, row: number): readonly CellRange[] {
  let byRow = captionMergesBySheet.get(reader.sheet);
  if (byRow === undefined) {
    byRow = new Map();
    for (const merge of reader.sheet.merges) {
      if (merge.top !== merge.bottom || merge.right <= merge.left) continue;
      const list = byRow.get(merge.top);
      if (list) list.push(merge);
      else byRow.set(merge.top, [merge]);
    }
    captionMergesBySheet.set(reader.sheet, byRow);
  }
  return byRow.get(row) ?? [];
}

/** Short text in every filled cell of the given columns (a header); numbers or long text mean data. */
function shortTextCells(reader: SheetReader, row: number, columns: readonly number[]): boolean {
  const cells = reader.sheet.rows[row - 1];
  if (!cells) return false;
  for (const column of columns) {
    const cell = cells[column - 1];
    if (!cell || cell.value === null) continue;
    const value = cell.value;
    if (typeof value !== "string" || cell.formula !== undefined) return false;
    if (value.length > MAX_HEADER_CELL_LENGTH && (value.length > MAX_RAW_HEADER_LENGTH || !value.includes("<"))) return false;
  }
  return true;
}

/**
 * Cheap first test for a header: at least two short text cells, and short text in at least two cells
 * of three (a block beside the header may hold numbers; data rows hold dates, numbers, long text).
 */
function mostlyShortText(reader: SheetReader, row: number): boolean {
  const cells = reader.sheet.rows[row - 1];
  if (!cells) return false;
  let short = 0;
  let other = 0;
  for (const cell of cells) {
    if (!cell || cell.value === null) continue;
    const value = cell.value;
    if (typeof value === "string" && cell.formula === undefined && (value.length <= MAX_HEADER_CELL_LENGTH || (value.length <= MAX_RAW_HEADER_LENGTH && value.includes("<")))) short++;
    else if (typeof value !== "string" || value.trim() !== "") other++;
  }
  return short >= 2 && short >= 2 * other;
}

function headingText(reader: SheetReader, row: number, column: number): string | null {
  const source = reader.source(row, column);
  if (!source || typeof source.raw !== "string" || source.text.length > MAX_HEADER_CELL_LENGTH) return null;
  return source.text;
}

/**
 * The heading cells of `row` read as the lower row of a two-row header, or null when the row above
 * is not a caption row. A caption row has at least one heading merged across columns over headings in
 * `row` ("Dates" over "Original | Revised"); its other cells are headings spanning both rows.
 */
function twoRowHeadings(reader: SheetReader, row: number): HeadingCell[] | null {
  const above = row - 1;
  if (above < 1) return null;
  const captions = captionMergesOn(reader, above).filter((m) => reader.source(above, m.left) !== undefined);
  if (captions.length === 0) return null;
  const lower = reader.filledColumns(row);
  const underCaption = captions.filter((m) => lower.some((c) => c >= m.left && c <= m.right));
  if (underCaption.length === 0) return null;
  const upper = reader.filledColumns(above);
  // A theme or title row merged across the header above it (alone on its row, over half the header or
  // more) is not a caption of some columns — unless it states the columns' unit ("Benefits £k").
  if (upper.length === 1 && underCaption.length === 1) {
    const only = underCaption[0] as CellRange;
    const lowerLeft = lower[0] as number;
    const lowerRight = Math.max(...lower.map((c) => reader.mergeAt(row, c)?.right ?? c));
    const covered = Math.min(only.right, lowerRight) - Math.max(only.left, lowerLeft) + 1;
    if (covered * 2 >= lowerRight - lowerLeft + 1 && findAmountUnit(reader.text(above, only.left)) === null) return null;
  }
  if (!shortTextCells(reader, above, upper) || !shortTextCells(reader, row, lower)) return null;

  const cells: HeadingCell[] = [];
  for (const column of lower) {
    const text = headingText(reader, row, column);
    if (text === null) return null;
    const caption = underCaption.find((m) => column >= m.left && column <= m.right);
    const captionText = caption ? headingText(reader, above, caption.left) : null;
    cells.push({ column, extent: column, text, ...(captionText ? { caption: captionText } : {}) });
  }
  for (const column of upper) {
    const right = reader.mergeAt(above, column)?.right ?? column;
    if (lower.some((c) => c >= column && c <= right)) continue; // a caption: its sub-headings stand for it
    const text = headingText(reader, above, column);
    if (text === null) return null;
    cells.push({ column, extent: right, text });
  }
  return cells.sort((a, b) => a.column - b.column);
}

function oneRowHeadings(reader: SheetReader, row: number): HeadingCell[] {
  const cells: HeadingCell[] = [];
  for (const column of reader.filledColumns(row)) {
    const source = reader.source(row, column);
    const text = source && typeof source.raw === "string" ? source.text : "";
    const merge = reader.mergeAt(row, column);
    cells.push({ column, extent: merge && merge.top === row ? merge.right : column, text: text.length > MAX_HEADER_CELL_LENGTH || source?.formula ? "\u0000" : text });
  }
  return cells;
}

interface SegmentReading {
  readonly cells: readonly HeadingCell[];
  readonly fields: Partial<Record<FieldKey, number>>;
  readonly benefitYears: Record<string, number>;
  readonly headings: Record<number, string>;
  readonly matched: number;
  readonly valid: boolean;
  readonly setAside: readonly SetAsideHeading[];
}

type MatchCache = Map<string, HeaderMatch | null>;

/** A letter; a cell without one (a ref "1.1", a number typed as text) names no column unless it is a financial year. */
const LETTER = /[a-z]/i;

function cachedMatch(text: string, cache: MatchCache | undefined): HeaderMatch | null {
  // References and numbers are unique per row: not worth a cache entry each.
  if (!LETTER.test(text)) return matchHeader(text);
  let match = cache?.get(text);
  if (match === undefined) {
    match = matchHeader(text);
    cache?.set(text, match);
  }
  return match;
}

/** A sub-heading is read with its caption first ("Dates Revised"); alone when the pair names nothing. */
function matchCell(cell: HeadingCell, cache: MatchCache | undefined): { match: HeaderMatch | null; heading: string } {
  if (cell.caption !== undefined) {
    const heading = `${cell.caption} ${cell.text}`;
    const together = cachedMatch(heading, cache);
    if (together) return { match: together, heading };
    return { match: cachedMatch(cell.text, cache), heading };
  }
  return { match: cell.text === "\u0000" ? null : cachedMatch(cell.text, cache), heading: cell.text };
}

/** Values of a "Priority" column are High/Medium/Low ratings rather than themes. */
function holdsPriorityRatings(reader: SheetReader, headerRow: number, column: number): boolean {
  let seen = 0;
  let ratings = 0;
  for (let row = headerRow + 1; row <= Math.min(reader.rowCount, headerRow + PRIORITY_SAMPLE_ROWS); row++) {
    const text = reader.text(row, column).trim();
    if (text === "") continue;
    seen++;
    if (PRIORITY_RATING.test(text)) ratings++;
  }
  return seen > 0 && ratings / seen >= 0.6;
}

function readSegment(reader: SheetReader, row: number, cells: readonly HeadingCell[], cache: MatchCache | undefined): SegmentReading {
  const fields: Partial<Record<FieldKey, number>> = {};
  const benefitYears: Record<string, number> = {};
  const headings: Record<number, string> = {};
  const themeCandidates: Array<{ column: number; rank: number }> = [];
  const setAside: SetAsideHeading[] = [];
  let matched = 0;
  for (const cell of cells) {
    const { match, heading } = matchCell(cell, cache);
    if (!match) {
      if (START_DATE.test(normaliseHeader(heading))) {
        setAside.push({ field: "target", column: cell.column, header: heading, reason: "start-date", detail: `"${heading}" is when the action starts, not when it is due.` });
      }
      continue;
    }
    // A heading repeated for each period ("Q1 RAG … Q4 RAG") is still a heading we know: it counts
    // towards the header, and the first keeps the field (which period is current is decided later).
    matched++;
    headings[cell.column] = heading;
    if (match.kind === "benefitYear") {
      if (benefitYears[match.year] === undefined) benefitYears[match.year] = cell.column;
    } else if (match.field === "theme") {
      themeCandidates.push({ column: cell.column, rank: themeHeadingRank(normaliseHeader(heading)) });
    } else if (fields[match.field] === undefined) {
      fields[match.field] = cell.column;
    } else {
      const taken = fields[match.field] as number;
      setAside.push({
        field: match.field,
        column: cell.column,
        header: heading,
        reason: "further-right",
        detail: `"${heading}" also reads as the ${FIELD_LABELS[match.field].toLowerCase()}; the first such column, ${columnLetters(taken)} ("${headings[taken] ?? ""}"), was taken.`,
      });
    }
  }
  // A High/Medium/Low "Priority" rates the action; it is not a theme (decided by the values below).
  const themes = themeCandidates.filter(({ column }) => !(/\bpriority\b/.test(normaliseHeader(headings[column] ?? "")) && holdsPriorityRatings(reader, row, column)));
  for (const { column } of themeCandidates) {
    if (themes.some((theme) => theme.column === column)) continue;
    const heading = headings[column] ?? "";
    setAside.push({ field: "theme", column, header: heading, reason: "rating-not-theme", detail: `"${heading}" holds High/Medium/Low ratings of each action, not themes.` });
  }
  matched -= themeCandidates.length - themes.length;
  themes.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const [theme, ...others] = themes;
  if (theme) fields.theme = theme.column;
  for (const other of others) {
    // "Directorate" beside a "Theme" column still says where the action sits: the service area.
    if (/\bdirectorate\b/.test(normaliseHeader(headings[other.column] ?? "")) && fields.serviceArea === undefined) fields.serviceArea = other.column;
  }
  const distinct = Object.keys(fields).length + Object.keys(benefitYears).length;
  const valid = distinct >= 2 && matched >= Math.ceil(cells.length * MIN_MATCHED_SHARE) && ANCHOR_FIELDS.some((field) => fields[field] !== undefined);
  setAside.sort((a, b) => a.column - b.column);
  return { cells, fields, benefitYears, headings, matched, valid, setAside };
}

/** Heading cells split into blocks wherever empty columns separate them. */
function splitAtGaps(cells: readonly HeadingCell[], minimumGap: number): HeadingCell[][] {
  const segments: HeadingCell[][] = [];
  let extent = -Infinity;
  for (const cell of cells) {
    const current = segments[segments.length - 1];
    if (current && cell.column - extent - 1 < minimumGap) current.push(cell);
    else segments.push([cell]);
    extent = Math.max(extent, cell.extent);
  }
  return segments;
}

function clashes(a: SegmentReading, b: SegmentReading): boolean {
  return Object.keys(b.fields).some((field) => a.fields[field as FieldKey] !== undefined) || Object.keys(b.benefitYears).some((year) => a.benefitYears[year] !== undefined);
}

/**
 * The plan's block of headings: blocks beside the plan (a key, a legend, a count table) are left out.
 * Blocks two or more empty columns apart are always separate; one empty column apart, they are joined
 * unless the second repeats a field of the first ("Status | Count" beside a plan's own Status).
 */
function planBlock(reader: SheetReader, row: number, cells: readonly HeadingCell[], cache: MatchCache | undefined): SegmentReading | null {
  const blocks: HeadingCell[][] = [];
  for (const wide of splitAtGaps(cells, SIDE_BLOCK_GAP)) {
    let block: HeadingCell[] = [];
    for (const narrow of splitAtGaps(wide, 1)) {
      if (block.length > 0) {
        const sofar = readSegment(reader, row, block, cache);
        const next = readSegment(reader, row, narrow, cache);
        if (clashes(sofar, next) || next.matched < Math.ceil(narrow.length * MIN_MATCHED_SHARE)) {
          blocks.push(block);
          block = [];
        }
      }
      block = [...block, ...narrow];
    }
    if (block.length > 0) blocks.push(block);
  }
  let best: SegmentReading | null = null;
  for (const block of blocks) {
    const reading = readSegment(reader, row, block, cache);
    if (reading.valid && (best === null || reading.matched > best.matched)) best = reading;
  }
  return best;
}

function toHeaderRow(row: number, reading: SegmentReading, captionRow?: number): HeaderRow {
  const mapping: ColumnMapping = { fields: reading.fields, benefitYears: reading.benefitYears };
  const first = reading.cells[0] as HeadingCell;
  const right = Math.max(...reading.cells.map((cell) => cell.extent));
  return {
    row,
    mapping,
    signature: signatureOf(mapping),
    left: first.column,
    right,
    headings: reading.headings,
    ...(reading.setAside.length > 0 ? { setAside: reading.setAside } : {}),
    ...(captionRow !== undefined ? { captionRow } : {}),
  };
}

/** Whether a cell might name a column, counting every cell not yet looked up (or under a caption) as one that does. */
function mightName(cell: HeadingCell, cache: MatchCache | undefined): boolean {
  if (cell.text === "\u0000") return false;
  if (cell.caption !== undefined || cache === undefined) return true;
  if (!LETTER.test(cell.text)) return matchHeader(cell.text) !== null; // a financial year ("2024/25") names a column; a ref does not
  const known = cache.get(cell.text);
  return known === undefined || known !== null;
}

/** Whether a cell names a column, looked up (with its caption first, as planBlock reads it). */
function namesAColumn(cell: HeadingCell, cache: MatchCache | undefined): boolean {
  return matchCell(cell, cache).match !== null;
}

/** Whether any run of pieces (see {@link someBlockCouldBeHeader}) could be a header, given which cells name a column. */
function someRunCouldBeHeader(cells: readonly HeadingCell[], cache: MatchCache | undefined, named: typeof namesAColumn): boolean {
  for (const wide of splitAtGaps(cells, SIDE_BLOCK_GAP)) {
    const pieces = splitAtGaps(wide, 1);
    const matchedIn = pieces.map((piece) => {
      let matched = 0;
      for (const cell of piece) if (named(cell, cache)) matched++;
      return matched;
    });
    for (let first = 0; first < pieces.length; first++) {
      let length = 0;
      let matched = 0;
      for (let last = first; last < pieces.length; last++) {
        length += (pieces[last] as HeadingCell[]).length;
        matched += matchedIn[last] as number;
        // The margin: 0.6 × n is not exact in floating point.
        if (matched >= 2 && matched >= length * MIN_MATCHED_SHARE - 1e-9) return true;
      }
    }
  }
  return false;
}

/**
 * Whether {@link planBlock} could find a header among these heading cells, without reading them in
 * full. Its blocks are runs of the pieces the cells fall into at every empty column (never across two
 * empty columns), and a block is a header only if at least {@link MIN_MATCHED_SHARE} of its cells name
 * a column and it names at least two fields; so if no run of pieces can, no block can. Exact (never
 * says no to a row planBlock would accept). Tried first with every cell not yet looked up (or under a
 * caption) counted as naming a column — data rows mostly repeat words already seen: statuses, leads,
 * dates — then with each cell looked up. It matters on a sheet whose every row has a merge one row
 * high (an Action merged across C:D on each of 50,000 rows): each row then sits under a "caption" and
 * would otherwise be read in full as the lower row of a two-row header, its text joined to the caption's.
 */
function someBlockCouldBeHeader(cells: readonly HeadingCell[], cache: MatchCache | undefined): boolean {
  return someRunCouldBeHeader(cells, cache, mightName) && someRunCouldBeHeader(cells, cache, namesAColumn);
}

/**
 * A fast "no" for most data rows, before headings are read properly. On a row with no block beside it
 * (no run of two or more empty columns) the whole row must be a header, so once more cells fail to
 * name a column than a header allows, it is not one. Rows with a caption above are left to
 * {@link someBlockCouldBeHeader}, which also counts the caption's words.
 */
function couldBeHeader(reader: SheetReader, row: number, columns: readonly number[], cache: MatchCache | undefined): boolean {
  for (let i = 1; i < columns.length; i++) if ((columns[i] as number) - (columns[i - 1] as number) - 1 >= SIDE_BLOCK_GAP) return true;
  const allowedMisses = columns.length - Math.ceil(columns.length * MIN_MATCHED_SHARE);
  // Numbers, dates and long text first: counting them needs no reading of the words.
  const cells = reader.sheet.rows[row - 1] ?? [];
  let misses = 0;
  for (const column of columns) {
    const cell = cells[column - 1];
    const value = cell?.value;
    if (typeof value !== "string" || cell?.formula !== undefined || (value.length > MAX_HEADER_CELL_LENGTH && (value.length > MAX_RAW_HEADER_LENGTH || !value.includes("<")))) {
      if (++misses > allowedMisses) return false;
    }
  }
  for (const column of columns) {
    const cell = cells[column - 1];
    if (typeof cell?.value !== "string" || cell.formula !== undefined) continue;
    const text = reader.text(row, column);
    if (text.length > MAX_HEADER_CELL_LENGTH) continue; // counted above (markup around long text aside)
    if (cachedMatch(text, cache) === null && ++misses > allowedMisses) return false;
  }
  return true;
}

/** Reads a row as a header: which fields its cells name. Null when it does not look like one. */
export function readHeaderRow(reader: SheetReader, row: number, cache?: MatchCache): HeaderRow | null {
  const columns = reader.filledColumns(row);
  if (columns.length === 0 || !mostlyShortText(reader, row)) return null;
  const underCaption = row > 1 && captionMergesOn(reader, row - 1).length > 0;
  if (!underCaption && !couldBeHeader(reader, row, columns, cache)) return null;
  const twoRow = underCaption ? twoRowHeadings(reader, row) : null;
  if (twoRow !== null && someBlockCouldBeHeader(twoRow, cache)) {
    const reading = planBlock(reader, row, twoRow, cache);
    if (reading) return toHeaderRow(row, reading, row - 1);
  }
  if (columns.length < 2) return null;
  const oneRow = oneRowHeadings(reader, row);
  if (underCaption && !someBlockCouldBeHeader(oneRow, cache)) return null;
  const reading = planBlock(reader, row, oneRow, cache);
  return reading ? toHeaderRow(row, reading) : null;
}

export function findHeaderRows(reader: SheetReader): HeaderRow[] {
  const headers: HeaderRow[] = [];
  // Plans repeat the same short words (statuses, leads) thousands of times.
  const cache: MatchCache = new Map();
  for (let row = 1; row <= reader.rowCount; row++) {
    const header = readHeaderRow(reader, row, cache);
    if (!header) continue;
    // The caption row of a two-row header may read as a header on its own ("Ref | Action | Dates"):
    // the pair replaces it.
    const previous = headers[headers.length - 1];
    if (header.captionRow !== undefined && previous?.row === header.captionRow) headers.pop();
    headers.push(header);
  }
  return headers;
}
