/**
 * The column choices of a plan as the report gives them: every mapped field with its column and
 * heading, and the columns set aside with why (see ColumnChoice.ts).
 */
import type { ChosenColumns } from "./chooseColumns.js";
import type { ColumnChoice, RejectedColumn, SetAsideHeading } from "./ColumnChoice.js";
import type { Plan } from "./Plan.js";
import type { SheetReader } from "./SheetReader.js";

export interface DescribedColumns {
  readonly choices: ColumnChoice[];
  /** Headings set aside for fields that have no column. */
  readonly unmapped: SetAsideHeading[];
}

export function describeColumns(plan: Plan, reader: SheetReader, chosen: ChosenColumns | undefined, setAside: readonly SetAsideHeading[]): DescribedColumns {
  // A two-row header gives "Dates / Original": the caption above, then the column's own heading.
  // A header repeated for each theme block gives its heading once.
  const heading = (column: number): string => [...new Set(plan.headerRows.map((row) => reader.text(row, column)).filter((text) => text !== ""))].join(" / ");
  const decisions = chosen?.decisions ?? new Map();
  const entries: Array<[string, number]> = [
    ...Object.entries(plan.columns.fields).map(([field, column]) => [field, column] as [string, number]),
    ...Object.entries(plan.columns.benefitYears).map(([year, column]) => [`benefit:${year}`, column] as [string, number]),
  ];
  if (plan.completionColumns?.percent !== undefined) entries.push(["percentComplete", plan.completionColumns.percent]);
  if (plan.completionColumns?.dateCompleted !== undefined) entries.push(["dateCompleted", plan.completionColumns.dateCompleted]);
  // A heading set aside by the header reader stays aside only while its column names nothing else, and
  // the column choice (status, progress: one per period) explains those fields itself.
  const used = new Set(entries.map(([, column]) => column));
  const aside = setAside.filter((heading) => !used.has(heading.column) && !decisions.has(heading.field));
  const asideFor = (field: string): RejectedColumn[] =>
    aside.filter((heading) => heading.field === field).map(({ column, header, reason, detail }) => ({ column, header, reason, detail }));
  const mappedFields = new Set(entries.map(([field]) => field));
  const choices = entries
    .sort((a, b) => a[1] - b[1])
    .map(([field, column]): ColumnChoice => {
      const decision = decisions.get(field);
      const rejected: RejectedColumn[] = [...(decision?.rejected ?? []), ...asideFor(field)].filter((r) => r.column !== column);
      rejected.sort((a, b) => a.column - b.column);
      if (decision && decision.column !== column) {
        rejected.push({ column: decision.column, header: heading(decision.column), reason: "corrected", detail: "A column correction names another column for this field." });
        rejected.sort((a, b) => a.column - b.column);
      }
      const why = decision && decision.column === column ? decision.why : plan.mappingSource !== "detected" && decision ? "named by a column correction" : undefined;
      return { field, column, header: heading(column), ...(why ? { why } : {}), rejected };
    });
  return { choices, unmapped: aside.filter((heading) => !mappedFields.has(heading.field)) };
}
