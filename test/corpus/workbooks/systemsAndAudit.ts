/**
 * Point 6 (and 7): headings councils and their systems really use. Internal-audit recommendation
 * trackers (Reading, Bromsgrove/Worcestershire, Central Bedfordshire audit committee papers),
 * performance-system exports (Pentana/Covalent, Camms) — README.md, sources S9–S14.
 */
import type { CorpusWorkbook } from "../CorpusWorkbook.js";
import { act, EARLIER, headers, LATER, PAST, SOON } from "./rows.js";

const PAYROLL = "Payroll 2023/24 – Limited assurance";
const CARDS = "Procurement cards 2024/25 – Reasonable assurance";

export const internalAuditTracker: CorpusWorkbook = {
  name: "internal-audit-tracker",
  description: "Internal audit recommendation tracker: audit heading rows, High/Medium/Low priority, agreed action, responsible officer, implementation and revised dates",
  points: [6, 7],
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
      },
    },
  ],
  flags: [{ point: 6, code: "target-passed", sheet: "Tracker", cell: "F7" }],
};
