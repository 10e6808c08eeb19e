/** Named cell styles and the number-format rule both adapters share. */
import type { CellSpec } from "./CellSpec.js";

/** "RRGGBB", six hex digits, no `#`. */
export type HexColor = string;

/**
 * A named cell style. Define each once per spec; cells refer to it by name, which keeps a
 * 20,000-row spec small and lets adapters build one style object per name.
 */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  readonly fontColor?: HexColor;
  /** Solid background fill. */
  readonly fill?: HexColor;
  /** An Excel number format code, e.g. {@link MONEY_FORMAT} or {@link DEFAULT_DATE_FORMAT}. */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  /** Indent level (each about three characters). */
  readonly indent?: number;
  /** Thin black border on all four sides. */
  readonly border?: "thin";
}

/** Council style for money: thousands separators, negatives in brackets — `(44,000)`. */
export const MONEY_FORMAT = "#,##0;(#,##0)";
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
export const TEXT_FORMAT = "@";

/**
 * The number format a cell is written with — the one rule both adapters must share:
 * text → `@` (keeps it text; see {@link TextCell}); date → the style's format or
 * {@link DEFAULT_DATE_FORMAT}; anything else → the style's format (undefined means General).
 */
export function effectiveNumberFormat(cell: CellSpec, style: CellStyle | undefined): string | undefined {
  switch (cell.kind) {
    case "text":
      return TEXT_FORMAT;
    case "date":
      return style?.numberFormat ?? DEFAULT_DATE_FORMAT;
    default:
      return style?.numberFormat;
  }
}
