/**
 * The committee pack as plain data: what the Word document says, in reading order, with no Word
 * (or any other format) types. `buildCommitteePack` makes it from the plan's analysis — the same
 * analysis the generated sheets are built from — and a renderer turns it into a .docx. Keeping the
 * model apart from the serialiser (as ExcelJS keeps its workbook model apart from its writers)
 * lets the core decide every word and figure, and the tests check them without opening Word.
 */
import type { IsoDate } from "../parse/IsoDate.js";
import type { RagValue } from "../rag/RagValue.js";

/** One table cell: text, optionally a RAG value shown as a shaded cell *and* its word. */
export interface PackCell {
  readonly text: string;
  /** When set, the cell is shaded in this RAG's colour; `text` is still the word (colour-blind readers, black-and-white printers). */
  readonly rag?: RagValue;
  readonly align?: "left" | "right" | "center";
  readonly bold?: boolean;
}

export interface PackTableColumn {
  readonly heading: string;
  /** Share of the table's width, in any unit: the renderer scales them to the page. */
  readonly width: number;
  readonly align?: "left" | "right" | "center";
}

/** A row of a pack table: cells under the columns, or one band spanning them all (a theme heading in the appendix). */
export type PackTableRow =
  | { readonly kind: "cells"; readonly cells: readonly PackCell[] }
  | { readonly kind: "band"; readonly text: string };

export interface PackTable {
  /** A short caption, read by screen readers as the table's description and printed above it. */
  readonly caption: string;
  readonly columns: readonly PackTableColumn[];
  readonly rows: readonly PackTableRow[];
  /** The last row is a total: printed bold. */
  readonly hasTotalRow?: boolean;
}

/** A stacked bar per category (theme), segments in `series` order. */
export interface StackedBarChart {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: ReadonlyArray<{ readonly rag: RagValue; readonly values: readonly number[] }>;
  /** What the chart shows, in words: alt text for the image. */
  readonly altText: string;
}

export type PackBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "bullets"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly table: PackTable }
  | { readonly kind: "chart"; readonly chart: StackedBarChart };

/** A run of pages with one orientation: the report portrait, the appendix landscape. */
export interface PackSection {
  readonly orientation: "portrait" | "landscape";
  readonly blocks: readonly PackBlock[];
}

export interface CommitteePack {
  /** The document title, also its first heading and its file properties' title. */
  readonly title: string;
  readonly progressUpTo: IsoDate;
  /** Footer text on every page, before "Page N of M". */
  readonly footer: string;
  readonly sections: readonly PackSection[];
}
