/**
 * Point 2: the council's own vocabulary. RAG letters and colour words as officers type them,
 * everyday status words (peer-challenge updates, NSW/UK council "how we rate the status" keys),
 * and words defined by the workbook's own drop-down list (README.md, sources S5–S8).
 */
import type { CorpusWorkbook } from "../CorpusWorkbook.js";
import { act, FAR, headers, LATER, PAST, SOON } from "./rows.js";

export const ragLetters: CorpusWorkbook = {
  name: "rag-letters",
  description: "Recovery plan tracker with RAG letters and colour words typed by hand: R, a , A/G, A/R, B, C, blue, Green , g",
  points: [2, 6],
  sheets: [
    {
      name: "Tracker",
      rows: [
        ["Recovery Plan – RAG tracker"],
        headers("#", "Theme", "Action", "Who", "By when", "RAG", "Comments"),
        act([1, "Finance", "Monthly budget challenge sessions", "S151 Officer", LATER, "G", ""], "Green", "on track", "Finance"),
        act([2, "Finance", "Savings delivery tracker", "S151 Officer", LATER, "a ", ""], "Amber", "slipping", "Finance"),
        act([3, "Finance", "Reserves strategy", "Head of Finance", LATER, "R", ""], "Red", "off track", "Finance"),
        act([4, "Governance", "Annual governance statement actions", "Monitoring Officer", PAST, "B", ""], "Blue", "complete", "Governance"),
        act([5, "Governance", "Scrutiny review", "Monitoring Officer", LATER, "A/G", ""], "Amber", "slipping", "Governance"),
        act([6, "Governance", "Audit committee training", "Head of Audit", LATER, "A/R", ""], "Red", "off track", "Governance"),
        act([7, "Services", "Waste round redesign", "Director of Environment", PAST, "C", "Complete"], "Blue", "complete", "Services"),
        act([8, "Services", "Garden waste subscriptions", "Director of Environment", SOON, "blue", ""], "Blue", "complete", "Services"),
        act([9, "Services", "Street cleansing standards", "Director of Environment", FAR, "Green ", ""], "Green", "on track", "Services"),
        act([10, "Services", "Fleet replacement", "Director of Environment", LATER, "g", ""], "Green", "on track", "Services"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  clean: [
    { point: 2, sheet: "Tracker", cell: "F4", severity: "error" },
    { point: 2, sheet: "Tracker", cell: "F7", severity: "error" },
    { point: 2, sheet: "Tracker", cell: "F9", severity: "error" },
  ],
  flagCounts: [{ point: 2, code: "status-unknown", count: 0 }],
};

export const everydayWords: CorpusWorkbook = {
  name: "everyday-words",
  description: "Improvement plan with everyday status words (At risk, Delayed, Off track, On hold, Superseded, Complete ✓…) and one word nobody could place, used three times",
  points: [2],
  sheets: [
    {
      name: "Plan",
      rows: [
        ["Improvement Plan 2024-25 progress"],
        headers("Ref", "Theme", "Action", "Lead", "Target date", "Status", "Progress"),
        act(["1.1", "People", "Staff survey action plan", "Head of HR", LATER, "At risk", "Low response rate"], "Amber", "slipping", "People"),
        act(["1.2", "People", "Pay and grading review", "Head of HR", FAR, "Delayed", "Job evaluation backlog"], "Amber", "slipping", "People"),
        act(["1.3", "People", "Reduce sickness absence", "Head of HR", LATER, "Off track", "Absence rising"], "Red", "off track", "People"),
        act(["1.4", "People", "Appraisal completion", "Head of OD", LATER, "Behind target", "72% against 95%"], "Amber", "slipping", "People"),
        act(["2.1", "Place", "Car park charging review", "Head of Parking", LATER, "On hold", "Paused by Cabinet"], "Amber", "slipping", "Place"),
        act(["2.2", "Place", "Parks strategy", "Head of Parks", PAST, "Closed", ""], "Blue", "complete", "Place"),
        act(["2.3", "Place", "Old depot options appraisal", "Head of Property", PAST, "Superseded", "Replaced by 2.5"], "Blue", "complete", "Place"),
        act(["2.4", "Place", "Bid for levelling up round 3", "Head of Economy", LATER, "Cancelled", "Fund withdrawn"], "Blue", "complete", "Place"),
        act(["3.1", "Resources", "Procurement strategy", "Head of Procurement", PAST, "Complete ✓", ""], "Blue", "complete", "Resources"),
        act(["3.2", "Resources", "Contract register", "Head of Procurement", PAST, "Complete - see note", "Published"], "Blue", "complete", "Resources"),
        act(["3.3", "Resources", "Asset management plan", "Head of Property", LATER, "Stage 2 gateway", ""], "Green", "unknown", "Resources"),
        act(["3.4", "Resources", "Capital programme review", "Head of Finance", SOON, "Stage 2 gateway", ""], "Amber", "unknown", "Resources"),
        act(["3.5", "Resources", "Insurance retender", "Head of Finance", FAR, "Stage 2 gateway ", ""], "Green", "unknown", "Resources"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  // One issue for the word (at its first cell), naming it and saying how to teach it on the command line.
  flags: [{ point: 2, code: "status-unknown", sheet: "Plan", cell: "F13", mentions: ["Stage 2 gateway", "--statuses"] }],
  flagCounts: [{ point: 2, code: "status-unknown", count: 1 }],
  clean: [
    { point: 2, sheet: "Plan", cell: "F3", severity: "error" },
    { point: 2, sheet: "Plan", cell: "F9", severity: "error" },
    { point: 2, sheet: "Plan", cell: "F11", severity: "error" },
  ],
};

export const validationLookupX14: CorpusWorkbook = {
  name: "validation-lookup-x14",
  description: "Action plan whose status drop-down (Excel 2010+ x14 validation) points at a hidden Lookups sheet listing each word with its RAG",
  points: [2, 6, 7],
  sheets: [
    {
      name: "Action plan",
      validations: [{ sqref: "F3:F200", list: "Lookups!$A$2:$A$6", x14: true }],
      rows: [
        ["Customer and Finance Action Plan 2024/25"],
        headers("Ref", "Objective", "Action", "Responsible officer", "Deadline", "Progress status", "Commentary"),
        act(["A1", "Customer", "Single telephone number", "Head of Customer Services", LATER, "Good progress", ""], "Green", "on track", "Customer"),
        act(["A2", "Customer", "Complaints policy", "Head of Customer Services", PAST, "Delivered", ""], "Blue", "complete", "Customer"),
        act(["A3", "Customer", "Web chat", "Head of Digital", LATER, "Some issues", "Supplier delay"], "Amber", "slipping", "Customer"),
        act(["A4", "Finance", "Debt recovery review", "Head of Revenues", LATER, "Serious issues", "Backlog growing"], "Red", "off track", "Finance"),
        act(["A5", "Finance", "Budget consultation", "Head of Finance", FAR, "Not commenced", ""], "Grey", "not started", "Finance"),
        act(["A6", "Finance", "Treasury strategy", "Head of Finance", SOON, "Good progress", ""], "Amber", "on track", "Finance"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
    {
      name: "Lookups",
      state: "hidden",
      rows: [
        headers("Status", "RAG", "Officers"),
        ["Delivered", "Blue", "Head of Customer Services"],
        ["Good progress", "Green", "Head of Digital"],
        ["Some issues", "Amber", "Head of Revenues"],
        ["Serious issues", "Red", "Head of Finance"],
        ["Not commenced", "Grey"],
      ],
    },
  ],
  flagCounts: [{ point: 2, code: "status-unknown", count: 0 }],
};

export const validationInlineList: CorpusWorkbook = {
  name: "validation-inline-list",
  description: "Regeneration tracker whose status drop-down is an inline list of the council's own words (Achieved, On schedule, Minor delay, Major delay, Not yet started)",
  points: [2],
  sheets: [
    {
      name: "Tracker",
      validations: [{ sqref: "F3:F50", list: ["Achieved", "On schedule", "Minor delay", "Major delay", "Not yet started"] }],
      rows: [
        ["Regeneration Programme Tracker"],
        headers("Ref", "Workstream", "Action", "Lead", "Target date", "Status", "Update"),
        act(["R1", "Town centre", "Market hall refurbishment", "Regeneration Manager", LATER, "On schedule", ""], "Green", "on track", "Town centre"),
        act(["R2", "Town centre", "Public realm phase 1", "Regeneration Manager", PAST, "Achieved", ""], "Blue", "complete", "Town centre"),
        act(["R3", "Town centre", "Shop front grants", "Economic Development Officer", LATER, "Minor delay", ""], "Amber", "slipping", "Town centre"),
        act(["R4", "Waterfront", "Flood defence works", "Engineering Manager", SOON, "Major delay", ""], "Red", "off track", "Waterfront"),
        act(["R5", "Waterfront", "Marina masterplan", "Regeneration Manager", FAR, "Not yet started", ""], "Grey", "not started", "Waterfront"),
        act(["R6", "Waterfront", "Cycle route", "Transport Planner", LATER, "On Schedule ", ""], "Green", "on track", "Waterfront"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  flagCounts: [{ point: 2, code: "status-unknown", count: 0 }],
};

export const validationLookupLibreOffice: CorpusWorkbook = {
  ...validationLookupX14,
  name: "validation-lookup-libreoffice",
  description: "The lookup-sheet drop-down workbook opened and saved again by LibreOffice Calc (its own way of writing validations)",
  writer: "libreoffice",
};

export const numberedStatusList: CorpusWorkbook = {
  name: "numbered-status-list",
  description: "Tracker template whose drop-down words carry a number ('1 - Complete', '3 - At risk'), as council templates often sort their lists",
  points: [2],
  sheets: [
    {
      name: "Tracker",
      validations: [{ sqref: "F3:F60", list: ["1 - Complete", "2 - On track", "3 - At risk", "4 - Off track", "5 - Not started"] }],
      rows: [
        ["Corporate Plan 2025 Tracker"],
        headers("Ref", "Theme", "Action", "Lead", "Target date", "Status", "Progress"),
        act(["1", "Resident voice", "Residents' panel", "Head of Engagement", LATER, "2 - On track", ""], "Green", "on track", "Resident voice"),
        act(["2", "Resident voice", "Consultation hub", "Head of Engagement", PAST, "1 - Complete", ""], "Blue", "complete", "Resident voice"),
        act(["3", "Value for money", "Procurement savings", "Head of Procurement", LATER, "3 - At risk", ""], "Amber", "slipping", "Value for money"),
        act(["4", "Value for money", "Shared legal service", "Monitoring Officer", LATER, "4 - Off track", ""], "Red", "off track", "Value for money"),
        act(["5", "Value for money", "Fees and charges benchmarking", "Head of Finance", FAR, "5 - Not started", ""], "Grey", "not started", "Value for money"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  flagCounts: [{ point: 2, code: "status-unknown", count: 0 }],
};

export const statusWithNotes: CorpusWorkbook = {
  name: "status-with-notes",
  description: "Status cells where officers add a note after the word ('Completed Oct 2024', 'Delayed - awaiting funding', 'Not started – due Apr 25')",
  points: [2],
  sheets: [
    {
      name: "Plan",
      rows: [
        ["Leisure and Culture Action Plan"],
        headers("Ref", "Theme", "Action", "Lead", "Target date", "Status", "Progress"),
        act(["LC1", "Leisure", "Gym equipment replacement", "Leisure Manager", PAST, "Completed Oct 2024", ""], "Blue", "complete", "Leisure"),
        act(["LC2", "Leisure", "Swimming lessons waiting list", "Leisure Manager", LATER, "Delayed - awaiting funding", ""], "Amber", "slipping", "Leisure"),
        act(["LC3", "Culture", "Museum accreditation", "Museums Officer", LATER, "On track (see update)", ""], "Green", "on track", "Culture"),
        act(["LC4", "Culture", "Arts festival 2025", "Arts Officer", SOON, "At risk – capacity", ""], "Amber", "slipping", "Culture"),
        act(["LC5", "Culture", "Heritage trail", "Museums Officer", FAR, "Not started – due to start Apr 25", ""], "Grey", "not started", "Culture"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  flagCounts: [{ point: 2, code: "status-unknown", count: 0 }],
};

export const deliveryConfidenceWords: CorpusWorkbook = {
  name: "delivery-confidence-words",
  description: "Programme tracker headed 'Delivery confidence' in delivery-confidence words, including the reversed spellings councils use ('Green/Amber', 'Red/Amber', 'G/A')",
  points: [2, 6],
  sheets: [
    {
      name: "Programme",
      rows: [
        ["Transformation Programme – Delivery Confidence"],
        headers("Ref", "Workstream", "Project", "SRO", "Due date", "Delivery confidence", "Commentary"),
        act(["P1", "Digital", "Customer portal", "Director of Resources", LATER, "Green/Amber", ""], "Amber", "slipping", "Digital"),
        act(["P2", "Digital", "Data platform", "Director of Resources", LATER, "Red/Amber", ""], "Red", "off track", "Digital"),
        act(["P3", "People", "Hybrid working", "Director of People", LATER, "G/A", ""], "Amber", "slipping", "People"),
        act(["P4", "People", "Leadership academy", "Director of People", FAR, "Amber/Green", ""], "Amber", "slipping", "People"),
        act(["P5", "People", "Recruitment portal", "Director of People", LATER, "Green", ""], "Green", "on track", "People"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  flagCounts: [{ point: 2, code: "status-unknown", count: 0 }],
};
