/**
 * "PT Problems": the check's problem list as a sheet an officer can send back to a colleague, each
 * cell a link to the problem's cell in the plan. A plain generated sheet (marker in A1, replaced in
 * place) written on request from the pane, and rewritten by a refresh while it exists, so it never
 * lists problems the plan no longer has.
 *
 * The links are `HYPERLINK("#'Sheet'!D47", "D47")` formulas: the `#` form jumps inside the workbook
 * in Excel 2016+ and LibreOffice alike, needs no requirement set, and stays right when the sheet is
 * copied to another workbook with the plan. Everything copied from the plan (messages quote the
 * officer's own text) is written as text cells, so a note starting "=" or "- " stays text.
 */
import { excelString } from "../rag/excelText.js";
import type { IsoDate } from "../parse/IsoDate.js";
import type { IssueJson } from "../report/ValidationReport.js";
import { issueKindLabel } from "../report/issueKinds.js";
import { severityWord } from "../report/problemsAsText.js";
import { SheetSpecBuilder, formula, text, ukDate, type SheetSpec } from "../sheets/SheetSpec.js";
import { MACHINERY_TAB, STYLE, withReportStyles } from "./sheetStyles.js";

const HEADER_ROW = 4;
const COLUMNS = [
  { header: "Sheet", width: 18 },
  { header: "Cell", width: 8 },
  { header: "Severity", width: 10 },
  { header: "Kind", width: 22 },
  { header: "Problem", width: 50 },
  { header: "To fix", width: 50 },
] as const;

/** The in-workbook link target for a cell: `#'Sheet name'!D47`, the name always quoted (quotes in it doubled). */
export function cellLinkTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** `HYPERLINK("#'CIP monitoring'!D47","D47")`, without the leading `=`. */
export function cellLinkFormula(sheet: string, cell: string): string {
  return `HYPERLINK(${excelString(cellLinkTarget(sheet, cell))},${excelString(cell)})`;
}

export interface ProblemsSheetInput {
  readonly sheetName: string;
  readonly asOf: IsoDate;
  /** When the list was made, as the sheets show it ("30/09/2018 12:00"). */
  readonly checkedAt: string;
  readonly issues: readonly IssueJson[];
}

export function buildProblemsSheet({ sheetName, asOf, checkedAt, issues }: ProblemsSheetInput): SheetSpec {
  const b = withReportStyles(new SheetSpecBuilder(sheetName, "problems")).tabColor(MACHINERY_TAB);
  COLUMNS.forEach((column, i) => b.column(i + 1, { width: column.width }));
  b.row(2, [text("Problems found in the plan", STYLE.title)]);
  b.row(3, [text(`Checked as at ${ukDate(asOf)}, on ${checkedAt}. Select a cell in the Cell column to go to the problem. Check again in Plan Tracker to bring this list up to date.`, STYLE.subtitle)]);
  b.row(HEADER_ROW, COLUMNS.map((column) => text(column.header, STYLE.header)));
  let row = HEADER_ROW + 1;
  for (const issue of issues) {
    b.row(row++, [
      text(issue.sheet, STYLE.text),
      formula(cellLinkFormula(issue.sheet, issue.cell), issue.cell, STYLE.text),
      text(severityWord(issue.severity), STYLE.text),
      text(issueKindLabel(issue.code), STYLE.text),
      text(issue.message, STYLE.text),
      text(issue.fix, STYLE.text),
    ]);
  }
  if (issues.length === 0) b.row(row++, [text("No problems found.", STYLE.subtitle)]);
  b.freeze(HEADER_ROW);
  return b.build();
}
