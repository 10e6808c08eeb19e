/** Sheet-level features of a spec besides cells: rows, columns, conditional formats, drop-down lists, tables. */
import type { CellSpec } from "./CellSpec.js";
import type { CellRange } from "../grid/Address.js";

export interface RowSpec {
  /** `cells[c - 1]` is column c; missing entries are left empty. */
  readonly cells: ReadonlyArray<CellSpec | undefined>;
  /** Points. Omit to let Excel size the row. */
  readonly height?: number;
  readonly hidden?: boolean;
}

export interface ColumnSpec {
  /**
   * Excel's character units — the number Excel shows in Format > Column Width (ExcelJS uses the same).
   * **Adapter rule (Office.js):** `columnWidth` is in points; convert with {@link columnWidthToPoints}.
   */
  readonly width?: number;
  readonly hidden?: boolean;
}

/**
 * A conditional format. Only the font (bold, italic, colour) and the fill of the referenced style are
 * applied — that is all Excel lets a conditional format change besides the number format.
 */
export type ConditionalFormat =
  | {
      /** Cell value equal to a word (case-insensitive, as in Excel): RAG words → coloured fill. */
      readonly kind: "textEquals";
      readonly range: CellRange;
      readonly text: string;
      readonly style: string;
    }
  | {
      /**
       * A formula returning TRUE/FALSE, written for the range's top-left cell; Excel shifts relative
       * references for the other cells, e.g. `AND($F3<>"",$F3<TODAY())` on B3:H200. No leading `=`.
       */
      readonly kind: "expression";
      readonly range: CellRange;
      readonly formula: string;
      readonly style: string;
    };

/** A drop-down list of allowed values. */
export interface ListValidation {
  readonly range: CellRange;
  /**
   * Either the allowed words (joined with commas they must fit in 255 characters and may not contain
   * commas) or a reference to cells holding them, e.g. `'PT Settings'!$A$2:$A$6` (no leading `=`).
   */
  readonly allowed: { readonly values: readonly string[] } | { readonly source: string };
  /** Default true. */
  readonly allowBlank?: boolean;
  /** "stop" (default) refuses other values; "warning" lets the officer keep them. */
  readonly errorStyle?: "stop" | "warning";
  readonly prompt?: string;
}


/**
 * An Excel table over a region whose first row holds the column headers (text cells, unique,
 * non-blank — Excel requires it). Lets officers filter and sort, and formulas use `Name[Column]`.
 */
export interface TableRegion {
  /** Letters, digits, `_` and `.`; starts with a letter or `_`; must not look like a cell address (e.g. "T1"). */
  readonly name: string;
  /** Header row plus at least one data row. */
  readonly range: CellRange;
  /** Built-in table style, default "TableStyleLight1". */
  readonly theme?: string;
  readonly showRowStripes?: boolean;
}
