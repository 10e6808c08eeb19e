/**
 * How each RAG word looks: a fill and a font colour chosen so the word stays readable on its fill.
 * Generated sheets show RAG as a fill *and* the word (colour-blind readers, black-and-white printers),
 * the fill coming from a conditional format so it follows the live formula.
 */
import type { CellStyle } from "../sheets/SheetSpec.js";
import { RAG_VALUES, type RagValue } from "./RagValue.js";

const COLOURS: Readonly<Record<RagValue, { readonly fill: string; readonly font: string }>> = {
  Blue: { fill: "0070C0", font: "FFFFFF" },
  Green: { fill: "00B050", font: "000000" },
  "Amber/Green": { fill: "C4D79B", font: "000000" },
  Amber: { fill: "FFC000", font: "000000" },
  "Amber/Red": { fill: "F4B084", font: "000000" },
  Red: { fill: "C00000", font: "FFFFFF" },
  Grey: { fill: "BFBFBF", font: "000000" },
};

/** The fill and the font colour that reads on it, as six hex digits: for charts and documents drawn outside the sheets. */
export function ragColours(value: RagValue): { readonly fill: string; readonly font: string } {
  return COLOURS[value];
}

/** Style name of a RAG word: "rag-amber-green" for Amber/Green. */
export function ragStyleName(value: RagValue): string {
  return `rag-${value.toLowerCase().replace("/", "-")}`;
}

/** The conditional-format styles, by style name. Add them to any spec (or sheet) that uses {@link ragStyleMap}. */
export const RAG_STYLES: Readonly<Record<string, CellStyle>> = Object.fromEntries(
  RAG_VALUES.map((value) => [ragStyleName(value), { fill: COLOURS[value].fill, fontColor: COLOURS[value].font, bold: true }]),
);

/** RAG word → style name, for `SheetSpecBuilder.ragFormats`. */
export function ragStyleMap(values: readonly RagValue[] = RAG_VALUES): Record<string, string> {
  return Object.fromEntries(values.map((value) => [value, ragStyleName(value)]));
}
