/**
 * Phase 5 of reading the live workbook (readWorkbookGrid.ts): the formats the reader needs on the
 * plan's status columns — fill colours (RAG kept only as a colour), whether the column is hidden, and
 * its drop-down list (the council's status words). Only the candidate columns the core names
 * (statusColumnCandidates.ts) are read, below their heading, so the bytes stay a small share of the
 * cell read; the loads go through the same request packing (requests.ts), one sync for a usual plan.
 *
 * APIs, each feature-detected against its requirement set:
 * - `Range.columnHidden` (ExcelApi 1.2): true when every column of the range is hidden
 *   (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
 * - `Range.getCellProperties({ format: { fill: { color, pattern } } })` (ExcelApi 1.9): a fill colour
 *   per cell, as `format.fill.color` on a many-cell range gives one colour only when all agree
 *   (learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill). Without 1.9, fills are not read.
 * - `Range.dataValidation` `type` and `rule.list.source` (ExcelApi 1.8): `type` is "List" when one
 *   list rule covers the whole range, "Inconsistent" or "MixedCriteria" otherwise
 *   (learn.microsoft.com/javascript/api/excel/excel.datavalidationtype); `source` is the list's text
 *   ("Red,Amber,Green") or its formula ("=Lists!$A$2:$A$6")
 *   (learn.microsoft.com/javascript/api/excel/excel.listdatavalidation). Mixed columns fall back to
 *   the rule of the first cell below the heading.
 */
import type { Cell } from "../../core/grid/Cell.js";
import type { ListValidation, SheetGrid } from "../../core/grid/SheetGrid.js";
import { statusColumnCandidates } from "../../core/plan/statusColumnCandidates.js";
import { COMMAND_OVERHEAD_BYTES, runInRequests, type RequestUnit } from "./requests.js";
import type { FeatureSupport } from "./requirements.js";

/** Bytes per cell of a `getCellProperties` fill answer: `{"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}},`. */
const FILL_BYTES_PER_CELL = 56;

interface ColumnLoads {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
  readonly range: Excel.Range;
  readonly fills: Array<{ top: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }>;
  readonly validation?: Excel.DataValidation;
  readonly firstCellValidation?: Excel.DataValidation;
}

function hex(color: unknown): string | undefined {
  if (typeof color !== "string") return undefined;
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(color.trim());
  return match ? (match[1] as string).toUpperCase() : undefined;
}

function listOf(validation: Excel.DataValidation | undefined, ranges: ListValidation["ranges"]): ListValidation | null {
  if (!validation || validation.type !== "List") return null;
  const source = validation.rule?.list?.source;
  if (typeof source !== "string" || source.trim() === "") return null;
  const text = source.trim();
  if (text.startsWith("=")) return { ranges, source: text.slice(1) };
  return { ranges, items: text.split(",").map((word) => word.trim()).filter(Boolean), source: `"${text}"` };
}

/**
 * Adds fills, hidden columns and list validations to `grids` (in place of each sheet, by index) for
 * the candidate status columns of each visible sheet.
 */
export async function readStatusFormats(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  grids: readonly SheetGrid[],
  features: FeatureSupport,
  budgetBytes: number,
): Promise<SheetGrid[]> {
  const fills = features.has("cellProperties");
  const validations = features.has("dataValidation");
  const units: RequestUnit[] = [];
  const perSheet: ColumnLoads[][] = grids.map((grid, index) => {
    const worksheet = worksheets[index];
    if (!worksheet || grid.visibility !== "visible" || grid.rowCount === 0) return [];
    return statusColumnCandidates(grid).flatMap(({ column, headerRow }) => {
      const top = headerRow + 1;
      const bottom = grid.rowCount;
      if (top > bottom) return [];
      const range = worksheet.getRangeByIndexes(top - 1, column - 1, bottom - top + 1, 1);
      const loads: ColumnLoads = { column, top, bottom, range, fills: [] };
      units.push({ bytes: COMMAND_OVERHEAD_BYTES + 20, queue: () => range.load("columnHidden") });
      if (validations) {
        // One proxy each, loaded and later read: the same object, whatever the host caches.
        const validation = range.dataValidation;
        const firstCellValidation = worksheet.getRangeByIndexes(top - 1, column - 1, 1, 1).dataValidation;
        Object.assign(loads, { validation, firstCellValidation });
        units.push({
          bytes: 2 * COMMAND_OVERHEAD_BYTES + 600,
          queue: () => {
            validation.load("type,rule");
            firstCellValidation.load("type,rule");
          },
        });
      }
      if (fills) {
        const rowsPerPiece = Math.max(1, Math.floor(budgetBytes / 2 / FILL_BYTES_PER_CELL));
        for (let pieceTop = top; pieceTop <= bottom; pieceTop += rowsPerPiece) {
          const rows = Math.min(rowsPerPiece, bottom - pieceTop + 1);
          units.push({
            bytes: rows * FILL_BYTES_PER_CELL + COMMAND_OVERHEAD_BYTES,
            queue: () => {
              const piece = worksheet.getRangeByIndexes(pieceTop - 1, column - 1, rows, 1);
              loads.fills.push({ top: pieceTop, result: piece.getCellProperties({ format: { fill: { color: true, pattern: true } } }) });
            },
          });
        }
      }
      return [loads];
    });
  });
  if (units.length === 0) return [...grids];
  await runInRequests(context, units, { budgetBytes });

  return grids.map((grid, index) => {
    const columns = perSheet[index] ?? [];
    if (columns.length === 0) return grid;
    const rows: Array<Array<Cell | undefined> | undefined> = grid.rows.map((row) => (row ? [...row] : row));
    const hiddenColumns = new Set(grid.hiddenColumns ?? []);
    const lists: ListValidation[] = [...(grid.validations ?? [])];
    for (const loads of columns) {
      if (loads.range.columnHidden === true) hiddenColumns.add(loads.column);
      const whole = listOf(loads.validation, [{ top: loads.top, left: loads.column, bottom: loads.bottom, right: loads.column }]);
      const first = whole ? null : listOf(loads.firstCellValidation, [{ top: loads.top, left: loads.column, bottom: loads.top, right: loads.column }]);
      if (whole ?? first) lists.push((whole ?? first) as ListValidation);
      for (const { top, result } of loads.fills) {
        result.value.forEach((cells, i) => {
          const fill = cells[0]?.format?.fill;
          // Pattern "None" is no fill (the colour then reads white); only solid fills carry a RAG.
          if (!fill || (fill.pattern !== undefined && fill.pattern !== "Solid")) return;
          const colour = hex(fill.color);
          if (colour === undefined) return;
          const row = top + i;
          const cellsOfRow = rows[row - 1] ?? [];
          const existing = cellsOfRow[loads.column - 1];
          cellsOfRow[loads.column - 1] = existing ? { ...existing, fill: colour } : { value: null, fill: colour };
          rows[row - 1] = cellsOfRow;
        });
      }
    }
    return {
      ...grid,
      rows,
      ...(hiddenColumns.size > 0 ? { hiddenColumns: [...hiddenColumns].sort((a, b) => a - b) } : {}),
      ...(lists.length > 0 ? { validations: lists } : {}),
    };
  });
}
