import { matchHeader, type HeaderMatch } from "./headerSynonyms.js";
import type { ColumnMapping, FieldKey } from "./Plan.js";
import type { SheetReader } from "./SheetReader.js";

export interface HeaderRow {
  readonly row: number;
  readonly mapping: ColumnMapping;
  /** Identifies the layout: a header repeated for each theme has the same signature. */
  readonly signature: string;
  readonly left: number;
  readonly right: number;
}

/** Without one of these a row of known words (e.g. "Status | Total") is a small summary, not a plan. */
const ANCHOR_FIELDS: readonly FieldKey[] = ["action", "recommendation", "outcome", "ref", "theme"];
const MAX_HEADER_CELL_LENGTH = 60;
/** Most cells of a header name a column; a data row of short words rarely does. */
const MIN_MATCHED_SHARE = 0.6;
/** Before cleaning: allows for HTML markup around a short heading, and rejects most data rows cheaply. */
const MAX_RAW_HEADER_LENGTH = 300;

export function signatureOf(mapping: ColumnMapping): string {
  const fields = Object.entries(mapping.fields)
    .map(([field, column]) => `${field}=${column}`)
    .sort();
  const years = Object.entries(mapping.benefitYears)
    .map(([year, column]) => `${year}=${column}`)
    .sort();
  return [...fields, ...years].join(",");
}

/** Reads a row as a header: which fields its cells name. Null when it does not look like one. */
export function readHeaderRow(reader: SheetReader, row: number, cache?: Map<string, HeaderMatch | null>): HeaderRow | null {
  const columns = reader.filledColumns(row);
  if (columns.length < 2 || !reader.allShortText(row, MAX_HEADER_CELL_LENGTH, MAX_RAW_HEADER_LENGTH)) return null;
  const fields: Partial<Record<FieldKey, number>> = {};
  const benefitYears: Record<string, number> = {};
  const allowedMisses = columns.length - Math.ceil(columns.length * MIN_MATCHED_SHARE);
  let matched = 0;
  let misses = 0;
  for (const column of columns) {
    const source = reader.source(row, column);
    if (!source || typeof source.raw !== "string" || source.text.length > MAX_HEADER_CELL_LENGTH) return null;
    let match = cache?.get(source.text);
    if (match === undefined) {
      match = matchHeader(source.text);
      cache?.set(source.text, match);
    }
    if (!match) {
      if (++misses > allowedMisses) return null;
      continue;
    }
    if (match.kind === "benefitYear") {
      if (benefitYears[match.year] === undefined) benefitYears[match.year] = column;
    } else if (fields[match.field] === undefined) {
      fields[match.field] = column;
    }
    // A second column of a field ("Q1 RAG | … | Q4 RAG") is still a heading: chooseColumns.ts picks among them.
    matched++;
  }
  const distinct = Object.keys(fields).length + Object.keys(benefitYears).length;
  if (distinct < 2 || matched < Math.ceil(columns.length * MIN_MATCHED_SHARE)) return null;
  if (!ANCHOR_FIELDS.some((field) => fields[field] !== undefined)) return null;
  const mapping: ColumnMapping = { fields, benefitYears };
  return {
    row,
    mapping,
    signature: signatureOf(mapping),
    left: columns[0] as number,
    right: columns[columns.length - 1] as number,
  };
}

export function findHeaderRows(reader: SheetReader): HeaderRow[] {
  const headers: HeaderRow[] = [];
  // Plans repeat the same short words (statuses, leads) thousands of times.
  const cache = new Map<string, HeaderMatch | null>();
  for (let row = 1; row <= reader.rowCount; row++) {
    const header = readHeaderRow(reader, row, cache);
    if (header) headers.push(header);
  }
  return headers;
}
