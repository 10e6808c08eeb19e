/**
 * The generated **Benefits** sheet (issue 3): cashable benefits by financial year × project stage,
 * × service area, already in the MTFP vs new, and the one-off investment — committee-ready, every
 * figure a live Excel formula over the officer's plan cells.
 *
 * Layout (rows from 2; row 1 is the hidden marker):
 *
 * ```
 *  A                        B…       Total │   (gap)  │ Benefit lines (working table, not printed)
 *  Title                                    │          │ title, explanation
 *  Source / plan title                      │          │ Sheet | Row | Project | Stage | Service area |
 *  As at      dd/mm/yyyy                    │          │   In MTFP | 2022/23 … | Total | One-off investment | Notes
 *  Refreshed  <timestamp>                   │          │ one line per project: amounts are
 *  Explanation                              │          │   IF(ISNUMBER(c),c,IFERROR(VALUE(SUBSTITUTE…(c)),0))
 *  By financial year and project stage      │          │   stage / service area: IF(TRIM(c&"")="","(not given)",TRIM(c&""))
 *  Project stage | 2022/23 … | Total        │          │   total: SUM(years)
 *  <stage>  SUMPRODUCT((stages=$A9)*year)   │          │
 *  Total    SUM(year lines)                 │          │
 *  By financial year and service area …     │          │
 *  Already in the MTFP and new …            │          │
 *  One-off investment  SUM(investment lines)│          │
 *  Notes (typed-as-text, tbc, footnotes)    │          │
 * ```
 *
 * The summary tables add up the benefit lines ({@link benefitLines}), never the plan directly, so an
 * amount typed as text ("(10,000)") is counted as the core counts it. The print area covers the
 * summary only. Formulas use SUM and SUMPRODUCT with plain comparisons (no IF inside, no SUMIFS
 * criteria quirks with "*" or "=" in a label): Excel 2016+ and LibreOffice 7.4 compute them as is.
 */
import { excelString } from "../rag/excelText.js";
import { amountConvention, describeAmountConvention } from "../analysis/amountConvention.js";
import { NOT_GIVEN } from "../analysis/totalBenefits.js";
import type { PlanRows } from "../live/planRows.js";
import { OUT_OF_DATE_PREFIX } from "../live/staleness.js";
import { columnLetters, columnNumber, type CellRange } from "../grid/Address.js";
import type { IsoDate } from "../parse/IsoDate.js";
import type { Plan } from "../plan/Plan.js";
import {
  MONEY_FORMAT,
  SheetSpecBuilder,
  blank,
  committeePrintSetup,
  date,
  formula,
  num,
  text,
  wrappedLineCount,
  type CellSpec,
  type SheetSpec,
} from "../sheets/SheetSpec.js";
import {
  addMoney,
  benefitLines,
  type AmountRemark,
  AMOUNT_TEXT_COMPARED,
  type BenefitLine,
  type BenefitLines,
  type LineAmount,
  type LineLabel,
} from "./benefitLines.js";

export interface BenefitsSheetContext {
  /** The plan-rows sheets of the plans with amounts, for the live out-of-date check. */
  readonly planRows?: readonly PlanRows[];
  readonly asOf: IsoDate;
  /** When the refresh ran, as the caller wants it shown (e.g. "2022-03-01 09:30"). */
  readonly refreshedAt: string;
  readonly sheetName: string;
}

export const BENEFITS_TITLE = "Cashable benefits and one-off investment";
export const IN_MTFP_LABEL = "Already in the MTFP";
export const NEW_LABEL = "New (not yet in the MTFP)";
export const TOTAL_LABEL = "Total";
export const INVESTMENT_LABEL = "One-off investment";
const YES = "Yes";
const NO = "No";
/** Cells listed by name in one note before "… and N more". */
const NOTE_LIST_LIMIT = 8;

