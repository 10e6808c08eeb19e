/** Small helpers for writing corpus rows: dates, actions with their expected reading, fills. */
import type { RagValue } from "../../../src/core/rag/RagValue.js";
import type { CellDef, Meaning, RowDef } from "../CorpusWorkbook.js";

/** A calendar date as ExcelJS expects it (UTC fields hold the date). */
export function d(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Dates relative to the corpus as-of date, 15 January 2025 (README.md, "RAG rules"):
 * PAST is overdue (Red unless complete), SOON is due within 30 days (Amber), LATER and FAR are Green.
 */
export const PAST = d(2024, 11, 29);
export const SOON = d(2025, 2, 7);
export const LATER = d(2025, 6, 30);
export const FAR = d(2025, 9, 30);
export const EARLIER = d(2024, 6, 28);

/** An action row with the reading we expect of it. */
export function act(cells: readonly CellDef[], rag: RagValue, meaning: Meaning, theme: string | null, ref?: string): RowDef {
  return { cells, expect: { rag, meaning, theme, ...(ref !== undefined ? { ref } : {}) } };
}

/** A heading or label cell in bold, as councils format their header rows. */
export function h(text: string): CellDef {
  return { v: text, bold: true };
}

export function headers(...texts: string[]): CellDef[] {
  return texts.map((text) => (text === "" ? undefined : h(text)));
}

/** Excel's standard colours (Home > Fill Colour > Standard Colors), which officers pick for RAG. */
export const STANDARD = { red: "FF0000", amber: "FFC000", green: "00B050", blue: "0070C0", lightGreen: "92D050" } as const;
