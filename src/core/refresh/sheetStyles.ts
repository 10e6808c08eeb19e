/**
 * The look shared by the generated sheets: one set of named styles, so the summary, the exceptions
 * and the committee tables read as one report.
 */
import { RAG_STYLES } from "../rag/ragStyles.js";
import { DEFAULT_DATE_FORMAT, type CellStyle, type SheetSpecBuilder } from "../sheets/SheetSpec.js";

export const STYLE = {
  title: "title",
  subtitle: "subtitle",
  note: "note",
  heading: "heading",
  caption: "caption",
  header: "header",
  theme: "theme",
  text: "text",
  date: "date",
  parsedDate: "parsed-date",
  count: "count",
  total: "total",
  totalLabel: "total-label",
  rag: "rag",
  label: "label",
  workingHeader: "working-header",
  working: "working",
  /** The live "Out of date" banner: bold dark red, so it cannot be missed on screen or on paper. */
  stale: "stale",
} as const;

const HEADER_BLUE = "1F4E79";

const STYLES: Readonly<Record<string, CellStyle>> = {
  [STYLE.title]: { bold: true, fontSize: 14 },
  [STYLE.subtitle]: { italic: true, fontColor: "404040" },
  [STYLE.note]: { italic: true, fontColor: "595959" },
  [STYLE.heading]: { bold: true, fontSize: 12, fontColor: HEADER_BLUE },
  [STYLE.caption]: { bold: true },
  [STYLE.header]: { bold: true, fill: HEADER_BLUE, fontColor: "FFFFFF", wrap: true, border: "thin", vertical: "top" },
  [STYLE.theme]: { bold: true, fill: "D9E1F2", wrap: true, border: "thin", vertical: "top" },
  [STYLE.text]: { wrap: true, border: "thin", vertical: "top" },
  [STYLE.date]: { numberFormat: DEFAULT_DATE_FORMAT, border: "thin", vertical: "top", horizontal: "left" },
  [STYLE.parsedDate]: { numberFormat: DEFAULT_DATE_FORMAT, italic: true, border: "thin", vertical: "top", horizontal: "left" },
  [STYLE.count]: { numberFormat: "0", border: "thin", horizontal: "center", vertical: "top" },
  [STYLE.total]: { numberFormat: "0", bold: true, border: "thin", horizontal: "center", fill: "F2F2F2" },
  [STYLE.totalLabel]: { bold: true, border: "thin", fill: "F2F2F2" },
  [STYLE.rag]: { bold: true, border: "thin", horizontal: "center", vertical: "top" },
  [STYLE.label]: { border: "thin", vertical: "top", wrap: true },
  [STYLE.workingHeader]: { bold: true, fill: "E7E6E6", wrap: true, border: "thin", vertical: "top", fontColor: "404040" },
  [STYLE.working]: { border: "thin", vertical: "top", fontColor: "404040" },
  [STYLE.stale]: { bold: true, fontColor: "C00000" },
  ...RAG_STYLES,
};

/** Adds every shared style to a builder. */
export function withReportStyles(builder: SheetSpecBuilder): SheetSpecBuilder {
  for (const [name, style] of Object.entries(STYLES)) builder.style(name, style);
  return builder;
}

/** Tab colours: report sheets blue, machinery grey. */
export const REPORT_TAB = HEADER_BLUE;
export const MACHINERY_TAB = "A6A6A6";
