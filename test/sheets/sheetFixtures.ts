/**
 * A small officer plan and the sheet specs a refresh would generate from it, with every expected
 * value computed here in plain TypeScript (standing in for the core's analysis).
 */
import ExcelJS from "exceljs";
import { quoteSheetName } from "../../src/core/grid/Address.js";
import {
  MONEY_FORMAT,
  SheetSpecBuilder,
  blank,
  committeePrintSetup,
  date,
  formula,
  isoDateToSerial,
  num,
  text,
  type SheetSpec,
} from "../../src/core/sheets/SheetSpec.js";

export const PLAN_SHEET = "Officer's plan";
export const AS_AT = "2018-09-30";

export interface PlanRow {
  readonly ref: string;
  readonly action: string;
  readonly lead: string;
  readonly status: string;
  readonly benefit: number;
  readonly due: string;
}

export const PLAN_ROWS: readonly PlanRow[] = [
  { ref: "1.1", action: "Refresh the corporate plan", lead: "Chief Executive", status: "Completed", benefit: 0, due: "2018-06-30" },
  { ref: "1.2", action: "Publish the performance framework", lead: "Head of Policy", status: "On track", benefit: 12_000, due: "2018-12-31" },
  { ref: "2.1", action: "Review the MTFP assumptions", lead: "S151 Officer", status: "Some slippage", benefit: -44_000, due: "2018-09-01" },
  { ref: "2.2", action: "Shared service for revenues", lead: "Director of Resources", status: "Major slippage", benefit: 150_000, due: "2018-07-31" },
  { ref: "3.1", action: "Member development programme", lead: "Monitoring Officer", status: "On track", benefit: 0, due: "2019-03-31" },
  { ref: "3.2", action: "Scrutiny work programme", lead: "Head of Democratic Services", status: "Completed", benefit: 5_500, due: "2018-05-31" },
  { ref: "4.1", action: "Digital customer portal", lead: "Head of ICT", status: "Not started", benefit: 80_000, due: "2019-06-30" },
  { ref: "4.2", action: "Channel shift campaign", lead: "Head of Customer Services", status: "On track", benefit: 20_250, due: "2019-01-31" },
];

export const STATUSES = ["Completed", "On track", "Some slippage", "Major slippage", "Not started"] as const;
export const RAG_BY_STATUS: Readonly<Record<string, string>> = {
  Completed: "Blue",
  "On track": "Green",
  "Some slippage": "Amber",
  "Major slippage": "Red",
  "Not started": "Grey",
};

/** Texts that a naive writer would turn into formulas or numbers. */
export const TRICKY_TEXTS = ["=1+1", "- note", "-  note with two spaces", "+44 7700 900123", "@x", "@sum", "'quoted'", "1.10", "1/2", "TRUE", "#N/A", "  padded  "];

/** Adds the officer's plan sheet: header in row 1, data from row 2. */
export function addOfficerPlan(workbook: ExcelJS.Workbook, rows: readonly PlanRow[] = PLAN_ROWS): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(PLAN_SHEET);
  ws.addRow(["Ref", "Action", "Lead officer", "Status", "Benefit 2024/25", "Target date"]);
  for (const r of rows) {
    const [y, m, d] = r.due.split("-").map(Number) as [number, number, number];
    ws.addRow([r.ref, r.action, r.lead, r.status, r.benefit, new Date(Date.UTC(y, m - 1, d))]);
  }
  ws.getColumn(6).numFmt = "dd/mm/yyyy";
  return ws;
}

const RAG_COLORS: Readonly<Record<string, { fill: string; font: string }>> = {
  Red: { fill: "C00000", font: "FFFFFF" },
  Amber: { fill: "FFC000", font: "000000" },
  Green: { fill: "00B050", font: "000000" },
  Blue: { fill: "0070C0", font: "FFFFFF" },
  Grey: { fill: "A6A6A6", font: "000000" },
};

function withRagStyles(builder: SheetSpecBuilder): SheetSpecBuilder {
  for (const [word, colors] of Object.entries(RAG_COLORS)) {
    builder.style(`rag-${word.toLowerCase()}`, { fill: colors.fill, fontColor: colors.font, bold: true });
  }
  return builder;
}

function ragStyleMap(): Record<string, string> {
  return Object.fromEntries(Object.keys(RAG_COLORS).map((word) => [word, `rag-${word.toLowerCase()}`]));
}

/** Cells of the summary that hold formulas, with what the core expects them to compute. */
export interface ExpectedFormula {
  readonly address: string;
  readonly formula: string;
  readonly expected: number | string;
}

/**
 * The status summary: counts, benefit totals and RAG by status as live formulas over the officer's
 * sheet (whose name needs quoting), a date, and the tricky texts.
 */
