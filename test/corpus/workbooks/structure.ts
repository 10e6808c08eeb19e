/**
 * Point 7: structure around the plan — a key and a summary block with a "Total" label beside the
 * plan, cover / instructions / lookup sheets, one sheet per directorate with a summary sheet,
 * "Updated:" and "Owner: … | Reported to: …" lines above the header, and recommendation heading
 * rows with sub-actions (i), (ii) restarting under each (LGA peer-challenge responses, seed 004's
 * a./b./c.) — README.md, sources S1, S2, S18.
 */
import type { CorpusWorkbook, SheetDef } from "../CorpusWorkbook.js";
import { act, d, FAR, h, headers, LATER, PAST, SOON, STANDARD } from "./rows.js";

export const keyLegendTotal: CorpusWorkbook = {
  name: "key-legend-total",
  description: "Peer challenge plan with a colour key and a status summary block (ending in 'Total') in columns I:J beside the action rows",
  points: [7],
  sheets: [
    {
      name: "Action Plan",
      rows: [
        ["Peer Challenge Action Plan – Progress"],
        [],
        [...headers("Ref", "Theme", "Action", "Lead", "Target date", "Status", "Progress"), undefined, h("Key")],
        act(["1", "Leadership", "Publish the council's vision", "Chief Executive", PAST, "Completed", "Published", undefined, { v: "Completed", fill: STANDARD.blue }], "Blue", "complete", "Leadership"),
        act(["2", "Leadership", "Joint leadership team away-day", "Chief Executive", LATER, "On track", "", undefined, { v: "On track", fill: STANDARD.green }], "Green", "on track", "Leadership"),
        act(["3", "Leadership", "Member-officer protocol", "Monitoring Officer", SOON, "Some slippage", "", undefined, { v: "Some slippage", fill: STANDARD.amber }], "Amber", "slipping", "Leadership"),
        act(["4", "Finance", "Capital strategy", "S151 Officer", LATER, "Major slippage", "", undefined, { v: "Major slippage", fill: STANDARD.red }], "Red", "off track", "Finance"),
        act(["5", "Finance", "Fees and charges review", "S151 Officer", FAR, "Not started", "", undefined, "Not started"], "Grey", "not started", "Finance"),
        act(["6", "Finance", "Commercial strategy", "Head of Commercial", LATER, "On track", ""], "Green", "on track", "Finance"),
        act(["7", "Finance", "Income collection", "Head of Revenues", PAST, "On track", "", undefined, h("Summary"), h("Count")], "Red", "on track", "Finance"),
        act(["8", "People", "Workforce strategy", "Head of HR", LATER, "On track", "", undefined, "Completed", { f: 'COUNTIF($F$4:$F$15,"Completed")', v: 2 }], "Green", "on track", "People"),
        act(["9", "People", "Apprenticeship levy use", "Head of HR", PAST, "Completed", "", undefined, "On track", { f: 'COUNTIF($F$4:$F$15,"On track")', v: 5 }], "Blue", "complete", "People"),
        act(["10", "People", "Leadership programme", "Head of OD", SOON, "On track", "", undefined, "Some slippage", { f: 'COUNTIF($F$4:$F$15,"Some slippage")', v: 2 }], "Amber", "on track", "People"),
        act(["11", "Communications", "Residents' survey", "Head of Communications", LATER, "Some slippage", "", undefined, "Major slippage", { f: 'COUNTIF($F$4:$F$15,"Major slippage")', v: 1 }], "Amber", "slipping", "Communications"),
        act(["12", "Communications", "Internal communications plan", "Head of Communications", FAR, "Not started", "", undefined, { v: "Total", bold: true }, { f: "SUM(J11:J14)", v: 10 }], "Grey", "not started", "Communications"),
      ],
      plan: { headerRows: [3], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
};

const LISTS: SheetDef = {
  name: "Lists",
  rows: [headers("Status", "Lead officers"), ["Completed", "Head of Policy"], ["On track", "Head of Finance"], ["Some slippage", "Head of HR"], ["Major slippage", "Head of Digital"], ["Not started"]],
};

export const coverInstructionsLookup: CorpusWorkbook = {
  name: "cover-instructions-lookup",
  description: "Workbook with a cover sheet, an instructions sheet listing the columns, the plan (status drop-down from a defined name) and a lists sheet",
  points: [2, 7],
  names: { StatusList: "Lists!$A$2:$A$6" },
  sheets: [
    {
      name: "Cover",
      rows: [["Corporate Improvement Plan 2024–2026"], [], ["Version 3.2"], ["Owner: Head of Policy"], ["Reported to: Cabinet, quarterly"], ["Last updated: 10 January 2025"]],
    },
    {
      name: "Instructions",
      rows: [
        ["How to update this plan"],
        [],
        headers("Column", "What to enter"),
        ["Ref", "Leave as it is"],
        ["Action", "What will be done"],
        ["Lead officer", "One named officer"],
        ["Target date", "A date, dd/mm/yyyy"],
        ["Status", "Choose from the drop-down list"],
        ["Progress", "One or two sentences, dated"],
      ],
    },
    {
      name: "Plan",
      validations: [{ sqref: "F3:F100", list: "StatusList" }],
      rows: [
        ["Corporate Improvement Plan"],
        headers("Ref", "Theme", "Action", "Lead officer", "Target date", "Status", "Progress"),
        act(["1.1", "Governance", "Constitution review", "Head of Policy", PAST, "Completed", "Adopted"], "Blue", "complete", "Governance"),
        act(["1.2", "Governance", "Decision-making training", "Head of Policy", LATER, "On track", ""], "Green", "on track", "Governance"),
        act(["2.1", "Finance", "Budget setting timetable", "Head of Finance", SOON, "Some slippage", ""], "Amber", "slipping", "Finance"),
        act(["2.2", "Finance", "Reserves policy", "Head of Finance", PAST, "Major slippage", ""], "Red", "off track", "Finance"),
        act(["3.1", "Workforce", "Recruitment campaign", "Head of HR", FAR, "Not started", ""], "Grey", "not started", "Workforce"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
    LISTS,
  ],
};

function directorate(name: string, title: string, rows: SheetDef["rows"]): SheetDef {
  return {
    name,
    rows: [[title], [], headers("Ref", "Priority", "Action", "Lead", "Target date", "Status", "Progress"), ...rows],
    plan: { headerRows: [3], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
  };
}

export const sheetPerDirectorate: CorpusWorkbook = {
  name: "sheet-per-directorate",
  description: "One plan sheet per directorate (same layout, 'Priority' naming the theme) behind a summary sheet of counts with a Total row",
  points: [6, 7],
  sheets: [
    {
      name: "Summary",
      rows: [
        ["Directorate Plans 2024/25 – Summary"],
        headers("Directorate", "Completed", "On track", "Some slippage", "Major slippage", "Not started", "Total"),
        ["Adults", 1, 1, 1, 0, 0, 3],
        ["Children's", 0, 2, 0, 1, 0, 3],
        ["Place", 1, 0, 0, 0, 2, 3],
        [h("Total"), 2, 3, 1, 1, 2, 9],
      ],
    },
    directorate("Adults", "Adult Social Care Directorate Plan 2024/25", [
      act(["A1", "Independence", "Expand extra-care housing", "Director of Adults", LATER, "On track", ""], "Green", "on track", "Independence"),
      act(["A2", "Independence", "Technology-enabled care", "Head of Commissioning", PAST, "Completed", ""], "Blue", "complete", "Independence"),
      act(["A3", "Workforce", "Care worker recruitment", "Head of Workforce", SOON, "Some slippage", ""], "Amber", "slipping", "Workforce"),
    ]),
    directorate("Children's", "Children's Services Directorate Plan 2024/25", [
      act(["C1", "Early help", "Family hubs", "Head of Early Help", LATER, "On track", ""], "Green", "on track", "Early help"),
      act(["C2", "Early help", "Parenting programme", "Head of Early Help", FAR, "On track", ""], "Green", "on track", "Early help"),
      act(["C3", "Placements", "In-house foster carers", "Head of Fostering", PAST, "Major slippage", ""], "Red", "off track", "Placements"),
    ]),
    directorate("Place", "Place Directorate Plan 2024/25", [
      act(["P1", "Environment", "Tree planting", "Head of Parks", PAST, "Completed", ""], "Blue", "complete", "Environment"),
      act(["P2", "Environment", "Food waste collections", "Head of Waste", FAR, "Not started", ""], "Grey", "not started", "Environment"),
      act(["P3", "Economy", "Business support hub", "Head of Economy", d(2025, 12, 31), "Not started", ""], "Grey", "not started", "Economy"),
    ]),
  ],
};

export const updatedOwnerLines: CorpusWorkbook = {
  name: "updated-owner-lines",
  description: "Plan with title, 'Updated: …' and 'Owner: … | Reported to: …' lines above the header and merged theme rows between blocks",
  points: [7],
  sheets: [
    {
      name: "CIP 2024-25",
      merges: ["A6:F6", "A9:F9"],
      rows: [
        ["Corporate Improvement Plan 2024/25"],
        ["Updated: 6 January 2025"],
        ["Owner: Head of Policy and Performance | Reported to: Audit and Governance Committee"],
        [],
        headers("Ref", "Action", "Lead", "Target date", "Status", "Progress"),
        [h("1. Leadership and governance")],
        act(["1.1", "Refresh the code of corporate governance", "Monitoring Officer", LATER, "On track", ""], "Green", "on track", "1. Leadership and governance"),
        act(["1.2", "Annual governance statement", "Monitoring Officer", PAST, "Completed", ""], "Blue", "complete", "1. Leadership and governance"),
        [h("2. Financial resilience")],
        act(["2.1", "Medium-term financial strategy", "S151 Officer", SOON, "On track", ""], "Amber", "on track", "2. Financial resilience"),
        act(["2.2", "Savings programme", "S151 Officer", PAST, "Major slippage", ""], "Red", "off track", "2. Financial resilience"),
        act(["2.3", "Capital programme review", "Head of Finance", FAR, "Not started", ""], "Grey", "not started", "2. Financial resilience"),
      ],
      plan: { headerRows: [5], columns: { ref: "A", action: "B", lead: "C", target: "D", status: "E", progress: "F" } },
    },
  ],
};

const R1 = "Recommendation 1: Develop a clear narrative for the council's priorities";
const R2 = "Recommendation 2: Strengthen medium-term financial planning";
const R3 = "Recommendation 3: Invest in organisational development";

export const recommendationSubActions: CorpusWorkbook = {
  name: "recommendation-subactions",
  description: "Peer challenge response: numbered recommendation rows with no lead or date, then sub-actions (i), (ii)… or a., b. restarting under each",
  points: [7],
  sheets: [
    {
      name: "Response",
      rows: [
        ["Response to the LGA Corporate Peer Challenge"],
        headers("Ref", "Action", "Lead officer", "Target date", "Status", "Progress"),
        ["1", h(R1)],
        act(["(i)", "Agree a corporate plan narrative with Cabinet", "Chief Executive", PAST, "Completed", ""], "Blue", "complete", R1, "1 (i)"),
        act(["(ii)", "Communicate it to staff and partners", "Head of Communications", LATER, "On track", ""], "Green", "on track", R1, "1 (ii)"),
        ["2", h(R2)],
        act(["(i)", "Extend the MTFS to five years", "S151 Officer", SOON, "On track", ""], "Amber", "on track", R2, "2 (i)"),
        act(["(ii)", "Member budget workshops", "S151 Officer", LATER, "Some slippage", ""], "Amber", "slipping", R2, "2 (ii)"),
        act(["(iii)", "Savings pipeline", "Head of Finance", PAST, "Major slippage", ""], "Red", "off track", R2, "2 (iii)"),
        ["3", h(R3)],
        act(["a.", "Leadership development offer", "Head of OD", FAR, "Not started", ""], "Grey", "not started", R3, "3 a."),
        act(["b.", "Staff survey every year", "Head of OD", LATER, "On track", ""], "Green", "on track", R3, "3 b."),
      ],
      plan: { headerRows: [2], columns: { ref: "A", action: "B", lead: "C", target: "D", status: "E", progress: "F" } },
    },
  ],
  flagCounts: [{ point: 7, code: "duplicate-ref", count: 0 }],
};

export const excelTable: CorpusWorkbook = {
  name: "excel-table",
  description: "Tracker kept as an Excel table (Format as Table) under a title and 'Last updated' line, with the table's totals row counting the actions",
  points: [6, 7],
  sheets: [
    {
      name: "Tracker",
      table: { name: "tblActions", headerRow: 4, lastRow: 10, countColumn: 3 },
      rows: [
        ["Council Plan Action Tracker 2024/25"],
        ["Last updated: 9 January 2025 by the Performance Team"],
        [],
        headers("ID", "Priority area", "Action", "Owner", "Deadline", "RAG status", "Latest update"),
        act(["CP01", "Economy", "Adopt the economic strategy", "Head of Economy", LATER, "Green", "Draft approved"], "Green", "on track", "Economy"),
        act(["CP02", "Economy", "Market stall lettings review", "Markets Manager", SOON, "Amber", "Tenant consultation"], "Amber", "slipping", "Economy"),
        act(["CP03", "Housing", "Temporary accommodation purchase", "Head of Housing", PAST, "Red", "No suitable stock"], "Red", "off track", "Housing"),
        act(["CP04", "Housing", "Tenant satisfaction survey", "Head of Housing", PAST, "Complete", "Results published"], "Blue", "complete", "Housing"),
        act(["CP05", "Environment", "Electric vehicle charging strategy", "Sustainability Officer", FAR, "Not started", ""], "Grey", "not started", "Environment"),
        act(["CP06", "Environment", "Litter enforcement contract", "Head of Enforcement", LATER, "Amber", "Contractor under notice"], "Amber", "slipping", "Environment"),
      ],
      plan: { headerRows: [4], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
};

export const headerLineBreaks: CorpusWorkbook = {
  name: "header-line-breaks",
  description: "Headings typed with Alt+Enter line breaks, brackets and footnote marks ('Lead\\nofficer(s)', 'Target\\ndate*', 'Current status\\n(RAG)'), and the footnote below the table",
  points: [6, 7],
  sheets: [
    {
      name: "OIP",
      rows: [
        ["Organisational Improvement Plan"],
        headers("Ref\nNo.", "Key\ntheme", "Action(s)", "Lead\nofficer(s)", "Target\ndate*", "Current status\n(RAG)", "Progress to date /\nmitigating actions"),
        act(["1", "Culture", "Values and behaviours framework", "Head of OD", LATER, "Green", "Staff workshops held"], "Green", "on track", "Culture"),
        act(["2", "Culture", "Staff recognition scheme", "Head of OD", SOON, "Amber", "Budget not yet agreed"], "Amber", "slipping", "Culture"),
        act(["3", "Systems", "Replace the finance system", "Head of Finance", PAST, "Red", "Supplier delay; revised plan to CMT"], "Red", "off track", "Systems"),
        act(["4", "Systems", "Single sign-on", "Head of ICT", PAST, "Blue", "Live"], "Blue", "complete", "Systems"),
        act(["5", "Systems", "Records retention policy", "Information Governance Lead", FAR, "Green", ""], "Green", "on track", "Systems"),
        [],
        ["* Target dates as agreed by Cabinet in July 2024"],
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
};

export const offsetPlan: CorpusWorkbook = {
  name: "offset-plan",
  description: "Plan laid out with a margin: column A and row 1 left empty, the title in B2 and the table from B4",
  points: [7],
  sheets: [
    {
      name: "Plan",
      rows: [
        [],
        [undefined, "Environment Directorate Service Plan 2024/25"],
        [],
        [undefined, ...headers("Ref", "Objective", "Action", "Responsible officer", "Due date", "Status", "Comments")],
        act([undefined, "ENV1", "Cleaner streets", "Litter bin replacement", "Street Scene Manager", LATER, "On track", ""], "Green", "on track", "Cleaner streets"),
        act([undefined, "ENV2", "Cleaner streets", "Chewing gum removal", "Street Scene Manager", PAST, "Completed", ""], "Blue", "complete", "Cleaner streets"),
        act([undefined, "ENV3", "Net zero", "Solar panels on the depot", "Energy Manager", SOON, "Some slippage", ""], "Amber", "slipping", "Net zero"),
        act([undefined, "ENV4", "Net zero", "Fleet transition plan", "Fleet Manager", FAR, "Not started", ""], "Grey", "not started", "Net zero"),
      ],
      plan: { headerRows: [4], columns: { ref: "B", theme: "C", action: "D", lead: "E", target: "F", status: "G", progress: "H" } },
    },
  ],
};

export const summaryAbovePlan: CorpusWorkbook = {
  name: "summary-above-plan",
  description: "Plan with a small status summary table above it ('Status | Number of actions' … 'Total'), then the plan's own header further down",
  points: [7],
  sheets: [
    {
      name: "Plan",
      rows: [
        ["Housing Services Improvement Plan – position at December 2024"],
        [],
        headers("Status", "Number of actions"),
        ["Completed", 1],
        ["On track", 2],
        ["Some slippage", 1],
        ["Not started", 1],
        [h("Total"), 5],
        [],
        headers("Ref", "Theme", "Action", "Lead", "Target date", "Status", "Progress"),
        act(["HS1", "Repairs", "Repairs diagnostic tool", "Head of Repairs", LATER, "On track", ""], "Green", "on track", "Repairs"),
        act(["HS2", "Repairs", "Void turnaround target", "Head of Repairs", PAST, "Completed", ""], "Blue", "complete", "Repairs"),
        act(["HS3", "Tenancy", "Tenancy sustainment team", "Head of Tenancy", SOON, "Some slippage", ""], "Amber", "slipping", "Tenancy"),
        act(["HS4", "Tenancy", "Rent arrears policy", "Income Manager", LATER, "On track", ""], "Green", "on track", "Tenancy"),
        act(["HS5", "Tenancy", "Estate inspections", "Head of Tenancy", FAR, "Not started", ""], "Grey", "not started", "Tenancy"),
      ],
      plan: { headerRows: [10], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
};
