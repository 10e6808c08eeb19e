/**
 * One worksheet part into the grid's rows, as a stream of tokenizer events: nothing but the cells
 * that hold something (and fill-only cells in rows that do) is kept, so memory follows the grid,
 * not the XML. Read here:
 * - cell values: shared strings, inline strings, numbers (dates when the cell's format is a date),
 *   booleans, errors, `t="d"` ISO dates; formulas with their cached results, shared formulas written
 *   out for each cell; the number format and solid fill colour from the cell's style;
 * - rows and cells without an `r` attribute (allowed by ECMA-376 §18.3.1.73 and §18.3.1.4), placed
 *   after the previous one;
 * - merges, hidden rows and columns, list data validations (classic `<dataValidation>` and Excel
 *   2010's `<x14:dataValidation>` in `extLst`), and the sheet's tables (by relationship id).
 * Anything else — conditional formats, drawings, unknown extensions — is skipped unread.
 */
import type { CellRange } from "../../../core/grid/Address.js";
import type { Cell, CellValue } from "../../../core/grid/Cell.js";
import { MAX_COLUMN, readCellReference, readRange, readRangeList, type CellPosition } from "../cellReferences.js";
import { isoTextToDate, serialToDate } from "../excelDates.js";
import { shiftFormula } from "../../../core/grid/shiftFormula.js";
import { EXCEL_MAIN_NS, isMain, relationshipId, X14_NS } from "../xml/namespaces.js";
import type { XmlAttributes, XmlHandler } from "../xml/XmlHandler.js";
import { compactString } from "../compactString.js";
import { decodeXstring } from "../xstring.js";
import type { CellStyle } from "./readStyles.js";
import { xmlBoolean as isTrue } from "../../xlsxPackage/workbookPart.js";

/** A list validation as written: its cells and its list formula (not yet resolved to words). */
export interface RawListValidation {
  readonly ranges: readonly CellRange[];
  readonly formula: string;
}

export interface SheetRead {
  readonly rows: Array<Array<Cell | undefined> | undefined>;
  rowCount: number;
  columnCount: number;
  readonly merges: CellRange[];
  readonly hiddenRows: number[];
  readonly hiddenColumns: number[];
  readonly validations: RawListValidation[];
  /** `r:id`s of the sheet's `<tablePart>`s. */
  readonly tableRelationshipIds: string[];
}

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
}

export function emptySheet(): SheetRead {
  return { rows: [], rowCount: 0, columnCount: 0, merges: [], hiddenRows: [], hiddenColumns: [], validations: [], tableRelationshipIds: [] };
}

const NO_STYLE: CellStyle = { isDate: false };

const enum Collect {
  Nothing,
  Value,
  Formula,
  InlineText,
  ValidationFormula,
  ValidationSqref,
}

