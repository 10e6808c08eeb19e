/**
 * Points 4 and 5: two-row headers and units. "Dates" over Original | Revised (Reading's audit
 * tracker added an original-date column beside the revised one), "Benefits £k" over the years
 * (seed 001's Appendix B), savings trackers in £'000 (Brighton & Hove savings monitoring) and £m,
 * savings written as bracketed negatives (seed 001) — README.md, sources S3, S15–S17.
 */
import type { CorpusWorkbook } from "../CorpusWorkbook.js";
import { act, EARLIER, FAR, headers, LATER, PAST, SOON } from "./rows.js";

export const datesOriginalRevised: CorpusWorkbook = {
  name: "dates-original-revised",
  description: "Housing improvement plan with 'Dates' merged over 'Original | Revised' and the other headings merged down two rows",
  points: [4],
  sheets: [
    {
      name: "HIP",
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3"],
      rows: [
        ["Housing Improvement Plan"],
        headers("Ref", "Theme", "Action", "Lead", "Dates", "", "Status", "Progress"),
        headers("", "", "", "", "Original", "Revised"),
        act(["H1", "Repairs", "New repairs contract", "Head of Repairs", PAST, LATER, "On track", "Tender re-run"], "Green", "on track", "Repairs"),
        act(["H2", "Repairs", "Damp and mould survey", "Head of Repairs", PAST, null, "Some slippage", "Survey 80% done"], "Red", "slipping", "Repairs"),
        act(["H3", "Repairs", "Repairs satisfaction survey", "Customer Insight Manager", EARLIER, PAST, "Completed", ""], "Blue", "complete", "Repairs"),
        act(["H4", "Allocations", "Allocations policy review", "Head of Allocations", LATER, FAR, "Not started", ""], "Grey", "not started", "Allocations"),
        act(["H5", "Allocations", "Choice-based lettings system", "Head of Allocations", PAST, SOON, "Some slippage", "Go-live moved"], "Amber", "slipping", "Allocations"),
        act(["H6", "Allocations", "Tenancy audit", "Tenancy Services Manager", SOON, null, "On track", ""], "Amber", "on track", "Allocations"),
      ],
      plan: {
        headerRows: [2, 3],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", revisedTarget: "F", status: "G", progress: "H" },
        reportMentions: ["Original", "Revised"],
      },
    },
  ],
  clean: [{ point: 4, sheet: "HIP", cell: "F4", severity: "error" }],
};

export const benefitsTwoRow: CorpusWorkbook = {
  name: "benefits-two-row",
  description: "Programme benefits table with 'Benefits £k' merged over the financial years, a tbc amount and an in-sheet total row",
  points: [4, 5],
  sheets: [
    {
      name: "Benefits",
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:K4"],
      rows: [
        ["Organisational Development Programme – Benefits"],
        [],
        headers("Ref", "Project", "Service area", "Project stage", "Lead", "Target date", "Status", "Benefits £k", "", "", "Already in MTFP"),
        headers("", "", "", "", "", "", "", "2024/25", "2025/26", "2026/27"),
        act(["OD1", "Digital customer contact", "Customer Services", "Delivery", "Head of Customer Services", LATER, "On track", 50, 120, 120, "Yes"], "Green", "on track", null),
        act(["OD2", "Automation of back-office processes", "Resources", "Design and develop", "Head of Digital", FAR, "Some slippage", 0, 80, 150, "No"], "Amber", "slipping", null),
        act(["OD3", "Office rationalisation", "Property", "Discover and define", "Head of Property", FAR, "Not started", "tbc", 200, 200, "No"], "Grey", "not started", null),
        act(["OD4", "Procurement savings", "Resources", "Delivery", "Head of Procurement", PAST, "Completed", 75, 75, 75, "Yes"], "Blue", "complete", null),
        [{ v: "Total", bold: true }, null, null, null, null, null, null, { f: "SUM(H5:H8)", v: 125 }, { f: "SUM(I5:I8)", v: 475 }, { f: "SUM(J5:J8)", v: 545 }],
      ],
      plan: {
        headerRows: [3, 4],
        columns: {
          ref: "A",
          action: "B",
          serviceArea: "C",
          stage: "D",
          lead: "E",
          target: "F",
          status: "G",
          "benefit:2024/25": "H",
          "benefit:2025/26": "I",
          "benefit:2026/27": "J",
          inMtfp: "K",
        },
        benefits: { "2024/25": 125, "2025/26": 475, "2026/27": 545 },
        reportMentions: ["£k"],
      },
    },
  ],
  flags: [{ point: 5, code: "amount-tbc", sheet: "Benefits", cell: "H7" }],
  benefitsSheetMentions: ["£k", "positive"],
  // The plan counts savings as positive amounts in £k: the sheet must not say otherwise.
  benefitsSheetAvoids: ["Amounts in £ as", "are negative"],
};

