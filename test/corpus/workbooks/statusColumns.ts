/**
 * Point 1: several status-like columns. Layouts from LGA peer-challenge progress updates (previous
 * and current RAG), seed 002's June/September status counts, and quarterly council-plan monitoring
 * with one RAG and update column per quarter (README.md, sources S1–S4).
 */
import type { CorpusWorkbook } from "../CorpusWorkbook.js";
import { act, FAR, headers, LATER, PAST, SOON } from "./rows.js";

export const previousCurrentRag: CorpusWorkbook = {
  name: "prev-current-rag",
  description: "LGA corporate peer challenge action plan, progress update with Previous RAG and Current RAG side by side",
  points: [1, 2, 11],
  sheets: [
    {
      name: "CPC Action Plan",
      rows: [
        ["LGA Corporate Peer Challenge – Action Plan"],
        ["Progress at December 2024"],
        headers("Ref", "Theme", "Action", "Lead officer", "Timescale", "Previous RAG", "Current RAG", "Progress update"),
        act(["1.1", "Place leadership", "Agree a shared place vision with partners", "Chief Executive", LATER, "Amber", "Green", "Draft vision consulted on"], "Green", "on track", "Place leadership"),
        act(["1.2", "Place leadership", "Refresh the partnership board's terms of reference", "Director of Place", SOON, "Green", "Amber", "Awaiting partner comments"], "Amber", "slipping", "Place leadership"),
        act(["2.1", "Financial sustainability", "Set a balanced three-year MTFS", "S151 Officer", PAST, "Amber", "Blue", "Approved by Council"], "Blue", "complete", "Financial sustainability"),
        act(["2.2", "Financial sustainability", "Close the 2025/26 budget gap", "S151 Officer", LATER, "Green", "Red", "Gap of £2.1m remains"], "Red", "off track", "Financial sustainability"),
        act(["3.1", "Organisational capacity", "Recruit to permanent senior posts", "Director of Resources", FAR, "Red", "Green", "Two of three posts filled"], "Green", "on track", "Organisational capacity"),
        act(["3.2", "Organisational capacity", "Launch the leadership development programme", "Head of HR", LATER, null, "Amber", "Procurement delayed"], "Amber", "slipping", "Organisational capacity"),
      ],
      plan: {
        headerRows: [3],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "G", progress: "H" },
        reportMentions: ["Current RAG", "Previous RAG"],
      },
    },
  ],
};

export const statusJuneSept: CorpusWorkbook = {
  name: "status-june-sept",
  description: "Corporate improvement plan update with a status column per reporting month (seed 002: June vs September)",
  points: [1, 11],
  sheets: [
    {
      name: "CIP",
      rows: [
        ["Corporate Improvement Plan – update for Audit Committee"],
        [],
        headers("No.", "Key theme", "Action", "Lead", "Target date", "Status June", "Status Sept", "Commentary"),
        act([1, "Governance", "Review the constitution", "Monitoring Officer", PAST, "On track", "Completed", "Adopted by Council in October"], "Blue", "complete", "Governance"),
        act([2, "Governance", "Member development programme", "Head of Democratic Services", LATER, "Not started", "On track", "Induction sessions booked"], "Green", "on track", "Governance"),
        act([3, "Customer", "New customer contact strategy", "Head of Customer Services", SOON, "On track", "Some slippage", "Consultation extended"], "Amber", "slipping", "Customer"),
        act([4, "Customer", "Replace the CRM system", "Head of Digital", LATER, "Some slippage", "Major slippage", "Supplier failed to deliver"], "Red", "off track", "Customer"),
        act([5, "Performance", "Performance framework refresh", "Head of Policy", FAR, "Not started", "Not started", ""], "Grey", "not started", "Performance"),
        act([6, "Performance", "Quarterly performance dashboard", "Head of Policy", PAST, "Some slippage", "On track", "First dashboard drafted"], "Red", "on track", "Performance"),
      ],
      plan: {
        headerRows: [3],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "G", progress: "H" },
        reportMentions: ["Status Sept", "Status June"],
      },
    },
  ],
};

export const quarterlyRagUpdates: CorpusWorkbook = {
  name: "quarterly-rag-updates",
  description: "Council plan delivery monitoring: one RAG letter and one update column per quarter, Q4 not yet reported",
  points: [1, 2, 6],
  sheets: [
    {
      name: "Delivery Plan",
      rows: [
        ["Council Plan 2024/25 – Delivery Plan Monitoring"],
        headers("Ref", "Priority area", "Action", "Lead officer", "Due date", "Q1 RAG", "Q1 update", "Q2 RAG", "Q2 update", "Q3 RAG", "Q3 update", "Q4 RAG", "Q4 update"),
        act(["CP1", "Thriving places", "Adopt the Local Plan", "Head of Planning", FAR, "G", "Regulation 18 done", "G", "Examination booked", "A", "Inspector asked for more evidence"], "Amber", "slipping", "Thriving places"),
        act(["CP2", "Thriving places", "Town centre regeneration scheme", "Head of Economy", LATER, "G", "Design team appointed", "G", "Planning submitted", "G", "Consent granted"], "Green", "on track", "Thriving places"),
        act(["CP3", "Thriving places", "Deliver 200 affordable homes", "Head of Housing", PAST, "A", "Sites slow", "R", "Developer withdrew", "R", "Now 120 expected"], "Red", "off track", "Thriving places"),
        act(["CP4", "Healthy lives", "Open the new leisure centre", "Director of Public Health", SOON, "G", "On site", "G", "Fit-out", "G", "Opening date set"], "Amber", "on track", "Healthy lives"),
        act(["CP5", "Healthy lives", "Physical activity strategy", "Head of Leisure", PAST, "A", "Drafting", "A", "Consultation", "B", "Adopted"], "Blue", "complete", "Healthy lives"),
        act(["CP6", "A modern council", "Move services online", "Chief Information Officer", LATER, "R", "No budget", "A", "Budget agreed", "G", "Twelve forms live"], "Green", "on track", "A modern council"),
        act(["CP7", "A modern council", "New workforce strategy", "Head of HR", FAR, null, null, null, null, "A/G", "Started in Q3"], "Amber", "slipping", "A modern council"),
      ],
      plan: {
        headerRows: [2],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "J", progress: "K" },
        reportMentions: ["Q3 RAG", "Q3 update", "Q4 RAG", "Q2 RAG"],
      },
    },
  ],
};