const STYLES = {
  title: { bold: true, fontSize: 14 },
  subtitle: { italic: true },
  label: { bold: true },
  date: { numberFormat: "dd/mm/yyyy", horizontal: "left" },
  section: { bold: true, fontSize: 12 },
  header: { bold: true, fill: "1F4E79", fontColor: "FFFFFF", wrap: true, border: "thin", horizontal: "center", vertical: "middle" },
  headerLeft: { bold: true, fill: "1F4E79", fontColor: "FFFFFF", wrap: true, border: "thin", horizontal: "left", vertical: "middle" },
  rowLabel: { wrap: true, border: "thin", vertical: "top" },
  money: { numberFormat: MONEY_FORMAT, border: "thin", vertical: "top" },
  totalLabel: { bold: true, fill: "D9E1F2", border: "thin" },
  totalMoney: { bold: true, fill: "D9E1F2", border: "thin", numberFormat: MONEY_FORMAT },
  note: { wrap: true, vertical: "top" },
  lineTitle: { bold: true, fontSize: 12, fontColor: "595959" },
  lineNote: { italic: true, fontColor: "595959" },
  lineHeader: { bold: true, fill: "D9D9D9", border: "thin", wrap: true, vertical: "middle" },
  line: { border: "thin" },
  lineMoney: { numberFormat: MONEY_FORMAT, border: "thin" },
  lineTotal: { numberFormat: MONEY_FORMAT, border: "thin", bold: true },
  stale: { bold: true, fontColor: "C00000" },
} as const;

type StyleName = keyof typeof STYLES;

const WIDTH = { label: 42, year: 13, total: 14, gap: 3 } as const;

const POUNDS = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "(10,000)" for -10000, "90,000" for 90000: how councils print money. */
export function councilMoney(value: number): string {
  const body = POUNDS.format(Math.abs(value));
  return value < 0 ? `(${body})` : body;
}

function cellRange(column: number, first: number, last: number): string {
  const letters = columnLetters(column);
  return `$${letters}$${first}:$${letters}$${last}`;
}

/** A label group of the summary: lines compared as Excel's "=" compares text (ignoring case). */
interface Group {
  readonly label: string;
  readonly lines: BenefitLine[];
}

function groupBy(lines: readonly BenefitLine[], labelOf: (line: BenefitLine) => LineLabel | null): Group[] {
  const groups = new Map<string, Group>();
  for (const line of lines) {
    const label = labelOf(line)?.label;
    if (label === undefined) continue;
    const key = label.toUpperCase();
    let group = groups.get(key);
    if (!group) {
      group = { label, lines: [] };
      groups.set(key, group);
    }
    group.lines.push(line);
  }
  return [...groups.values()];
}

function sumYear(lines: readonly BenefitLine[], year: string): number {
  return lines.reduce((sum, line) => addMoney(sum, line.years[year]?.value ?? 0), 0);
}

function sumTotals(lines: readonly BenefitLine[]): number {
  return lines.reduce((sum, line) => addMoney(sum, line.total), 0);
}

/** The helper table's columns, in order; some only when a plan has the field. */
interface HelperColumns {
  readonly sheet: number;
  readonly row: number;
  readonly project: number;
  readonly stage?: number;
  readonly serviceArea?: number;
  readonly mtfp: number;
  readonly years: Readonly<Record<string, number>>;
  readonly total: number;
  readonly investment?: number;
  readonly notes: number;
  /** 1 while the line's plan row still holds its project, else 0 (see BenefitLine.identity). */
  readonly stillHere: number;
  /** 1 when the line's amounts typed as text are not what they were at the refresh, else 0. */
  readonly textNow: number;
  readonly last: number;
}

/**
 * 1 when any amount of the line now holds other text than at the refresh (a number where there was
 * text, "tbc" retyped as "(1,500)", words typed over a number), else 0: the notes name those texts.
 */
function textAmountsChanged(line: BenefitLine): string {
  // A text too long to compare is checked only for still being text ("T").
  const now = line.amountReferences
    .map((ref, i) => (line.amountTexts[i] === null ? `IF(ISTEXT(${ref}),"T","")` : `IF(ISTEXT(${ref}),LEFT(TRIM(${ref}),${AMOUNT_TEXT_COMPARED}),"")`))
    .join(`&"|"&`);
  const then = line.amountTexts.map((text) => text ?? "T").join("|");
  return `IFERROR(IF(${now}=${excelString(then)},0,1),1)`;
}

function helperColumns(data: BenefitLines, first: number): HelperColumns {
  let c = first;
  const sheet = c++;
  const row = c++;
  const project = c++;
  const stage = data.hasStage ? c++ : undefined;
  const serviceArea = data.hasServiceArea ? c++ : undefined;
  const mtfp = c++;
  const years: Record<string, number> = {};
  for (const year of data.years) years[year] = c++;
  const total = c++;
  const investment = data.hasInvestment ? c++ : undefined;
  const notes = c++;
  const stillHere = c++;
  const textNow = c;
  return {
    sheet,
    row,
    project,
    ...(stage !== undefined ? { stage } : {}),
    ...(serviceArea !== undefined ? { serviceArea } : {}),
    mtfp,
    years,
    total,
    ...(investment !== undefined ? { investment } : {}),
    notes,
    stillHere,
    textNow,
    last: textNow,
  };
}