export function summarySpec(name = "PT Summary", rows: readonly PlanRow[] = PLAN_ROWS): SheetSpec {
  const plan = quoteSheetName(PLAN_SHEET);
  const last = rows.length + 1;
  const statusCol = `${plan}!$D$2:$D$${last}`;
  const benefitCol = `${plan}!$E$2:$E$${last}`;
  const b = withRagStyles(new SheetSpecBuilder(name, "summary"))
    .style("title", { bold: true, fontSize: 14 })
    .style("header", { bold: true, fill: "1F4E79", fontColor: "FFFFFF", wrap: true, border: "thin", horizontal: "center", vertical: "middle" })
    .style("body", { border: "thin", vertical: "top" })
    .style("count", { border: "thin", numberFormat: "0" })
    .style("money", { border: "thin", numberFormat: MONEY_FORMAT })
    .style("total", { bold: true, border: "thin", numberFormat: MONEY_FORMAT })
    .style("ukdate", { numberFormat: "dd/mm/yyyy", horizontal: "left" })
    .style("negative", { fontColor: "C00000", italic: true })
    .columnWidths([22, 12, 18, 10, 14])
    .row(2, [text("Corporate Improvement Plan — status summary", "title")], { height: 24 })
    .merge("A2:E2")
    .row(3, [text("Status", "header"), text("Actions", "header"), text("Benefit 2024/25", "header"), text("RAG", "header"), text("Declared RAG", "header")]);

  STATUSES.forEach((status, i) => {
    const r = 4 + i;
    const matching = rows.filter((row) => row.status === status);
    b.row(r, [
      text(status, "body"),
      formula(`COUNTIFS(${statusCol},A${r})`, matching.length, "count"),
      formula(`SUMIFS(${benefitCol},${statusCol},A${r})`, matching.reduce((sum, row) => sum + row.benefit, 0), "money"),
      formula(
        `IF(A${r}="Completed","Blue",IF(A${r}="Major slippage","Red",IF(A${r}="Some slippage","Amber",IF(A${r}="Not started","Grey","Green"))))`,
        RAG_BY_STATUS[status] ?? "",
        "body",
      ),
      blank("body"),
    ]);
  });
  const totalRow = 4 + STATUSES.length; // 9
  const atRisk = rows.filter((r) => r.status === "Some slippage" || r.status === "Major slippage").reduce((s, r) => s + r.benefit, 0);
  const latestDue = Math.max(...rows.map((r) => isoDateToSerial(r.due)));
  b.row(totalRow, [
    text("Total", "total"),
    formula(`SUM(B4:B${totalRow - 1})`, rows.length, "total"),
    formula(`SUM(C4:C${totalRow - 1})`, rows.reduce((s, r) => s + r.benefit, 0), "total"),
  ])
    .row(totalRow + 1, [
      text("Benefits at risk (slippage)"),
      undefined,
      formula(`SUMPRODUCT(((${statusCol}="Some slippage")+(${statusCol}="Major slippage"))*${benefitCol})`, atRisk, "money"),
    ])
    .row(totalRow + 2, [text("Actions listed"), formula(`COUNTA(${plan}!$A$2:$A$${last})`, rows.length, "count")])
    // Expected as a serial number (what Excel computes); the date style only changes how it shows.
    .row(totalRow + 3, [text("Latest target date"), formula(`MAX(${plan}!$F$2:$F$${last})`, latestDue, "ukdate")])
    .row(totalRow + 4, [text("Share completed"), formula(`ROUND(COUNTIFS(${statusCol},"Completed")/COUNTA(${plan}!$A$2:$A$${last}),4)`, Math.round((rows.filter((r) => r.status === "Completed").length / rows.length) * 10_000) / 10_000)])
    .row(totalRow + 5, [text("As at"), date(AS_AT, "ukdate"), date("2024-02-29")])
    .row(totalRow + 6, [text("Plain number"), num(-44_000, "money"), num(0.125)]);
  TRICKY_TEXTS.forEach((t, i) => b.cell(totalRow + 7 + i, 1, text(t, i % 2 === 0 ? "body" : undefined)));

  return b
    .ragFormats(`D4:D${totalRow - 1}`, ragStyleMap())
    .conditionalFormat({ kind: "expression", range: { top: 4, left: 3, bottom: totalRow, right: 3 }, formula: "C4<0", style: "negative" })
    .validation({ range: { top: 4, left: 5, bottom: totalRow - 1, right: 5 }, allowed: { values: ["Blue", "Green", "Amber", "Red", "Grey"] }, prompt: "Pick the RAG you declare" })
    .freeze(3)
    .print(committeePrintSetup({ asAt: AS_AT, titleRows: { first: 2, last: 3 }, title: "Cabinet — Corporate Improvement Plan" }))
    .build();
}