export const hiddenPreviousColumn: CorpusWorkbook = {
  name: "hidden-previous-column",
  description: "Transformation tracker where last period's status column was copied to the right and hidden",
  points: [1, 7],
  sheets: [
    {
      name: "Tracker",
      hiddenColumns: ["H"],
      rows: [
        ["Transformation Programme – Action Tracker"],
        ["Updated: 13 January 2025"],
        headers("Ref", "Workstream", "Action", "Owner", "Due date", "Status", "Update", "Status"),
        act(["T1", "Digital", "Replace the website", "Head of Digital", LATER, "On track", "Build under way", "Some slippage"], "Green", "on track", "Digital"),
        act(["T2", "Digital", "Online payments", "Head of Digital", SOON, "Completed", "Live since December", "On track"], "Blue", "complete", "Digital"),
        act(["T3", "Property", "Dispose of surplus offices", "Head of Property", PAST, "Major slippage", "Buyer withdrew", "Some slippage"], "Red", "off track", "Property"),
        act(["T4", "Property", "Depot rationalisation", "Estates Manager", FAR, "Not started", "", "Not started"], "Grey", "not started", "Property"),
        act(["T5", "Workforce", "Agile working policy", "Head of HR", LATER, "Some slippage", "Union consultation", "On track"], "Amber", "slipping", "Workforce"),
        act(["T6", "Workforce", "Apprenticeship scheme", "Head of OD", LATER, "On track", "Ten starters", "Major slippage"], "Green", "on track", "Workforce"),
      ],
      plan: {
        headerRows: [3],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "G" },
      },
    },
  ],
};

export const latestAndPrevious: CorpusWorkbook = {
  name: "latest-previous-status",
  description: "Performance improvement plan with 'Latest status' left of 'Previous status': the heading, not the position, says which is current",
  points: [1, 11],
  sheets: [
    {
      name: "PIP",
      rows: [
        ["Performance Improvement Plan"],
        headers("Ref", "Theme", "Action", "Lead", "Target date", "Latest status", "Previous status", "Comments"),
        act(["P1", "Planning", "Clear the application backlog", "Head of Planning", LATER, "On track", "Some slippage", ""], "Green", "on track", "Planning"),
        act(["P2", "Planning", "Pre-application service", "Head of Planning", PAST, "Completed", "On track", ""], "Blue", "complete", "Planning"),
        act(["P3", "Licensing", "Online licence renewals", "Licensing Manager", SOON, "Some slippage", "On track", ""], "Amber", "slipping", "Licensing"),
        act(["P4", "Licensing", "Taxi policy review", "Licensing Manager", LATER, "Major slippage", "Some slippage", ""], "Red", "off track", "Licensing"),
      ],
      plan: { headerRows: [2], columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "F", progress: "H" }, reportMentions: ["Latest status", "Previous status"] },
    },
  ],
};

export const positionAtDates: CorpusWorkbook = {
  name: "position-at-dates",
  description: "Quarterly tracker whose period columns are named by date ('RAG at 30 Sept 2024', 'RAG at 31 Dec 2024', 'RAG at 31 Mar 2025' still empty), each with its update",
  points: [1],
  sheets: [
    {
      name: "Tracker",
      rows: [
        ["Recovery and Improvement Plan – quarterly position"],
        headers("Ref", "Theme", "Action", "Lead", "Target date", "RAG at 30 Sept 2024", "Update at 30 Sept 2024", "RAG at 31 Dec 2024", "Update at 31 Dec 2024", "RAG at 31 Mar 2025", "Update at 31 Mar 2025"),
        act(["R1", "Finance", "Balanced budget 2025/26", "S151 Officer", SOON, "Amber", "Gap £4m", "Green", "Gap closed", null, null], "Amber", "on track", "Finance"),
        act(["R2", "Finance", "Asset disposals", "Head of Property", LATER, "Green", "Marketing", "Red", "Sale fell through", null, null], "Red", "off track", "Finance"),
        act(["R3", "Governance", "Constitution refresh", "Monitoring Officer", PAST, "Amber", "Drafting", "Blue", "Adopted", null, null], "Blue", "complete", "Governance"),
        act(["R4", "Governance", "Member code of conduct training", "Monitoring Officer", FAR, "Red", "Not booked", "Amber", "Booked for spring", null, null], "Amber", "slipping", "Governance"),
      ],
      plan: {
        headerRows: [2],
        columns: { ref: "A", theme: "B", action: "C", lead: "D", target: "E", status: "H", progress: "I" },
        reportMentions: ["RAG at 31 Dec 2024", "RAG at 30 Sept 2024"],
      },
    },
  ],
};
