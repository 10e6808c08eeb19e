/**
 * Point 3: completion written other ways — "% complete" (Camms and Reading's audit tracker mark
 * progress as a percentage), "Date completed" (audit follow-up trackers), and RAG held only as a
 * fill colour (README.md, sources S6, S10, S12).
 */
import type { CorpusWorkbook, FillDef, SheetDef } from "../CorpusWorkbook.js";
import { act, d, FAR, headers, LATER, PAST, SOON, STANDARD } from "./rows.js";

const PERCENT = "0%";

export const percentComplete: CorpusWorkbook = {
  name: "percent-complete",
  description: "Digital strategy plan whose only progress measure is a % complete column, some typed as text",
  points: [3, 11],
  sheets: [
    {
      name: "Digital Strategy",
      rows: [
        ["Digital Strategy Action Plan"],
        headers("Ref", "Workstream", "Action", "Lead", "Target date", "% complete", "Update"),
        act(["D1", "Infrastructure", "Move servers to the cloud", "Head of ICT", LATER, { v: 1, numFmt: PERCENT }, "Migrated"], "Blue", "complete", "Infrastructure"),
        act(["D2", "Infrastructure", "Replace laptops", "Head of ICT", LATER, { v: 0.5, numFmt: PERCENT }, "Half issued"], "Green", "none", "Infrastructure"),
        act(["D3", "Infrastructure", "Cyber essentials plus", "Information Security Lead", PAST, "100%", "Certificate received"], "Blue", "complete", "Infrastructure"),
        act(["D4", "Customer", "Online council tax account", "Head of Revenues", PAST, { v: 0.75, numFmt: PERCENT }, "Testing"], "Red", "none", "Customer"),
        act(["D5", "Customer", "Chatbot pilot", "Head of Customer Services", SOON, "75%", ""], "Amber", "none", "Customer"),
        act(["D6", "Customer", "Customer portal redesign", "Head of Digital", FAR, { v: 0, numFmt: PERCENT }, "Not yet begun"], "Grey", "not started", "Customer"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", progress: "G" }, reportMentions: ["% complete"] },
    },
  ],
  clean: [
    { point: 3, sheet: "Digital Strategy", cell: "F5", severity: "error" },
    { point: 3, sheet: "Digital Strategy", cell: "F7", severity: "error" },
  ],
};

export const dateCompleted: CorpusWorkbook = {
  name: "date-completed",
  description: "Audit follow-up log with no status column: a filled 'Date completed' means done",
  points: [3, 6, 11],
  sheets: [
    {
      name: "Follow-up",
      rows: [
        ["Audit Recommendations – Follow-up Log"],
        headers("Ref", "Agreed action", "Responsible officer", "Target date", "Date completed", "Comments"),
        act([1, "Reconcile the bank account monthly", "Chief Accountant", PAST, d(2024, 10, 14), "Evidence seen"], "Blue", "complete", null),
        act([2, "Update the fraud response plan", "Head of Audit", PAST, null, "Draft with CMT"], "Red", "none", null),
        act([3, "Review the scheme of delegation", "Monitoring Officer", LATER, d(2024, 12, 20), "Approved early"], "Blue", "complete", null),
        act([4, "Train budget holders", "Head of Finance", SOON, null, ""], "Amber", "none", null),
        act([5, "Refresh the contract procedure rules", "Head of Procurement", LATER, null, ""], "Green", "none", null),
        act([6, "Close dormant cost centres", "Chief Accountant", PAST, d(2025, 1, 6), ""], "Blue", "complete", null),
      ],
      plan: { headerRows: [2], columns: { ref: "A", action: "B", lead: "C", target: "D", progress: "F" }, reportMentions: ["Date completed"] },
    },
  ],
  clean: [
    { point: 3, sheet: "Follow-up", cell: "D3", severity: "warning" },
    { point: 3, sheet: "Follow-up", cell: "D8", severity: "warning" },
  ],
};

function fillSheet(name: string, fills: { readonly red: FillDef; readonly amber: FillDef; readonly green: FillDef; readonly blue: FillDef; readonly paleGreen: FillDef }): SheetDef {
  const rag = (fill: FillDef) => ({ v: null, fill });
  return {
    name,
    rows: [
      ["Service Improvement Plan 2024/25"],
      headers("Ref", "Theme", "Action", "Lead officer", "Target date", "RAG", "Progress"),
      act(["1.1", "Housing", "Reduce empty homes", "Head of Housing", LATER, rag(fills.green), "Twelve brought back into use"], "Green", "on track", "Housing"),
      act(["1.2", "Housing", "Temporary accommodation review", "Head of Housing", LATER, rag(fills.amber), "Costs rising"], "Amber", "slipping", "Housing"),
      act(["1.3", "Housing", "Homelessness strategy", "Housing Options Manager", LATER, rag(fills.red), "Consultant withdrew"], "Red", "off track", "Housing"),
      act(["2.1", "Planning", "Validation checklist", "Head of Planning", PAST, rag(fills.blue), "Published"], "Blue", "complete", "Planning"),
      act(["2.2", "Planning", "Planning enforcement plan", "Enforcement Manager", SOON, rag(fills.paleGreen), "Draft ready"], "Amber", "on track", "Planning"),
      act(["2.3", "Planning", "Design code", "Head of Planning", FAR, null, ""], "Green", "none", "Planning"),
    ],
    plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
  };
}

export const fillOnlyRag: CorpusWorkbook = {
  name: "fill-only-rag",
  description: "RAG column with no text, only Excel's standard fill colours (Red, Orange, Green, Light Green, Blue)",
  points: [3],
  sheets: [fillSheet("SIP", { red: STANDARD.red, amber: STANDARD.amber, green: STANDARD.green, blue: STANDARD.blue, paleGreen: STANDARD.lightGreen })],
  flags: [{ point: 3, code: "status-from-fill", sheet: "SIP", cell: "F3" }],
};

export const fillOnlyIndexedTheme: CorpusWorkbook = {
  name: "fill-only-indexed-theme",
  description: "RAG only as fill, written as an old workbook does (indexed palette) and as a theme colour with tint",
  points: [3],
  sheets: [
    // Indexed 10 = FF0000, 52 = FF9900, 17 = 008000, 12 = 0000FF (Excel's default palette); theme 6 is
    // accent3 (9BBB59, green in the Office 2007 theme ExcelJS writes), lightened by a tint.
    fillSheet("SIP", { red: { indexed: 10 }, amber: { indexed: 52 }, green: { indexed: 17 }, blue: { indexed: 12 }, paleGreen: { theme: 6, tint: 0.3999755851924192 } }),
  ],
  flags: [{ point: 3, code: "status-from-fill", sheet: "SIP", cell: "F3" }],
};

export const fillOnlyLibreOffice: CorpusWorkbook = {
  name: "fill-only-libreoffice",
  description: "The fill-only RAG plan saved again by LibreOffice Calc (its own styles part and colour writing)",
  points: [3],
  writer: "libreoffice",
  sheets: [fillSheet("SIP", { red: STANDARD.red, amber: STANDARD.amber, green: STANDARD.green, blue: STANDARD.blue, paleGreen: STANDARD.lightGreen })],
  flags: [{ point: 3, code: "status-from-fill", sheet: "SIP", cell: "F3" }],
};
