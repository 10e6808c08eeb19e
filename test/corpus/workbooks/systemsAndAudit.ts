/**
 * Point 6 (and 7): headings councils and their systems really use. Internal-audit recommendation
 * trackers (Reading, Bromsgrove/Worcestershire, Central Bedfordshire audit committee papers),
 * performance-system exports (Pentana/Covalent, Camms) — README.md, sources S9–S14.
 */
import type { CorpusWorkbook } from "../CorpusWorkbook.js";
import { act, d, EARLIER, FAR, headers, LATER, PAST, SOON } from "./rows.js";

const PAYROLL = "Payroll 2023/24 – Limited assurance";
const CARDS = "Procurement cards 2024/25 – Reasonable assurance";

export const internalAuditTracker: CorpusWorkbook = {
  name: "internal-audit-tracker",
  description: "Internal audit recommendation tracker: audit heading rows, High/Medium/Low priority, agreed action, responsible officer, implementation and revised dates",
  points: [6, 7, 11],
  sheets: [
    {
      name: "Tracker",
      merges: ["A4:I4", "A8:I8"],
      rows: [
        ["Internal Audit – Recommendation Tracker"],
        ["Audit and Governance Committee, January 2025"],
        headers("Ref", "Recommendation", "Priority", "Agreed action", "Responsible officer", "Implementation date", "Revised implementation date", "Status", "Latest update"),
        [{ v: PAYROLL, bold: true }],
        act(["PAY1", "Leavers should be removed from the payroll before their last pay date", "High", "Monthly reconciliation of leavers to payroll", "Payroll Manager", EARLIER, SOON, "In progress", "Reconciliation template agreed"], "Amber", "on track", PAYROLL),
        act(["PAY2", "Overtime claims should be authorised before payment", "Medium", "Authorisation step added to the claim form", "Payroll Manager", EARLIER, null, "Implemented", ""], "Blue", "complete", PAYROLL),
        act(["PAY3", "System access should be reviewed quarterly", "Low", "Quarterly access review", "HR Systems Lead", PAST, null, "Overdue", "Not yet started"], "Red", "off track", PAYROLL),
        [{ v: CARDS, bold: true }],
        act(["PC1", "Card limits should be reviewed annually", "Medium", "Annual review of limits", "Head of Procurement", LATER, null, "Not yet due", ""], "Grey", "not started", CARDS),
        act(["PC2", "Statements should be signed off within a month", "High", "Sign-off reminder and escalation", "Head of Finance", PAST, LATER, "In progress", "New workflow in test"], "Green", "on track", CARDS),
        act(["PC3", "Card policy should be refreshed", "Low", "Refresh the card policy", "Head of Procurement", PAST, null, "Superseded", "Replaced by the new purchasing policy"], "Blue", "complete", CARDS),
      ],
      plan: {
        headerRows: [3],
        columns: { ref: "A", recommendation: "B", action: "D", lead: "E", target: "F", revisedTarget: "G", status: "H", progress: "I" },
        notMapped: ["theme"],
        reportMentions: ["Implementation date", "Priority"],
      },
    },
  ],
  flags: [{ point: 6, code: "target-passed", sheet: "Tracker", cell: "F7" }],
};

export const pentanaExport: CorpusWorkbook = {
  name: "pentana-export",
  description: "Action report exported from Pentana (formerly Covalent): report title and generated-on lines, Action Code, Action Title, Description, Assigned To, Due Date, Status Icon, Progress Bar, Latest Note",
  points: [6, 11],
  sheets: [
    {
      name: "Actions Report",
      rows: [
        ["Corporate Plan Actions Report"],
        ["Generated on: 10-Jan-2025 09:14"],
        [],
        headers("Action Code", "Action Title", "Description", "Assigned To", "Due Date", "Status Icon", "Progress Bar", "Latest Note", "Latest Note Date"),
        act(["CP-24-01", "Adopt the digital strategy", "Strategy to Cabinet for adoption", "Jane Smith", LATER, "In Progress", 40, "Draft with portfolio holder", d(2025, 1, 8)], "Green", "on track", null),
        act(["CP-24-02", "Launch the residents' panel", "Recruit 1,000 residents", "Raj Patel", PAST, "Completed", 100, "Panel launched", d(2024, 11, 2)], "Blue", "complete", null),
        act(["CP-24-03", "Review the local council tax support scheme", "Consult and decide", "Raj Patel", PAST, "Overdue", 60, "Consultation closed late", d(2024, 12, 12)], "Red", "off track", null),
        act(["CP-24-04", "Customer access strategy", "New strategy for 2025-28", "Sam Jones", FAR, "Not Started", 0, "", null], "Grey", "not started", null),
        act(["CP-24-05", "Reduce agency spend", "Cut agency staff costs by 10%", "Jane Smith", SOON, "Check Progress", 55, "Spend above profile", d(2025, 1, 9)], "Amber", "slipping", null),
        act(["CP-24-06", "Merge the two contact centres", "Single contact centre", "Sam Jones", LATER, "Cancelled", 0, "Superseded by the customer access strategy", d(2024, 10, 1)], "Blue", "complete", null),
      ],
      plan: {
        headerRows: [4],
        columns: { ref: "A", action: "B", lead: "D", target: "E", status: "F", progress: "H" },
        reportMentions: ["Action Title", "Description", "Latest Note"],
      },
    },
  ],
  flagCounts: [{ point: 6, code: "status-unknown", count: 0 }],
};