function amountCell(amount: LineAmount | undefined, style: StyleName): CellSpec {
  if (!amount) return blank(style);
  return amount.formula !== undefined ? formula(amount.formula, amount.value, style) : num(amount.value, style);
}

function labelCell(label: LineLabel | null): CellSpec {
  // A line whose plan has no such column, on a sheet where another plan has one.
  if (!label) return text(NOT_GIVEN, "line");
  return label.formula !== undefined ? formula(label.formula, label.label, "line") : text(label.label, "line");
}

function shortText(value: string, max = 48): string {
  const oneLine = value.replace(/\s*\n+\s*/g, " / ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

const LINE_REMARKS: Readonly<Record<AmountRemark, (amount: LineAmount) => string>> = {
  "typed-as-text": (a) => `${a.address} is text "${shortText(a.written ?? "")}": counted as ${councilMoney(a.value)}`,
  tbc: (a) => `${a.address} "${shortText(a.written ?? "")}" not yet known: counted as 0`,
  excluded: (a) => `${a.address} "${shortText(a.written ?? "")}" excluded by footnote ${a.footnote?.mark ?? ""}`,
  fixed: (a) => `${a.address} "${shortText(a.written ?? "")}" read at refresh as ${councilMoney(a.value)} (not live)`,
  "not-an-amount": (a) => `${a.address} "${shortText(a.written ?? "")}" is not an amount: counted as 0`,
};

function lineAmounts(line: BenefitLine, years: readonly string[]): LineAmount[] {
  const amounts = years.map((year) => line.years[year]).filter((a): a is LineAmount => a !== undefined);
  return line.investment ? [...amounts, line.investment] : amounts;
}

function lineNote(line: BenefitLine, years: readonly string[]): string {
  return lineAmounts(line, years)
    .filter((a) => a.remark !== undefined)
    .map((a) => LINE_REMARKS[a.remark as AmountRemark](a))
    .join("; ");
}

function listCells(items: readonly string[]): string {
  const shown = items.slice(0, NOTE_LIST_LIMIT).join(", ");
  return items.length > NOTE_LIST_LIMIT ? `${shown} and ${items.length - NOTE_LIST_LIMIT} more (see Benefit lines)` : shown;
}

/** The note lines under the summary: what was counted unusually, and why. */
function summaryNotes(data: BenefitLines): string[] {
  const all = data.lines.flatMap((line) => lineAmounts(line, data.years).map((amount) => ({ line, amount })));
  const cellName = (line: BenefitLine, amount: LineAmount): string =>
    `${data.severalSheets ? `${line.sheet}!` : ""}${amount.address} "${shortText(amount.written ?? "", 40)}"`;
  const of = (remark: AmountRemark) => all.filter(({ amount }) => amount.remark === remark);
  const notes: string[] = [];

  const typed = of("typed-as-text");
  if (typed.length > 0) {
    notes.push(
      `Counted although typed as text in the plan (the plan's own SUM totals leave these out; retype them as numbers): ${listCells(
        typed.map(({ line, amount }) => `${cellName(line, amount)} = ${councilMoney(amount.value)}`),
      )}.`,
    );
  }
  const excluded = of("excluded");
  const marks = [...new Set(excluded.map(({ amount }) => amount.footnote?.mark ?? ""))];
  for (const mark of marks) {
    const cells = excluded.filter(({ amount }) => (amount.footnote?.mark ?? "") === mark);
    const footnote = cells[0]?.amount.footnote?.text ?? "";
    notes.push(
      `Not counted, excluded by footnote ${mark} ("${shortText(footnote, 160)}"): ${listCells(cells.map(({ line, amount }) => cellName(line, amount)))}.`,
    );
  }
  const tbc = of("tbc");
  if (tbc.length > 0) notes.push(`Not yet known (tbc), counted as 0: ${listCells(tbc.map(({ line, amount }) => cellName(line, amount)))}.`);
  const fixed = of("fixed");
  if (fixed.length > 0) {
    notes.push(
      `Read when the sheet was refreshed, not live (retype as one number to make it live): ${listCells(
        fixed.map(({ line, amount }) => `${cellName(line, amount)} = ${councilMoney(amount.value)}`),
      )}.`,
    );
  }
  const words = of("not-an-amount");
  if (words.length > 0) notes.push(`Not amounts, counted as 0: ${listCells(words.map(({ line, amount }) => cellName(line, amount)))}.`);

  if (data.hasMtfp && data.years.length > 0) {
    notes.push(
      data.mtfpFootnotes.length > 0
        ? `"${IN_MTFP_LABEL}" means ${data.mtfpFootnotes.map((note) => `marked ${note.mark} ("${shortText(note.text, 160)}")`).join(" or ")}; the mark is read when the sheet is refreshed.`
        : `"${IN_MTFP_LABEL}" follows the plan's MTFP column as it stood when the sheet was refreshed.`,
    );
  }
  return notes;
}

/** A check that the first line's first amount cell is still where the notes say it is. */
function firstAmountMoved(data: BenefitLines): string[] {
  const line = data.lines[0];
  const reference = line?.amountReferences[0];
  if (!line || reference === undefined) return [];
  const column = /!\$?([A-Z]+)\$?\d+$/.exec(reference)?.[1];
  return column === undefined ? [] : [`OR(ROW(${reference})<>${line.row},COLUMN(${reference})<>${columnNumber(column)})`];
}

function subtitle(plans: readonly Plan[], data: BenefitLines): string {
  const sources = [...new Set(data.lines.map((line) => line.sheet))];
  const title = plans.find((plan) => sources.includes(plan.sheet) && plan.title)?.title;
  // The plan's title when it has one: a sheet name here would be wrong as soon as the sheet is renamed.
  if (title && sources.length === 1) return title;
  return `From ${sources.map((sheet) => `"${sheet}"`).join(", ")}`;
}

/**
 * The Benefits sheet for these plans, or null when no plan has benefit-year or investment columns.
 * Every formula cell's `expected` is what the core counts (equal to {@link totalBenefits}).
 */
export function buildBenefitsSheet(
  plans: readonly Plan[],
  context: BenefitsSheetContext,
): SheetSpec | null {
  const data = benefitLines(plans);
  if (data.years.length === 0 && !data.hasInvestment) return null;

  const b = new SheetSpecBuilder(context.sheetName, "benefits");
  for (const [name, style] of Object.entries(STYLES)) b.style(name, style);

  const { years } = data;
  const lastSummaryColumn = years.length > 0 ? years.length + 2 : 2;
  const totalColumn = years.length + 2;
  const yearColumn = (i: number): number => 2 + i;
  // With no benefit years the summary is the label column and one amount column (the investment).
  const widths = [WIDTH.label, ...years.map(() => WIDTH.year), WIDTH.total];
  b.columnWidths(widths);
  b.column(lastSummaryColumn + 1, { width: WIDTH.gap });
  const summaryWidth = widths.reduce((sum, w) => sum + w, 0);

  // Benefit lines, to the right of the summary.
  const hc = helperColumns(data, lastSummaryColumn + 2);
  const lineHeaderRow = 4;
  const firstLine = lineHeaderRow + 1;
  const lastLine = Math.max(firstLine, firstLine + data.lines.length - 1);
  b.cell(2, hc.sheet, text("Benefit lines: one row per project, read live from the plan (working table, not printed)", "lineTitle"));
  b.cell(
    3,
    hc.sheet,
    text(
      "Each amount reads its plan cell: numbers as they are, amounts typed as text such as (10,000) converted, tbc and words as 0. The tables on the left add these lines up.",
      "lineNote",
    ),
  );
  const lineHeaders: Array<[number | undefined, string, number]> = [
    [hc.sheet, "Sheet", 16],
    [hc.row, "Row", 6],
    [hc.project, "Project", 48],
    [hc.stage, "Project stage", 20],
    [hc.serviceArea, "Service area", 30],
    [hc.mtfp, "In MTFP", 9],
    ...years.map((year): [number, string, number] => [hc.years[year] as number, year, 12]),
    [hc.total, "Total benefits", 13],
    [hc.investment, INVESTMENT_LABEL, 13],
    [hc.notes, "Notes", 70],
    [hc.stillHere, "Still on its row", 9],
    [hc.textNow, "Text amounts changed", 9],
  ];
  for (const [column, header, width] of lineHeaders) {
    if (column === undefined) continue;
    b.cell(lineHeaderRow, column, text(header, "lineHeader"));
    b.column(column, { width });
  }
  data.lines.forEach((line, i) => {
    const r = firstLine + i;
    b.cell(r, hc.sheet, text(line.sheet, "line"));
    b.cell(r, hc.row, num(line.row, "line"));
    b.cell(r, hc.project, text(line.project, "line"));
    if (hc.stage !== undefined) b.cell(r, hc.stage, labelCell(line.stage));
    if (hc.serviceArea !== undefined) b.cell(r, hc.serviceArea, labelCell(line.serviceArea));
    b.cell(r, hc.mtfp, text(line.inMtfp ? YES : NO, "line"));
    for (const year of years) b.cell(r, hc.years[year] as number, amountCell(line.years[year], "lineMoney"));
    if (years.length > 0) {
      const from = columnLetters(hc.years[years[0] as string] as number);
      const to = columnLetters(hc.years[years[years.length - 1] as string] as number);
      b.cell(r, hc.total, formula(`SUM(${from}${r}:${to}${r})`, line.total, "lineTotal"));
    } else {
      b.cell(r, hc.total, num(0, "lineTotal"));
    }
    if (hc.investment !== undefined) b.cell(r, hc.investment, amountCell(line.investment, "lineMoney"));
    const note = lineNote(line, years);
    if (note !== "") b.cell(r, hc.notes, text(note));
    b.cell(
      r,
      hc.stillHere,
      line.identity
        ? formula(`IFERROR(IF(LEFT(TRIM(${line.identity.reference}&""),200)=${excelString(line.identity.text)},1,0),0)`, 1, "line")
        : num(1, "line"),
    );
    b.cell(r, hc.textNow, line.amountReferences.length === 0 ? num(0, "line") : formula(textAmountsChanged(line), 0, "line"));
  });
  const yearRange = (year: string): string => cellRange(hc.years[year] as number, firstLine, lastLine);
  const totalRange = cellRange(hc.total, firstLine, lastLine);

  // The summary.
  let r = 2;
  const wide = (row: number): void => {
    if (lastSummaryColumn > 1) b.merge({ top: row, left: 1, bottom: row, right: lastSummaryColumn });
  };
  b.cell(r, 1, text(BENEFITS_TITLE, "title"));
  wide(r++);
  b.cell(r, 1, text(subtitle(plans, data), "subtitle"));
  wide(r++);
  b.row(r++, [text("As at", "label"), date(context.asOf, "date")]);
  b.row(r++, [text("Refreshed", "label"), text(context.refreshedAt)]);
  // Live: the lines are the plan's projects at the refresh. A project moved (a sort), added or removed,
  // or an amount retyped as text, and the sheet says so — it does not add up the wrong rows.
  const checks = [
    data.lines.length === 0 ? "FALSE" : `SUM(${cellRange(hc.stillHere, firstLine, lastLine)})<${data.lines.length}`,
    data.lines.length === 0 ? "FALSE" : `SUM(${cellRange(hc.textNow, firstLine, lastLine)})>0`,
    ...(context.planRows ?? []).map((rows) => `${rows.reasonCell}<>""`),
    // The notes name cells ("H6"): a row or column inserted before them makes those names wrong.
    ...firstAmountMoved(data),
    ...(context.planRows && context.planRows.length > 0 ? [`${context.planRows.map((rows) => `COUNTIF(${rows.range("action")},1)`).join("+")}<>${data.lines.length}`] : []),
  ];
  b.row(r++, [
    formula(
      `IFERROR(IF(OR(${checks.join(",")}),${excelString(`${OUT_OF_DATE_PREFIX}: the plan's projects or amounts changed in a way these tables cannot follow. Refresh the summary.`)},""),${excelString(`${OUT_OF_DATE_PREFIX}: the plan changed shape. Refresh the summary.`)})`,
      "",
      "stale",
    ),
  ]);
  const noteRow = (content: string): void => {
    b.cell(r, 1, text(content, "note"));
    wide(r);
    b.rowHeight(r, Math.min(409, wrappedLineCount(content, summaryWidth) * 15 + 2));
    r++;
  };
  noteRow(
    `${describeAmountConvention(amountConvention(plans))} Every figure is a live formula over the plan's cells, so it follows later edits; the Notes say what was read unusually.`,
  );
  r++;

  const tableHeader = (first: string): void => {
    b.cell(r, 1, text(first, "headerLeft"));
    years.forEach((year, i) => b.cell(r, yearColumn(i), text(year, "header")));
    b.cell(r, totalColumn, text(TOTAL_LABEL, "header"));
    r++;
  };
  const rowTotal = (row: number): string =>
    `SUM(${columnLetters(yearColumn(0))}${row}:${columnLetters(yearColumn(years.length - 1))}${row})`;
  const totalRow = (label: string): void => {
    b.cell(r, 1, text(label, "totalLabel"));
    years.forEach((year, i) => b.cell(r, yearColumn(i), formula(`SUM(${yearRange(year)})`, sumYear(data.lines, year), "totalMoney")));
    b.cell(r, totalColumn, formula(`SUM(${totalRange})`, sumTotals(data.lines), "totalMoney"));
    r++;
  };
  const groupTable = (heading: string, first: string, labelColumn: number | undefined, groups: readonly Group[]): void => {
    b.cell(r++, 1, text(heading, "section"));
    tableHeader(first);
    for (const group of groups) {
      b.cell(r, 1, text(group.label, "rowLabel"));
      const labelRange = cellRange(labelColumn as number, firstLine, lastLine);
      years.forEach((year, i) =>
        b.cell(r, yearColumn(i), formula(`SUMPRODUCT((${labelRange}=$A${r})*${yearRange(year)})`, sumYear(group.lines, year), "money")),
      );
      b.cell(r, totalColumn, formula(rowTotal(r), sumTotals(group.lines), "money"));
      r++;
    }
    totalRow(TOTAL_LABEL);
    r++;
  };

  if (years.length > 0) {
    if (data.hasStage) {
      groupTable("Cashable benefits by financial year and project stage", "Project stage", hc.stage, groupBy(data.lines, (line) => line.stage ?? { label: NOT_GIVEN }));
    }
    if (data.hasServiceArea) {
      groupTable("Cashable benefits by financial year and service area", "Service area", hc.serviceArea, groupBy(data.lines, (line) => line.serviceArea ?? { label: NOT_GIVEN }));
    }
    if (!data.hasStage && !data.hasServiceArea) groupTable("Cashable benefits by financial year", "Cashable benefits", undefined, []);
    if (data.hasMtfp) {
      b.cell(r++, 1, text("Cashable benefits already in the MTFP and new", "section"));
      tableHeader("Medium-Term Financial Plan");
      const mtfpRange = cellRange(hc.mtfp, firstLine, lastLine);
      for (const [label, flag] of [[IN_MTFP_LABEL, YES], [NEW_LABEL, NO]] as const) {
        const lines = data.lines.filter((line) => line.inMtfp === (flag === YES));
        b.cell(r, 1, text(label, "rowLabel"));
        years.forEach((year, i) =>
          b.cell(r, yearColumn(i), formula(`SUMPRODUCT((${mtfpRange}=${excelString(flag)})*${yearRange(year)})`, sumYear(lines, year), "money")),
        );
        b.cell(r, totalColumn, formula(rowTotal(r), sumTotals(lines), "money"));
        r++;
      }
      totalRow(TOTAL_LABEL);
      r++;
    }
  }

  if (hc.investment !== undefined) {
    b.cell(r++, 1, text(INVESTMENT_LABEL, "section"));
    const investment = data.lines.reduce((sum, line) => addMoney(sum, line.investment?.value ?? 0), 0);
    b.row(r++, [
      text("One-off investment counted", "totalLabel"),
      formula(`SUM(${cellRange(hc.investment, firstLine, lastLine)})`, investment, "totalMoney"),
    ]);
    r++;
  }

  const notes = summaryNotes(data);
  if (notes.length > 0) {
    b.cell(r++, 1, text("Notes", "section"));
    notes.forEach((note, i) => noteRow(`${i + 1}. ${note}`));
  }
  const lastSummaryRow = r - 1;

  const printArea: CellRange = { top: 2, left: 1, bottom: lastSummaryRow, right: lastSummaryColumn };
  b.print({ ...committeePrintSetup({ asAt: context.asOf, title: BENEFITS_TITLE }), printArea });
  return b.build();
}
