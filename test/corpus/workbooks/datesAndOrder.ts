/**
 * Points 8, 9 and 10: timescales as written in community-safety and council plans ("Q3 24/25",
 * "Dec 24", "end of the financial year", "TBC"); the 1904 date system as Excel for Mac writes it
 * (`date1904="1"`) and as LibreOffice writes it (`"true"`); and plans sorted by lead or date with
 * the theme as a column, so themes interleave (README.md, sources S19–S21).
 */
import type { CorpusWorkbook, SheetDef } from "../CorpusWorkbook.js";
import { act, d, FAR, headers, LATER, PAST, SOON } from "./rows.js";

export const timescalesText: CorpusWorkbook = {
  name: "timescales-text",
  description: "Community safety action plan whose timescales are quarters, abbreviated months, 'end of the financial year', 'by year end' and 'TBC'",
  points: [8],
  sheets: [
    {
      name: "CSP Plan",
      rows: [
        ["Community Safety Partnership Action Plan 2024-26"],
        headers("Ref", "Theme", "Action", "Lead", "Timescale", "Status", "Update"),
        act(["1", "Anti-social behaviour", "Hotspot patrol plan", "Community Safety Manager", "Q3 24/25", "On track", ""], "Red", "on track", "Anti-social behaviour"),
        act(["2", "Anti-social behaviour", "Youth diversion scheme", "Youth Services Manager", "Q4 25/26", "On track", ""], "Green", "on track", "Anti-social behaviour"),
        act(["3", "Anti-social behaviour", "Public spaces protection order review", "Licensing Manager", "Dec 24", "Completed", ""], "Blue", "complete", "Anti-social behaviour"),
        act(["4", "Serious violence", "Serious violence duty strategy", "Community Safety Manager", "Mar 25", "Some slippage", ""], "Amber", "slipping", "Serious violence"),
        act(["5", "Serious violence", "Knife crime education in schools", "Partnership Officer", "end of the financial year", "On track", ""], "Green", "on track", "Serious violence"),
        act(["6", "Serious violence", "Night-time economy plan", "Licensing Manager", "by year end", "On track", ""], "Green", "on track", "Serious violence"),
        act(["7", "Exploitation", "Exploitation hub", "Safeguarding Lead", "TBC", "On track", ""], "Green", "on track", "Exploitation"),
        act(["8", "Exploitation", "Train taxi drivers", "Licensing Manager", "Jan 25", "On track", ""], "Amber", "on track", "Exploitation"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  flags: [
    { point: 8, code: "target-tbc", sheet: "CSP Plan", cell: "E9" },
    { point: 8, code: "target-passed", sheet: "CSP Plan", cell: "E3" },
  ],
  clean: ["E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10"].map((cell) => ({ point: 8 as const, sheet: "CSP Plan", cell, severity: "error" as const })),
};

function climatePlan(title: string): SheetDef {
  return {
    name: "Climate Plan",
    rows: [
      [title],
      headers("Ref", "Theme", "Action", "Lead", "Target date", "Status", "Progress"),
      act(["C1", "Buildings", "Heat decarbonisation plan", "Energy Manager", LATER, "On track", ""], "Green", "on track", "Buildings"),
      act(["C2", "Buildings", "LED street lighting", "Highways Manager", SOON, "On track", ""], "Amber", "on track", "Buildings"),
      act(["C3", "Transport", "Electric pool cars", "Fleet Manager", PAST, "Some slippage", ""], "Red", "slipping", "Transport"),
      act(["C4", "Transport", "Staff travel plan", "Sustainability Officer", FAR, "Not started", ""], "Grey", "not started", "Transport"),
    ],
    plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
  };
}

const CLIMATE_FLAGS = {
  flags: [{ point: 9 as const, code: "target-passed", sheet: "Climate Plan", cell: "E5" }],
  clean: [
    { point: 9 as const, sheet: "Climate Plan", cell: "E3", severity: "warning" as const },
    { point: 9 as const, sheet: "Climate Plan", cell: "E4", severity: "warning" as const },
  ],
};

export const date1904ExcelMac: CorpusWorkbook = {
  name: "date1904-excel-mac",
  description: "Climate action plan in the 1904 date system, written as Excel for Mac writes it (date1904=\"1\")",
  points: [9],
  writer: "excel-mac-1904",
  sheets: [climatePlan("Climate Action Plan (Mac)")],
  ...CLIMATE_FLAGS,
};

export const date1904LibreOffice: CorpusWorkbook = {
  name: "date1904-libreoffice",
  description: "The same plan with the 1904 flag written as LibreOffice writes it (date1904=\"true\")",
  points: [9],
  writer: "libreoffice-1904",
  sheets: [climatePlan("Climate Action Plan (LibreOffice)")],
  ...CLIMATE_FLAGS,
};

export const date1904LibreOfficeSaved: CorpusWorkbook = {
  name: "date1904-libreoffice-saved",
  description: "The 1904 plan opened and saved again by LibreOffice Calc itself",
  points: [9],
  writer: "libreoffice-saved-1904",
  sheets: [climatePlan("Climate Action Plan (saved by LibreOffice)")],
  ...CLIMATE_FLAGS,
};

export const interleavedByLead: CorpusWorkbook = {
  name: "interleaved-by-lead",
  description: "Corporate plan sorted by lead officer with the theme as a column, so themes interleave; one row's theme left blank",
  points: [10],
  sheets: [
    {
      name: "By lead",
      rows: [
        ["Corporate Plan Actions – sorted by lead officer"],
        headers("Ref", "Theme", "Action", "Lead officer", "Target date", "Status", "Update"),
        act(["2.1", "Economy", "Inward investment prospectus", "Director of Place", LATER, "On track", ""], "Green", "on track", "Economy"),
        act(["1.3", "Environment", "Air quality action plan", "Director of Place", SOON, "Some slippage", ""], "Amber", "slipping", "Environment"),
        act(["3.2", "Economy", "High street grants", "Director of Place", PAST, "Completed", ""], "Blue", "complete", "Economy"),
        act(["1.1", "Environment", "Climate emergency plan", "Head of Climate", LATER, "On track", ""], "Green", "on track", "Environment"),
        act(["3.1", null, "Community energy scheme", "Head of Climate", FAR, "Not started", ""], "Grey", "not started", null),
        act(["2.2", "Communities", "Warm spaces network", "Head of Communities", PAST, "Major slippage", ""], "Red", "off track", "Communities"),
        act(["1.2", "Environment", "Biodiversity net gain guidance", "Head of Communities", LATER, "On track", ""], "Green", "on track", "Environment"),
        act(["2.3", "Communities", "Volunteering strategy", "Head of Communities", SOON, "On track", ""], "Amber", "on track", "Communities"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" }, themeList: ["Communities", "Economy", "Environment"] },
    },
  ],
  flags: [{ point: 10, code: "theme-missing", sheet: "By lead", cell: "B7" }],
};

export const interleavedByDate: CorpusWorkbook = {
  name: "interleaved-by-date",
  description: "Council delivery plan sorted by due date, themes named on every row and interleaving",
  points: [10],
  sheets: [
    {
      name: "Delivery",
      rows: [
        ["Council Delivery Plan – by due date"],
        headers("No.", "Workstream", "Action", "Owner", "Due date", "Status", "Comments"),
        act(["W3", "Housing", "Allocations policy", "Head of Housing", d(2024, 9, 30), "Completed", ""], "Blue", "complete", "Housing"),
        act(["W1", "Waste", "Food waste pilot", "Head of Waste", PAST, "Some slippage", ""], "Red", "slipping", "Waste"),
        act(["W5", "Housing", "Empty homes officer", "Head of Housing", SOON, "On track", ""], "Amber", "on track", "Housing"),
        act(["W2", "Waste", "Bulky waste online booking", "Head of Waste", d(2025, 3, 31), "On track", ""], "Green", "on track", "Waste"),
        act(["W6", "Leisure", "Pool refurbishment", "Head of Leisure", LATER, "Major slippage", ""], "Red", "off track", "Leisure"),
        act(["W4", "Housing", "Landlord licensing", "Head of Housing", FAR, "Not started", ""], "Grey", "not started", "Housing"),
        act(["W7", "Leisure", "Sports pitch strategy", "Head of Leisure", d(2025, 12, 31), "On track", ""], "Green", "on track", "Leisure"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" }, themeList: ["Housing", "Leisure", "Waste"] },
    },
  ],
};

export const timescalesMixed: CorpusWorkbook = {
  name: "timescales-mixed",
  description: "Service plan timescales in the other ways officers write them: 'Q1 2025/26', 'Spring 2025', 'March 2025', '31/01/2025' as text, '2024/25', 'Ongoing', 'Autumn 2024', 'By December 2024'",
  points: [8],
  sheets: [
    {
      name: "Service Plan",
      rows: [
        ["Revenues and Benefits Service Plan"],
        headers("Ref", "Theme", "Action", "Lead", "Timescale", "Status", "Update"),
        act(["RB1", "Collection", "Council tax reminders by text", "Revenues Manager", "Q1 2025/26", "On track", ""], "Green", "on track", "Collection"),
        act(["RB2", "Collection", "Business rates revaluation checks", "Revenues Manager", "Spring 2025", "On track", ""], "Green", "on track", "Collection"),
        act(["RB3", "Collection", "Single person discount review", "Revenues Manager", "March 2025", "On track", ""], "Green", "on track", "Collection"),
        act(["RB4", "Benefits", "Housing benefit subsidy audit", "Benefits Manager", "31/01/2025", "On track", ""], "Amber", "on track", "Benefits"),
        act(["RB5", "Benefits", "Council tax support scheme", "Benefits Manager", "2024/25", "On track", ""], "Green", "on track", "Benefits"),
        act(["RB6", "Benefits", "Welfare advice partnership", "Benefits Manager", "Ongoing", "On track", ""], "Green", "on track", "Benefits"),
        act(["RB7", "Digital", "E-billing take-up campaign", "Systems Manager", "Autumn 2024", "On track", ""], "Red", "on track", "Digital"),
        act(["RB8", "Digital", "Online forms replatform", "Systems Manager", "By December 2024", "Completed", ""], "Blue", "complete", "Digital"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" } },
    },
  ],
  flags: [
    { point: 8, code: "ongoing-no-date", sheet: "Service Plan", cell: "E8" },
    { point: 8, code: "target-passed", sheet: "Service Plan", cell: "E9" },
  ],
  clean: ["E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10"].map((cell) => ({ point: 8 as const, sheet: "Service Plan", cell, severity: "error" as const })),
};