/** The handler, and `finish` to call after the last event (hidden columns sorted, fill-only cells past the last value dropped). */
export function sheetHandler(context: SheetContext, into: SheetRead): XmlHandler & { finish(): void; readonly lastRow: number } {
  const { sharedStrings, styles, date1904 } = context;
  const position: CellPosition = { row: 0, column: 0 };
  const sharedMasters = new Map<string, { text: string; row: number; column: number }>();
  /**
   * One cell object per shared string, for the cells that hold nothing else (no formula, number format
   * or fill): a plan repeats its statuses, leads and timescales on every row, and a cell is read-only
   * plain data, so they can share it. On a 100,000-row plan that is about 300,000 objects fewer for the
   * garbage collector to copy while the grid is built and checked.
   */
  const plainStringCells: Array<Cell | undefined> = sharedStrings.map(() => undefined); // filled, so V8 keeps it a fast array
  const hiddenColumns = new Set<number>();

  let inSheetData = false;
  let rowNumber = 0;
  let rowCells: Array<Cell | undefined> | undefined;
  let rowHasValue = false;
  let lastColumn = 0;
  let widestFill = 0;

  let inCell = false;
  let cellRow = 0;
  let cellColumn = 0;
  let cellType = "";
  let cellStyle = 0;
  let valueText: string | undefined;
  let formulaText: string | undefined;
  let formulaShared: string | undefined;
  let formulaIsMaster = false;
  let inlineText: string | undefined;
  let phonetic = 0;
  let collect = Collect.Nothing;

  let validation: { sqref: string; formula: string; x14: boolean } | undefined;
  let inFormula1 = false;

  function store(row: number, column: number, cell: Cell, hasValue: boolean): void {
    let cells = row === rowNumber ? rowCells : undefined;
    if (cells === undefined) {
      cells = into.rows[row - 1] ?? [];
      into.rows[row - 1] = cells;
      if (hasValue && row > into.rowCount) into.rowCount = row;
    }
    cells[column - 1] = cell;
    if (hasValue) {
      if (row === rowNumber) rowHasValue = true;
      if (column > into.columnCount) into.columnCount = column;
    } else if (column > widestFill) widestFill = column;
  }

  function finishCell(): void {
    const style = styles[cellStyle] ?? NO_STYLE;
    let value: CellValue | undefined;
    const v = valueText;
    switch (cellType) {
      case "s":
        if (v !== undefined) value = sharedStrings[Number(v)];
        break;
      case "inlineStr":
        if (inlineText !== undefined) value = compactString(decodeXstring(inlineText));
        else if (v !== undefined) value = compactString(decodeXstring(v));
        break;
      case "str":
        if (v !== undefined) value = compactString(decodeXstring(v));
        break;
      case "b":
        if (v !== undefined) value = v === "1" || v.trim().toLowerCase() === "true";
        break;
      case "e":
        if (v !== undefined) value = { error: v.trim() };
        break;
      case "d":
        if (v !== undefined) value = isoTextToDate(v) ?? v;
        break;
      default:
        if (v === undefined && inlineText !== undefined) value = compactString(decodeXstring(inlineText));
        else if (v !== undefined && v.trim() !== "") {
          const number = Number(v);
          value = Number.isFinite(number) ? (style.isDate ? serialToDate(number, date1904) : number) : v;
        }
    }
    let formula: string | undefined;
    if (formulaText !== undefined) {
      formula = formulaText;
      if (formulaShared !== undefined) {
        if (formulaIsMaster && formulaText !== "") sharedMasters.set(formulaShared, { text: formulaText, row: cellRow, column: cellColumn });
        else if (formulaText === "") {
          const master = sharedMasters.get(formulaShared);
          if (master) formula = shiftFormula(master.text, cellRow - master.row, cellColumn - master.column);
        }
      }
    }
    if (value === undefined && formula === undefined) {
      if (style.fill !== undefined) store(cellRow, cellColumn, { value: null, fill: style.fill }, false);
      return;
    }
    let cell: Cell;
    if (formula === undefined && style.numFmt === undefined && style.fill === undefined) {
      if (cellType === "s" && typeof value === "string") {
        const index = Number(v);
        cell = plainStringCells[index] ??= { value };
      } else cell = { value: value ?? null };
    }
    else {
      cell = {
        value: value ?? null,
        ...(formula !== undefined ? { formula } : {}),
        ...(style.numFmt !== undefined ? { numFmt: style.numFmt } : {}),
        ...(style.fill !== undefined ? { fill: style.fill } : {}),
      };
    }
    store(cellRow, cellColumn, cell, true);
  }

  function openCell(attributes: XmlAttributes): void {
    inCell = true;
    const reference = attributes.get("r");
    if (reference !== undefined && readCellReference(reference, position) && position.column > 0) {
      cellColumn = position.column;
      cellRow = position.row > 0 ? position.row : rowNumber;
    } else {
      cellColumn = lastColumn + 1;
      cellRow = rowNumber;
    }
    if (cellRow === 0) cellRow = rowNumber = 1; // a cell outside any row: the first row
    lastColumn = cellColumn;
    cellType = attributes.get("t") ?? "";
    const s = attributes.get("s");
    cellStyle = s === undefined ? 0 : Number(s) | 0;
    valueText = undefined;
    formulaText = undefined;
    formulaShared = undefined;
    formulaIsMaster = false;
    inlineText = undefined;
  }

  function openRow(attributes: XmlAttributes): void {
    const r = attributes.get("r");
    const number = r === undefined ? Number.NaN : Number(r);
    rowNumber = Number.isInteger(number) && number > 0 ? number : rowNumber + 1;
    rowCells = into.rows[rowNumber - 1] ?? [];
    rowHasValue = false;
    lastColumn = 0;
    if (isTrue(attributes.get("hidden"))) into.hiddenRows.push(rowNumber);
  }

  function closeRow(): void {
    if (rowCells !== undefined && rowCells.length > 0 && (rowHasValue || into.rows[rowNumber - 1] !== undefined)) {
      // A copy of exactly the row's length: an array grown cell by cell keeps room for 17 (V8 grows
      // by half plus 16), and 100,000 rows of 8 cells held that spare room through every check.
      into.rows[rowNumber - 1] = rowCells.slice();
      if (rowHasValue && rowNumber > into.rowCount) into.rowCount = rowNumber;
    }
    rowCells = undefined;
  }

  return {
    /** The row being read, or the last one read: where a break in the XML is. */
    get lastRow() {
      return rowNumber;
    },
    finish() {
      into.hiddenColumns.push(...[...hiddenColumns].sort((a, b) => a - b));
      if (into.hiddenRows.some((row, i) => i > 0 && row <= (into.hiddenRows[i - 1] as number))) {
        const unique = [...new Set(into.hiddenRows)].sort((a, b) => a - b);
        into.hiddenRows.splice(0, into.hiddenRows.length, ...unique);
      }
      into.rows.length = into.rowCount;
      if (widestFill > into.columnCount) for (const cells of into.rows) if (cells && cells.length > into.columnCount) cells.length = into.columnCount;
    },
    open(uri, local, attributes) {
      if (isMain(uri)) {
        switch (local) {
          case "c":
            if (inSheetData) openCell(attributes);
            return;
          case "v":
            if (inCell) {
              collect = Collect.Value;
              valueText = "";
            }
            return;
          case "f":
            if (inCell) {
              collect = Collect.Formula;
              formulaText = "";
              if (attributes.get("t") === "shared") {
                formulaShared = attributes.get("si");
                formulaIsMaster = attributes.get("ref") !== undefined;
              }
            }
            return;
          case "row":
            if (inSheetData) openRow(attributes);
            return;
          case "is":
            if (inCell) inlineText = "";
            return;
          case "t":
            if (inlineText !== undefined && phonetic === 0) collect = Collect.InlineText;
            return;
          case "rPh":
            phonetic++;
            return;
          case "sheetData":
            inSheetData = true;
            return;
          case "mergeCell": {
            const range = readRange(attributes.get("ref") ?? "");
            if (range && (range.bottom > range.top || range.right > range.left)) into.merges.push(range);
            return;
          }
          case "col": {
            if (!isTrue(attributes.get("hidden"))) return;
            const min = Number(attributes.get("min"));
            const max = Math.min(Number(attributes.get("max") ?? min), MAX_COLUMN);
            if (Number.isInteger(min) && Number.isInteger(max)) for (let column = Math.max(1, min); column <= max; column++) hiddenColumns.add(column);
            return;
          }
          case "dataValidation":
            validation = attributes.get("type") === "list" ? { sqref: attributes.get("sqref") ?? "", formula: "", x14: false } : undefined;
            return;
          case "formula1":
            if (validation && !validation.x14) {
              inFormula1 = true;
              collect = Collect.ValidationFormula;
            }
            return;
          case "tablePart": {
            const id = relationshipId(attributes);
            if (id !== undefined) into.tableRelationshipIds.push(id);
            return;
          }
        }
        return;
      }
      if (uri === X14_NS) {
        if (local === "dataValidation") validation = attributes.get("type") === "list" ? { sqref: "", formula: "", x14: true } : undefined;
        else if (local === "formula1" && validation?.x14) inFormula1 = true;
      } else if (uri === EXCEL_MAIN_NS && validation?.x14) {
        if (local === "f" && inFormula1) collect = Collect.ValidationFormula;
        else if (local === "sqref") collect = Collect.ValidationSqref;
      }
    },

    close(uri, local) {
      if (isMain(uri)) {
        switch (local) {
          case "c":
            if (inCell) {
              inCell = false;
              finishCell();
            }
            return;
          case "v":
          case "f":
          case "t":
            collect = Collect.Nothing;
            return;
          case "row":
            if (inSheetData) closeRow();
            return;
          case "rPh":
            phonetic--;
            return;
          case "sheetData":
            inSheetData = false;
            return;
          case "formula1":
            inFormula1 = false;
            collect = Collect.Nothing;
            return;
          case "dataValidation":
            if (validation && !validation.x14) finishValidation();
            return;
        }
        return;
      }
      if (uri === X14_NS) {
        if (local === "formula1") inFormula1 = false;
        else if (local === "dataValidation" && validation?.x14) finishValidation();
      } else if (uri === EXCEL_MAIN_NS) collect = Collect.Nothing;
    },

    text(text) {
      switch (collect) {
        case Collect.Value:
          valueText += text;
          return;
        case Collect.Formula:
          formulaText += text;
          return;
        case Collect.InlineText:
          inlineText += text;
          return;
        case Collect.ValidationFormula:
          if (validation) validation.formula += text;
          return;
        case Collect.ValidationSqref:
          if (validation) validation.sqref += text;
          return;
      }
    },
  };

  function finishValidation(): void {
    if (validation) {
      const ranges = readRangeList(validation.sqref);
      const formula = validation.formula.trim().replace(/^=/, "");
      if (ranges.length > 0 && formula !== "") into.validations.push({ ranges, formula });
    }
    validation = undefined;
    inFormula1 = false;
    collect = Collect.Nothing;
  }
}