export const savingsThousandsWith15k: CorpusWorkbook = {
  name: "savings-000-15k",
  description: "Savings tracker by directorate in £000 per year, with '15k' typed in a £000 column, an accountant's '-' and 'n/a'",
  points: [5, 6],
  sheets: [
    {
      name: "Savings",
      rows: [
        ["Savings Tracker 2024/25 – 2026/27"],
        ["Figures in £000 unless stated"],
        headers("Ref", "Directorate", "Proposal", "Owner", "Due date", "RAG", "2024/25 £000", "2025/26 £000", "2026/27 £000", "Comments"),
        act(["S1", "Adults", "Review of day services", "Director of Adult Services", LATER, "G", 250, 400, 400, ""], "Green", "on track", "Adults"),
        act(["S2", "Adults", "Expand reablement", "Head of Reablement", PAST, "A", "15k", 30, 30, "Part-year effect"], "Red", "slipping", "Adults"),
        act(["S3", "Children's", "Placement sufficiency", "Director of Children's Services", FAR, "R", "-", 100, 150, "Starts 2025/26"], "Red", "off track", "Children's"),
        act(["S4", "Children's", "Home to school transport", "Head of Transport", SOON, "G", "n/a", 60, 60, "New policy from September"], "Amber", "on track", "Children's"),
        act(["S5", "Place", "Garden waste charge", "Head of Waste", PAST, "B", 300, 300, 300, "Delivered"], "Blue", "complete", "Place"),
        act(["S6", "Place", "Parking income", "Head of Parking", LATER, "A/G", 45, 50, 50, ""], "Amber", "slipping", "Place"),
      ],
      plan: {
        headerRows: [3],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", "benefit:2024/25": "G", "benefit:2025/26": "H", "benefit:2026/27": "I", progress: "J" },
        benefits: { "2024/25": 610, "2025/26": 940, "2026/27": 990 },
        reportMentions: ["£000"],
      },
    },
  ],
  clean: [
    { point: 5, sheet: "Savings", cell: "G5", severity: "error" },
    { point: 5, sheet: "Savings", cell: "G6" },
    { point: 5, sheet: "Savings", cell: "G7", severity: "error" },
  ],
  benefitsSheetMentions: ["£000", "positive"],
  // The plan counts savings as positive amounts in £000: the sheet must not say otherwise.
  benefitsSheetAvoids: ["Amounts in £ as", "are negative"],
};

export const savingsMillions: CorpusWorkbook = {
  name: "savings-m",
  description: "Transformation savings with the unit only in the title ('(£m)') and decimal millions in the year columns",
  points: [5],
  sheets: [
    {
      name: "Programme",
      rows: [
        ["Transformation Programme Savings (£m)"],
        headers("No.", "Workstream", "Project", "SRO", "Delivery date", "Status", "2025/26", "2026/27"),
        act([1, "Digital", "Automate benefits processing", "Director of Resources", LATER, "On track", 0.25, 0.5], "Green", "on track", "Digital"),
        act([2, "Digital", "Channel shift", "Director of Resources", FAR, "At risk", 1.2, 1.8], "Amber", "slipping", "Digital"),
        act([3, "Property", "Close the annexe", "Director of Place", PAST, "Complete", 0.4, 0.4], "Blue", "complete", "Property"),
        act([4, "Property", "Shared depot", "Director of Place", LATER, "Delayed", 0.15, 0.35], "Amber", "slipping", "Property"),
      ],
      plan: {
        headerRows: [2],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", "benefit:2025/26": "G", "benefit:2026/27": "H" },
        benefits: { "2025/26": 2, "2026/27": 3.05 },
        reportMentions: ["£m"],
      },
    },
  ],
  benefitsSheetMentions: ["£m", "positive"],
  // The plan counts savings as positive amounts in £m: the sheet must not say otherwise.
  benefitsSheetAvoids: ["Amounts in £ as", "are negative"],
};

