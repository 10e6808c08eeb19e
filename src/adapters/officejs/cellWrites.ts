/**
 * The cells of a sheet spec as Office.js writes them: per block of consecutive rows, one
 * `numberFormat` matrix then one `formulas` matrix. `null` leaves a cell as it is (Office.js's rule
 * for 2-D arrays), so empty cells cost four bytes and nothing else.
 *
 * Text stays text: every text cell gets number format `@` *before* its value (see
 * {@link effectiveNumberFormat}), so "=see 2.4 above", "- awaiting sign-off", "+44", "@x" and "1.10"
 * are stored exactly as written instead of becoming formulas or numbers.
 */
import { effectiveNumberFormat, isoDateToSerial, type CellSpec, type SheetSpec } from "../../core/sheets/SheetSpec.js";
import { COMMAND_OVERHEAD_BYTES, jsonBytes } from "./requests.js";

export type CellInput = string | number | boolean | null;

/**
 * What to put in `range.formulas` for a cell. Excel takes a leading apostrophe as the "store as text"
 * prefix and drops it, so text that really starts with one gets a second.
 */
export function cellInput(cell: CellSpec | undefined, date1904 = false): CellInput {
  if (!cell) return null;
  switch (cell.kind) {
    case "text":
      return cell.text.startsWith("'") ? `'${cell.text}` : cell.text;
    case "number":
      return cell.value;
    case "date":
      return isoDateToSerial(cell.iso, date1904);
    case "formula":
      return `=${cell.formula}`;
    case "blank":
      return null;
  }
}

/** One rectangle of cells to write: rows `top`…, columns 1…`width`. */
export interface CellBlock {
  readonly top: number;
  readonly width: number;
  /** null when no cell in the block needs a number format. */
  readonly numberFormats: Array<Array<string | null>> | null;
  readonly inputs: CellInput[][];
  readonly bytes: number;
}

function lastDefined(cells: ReadonlyArray<CellSpec | undefined>): number {
  let last = cells.length;
  while (last > 0 && cells[last - 1] === undefined) last--;
  return last;
}

/**
 * The spec's cells as blocks of consecutive non-empty rows, each at most `maxBytes` (estimated as
 * the JSON of its two matrices). Dates become serials of the workbook's date system (`date1904`).
 */
export function cellBlocks(spec: SheetSpec, maxBytes: number, date1904 = false): CellBlock[] {
  const blocks: CellBlock[] = [];
  const rows = spec.rows;
  let r = 0;
  while (r < rows.length) {
    const first = rows[r];
    if (!first || lastDefined(first.cells) === 0) {
      r++;
      continue;
    }
    // A run of consecutive rows with cells.
    let end = r;
    let width = 0;
    while (end < rows.length) {
      const row = rows[end];
      const w = row ? lastDefined(row.cells) : 0;
      if (w === 0) break;
      width = Math.max(width, w);
      end++;
    }
    // Split the run so each block stays under maxBytes.
    let top = r;
    let formats: Array<Array<string | null>> = [];
    let inputs: CellInput[][] = [];
    let anyFormat = false;
    let bytes = 2 * COMMAND_OVERHEAD_BYTES;
    const flush = (): void => {
      if (inputs.length === 0) return;
      blocks.push({ top: top + 1, width, numberFormats: anyFormat ? formats : null, inputs, bytes });
      top += inputs.length;
      formats = [];
      inputs = [];
      anyFormat = false;
      bytes = 2 * COMMAND_OVERHEAD_BYTES;
    };
    for (let i = r; i < end; i++) {
      const cells = rows[i]?.cells ?? [];
      const rowFormats: Array<string | null> = [];
      const rowInputs: CellInput[] = [];
      let rowHasFormat = false;
      for (let c = 0; c < width; c++) {
        const cell = cells[c];
        const format = cell ? effectiveNumberFormat(cell, cell.style === undefined ? undefined : spec.styles[cell.style]) : undefined;
        if (format !== undefined) rowHasFormat = true;
        rowFormats.push(format ?? null);
        rowInputs.push(cellInput(cell, date1904));
      }
      // Each row adds its two arrays plus a comma in each matrix.
      const rowBytes = jsonBytes(rowFormats) + jsonBytes(rowInputs) + 2;
      if (inputs.length > 0 && bytes + rowBytes > maxBytes) flush();
      anyFormat ||= rowHasFormat;
      formats.push(rowFormats);
      inputs.push(rowInputs);
      bytes += rowBytes;
    }
    flush();
    r = end;
  }
  return blocks;
}
