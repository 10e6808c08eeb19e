/**
 * Where everything in the RAG-by-theme chart goes, as plain shapes: one layout drawn twice, as SVG
 * (sharp in Word) and as the PNG fallback (drawn by the docx adapter), so the two always agree.
 * Horizontal stacked bars read better than columns when the categories are long theme names.
 * Each segment carries its count in text as well as colour, and the legend names every colour,
 * so the chart reads in black and white and for colour-blind readers (GUIDE §2, committee-ready).
 */
import { ragColours } from "../rag/ragStyles.js";
import type { StackedBarChart } from "./PackDocument.js";

export interface ChartRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Six hex digits. */
  readonly fill: string;
}

export interface ChartText {
  readonly x: number;
  /** Top of the text. */
  readonly y: number;
  readonly text: string;
  /** Pixel scale of the 5×7 font: glyphs are 5·scale wide, 7·scale tall, 6·scale apart. */
  readonly scale: number;
  readonly color: string;
  readonly anchor: "start" | "middle" | "end";
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly rects: readonly ChartRect[];
  readonly texts: readonly ChartText[];
}

const WIDTH = 1200;
const MARGIN = 24;
const LABEL_WIDTH = 372;
const ROW_HEIGHT = 44;
const BAR_HEIGHT = 30;
const TEXT_SCALE = 2;
const TITLE_SCALE = 3;

/** Width in pixels of `text` at `scale` (the 5×7 font advances 6 pixels a character). */
export function textWidth(text: string, scale: number): number {
  return text.length === 0 ? 0 : (text.length * 6 - 1) * scale;
}

/** `text`, shortened with "..." to fit `width` pixels. */
export function fitText(text: string, width: number, scale: number): string {
  const max = Math.floor((width / scale + 1) / 6);
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 3)).trimEnd()}...`;
}

export function layoutStackedBars(chart: StackedBarChart): ChartLayout {
  const rects: ChartRect[] = [];
  const texts: ChartText[] = [];
  const titleHeight = 7 * TITLE_SCALE + 20;
  texts.push({ x: MARGIN, y: MARGIN, text: fitText(chart.title, WIDTH - 2 * MARGIN, TITLE_SCALE), scale: TITLE_SCALE, color: "000000", anchor: "start" });

  const totals = chart.categories.map((_, c) => chart.series.reduce((sum, series) => sum + (series.values[c] ?? 0), 0));
  const maxTotal = Math.max(1, ...totals);
  const barLeft = MARGIN + LABEL_WIDTH;
  const totalLabelRoom = textWidth(String(maxTotal), TEXT_SCALE) + 12;
  const barRoom = WIDTH - MARGIN - barLeft - totalLabelRoom;
  const top = MARGIN + titleHeight;
  const textHeight = 7 * TEXT_SCALE;

  chart.categories.forEach((category, c) => {
    const rowTop = top + c * ROW_HEIGHT;
    const barTop = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const textTop = rowTop + (ROW_HEIGHT - textHeight) / 2;
    texts.push({ x: barLeft - 12, y: textTop, text: fitText(category, LABEL_WIDTH - 12, TEXT_SCALE), scale: TEXT_SCALE, color: "000000", anchor: "end" });
    let x = barLeft;
    for (const series of chart.series) {
      const value = series.values[c] ?? 0;
      if (value <= 0) continue;
      const width = Math.max(2, Math.round((value / maxTotal) * barRoom));
      const colours = ragColours(series.rag);
      rects.push({ x, y: barTop, width, height: BAR_HEIGHT, fill: colours.fill });
      const label = String(value);
      if (textWidth(label, TEXT_SCALE) + 6 <= width) {
        texts.push({ x: x + width / 2, y: textTop, text: label, scale: TEXT_SCALE, color: colours.font, anchor: "middle" });
      }
      x += width;
    }
    texts.push({ x: x + 8, y: textTop, text: String(totals[c] ?? 0), scale: TEXT_SCALE, color: "000000", anchor: "start" });
  });

  // Legend: a swatch and the word for every rating shown, so colour is never the only cue.
  const legendTop = top + chart.categories.length * ROW_HEIGHT + 16;
  let x = barLeft;
  let y = legendTop;
  for (const series of chart.series) {
    const word = series.rag;
    const itemWidth = 22 + 8 + textWidth(word, TEXT_SCALE) + 28;
    if (x + itemWidth > WIDTH - MARGIN && x > barLeft) {
      x = barLeft;
      y += 30;
    }
    rects.push({ x, y, width: 22, height: 22, fill: ragColours(series.rag).fill });
    texts.push({ x: x + 30, y: y + (22 - textHeight) / 2, text: word, scale: TEXT_SCALE, color: "000000", anchor: "start" });
    x += itemWidth;
  }
  return { width: WIDTH, height: y + 22 + MARGIN, rects, texts };
}
