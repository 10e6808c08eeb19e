/**
 * The column choices of a plan as the report gives them: every mapped field with its column and
 * heading, and the columns set aside with why (see ColumnChoice.ts).
 */
import type { ChosenColumns } from "./chooseColumns.js";
import type { ColumnChoice, RejectedColumn } from "./ColumnChoice.js";
import type { Plan } from "./Plan.js";
import type { SheetReader } from "./SheetReader.js";

export function describeColumns(plan: Plan, reader: SheetReader, chosen: ChosenColumns | undefined): ColumnChoice[] {
  const headerRow = plan.headerRows[0];
  const heading = (column: number): string => (headerRow === undefined ? "" : reader.text(headerRow, column));
  const decisions = chosen?.decisions ?? new Map();
  const entries: Array<[string, number]> = [
    ...Object.entries(plan.columns.fields).map(([field, column]) => [field, column] as [string, number]),
    ...Object.entries(plan.columns.benefitYears).map(([year, column]) => [`benefit:${year}`, column] as [string, number]),
  ];
  if (plan.completionColumns?.percent !== undefined) entries.push(["percentComplete", plan.completionColumns.percent]);
  if (plan.completionColumns?.dateCompleted !== undefined) entries.push(["dateCompleted", plan.completionColumns.dateCompleted]);
  return entries
    .sort((a, b) => a[1] - b[1])
    .map(([field, column]): ColumnChoice => {
      const decision = decisions.get(field);
      const rejected: RejectedColumn[] = [...(decision?.rejected ?? [])].filter((r) => r.column !== column);
      if (decision && decision.column !== column) {
        rejected.push({ column: decision.column, header: heading(decision.column), reason: "corrected", detail: "A column correction names another column for this field." });
        rejected.sort((a, b) => a.column - b.column);
      }
      const why = decision && decision.column === column ? decision.why : plan.mappingSource !== "detected" && decision ? "named by a column correction" : undefined;
      return { field, column, header: heading(column), ...(why ? { why } : {}), rejected };
    });
}