/**
 * A formula result as a number or text: ExcelJS reads a result in a date-formatted cell as a Date,
 * which is turned back into Excel's serial number here.
 */
export function resultValue(result: unknown): unknown {
  return result instanceof Date ? isoDateToSerial(result.toISOString().slice(0, 10)) : result;
}

/** The formula cells of a spec, with their expected values. */
export function expectedFormulas(spec: SheetSpec): ExpectedFormula[] {
  const out: ExpectedFormula[] = [];
  spec.rows.forEach((row, r) =>
    row?.cells.forEach((cell, c) => {
      if (cell?.kind === "formula" && cell.expected !== undefined) {
        out.push({ address: `${String.fromCharCode(65 + c)}${r + 1}`, formula: cell.formula, expected: cell.expected });
      }
    }),
  );
  return out;
}

export const COMMITTEE_HEADERS = ["Ref", "Action", "Lead officer", "Target date", "Status", "RAG"] as const;

/**
 * A committee table of `count` actions: title row 2, header row 3 (repeated on every printed page),
 * wrapped action text, RAG as a word and a conditional fill, an Excel table over the data.
 */
export function committeeSpec(count = 120, name = "PT Committee"): SheetSpec {
  const b = withRagStyles(new SheetSpecBuilder(name, "committee"))
    .style("title", { bold: true, fontSize: 14 })
    .style("header", { bold: true, fill: "1F4E79", fontColor: "FFFFFF", wrap: true, border: "thin", vertical: "middle" })
    .style("body", { border: "thin", vertical: "top", wrap: true })
    .style("date", { border: "thin", vertical: "top", numberFormat: "dd/mm/yyyy" })
    .columnWidths([8, 60, 24, 12, 16, 10])
    .row(2, [text("Corporate Improvement Plan — actions for Cabinet", "title")], { height: 22 })
    .merge("A2:F2")
    .row(3, COMMITTEE_HEADERS.map((h) => text(h, "header")));
  const statuses = STATUSES;
  for (let i = 0; i < count; i++) {
    const status = statuses[i % statuses.length] ?? "On track";
    const month = String((i % 12) + 1).padStart(2, "0");
    b.row(4 + i, [
      text(`${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, "body"),
      text(`- Action ${i + 1}: review the arrangements for ${i % 3 === 0 ? "shared services, procurement and the customer contact centre" : "the service plan"}`, "body"),
      text(i % 4 === 0 ? "Director of Resources & Transformation" : "Head of Policy", "body"),
      date(`2019-${month}-28`, "date"),
      text(status, "body"),
      text(RAG_BY_STATUS[status] ?? "Grey", "body"),
    ]);
  }
  return b
    .ragFormats({ top: 4, left: 6, bottom: 3 + count, right: 6 }, ragStyleMap())
    .freeze(3, 1)
    .table({ name: "PT_CommitteeActions", range: { top: 3, left: 1, bottom: 3 + count, right: 6 } })
    .print(committeePrintSetup({ asAt: AS_AT, titleRows: { first: 3, last: 3 }, title: "Cabinet 14 October 2018" }))
    .build();
}

/** A 20,000 × 10 spec: texts, numbers, dates and a formula per row, all sharing a few named styles. */
export function bigSpec(rowCount = 20_000): SheetSpec {
  const b = new SheetSpecBuilder("PT Exceptions", "exceptions")
    .style("header", { bold: true, fill: "1F4E79", fontColor: "FFFFFF", border: "thin" })
    .style("body", { border: "thin", wrap: true, vertical: "top" })
    .style("money", { border: "thin", numberFormat: MONEY_FORMAT })
    .style("date", { border: "thin", numberFormat: "dd/mm/yyyy" })
    .row(2, ["Ref", "Action", "Lead", "Status", "Due", "Revised", "Benefit", "Investment", "Net", "Note"].map((h) => text(h, "header")));
  for (let i = 0; i < rowCount; i++) {
    const r = 3 + i;
    b.row(r, [
      text(`${i}.1`, "body"),
      text(`Action number ${i} with some words`, "body"),
      text("Head of Service", "body"),
      text(i % 3 === 0 ? "On track" : "Some slippage", "body"),
      date("2024-03-31", "date"),
      date("2024-06-30", "date"),
      num(i * 10, "money"),
      num(i * 3, "money"),
      formula(`G${r}-H${r}`, i * 7, "money"),
      text(i % 2 === 0 ? "- see update" : "", "body"),
    ]);
  }
  return b.freeze(2).print(committeePrintSetup({ asAt: AS_AT, titleRows: { first: 2, last: 2 } })).build();
}