export const savingsNegativeBrackets: CorpusWorkbook = {
  name: "savings-negative-brackets",
  description: "Cashable benefits in pounds written as negatives, '(44,000)' as numbers and once as text (seed 001's convention)",
  points: [5],
  sheets: [
    {
      name: "Appendix B",
      rows: [
        ["Appendix B – Cashable benefits"],
        headers("Ref", "Project", "Lead", "Target date", "Status", "2024/25 (£)", "2025/26 (£)"),
        act(["B1", "Income maximisation", "Head of Revenues", LATER, "On track", { v: -44000, numFmt: "#,##0;(#,##0)" }, { v: -60000, numFmt: "#,##0;(#,##0)" }], "Green", "on track", null),
        act(["B2", "Fleet telematics", "Fleet Manager", FAR, "Not started", "(20,000)", { v: -20000, numFmt: "#,##0;(#,##0)" }], "Grey", "not started", null),
        act(["B3", "Print reduction", "Head of ICT", PAST, "Completed", { v: -15000, numFmt: "#,##0;(#,##0)" }, { v: -15000, numFmt: "#,##0;(#,##0)" }], "Blue", "complete", null),
      ],
      plan: {
        headerRows: [2],
        columns: { ref: "A", action: "B", lead: "C", target: "D", status: "E", "benefit:2024/25": "F", "benefit:2025/26": "G" },
        benefits: { "2024/25": -79000, "2025/26": -95000 },
        reportMentions: ["negative"],
      },
    },
  ],
  flags: [{ point: 5, code: "number-as-text", sheet: "Appendix B", cell: "F4" }],
  benefitsSheetMentions: ["negative"],
};

export const savingsApostropheThousands: CorpusWorkbook = {
  name: "savings-apostrophe-000",
  description: "Savings proposals with the unit under the year in the heading ('2025/26\\n£'000'), '15.5k' typed in one cell and 'TBC' in another",
  points: [5, 6],
  sheets: [
    {
      name: "Proposals",
      rows: [
        ["Budget Savings Proposals 2025/26 – 2026/27"],
        headers("Ref", "Service area", "Saving proposal", "Lead officer", "Implementation date", "Delivery RAG", "2025/26\n£'000", "2026/27\n£'000", "Notes"),
        act(["SP1", "Libraries", "Self-service opening hours", "Head of Libraries", LATER, "G", 120, 150, ""], "Green", "on track", null),
        act(["SP2", "Leisure", "Leisure contract renegotiation", "Head of Leisure", SOON, "A", "15.5k", 20, "Early estimate"], "Amber", "slipping", null),
        act(["SP3", "Waste", "Route optimisation", "Head of Waste", PAST, "B", 80, "TBC", "Depends on the new fleet"], "Blue", "complete", null),
      ],
      plan: {
        headerRows: [2],
        columns: { ref: "A", serviceArea: "B", action: "C", lead: "D", target: "E", status: "F", "benefit:2025/26": "G", "benefit:2026/27": "H", progress: "I" },
        benefits: { "2025/26": 215.5, "2026/27": 170 },
        reportMentions: ["£'000"],
      },
    },
  ],
  flags: [{ point: 5, code: "amount-tbc", sheet: "Proposals", cell: "H5" }],
  clean: [{ point: 5, sheet: "Proposals", cell: "G4", severity: "error" }],
};