export const cammsExport: CorpusWorkbook = {
  name: "camms-export",
  description: "Export from Camms.Strategy: Strategic Objective, Action ID, Action Name, Responsible Officer, Start Date, End Date, % Complete, Status (On Track / Monitor / Off Track), Progress Comments",
  points: [3, 6, 11],
  sheets: [
    {
      name: "Actions",
      rows: [
        headers("Strategic Objective", "Action ID", "Action Name", "Responsible Officer", "Start Date", "End Date", "% Complete", "Status", "Progress Comments"),
        act(["A prosperous borough", "1.01", "Town centre masterplan", "Head of Regeneration", d(2024, 4, 1), LATER, { v: 0.6, numFmt: "0%" }, "On Track", "Consultation complete"], "Green", "on track", "A prosperous borough"),
        act(["A prosperous borough", "1.02", "Skills hub", "Head of Economy", d(2024, 4, 1), PAST, { v: 0.3, numFmt: "0%" }, "Off Track", "Funding gap"], "Red", "off track", "A prosperous borough"),
        act(["A healthy borough", "2.01", "Active travel routes", "Head of Transport", d(2024, 6, 1), SOON, { v: 0.8, numFmt: "0%" }, "Monitor", "Land negotiations"], "Amber", "slipping", "A healthy borough"),
        act(["A healthy borough", "2.02", "Healthy weight pathway", "Public Health Lead", d(2024, 4, 1), PAST, { v: 1, numFmt: "0%" }, "Completed", ""], "Blue", "complete", "A healthy borough"),
        act(["A well-run council", "3.01", "New HR and payroll system", "Head of HR", d(2025, 4, 1), FAR, { v: 0, numFmt: "0%" }, "Not Started", ""], "Grey", "not started", "A well-run council"),
        act(["A well-run council", "3.02", "Data quality improvement", "Head of Performance", d(2024, 4, 1), LATER, { v: 0.5, numFmt: "0%" }, "Ongoing", ""], "Green", "on track", "A well-run council"),
      ],
      plan: { headerRows: [1], columns: { theme: "A", ref: "B", action: "C", lead: "D", target: "F", status: "H", progress: "I" }, reportMentions: ["End Date", "Start Date", "% Complete"] },
    },
  ],
  flagCounts: [{ point: 6, code: "status-unknown", count: 0 }],
};

export const whatWeWillDo: CorpusWorkbook = {
  name: "what-we-will-do",
  description: "Council plan in plain-English headings (Priority area, No., What we will do, Who, By when) with a High/Medium/Low Priority column that is not a theme",
  points: [6],
  sheets: [
    {
      name: "Our Plan",
      rows: [
        ["Our Council Plan – what we will do in 2024/25"],
        headers("Priority area", "No.", "What we will do", "Who", "By when", "Priority", "RAG", "Update"),
        act(["Homes", "1", "Build 150 council homes", "Director of Housing", FAR, "High", "Green", "On site at three locations"], "Green", "on track", "Homes"),
        act(["Homes", "2", "Licence houses in multiple occupation", "Head of Private Sector Housing", PAST, "Medium", "Amber", "Scheme consultation"], "Red", "slipping", "Homes"),
        act(["Jobs", "3", "Business rates relief review", "Head of Revenues", SOON, "Low", "Green", ""], "Amber", "on track", "Jobs"),
        act(["Jobs", "4", "Apprenticeship fair", "Head of Economy", PAST, "Medium", "Blue", "Held in October"], "Blue", "complete", "Jobs"),
        act(["Clean streets", "5", "Fly-tipping enforcement", "Head of Enforcement", LATER, "High", "Red", "Vacancies"], "Red", "off track", "Clean streets"),
      ],
      plan: { headerRows: [2], columns: { theme: "A", ref: "B", action: "C", lead: "D", target: "E", status: "G", progress: "H" }, reportMentions: ["Priority"] },
    },
  ],
};

export const areaForImprovement: CorpusWorkbook = {
  name: "area-for-improvement",
  description: "Peer challenge response in the headings of councils' published responses: Area for improvement, Ref, Action title, Assigned to, Implementation date, Status, Commentary",
  points: [6],
  sheets: [
    {
      name: "Response",
      rows: [
        ["Corporate Peer Challenge – Our Response"],
        headers("Area for improvement", "Ref", "Action title", "Assigned to", "Implementation date", "Status", "Commentary"),
        act(["Scrutiny", "AFI 1", "Scrutiny work programme aligned to the corporate plan", "Scrutiny Officer", LATER, "On track", ""], "Green", "on track", "Scrutiny"),
        act(["Scrutiny", "AFI 2", "Pre-decision scrutiny of key decisions", "Monitoring Officer", PAST, "Completed", ""], "Blue", "complete", "Scrutiny"),
        act(["Partnerships", "AFI 3", "Health and wellbeing board refresh", "Director of Public Health", SOON, "Some slippage", ""], "Amber", "slipping", "Partnerships"),
        act(["Partnerships", "AFI 4", "Voluntary sector compact", "Head of Communities", FAR, "Not started", ""], "Grey", "not started", "Partnerships"),
      ],
      plan: { headerRows: [2], columns: { theme: "A", ref: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
};
