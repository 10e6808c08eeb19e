/**
 * Builds the five sample plan workbooks in samples/ from the seeds in shared/seeds/
 * (real council documents). Each sample keeps its seed's layout and messiness, because
 * the reader has to cope with exactly that, and plants a few documented problems for the
 * validator (see samples/README.md, which lists every planted cell).
 *
 * Deterministic: fixed workbook dates, no randomness. Run with `npm run samples`.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

/** Every workbook carries this as its created / modified date, so rebuilds do not drift. */
export const SAMPLE_DATE = new Date(Date.UTC(2026, 0, 1));

/** Accounting format councils use: negatives (benefits) in brackets. */
export const MONEY_FORMAT = "#,##0;(#,##0)";
export const DATE_FORMAT = "dd/mm/yyyy";

export const SAMPLE_FILES = [
  "peer-challenge-2014.xlsx",
  "od-programme-benefits.xlsx",
  "cip-monitoring.xlsx",
  "shared-services-2018.xlsx",
  "action-plan-2024.xlsx",
] as const;

export type SampleFile = (typeof SAMPLE_FILES)[number];

type Value = string | number | Date | null | { formula: string; result: number };

// ---------------------------------------------------------------------------
// Small layout helpers
// ---------------------------------------------------------------------------

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Tracker samples";
  wb.lastModifiedBy = "Plan Tracker samples";
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  return wb;
}

function colLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF999999" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fill(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

function writeTitle(ws: ExcelJS.Worksheet, row: number, text: string): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size: 14 };
}

function writeHeader(ws: ExcelJS.Worksheet, row: number, headers: readonly string[], argb = "FFD9D9D9"): void {
  headers.forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = fill(argb);
    cell.alignment = { wrapText: true, vertical: "middle" };
    cell.border = BOX;
  });
}

/** A theme / section row: one bold cell merged across the table. */
function writeBand(ws: ExcelJS.Worksheet, row: number, text: string, lastCol: number, argb = "FFDDEBF7"): void {
  ws.mergeCells(row, 1, row, lastCol);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true };
  cell.fill = fill(argb);
  cell.alignment = { wrapText: true, vertical: "middle" };
  cell.border = BOX;
}

/** Writes one data row; null leaves the cell empty (but still bordered and wrapped). */
function writeRow(ws: ExcelJS.Worksheet, row: number, values: readonly Value[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    if (v !== null) cell.value = v;
    cell.alignment = WRAP_TOP;
    cell.border = BOX;
  });
}

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function printSetup(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

// ---------------------------------------------------------------------------
// 1. Seed 000: Chesterfield 2014 peer challenge improvement plan
// ---------------------------------------------------------------------------

const PEER_HEADER = ["Challenge", "Outcomes/ Measures of Success", "Action", "Lead", "Target Date", "Progress"] as const;

interface PeerBlock {
  theme: string;
  /** [Challenge, Outcomes, Action, Lead, Target Date, Progress]; null = blank cell. */
  rows: readonly (readonly [string | null, string | null, string | null, string | null, string | null, string | null])[];
}

const PEER_BLOCKS: readonly PeerBlock[] = [
  {
    theme: "Understanding of Local Context and Priority Setting",
    rows: [
      [
        "<p>Fundamentally review the Corporate Plan in line with financial challenges.</p> <p><i>(key challenge suggestion 2)</i></p>",
        '<ul style="list-style-type: none"> • Clear unambiguous priorities • Resources aligned to priority areas • Delivery of all key projects for 2014/15',
        "<p>Approval of a new Corporate Plan for 2014/15 which sets out a clear and unambiguous set of priorities and aligns resources to priority areas.</p>",
        "<p>Cabinet/ Corporate Management Team</p>",
        "<p>February 2014 – March 2015</p>",
        "<p>New Corporate Plan approved 27/02/14. Priority areas reduced from six to three and a reduction in key projects from 49 to five.</p> <p>Values have also been developed through a range of engagement activities. These show the way we want to work in order to achieve our priorities.</p> <p>Work is currently being undertaken to ensure that Service Plans and Team Plans reflect and deliver the new priorities.</p> <p>Performance Management restructure recently finalised.</p> <p>Seeking to focus on performance management and improvement rather than measurement. Active involvement in the East Midlands Performance Network and utilising the capabilities of LG Inform.</p> <p>Community engagement and communication activity undertaken to reengage the public and partner agencies regarding financial challenges and the Council's future role.</p>",
      ],
      [
        "<p>Develop and agree a clear operating model to guide organisational transformation and a vision about what the Council will be like in the future.</p> <p><i>(key challenge suggestions 2 and 3)</i></p>",
        '<ul style="list-style-type: none"> • All Elected Members, Officers and Partner agencies understand our direction of travel • A fit for purpose structure to deliver the operating model • Employees with the skills and confidence to deliver the Council\'s priorities <ul style="list-style-type: none"> • Productive partnerships with arvato and Kier',
        "<p>Agree and clearly articulate the current operating model</p> <p>Restructure of the Corporate Management Team to reflect the agreed operating model.</p>",
        "<p>Cabinet/ Corporate Management Team</p> <p>Chief Executive</p>",
        "<p>July 2014</p> <p>July 2014</p>",
        "<p>Head of Business Transformation is currently drafting an operating model statement for consideration.</p> <p>The research, benchmarking and consultation stages have been completed. A report will be brought forward to Joint Cabinet and Employment and General Committee in June.</p>",
      ],
      [
        null,
        null,
        "Develop an organisation wide leadership and change management programme.",
        "Human Resources/ Corporate Management Team",
        "September 2014\n(Leadership) 2015/16 (Lean)",
        "Three year Lean training programme has been established. This programme will ensure that all CBC officers have the appropriate skill and knowledge level to contribute effectively to the transformation agenda. The Leadership programme was launched in 2014. All employees taking part in activities at the appropriate level. The leadership programme will also contribute to building relationships with arvato and Kier - key partnership managers will undertake training alongside CBC colleagues.",
      ],
    ],
  },
  {
    theme: "Financial Planning and Viability",
    rows: [
      [
        "Revisit financial assumptions and ensure that medium term financial strategy has realistic targets for the next five years. <p><i>(key challenge suggestion 1)</i></p>",
        "• A balanced budget for 2014/15\n• A robust 5 year financial strategy\n• An agile Council able to respond to financial challenges and opportunities",
        "Review financial assumptions and savings targets.",
        "Political Cabinet/ Corporate Management Team",
        "February 2014",
        "Review has taken place of all assumptions to ensure clarity and accuracy. A number of Political Cabinet/ CMT away days have taken place to carefully consider all savings and income generation options. Programme of activity now agreed to ensure a balanced budget.",
      ],
      [
        null,
        null,
        "Extend medium term financial strategy\nDeveloping a framework to respond to the challenge of an incentive based finance model rather than a revenue support grant based model.",
        "Head of Finance\nCabinet/ Corporate Management Team",
        "February 2015\nSeptember 2015",
        "Work currently being undertaken to extend strategy from a three year period to five year horizon.\nA series of Political Cabinet/ CMT away days have been arranged for 2014/15 to explore this issue further and prioritise potential growth areas.",
      ],
    ],
  },
  {
    theme: "Political and Managerial Leadership",
    rows: [
      [
        "<p>Create a single, comprehensive overall transformation programme, guided by the type of Council you want to be, with realistic income and savings options for the medium term, which have been risk assessed and fully address the financial challenges faced.</p> <p><i>(key challenge suggestion 4)</i></p>",
        '<ul style="list-style-type: none"> • A clear programme of transformational activity which covers the whole Council • Income generation targets and savings targets achieved • All employees contributing to the transformation programme',
        "Mapping exercise to identify all transformation activity. This includes identifying clear lines of responsibility, timescales, resource requirements etc.",
        "Head of Business Transformation",
        "July 2014",
        "Mapping exercise currently underway.",
      ],
      [
        null,
        null,
        "Light touch review of Financial Planning Group to ensure continued effectiveness and that it responds to the current and future financial challenges.",
        "Chief Executive/ Head of Finance",
        "September 2014",
        null,
      ],
      [
        null,
        null,
        "Improve communication of activities including:\n• Establishing a clear brand for the whole Council\n• Developing an Internal Communication Strategy\n• Developing an External Communication Strategy\n• Website and Intranet improvements",
        "Communications and Marketing Manager/ Great Place: Great Service",
        "December 2014\nApril 2014\nSeptember 2014\nSeptember 2014 (Intranet)",
        "Contract being advertised in May 2014 with view to delivery by December 2014.\nInternal Communication Strategy has been approved by full council\nScrutiny report and draft of external communications strategy will be reported at Overview and Performance Scrutiny Forum in June 2014 before going to cabinet and full council.\nAdditional temporary resource secured to develop these channels further. Great Place: Great Service working groups established to support website and intranet improvement programme.",
      ],
      [
        null,
        null,
        "Introduce management information boards across the Council",
        "Service Managers",
        "September 2014",
        "Corporate Management Team and Service Managers identifying locations and relevant data for boards.",
      ],
      [
        null,
        null,
        "Develop and deliver a leadership programme for the whole Council - upfront investment and intense development to equip officers for the change.",
        "Human Resources/ Corporate Management Team/",
        "September 2014",
        "Leadership programme developed with opportunities for all CBC employees – commenced April 2014.",
      ],
      [
        "Clarify leadership roles for the delivery of the transformation programme and ensure you have the right skills and capacity in the rights places to enable its delivery. <i>(key challenge suggestion 5)</i>",
        "• Delivery of the Council's transformation Programme",
        "Recruit GP:GS Programme Office.",
        "Head of Business Transformation",
        "January 2014",
        "Complete",
      ],
      [
        null,
        null,
        "Deliver the next two rounds of the Project Academy development programme.",
        "Business Transformation Manager",
        "March 2015",
        "Recruitment and training has taken place for both rounds. Currently establishing start dates for participants.",
      ],
      [
        null,
        null,
        "Deliver contributing restructures including Governance, Policy, Business Transformation Section.",
        "Head of Governance/ Head of Business Transformation",
        "September 2014",
        "Policy restructure complete. Governance restructure has been approved and is currently being actioned. BT restructure at Job Evaluation stage.",
      ],
    ],
  },
  {
    theme: "Governance and Decision Making",
    rows: [
      [
        "Reconsider approaches that may hamper delivery of the change at the pace required e.g. <p>decision making, job evaluation etc.</p> <p><i>(key challenge suggestion 6)</i></p>",
        '<ul style="list-style-type: none"> • A decision making process that delivers on quality decisions at the right pace to aide transformation • A fit for purpose job evaluation scheme • A new partnership approach to employee engagement',
        "Devolve appropriate decision making powers to the Great Place: Great Service Steering Group to ensure pace in decision making.",
        "Cabinet",
        "December 2013",
        "Decision making has been devolved within a financial envelope for the four Great Place: Great Service strands.",
      ],
      [
        null,
        null,
        "Continue to review constitution to ensure decisions are being made at the appropriate level.",
        "Constitution working group.",
        "Ongoing",
        "Substantial progress has been made in updating the constitution and devolved decision making. This is an ongoing activity.",
      ],
      [
        null,
        null,
        "Undertake a fundamental review of Job Evaluation procedures to improve effectiveness and pace.",
        "Human Resources/Chief Executive",
        "September 2014",
        null,
      ],
      [
        null,
        null,
        "Work with the Trade Unions to develop a new partnership approach including a pay and productivity agreement.",
        // PLANTED: blank lead (the seed says "Workforce Strategy Group").
        null,
        "November 2014",
        null,
      ],
    ],
  },
  {
    theme: "Contract/ Partnering Arrangements",
    rows: [
      [
        "Commence discussions with arvato and Kier about the nature of future commercial relationship including opportunities for future savings, levels of support and asset disposal. <i>(key challenge suggestion 7)</i>",
        "• Improved partnership arrangements with arvato/kier\n• Delivery of partnership elements of the transformation programme",
        "Open discussions with arvato regarding the options available to deliver further savings of £250k per annum.",
        "Head of Business Transformation",
        "July 2014",
        "Options paper has now been developed and is currently being considered by political and managerial leadership.",
      ],
      [
        null,
        null,
        "Work with arvato to review improvement options for the Information Technology and HR Services. This includes capacity and investment in HR/ICT services.",
        "Corporate Management Team",
        "July 2014",
        "Restructure has taken place within arvato which should strengthen arrangements in this area. Further discussions taking place between Corporate Management and arvato to develop a clear way forward.",
      ],
      [
        null,
        "• Delivery of the asset acceleration plan to fund transformation activities",
        "Develop and deliver a Capital Receipt acceleration programme.",
        "Kier",
        "Ongoing until 2016/17.",
        "The Council agreed a Corporate Asset Management Plan in 2012. The actions within this Plan are being successfully progressed by both the Council and its <p>partner, Kier.</p> <p>A capital receipt acceleration programme has been agreed and the benefits of this are now being achieved. In 2013/14 the Council secured approximately £5m from asset sales and the plans are in place for a further £4-6m over the next two years and £20m plus post 2016/17.</p>",
      ],
    ],
  },
];

export function buildPeerChallenge2014(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Improvement plan");
  setWidths(ws, [40, 36, 44, 24, 18, 60]);
  writeTitle(ws, 1, "Draft - Chesterfield Borough Council – Peer Challenge Improvement Plan");
  let r = 3;
  for (const block of PEER_BLOCKS) {
    writeBand(ws, r++, block.theme, 6);
    writeHeader(ws, r++, PEER_HEADER);
    for (const row of block.rows) writeRow(ws, r++, row);
    r++; // blank row between themes
  }
  printSetup(ws);
  return wb;
}

// ---------------------------------------------------------------------------
// 2. Seed 001: Organisational Development programme, Appendix B benefits
// ---------------------------------------------------------------------------

const OD_HEADER = [
  "Activity",
  "Project Stage",
  "Service area",
  "One-off investment £",
  "Cashable benefits 2022/23",
  "Cashable benefits 2023/24 £",
  "Cashable benefits 2024/25",
  "Cashable benefits 2025/26",
  "Cashable benefits total",
] as const;

type Amount = number | string | null;

interface OdProject {
  activity: string;
  stage: string | null;
  area: string | null;
  investment: Amount;
  /** 2022/23 .. 2025/26 */
  years: readonly [Amount, Amount, Amount, Amount];
}

const DHCS = "Digital, HR and Customer Services";
const LCCW = "Leisure, Culture and Community Wellbeing";

const OD_SECTIONS: readonly { section: string; projects: readonly OdProject[] }[] = [
  {
    section: "Customer services",
    projects: [
      { activity: "Procurement of contact centre telephony system", stage: "Delivery", area: DHCS, investment: 0, years: [-44000, -44000, -44000, -44000] },
      // PLANTED: 2025/26 typed as text "(10,000)".
      { activity: "Review of cash management and payment options", stage: "Design and develop", area: DHCS, investment: 0, years: [null, null, null, "(10,000)"] },
      { activity: "Integration of housing into customer services functions", stage: "Design and develop", area: DHCS, investment: 0, years: [null, -10500, -10500, -22000] },
      { activity: "**Review of visitor information services", stage: "Design and develop", area: LCCW, investment: "tbc", years: [-15000, -40000, -40000, -40000] },
      { activity: "**Introduction of new digital systems and concierge service at sports centres", stage: "Design and develop", area: LCCW, investment: "120,000*", years: [null, -30000, -30000, -30000] },
    ],
  },
  {
    section: "People and Corporate Resources",
    projects: [
      { activity: "Reshaping purchase to pay processes", stage: "Delivery", area: DHCS, investment: 0, years: [0, -22000, -22000, -22000] },
      { activity: "Printing and postage - Review of year end billing/ hybrid mail/ reprographics", stage: "Design and develop", area: DHCS, investment: 90000, years: [0, -40000, -40000, -40000] },
      { activity: "ICT transformation programme - additional forecast savings", stage: "Delivery", area: null, investment: null, years: [null, null, -40000, -50000] },
    ],
  },
  {
    section: "New ways of working",
    projects: [
      { activity: "Implement the safer streets initiative", stage: "Design and develop", area: LCCW, investment: "Tbc (main investment from safer streets grant)", years: [-70000, -85000, -85000, -85000] },
      { activity: "**Local government ward boundary review", stage: "Delivery", area: "Corporate", investment: 0, years: [0, -49000, -49000, -49000] },
    ],
  },
];

function numericSum(values: readonly Amount[]): number {
  return values.reduce<number>((s, v) => (typeof v === "number" ? s + v : s), 0);
}

function moneyCell(ws: ExcelJS.Worksheet, row: number, col: number, v: Value): void {
  const cell = ws.getCell(row, col);
  if (v !== null) cell.value = v;
  cell.numFmt = MONEY_FORMAT;
  cell.alignment = { horizontal: "right", vertical: "top", wrapText: true };
  cell.border = BOX;
}

export function buildOdProgrammeBenefits(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("OD projects");
  setWidths(ws, [52, 18, 28, 22, 14, 14, 14, 14, 14]);
  writeTitle(ws, 1, "Organisational Development Projects with indicative financial benefits");
  writeHeader(ws, 3, OD_HEADER);

  let r = 4;
  const firstDataRow = 5;
  const projectRows: { row: number; p: OdProject }[] = [];
  for (const { section, projects } of OD_SECTIONS) {
    writeBand(ws, r++, section, 9, "FFF2F2F2");
    for (const p of projects) {
      writeRow(ws, r, [p.activity, p.stage, p.area]);
      moneyCell(ws, r, 4, p.investment);
      p.years.forEach((y, i) => {
        moneyCell(ws, r, 5 + i, y);
        // A number typed as text: the cell is formatted as Text, as happens when an
        // officer types "(10,000)" into a Text-formatted cell.
        if (typeof y === "string") ws.getCell(r, 5 + i).numFmt = "@";
      });
      moneyCell(ws, r, 9, { formula: `SUM(E${r}:H${r})`, result: numericSum(p.years) });
      projectRows.push({ row: r, p });
      r++;
    }
  }
  const lastDataRow = r - 1;

  // Total Project Costs / (Cashable Benefits): SUM per column; cached results are what
  // Excel computes, i.e. skipping the text cell "(10,000)".
  const totalRow = r++;
  writeRow(ws, totalRow, ["Total Project Costs / (Cashable Benefits)", null, null]);
  const investmentTotal = numericSum(projectRows.map((x) => x.p.investment));
  moneyCell(ws, totalRow, 4, { formula: `SUM(D${firstDataRow}:D${lastDataRow})`, result: investmentTotal });
  for (let i = 0; i < 4; i++) {
    const col = colLetter(5 + i);
    const result = numericSum(projectRows.map((x) => x.p.years[i] ?? null));
    moneyCell(ws, totalRow, 5 + i, { formula: `SUM(${col}${firstDataRow}:${col}${lastDataRow})`, result });
  }
  const grand = numericSum(projectRows.flatMap((x) => [...x.p.years]));
  moneyCell(ws, totalRow, 9, { formula: `SUM(I${firstDataRow}:I${lastDataRow})`, result: grand });
  ws.getRow(totalRow).font = { bold: true };

  const mtfpRow = r++;
  writeRow(ws, mtfpRow, ["(Cashable benefits) already referenced in MTFP", null, null]);
  moneyCell(ws, mtfpRow, 4, null);
  moneyCell(ws, mtfpRow, 5, -15000);
  moneyCell(ws, mtfpRow, 6, "(40,000)\n(30,000)\n(49,000)");
  moneyCell(ws, mtfpRow, 7, "(40,000)\n(30,000)\n(49,000)");
  moneyCell(ws, mtfpRow, 8, "(40,000)\n(30,000)\n(49,000)");
  moneyCell(ws, mtfpRow, 9, "(135,000)\n(90,000)\n(147,000)");

  const newRow = r++;
  writeRow(ws, newRow, ["Total new indicative cashable benefits", null, null]);
  moneyCell(ws, newRow, 4, null);
  [-114000, -201500, -241500, -273000, -830000].forEach((v, i) => moneyCell(ws, newRow, 5 + i, v));
  ws.getRow(newRow).font = { bold: true };

  r++; // blank row

  writeBand(ws, r++, "Transformation resources to be funded through capital receipts flexibility", 9, "FFF2F2F2");
  const capRows: readonly [string, Amount, Amount, Amount, Amount][] = [
    ["Included in MTFP report (staff)", 357000, 117000, 119000, 121000],
    ["Additional to MTFP report (staff)", 50000, null, 50000, null],
    ["One-off investment for projects", 90000, null, 90000, null],
  ];
  const capFirst = r;
  for (const [label, d, e, f, g] of capRows) {
    writeRow(ws, r, [label, null, null]);
    moneyCell(ws, r, 4, d);
    moneyCell(ws, r, 5, e);
    moneyCell(ws, r, 6, f);
    moneyCell(ws, r, 7, g);
    moneyCell(ws, r, 8, null);
    moneyCell(ws, r, 9, null);
    r++;
  }
  const capLast = r - 1;
  const capTotal = r++;
  writeRow(ws, capTotal, ["Total from capital receipts", null, null]);
  const colSum = (idx: 1 | 2 | 3 | 4): number => numericSum(capRows.map((c) => c[idx]));
  moneyCell(ws, capTotal, 4, { formula: `SUM(D${capFirst}:D${capLast})`, result: colSum(1) });
  moneyCell(ws, capTotal, 5, { formula: `SUM(E${capFirst}:E${capLast})`, result: colSum(2) });
  moneyCell(ws, capTotal, 6, { formula: `SUM(F${capFirst}:F${capLast})`, result: colSum(3) });
  moneyCell(ws, capTotal, 7, { formula: `SUM(G${capFirst}:G${capLast})`, result: colSum(4) });
  moneyCell(ws, capTotal, 8, "-");
  moneyCell(ws, capTotal, 9, { formula: `SUM(E${capTotal}:H${capTotal})`, result: colSum(2) + colSum(3) + colSum(4) });
  ws.getRow(capTotal).font = { bold: true };

  r++; // blank row
  ws.getCell(r++, 1).value =
    "* Proposed to be funded from a combination of sports centres reserve renewal fund and existing revenue budgets – not included in totals above";
  ws.getCell(r++, 1).value = "** Indicative cashable benefits incorporated into MTFP figures in February 2022";

  printSetup(ws);
  return wb;
}

// ---------------------------------------------------------------------------
// 3. Seed 002: Derby Corporate Improvement Plan monitoring, September 2018
// ---------------------------------------------------------------------------

const CIP_HEADER = [
  "Ref",
  "Theme",
  "Action",
  "Lead officer",
  "Original target date",
  "Revised target date",
  "Status",
  "Commentary",
] as const;

type When = Date | string | null;

interface CipAction {
  ref: string;
  action: string;
  lead: string | null;
  original: When;
  revised: When;
  status: string;
  commentary: string | null;
}

const HPI = "Head of Performance and Intelligence";
const DFS = "Director of Financial Services";
const DHR = "Director of HR and Organisational Development";
const DDCS = "Director of Digital and Customer Services";
const HDS = "Head of Democratic Services";
const HRM = "Head of Risk Management";
const IGM = "Information Governance Manager";
const SDCP = "Strategic Director of Communities and Place";

export const CIP_THEMES: readonly { theme: string; actions: readonly CipAction[] }[] = [
  {
    theme: "City Leadership",
    actions: [
      { ref: "1.1", action: "Develop a new Partnership vision for the city ('closing the gap') with our partners", lead: "Chief Executive", original: utc(2018, 3, 31), revised: null, status: "Completed", commentary: "A new Partnership vision 'closing the gap' was endorsed by Council Cabinet in March 2018." },
      { ref: "1.2", action: "Hold a Partnership Symposium to explore 'closing the gap'", lead: "Head of Policy and Partnerships", original: utc(2018, 6, 30), revised: null, status: "Completed", commentary: "A Partnership Symposium featuring expert speakers was held on 14 June 2018." },
      { ref: "1.3", action: "Establish a strategic coordination group to share intelligence and set priorities for regional working", lead: "Chief Executive", original: utc(2018, 9, 30), revised: null, status: "Completed", commentary: "Strategic coordination group established, chaired by the Chief Executive." },
      { ref: "1.4", action: "Continue to develop our approach to community engagement", lead: SDCP, original: utc(2018, 9, 30), revised: "Dec 2018", status: "Some slippage", commentary: "The new Safer Stronger Board has been established as well as draft proposals around volunteering. The wider approach to community engagement will be reviewed by December 2018 (original date of September 2018)." },
      { ref: "1.5", action: "Review the four yearly election cycle", lead: HDS, original: utc(2019, 3, 31), revised: null, status: "Not started", commentary: "This will be considered as part of the Task and Finish Group examining a potential move to a Committee system." },
      { ref: "1.6", action: "Strengthen the Council's contribution to regional partnership working through D2N2 and the Derby and Derbyshire Strategic Leadership Board", lead: SDCP, original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "Regular attendance by the Leader and Chief Executive. Priorities for regional working being set through the strategic coordination group." },
    ],
  },
  {
    theme: "MTFP",
    actions: [
      { ref: "2.1", action: "Approve the Medium Term Financial Strategy", lead: DFS, original: utc(2018, 7, 31), revised: null, status: "Completed", commentary: "The Medium Term Financial Strategy was approved by Council Cabinet on 18 July 2018." },
      { ref: "2.2", action: "Approve a streamlined Council Delivery Plan to replace the 2017/18 Delivery Plan", lead: HPI, original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "The Council Delivery Plan was approved by Council Cabinet on 8 August 2018. This is a streamlined document containing fewer 'priorities'." },
      { ref: "2.3", action: "Develop a new four year Council Plan for 2019/20 onwards", lead: HPI, original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "Preparation work is taking place to develop a new four year Council Plan for 2019/20 onwards." },
      { ref: "2.4", action: "Undertake detailed and regular planning meetings between CLT and Cabinet to ensure delivery of robust MTFP programme", lead: DFS, original: utc(2018, 10, 31), revised: utc(2018, 12, 31), status: "Some slippage", commentary: "There has been some slippage on this with additional meetings scheduled. It is proposed to move the target timescale from end of October to December 2018. It is still planned to start consultation on the Council's Budget proposals by the end of December 2018." },
      { ref: "2.4", action: "Ensure risk assessments are used in the analysis of future financial impacts.", lead: "Head of Programme Management Office", original: utc(2018, 9, 30), revised: utc(2018, 12, 31), status: "Some slippage", commentary: "The Gateway process is not yet fully owned or embedded in the organisation. The Programme Management Office is currently reviewing the documentation and this will be launched by the end of December 2018." },
      // PLANTED: commentary that starts with "=" (text, not a formula).
      { ref: "2.5", action: "Hold a series of Budget Cabinet/Corporate Leadership workshops to develop the 2019/20 budget proposals", lead: DFS, original: utc(2018, 11, 30), revised: null, status: "On track", commentary: "=see 2.4 above" },
      { ref: "2.6", action: "Start consultation on the Council's budget proposals for 2019/20", lead: DFS, original: utc(2018, 12, 31), revised: null, status: "On track", commentary: "Consultation planned to start by the end of December 2018." },
    ],
  },
  {
    theme: "Effective management",
    actions: [
      { ref: "3.1", action: "Undertake a senior management restructure to create capacity", lead: "Chief Executive", original: utc(2018, 9, 30), revised: "March 2019", status: "Some slippage", commentary: "Phase 1 of the corporate restructure has been completed subject to the appointment of the new Director of Procurement, Legal and Democratic Services. Further changes are proposed as part of phase 2 - the new Chief Executive will develop and implement these proposals by the end of March 2019." },
      { ref: "3.2", action: "Appoint a permanent Chief Executive", lead: "Leader of the Council", original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "Our new Chief Executive, Carole Mills, started on 1 August 2018." },
      { ref: "3.3", action: "Recruit to phase 1 director posts (HR and OD; Digital and Customer Services; Public Protection and Streetpride; Regeneration)", lead: "Chief Executive", original: utc(2018, 9, 30), revised: null, status: "Completed", commentary: "Four permanent posts recruited. Director of Property Services filled on an interim basis for twelve months." },
      { ref: "3.4", action: "Establish and recruit to a Director of Legal, Procurement and Democratic Services post", lead: "Chief Executive", original: utc(2018, 12, 31), revised: null, status: "On track", commentary: "In September Personnel Committee approved the establishment of the post which is currently being recruited." },
      { ref: "3.5", action: "Launch the 'Team Derby' internal engagement framework", lead: "Head of Communications", original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "In August a new 'Team Derby' internal engagement framework for communication with directors, managers and colleagues was launched by the Chief Executive." },
    ],
  },
  {
    theme: "Constructive Member relationships",
    actions: [
      // PLANTED: Completed with a blank target date.
      { ref: "4.1", action: "Deliver 'working in a political environment' training for officers", lead: HDS, original: null, revised: null, status: "Completed", commentary: "Over 100 officers received training on 'working in a political environment' during March and April 2018." },
      { ref: "4.2", action: "Undertake LGA Member / Member training", lead: HDS, original: utc(2018, 4, 30), revised: utc(2018, 11, 30), status: "Some slippage", commentary: "Dates have been finalised during October / November 2018. The delay was primarily due to LGA availability to facilitate the sessions. The original date was April 2018, revised to Sept 2018 and will now be extended to November 2018." },
      { ref: "4.3", action: "Review the Member and Officer Codes of Conduct", lead: "Monitoring Officer", original: utc(2018, 9, 30), revised: null, status: "Completed", commentary: "The Codes of Conduct have been subject to review with communication to raise awareness during September." },
      { ref: "4.4", action: "Deliver further internal training with senior managers on Member / officer relationships", lead: "Monitoring Officer", original: utc(2019, 1, 31), revised: null, status: "On track", commentary: "Further internal training is planned with senior managers." },
    ],
  },
  {
    theme: "Robust internal controls",
    actions: [
      { ref: "5.1", action: "Publish the draft 2017/18 Statement of Accounts by the earlier statutory deadline", lead: DFS, original: utc(2018, 5, 31), revised: null, status: "Completed", commentary: "Draft accounts published by 31 May 2018." },
      { ref: "5.2", action: "Resolve the historic asset valuation issues raised by External Audit", lead: "Head of Finance", original: utc(2018, 6, 30), revised: null, status: "Completed", commentary: "Valuation issues resolved ahead of the audit of the 2017/18 accounts." },
      { ref: "5.3", action: "Achieve an unqualified opinion on the 2017/18 Statement of Accounts", lead: DFS, original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "External Audit gave an unqualified opinion on the 2017/18 Statement of Accounts at Audit and Accounts Committee on 8 August." },
      { ref: "5.4", action: "Achieve a positive Value for Money Opinion", lead: DFS, original: utc(2019, 7, 31), revised: null, status: "On track", commentary: "Further work is being undertaken to achieve a positive Value for Money Opinion." },
      { ref: "5.5", action: "Complete the Section 24 Statement of Accounts Action Plan", lead: DFS, original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "All actions complete; reported to Audit and Accounts Committee." },
      { ref: "5.6", action: "Refresh the Financial Procedure Rules and Contract Procedure Rules", lead: "Head of Procurement", original: utc(2018, 6, 30), revised: null, status: "Completed", commentary: "Revised rules approved by Council." },
      { ref: "5.7", action: "Report progress on the Governance Project Plan to Audit and Accounts Committee", lead: "Head of Internal Audit", original: utc(2018, 3, 31), revised: null, status: "Completed", commentary: "Reported to Audit and Accounts Committee in March 2018." },
      { ref: "5.8", action: "Strengthen the Annual Governance Statement process with directorate assurance statements", lead: "Head of Internal Audit", original: utc(2018, 7, 31), revised: null, status: "Completed", commentary: "Directorate assurance statements completed for the 2017/18 Annual Governance Statement." },
      { ref: "5.9", action: "Implement the Internal Audit recommendations on the use of procurement cards", lead: "Head of Procurement", original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "All recommendations implemented." },
      { ref: "5.10", action: "Revise the Customer Feedback Policy", lead: DDCS, original: utc(2018, 12, 31), revised: null, status: "On track", commentary: "Consultation on the Customer Feedback Policy is ongoing." },
      { ref: "5.11", action: "Introduce quarterly reporting of complaints and Ombudsman decisions to CLT", lead: HPI, original: utc(2018, 6, 30), revised: null, status: "Completed", commentary: "First quarterly report considered by CLT in June 2018." },
      { ref: "5.12", action: "Implement a Customer Relationship Management (CRM) module for complaints and re-launch customer feedback recording for all services", lead: DDCS, original: utc(2018, 9, 30), revised: "31/03/2019", status: "Some slippage", commentary: "The CRM was implemented earlier this year but the complaints module has been delayed pending ongoing consultation on the Customer Feedback Policy. The new module should be in place within three months of the new Policy being agreed. This is expected to be completed by March 2019 (original date of September 2018)." },
    ],
  },
  {
    theme: "Productive and skilled workforce",
    actions: [
      { ref: "6.1", action: "Deliver the health and well-being strategy", lead: DHR, original: "Ongoing", revised: null, status: "On track", commentary: "Progress is being made through the ongoing delivery of the health and well-being strategy." },
      { ref: "6.2", action: "Deliver the attendance management action plan", lead: DHR, original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "Sickness absence is falling (the latest projection is 11.67 days per FTE by end of March)." },
      { ref: "6.3", action: "Deliver health and well-being training for managers", lead: DHR, original: utc(2018, 6, 30), revised: null, status: "Completed", commentary: "Over 500 managers received health and well-being training earlier this year." },
      // PLANTED: On track, original target 31/07/2018 already passed at 30/09/2018, no revised date.
      { ref: "6.4", action: "Launch the Derby Professional Manager programme", lead: "Head of Organisational Development", original: utc(2018, 7, 31), revised: null, status: "On track", commentary: "Programme launched in June 2018; first cohort under way." },
      { ref: "6.5", action: "Use the Apprenticeship Levy to offer development opportunities to colleagues", lead: "Head of Organisational Development", original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "Colleagues are being offered development opportunities through the Apprenticeship Levy." },
      { ref: "6.6", action: "Complete a business needs analysis to inform the new Workforce Planning and Development Strategy", lead: DHR, original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "A business needs analysis assessment has been carried out." },
    ],
  },
  {
    theme: "Embedded Risk Management",
    actions: [
      { ref: "7.1", action: "Secure additional resource for risk management", lead: HRM, original: utc(2018, 6, 30), revised: null, status: "Completed", commentary: "Additional resource for risk management (1.5 posts) was approved by Cabinet on 13 June 2018." },
      { ref: "7.2", action: "Establish the Corporate Risk Management Group with a network of risk champions", lead: HRM, original: utc(2018, 7, 31), revised: null, status: "Completed", commentary: "The Corporate Risk Management Group is now fully established with a network of risk champions in place." },
      { ref: "7.3", action: "Review the strategic, directorate and departmental risk registers and commence regular monitoring", lead: HRM, original: utc(2018, 6, 30), revised: null, status: "Completed", commentary: "Registers reviewed and regular monitoring commenced from the end of June 2018." },
      // PLANTED: blank lead officer.
      { ref: "7.4", action: "Deliver risk management training for councillors and officers", lead: null, original: utc(2019, 2, 28), revised: null, status: "On track", commentary: "Training for councillors and officers is planned during the early part of 2019, including Audit and Accounts Committee on 6 February 2019." },
      // PLANTED: commentary that starts with "- " (text, not a formula).
      { ref: "7.5", action: "Refresh the Risk Management Strategy and risk appetite statement", lead: HRM, original: utc(2018, 12, 31), revised: null, status: "On track", commentary: "- awaiting CLT sign-off" },
    ],
  },
  {
    theme: "Sound Information Governance",
    actions: [
      { ref: "8.1", action: "Review corporate content management", lead: DDCS, original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "A review of corporate content management has commenced." },
      { ref: "8.2", action: "Create a post dedicated to the content management of shared folders", lead: "Head of ICT", original: utc(2018, 9, 30), revised: null, status: "Completed", commentary: "The IT review includes a new post dedicated to the content management of shared folders." },
      { ref: "8.3", action: "Achieve cyber security accreditation", lead: "Head of ICT", original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "Good progress has been made with respect to cyber accreditation." },
      { ref: "8.4", action: "Roll out information governance e-learning to all staff", lead: IGM, original: utc(2018, 5, 31), revised: null, status: "Completed", commentary: "Raised awareness through e-learning." },
      // PLANTED: revised date (30/06/2018) earlier than the original (30/11/2018).
      { ref: "8.5", action: "Implement the GDPR action plan", lead: "Data Protection Officer", original: utc(2018, 11, 30), revised: utc(2018, 6, 30), status: "On track", commentary: "Remaining actions being worked through with directorates." },
      { ref: "8.6", action: "Update the Information Asset Register", lead: IGM, original: utc(2018, 7, 31), revised: null, status: "Completed", commentary: "Information Asset Register updated and owners confirmed." },
      { ref: "8.7", action: "Review the handling of Freedom of Information requests", lead: IGM, original: utc(2018, 8, 31), revised: null, status: "Completed", commentary: "Review complete; new process in place." },
      { ref: "8.8", action: "Deliver the Information Governance improvement work", lead: DDCS, original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "An additional action included since June reflecting the Information Governance improvement work." },
    ],
  },
  {
    theme: "Improved service outcomes",
    actions: [
      { ref: "9.1", action: "Deliver the Children's Services Single Inspection Framework (SIF) improvement plan", lead: "Strategic Director of People Services", original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "Good progress made against all SIF recommendations as illustrated through the recent Mocksted2 internal challenge review." },
      { ref: "9.2", action: "Undertake the Mocksted2 internal challenge review", lead: "Strategic Director of People Services", original: utc(2018, 7, 31), revised: null, status: "Completed", commentary: "Review completed." },
      // PLANTED: status spelt "on track " (lower case, trailing space).
      { ref: "9.3", action: "Engage with schools through the Opportunity Area programme to develop enhanced learning and evaluation", lead: "Director of Learning and Skills", original: utc(2019, 8, 31), revised: null, status: "on track ", commentary: "Good progress is being made through the Opportunity Area programme." },
      { ref: "9.4", action: "Open the new Riverside Library", lead: "Head of Libraries", original: utc(2018, 7, 31), revised: null, status: "Completed", commentary: "The new Riverside Library opened on 2 July with a launch event." },
      { ref: "9.5", action: "Transfer Allestree Library to community management", lead: "Head of Libraries", original: utc(2018, 7, 31), revised: null, status: "Completed", commentary: "Allestree Library transferred to DHA to be Community Managed on 30 July as planned." },
      { ref: "9.6", action: "Complete the strategic review of Libraries, including the introduction of Community Managed Libraries.", lead: SDCP, original: utc(2018, 9, 30), revised: null, status: "Some slippage", commentary: "A lot of excellent work continues by the project and library team members. The Museum Trust took occupation of the Central Library on 6 July. A review of the CML implementation plan started in July, which has paused the transfer of libraries to CML's pending outcomes from the review. A date will be set once this review has been finalised." },
    ],
  },
  {
    theme: "Innovative transformation",
    actions: [
      { ref: "10.1", action: "Review the Delivering Differently programme to deliver a new approach to transformation", lead: "Strategic Director of Corporate Resources", original: utc(2018, 9, 30), revised: utc(2019, 3, 31), status: "Some slippage", commentary: "A draft report has been produced and is awaiting final review prior to discussion with CLT. This was deferred until the new Chief Executive started and further discussions have now commenced. It is requested that this is re-profiled from September 2018 to March 2019 to allow time for the new approach to be developed." },
      { ref: "10.2", action: "Establish a Programme Management Office", lead: "Strategic Director of Corporate Resources", original: utc(2018, 9, 30), revised: null, status: "Completed", commentary: "A new Programme Management Office has been established to develop a more consistent approach to managing projects." },
      { ref: "10.3", action: "Develop the Council's digital strategy and implement 'cashless' solutions for customers", lead: DDCS, original: utc(2019, 3, 31), revised: null, status: "On track", commentary: "Work continues to develop the Council's digital strategy and implement 'cashless' solutions for customers." },
    ],
  },
];

export const CIP_JUNE_2018: readonly (readonly [string, number])[] = [
  ["Completed", 17],
  ["On track", 41],
  ["Some slippage", 1],
  ["Major slippage", 0],
  ["Not started", 2],
];

function whenCell(ws: ExcelJS.Worksheet, row: number, col: number, v: When): void {
  const cell = ws.getCell(row, col);
  if (v instanceof Date) {
    cell.value = v;
    cell.numFmt = DATE_FORMAT;
  } else if (v !== null) {
    cell.value = v;
  }
}

export function buildCipMonitoring(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("CIP monitoring");
  setWidths(ws, [7, 22, 50, 30, 13, 13, 15, 70]);
  writeTitle(ws, 1, "Corporate Improvement Plan – Progress up to 30 September 2018");
  writeHeader(ws, 3, CIP_HEADER);
  ws.views = [{ state: "frozen", ySplit: 3 }];
  let r = 4;
  for (const { theme, actions } of CIP_THEMES) {
    actions.forEach((a, i) => {
      writeRow(ws, r, [a.ref, i === 0 ? theme : null, a.action, a.lead, null, null, a.status, a.commentary]);
      whenCell(ws, r, 5, a.original);
      whenCell(ws, r, 6, a.revised);
      r++;
    });
  }
  printSetup(ws);

  // The officer's own small table (not a plan).
  const june = wb.addWorksheet("Status June 2018");
  setWidths(june, [18, 12]);
  writeHeader(june, 1, ["Status", "June 2018"]);
  CIP_JUNE_2018.forEach(([status, n], i) => {
    june.getCell(2 + i, 1).value = status;
    june.getCell(2 + i, 2).value = n;
  });
  const totalRow = 2 + CIP_JUNE_2018.length;
  june.getCell(totalRow, 1).value = "Grand Total";
  june.getCell(totalRow, 2).value = {
    formula: `SUM(B2:B${totalRow - 1})`,
    result: CIP_JUNE_2018.reduce((s, [, n]) => s + n, 0),
  };
  june.getRow(totalRow).font = { bold: true };
  return wb;
}

// ---------------------------------------------------------------------------
// 4. Seed 003: Bromsgrove / Redditch shared services peer challenge action plan
// ---------------------------------------------------------------------------

const SHARED_HEADER = ["Recommendation", "Response / Action", "Lead Officer", "Timescale"] as const;

type SharedRow = readonly [string | null, string | null, string | null, string | null];

const SHARED_KEY: readonly SharedRow[] = [
  [
    "• Pause and reflect on the shared service journey to date – celebrate your success – use the 10 year anniversary as a moment to do this",
    "• As a Management Team we recognise that we don't take enough time to celebrate our successes very often and we need to be more proactive of this generally. We will address this moving forward by developing and keeping under review a communications plan to ensure we address this (internally and externally as appropriate).",
    "Kevin Dicks / Communications Team",
    "September 2018 and ongoing",
  ],
  [
    null,
    "• The next set of staff briefings and staff forum will be used as an opportunity to reflect on the journey to date and to celebrate how far we have come.",
    "Kevin Dicks",
    "September 2018",
  ],
  [
    "• Prioritise the work on tightening financial processes so that they provide the most up to date profiling, model the best in the sector and support strong decision making",
    "• The external auditors have recognised significant improvements (in both Councils) as part of their review of the Statement of Accounts. Much remains to be done and this will be mostly addressed through the implementation of the new Enterprise System – the business case for which has been approved by both Councils. Specification has been drawn up to ensure that all feedback from both internal customers and auditors has been taken into account\n• We will ensure that the improvements in our financial processes will be based on our systems thinking approach.",
    "Jayne Pickering",
    "October 2019",
  ],
  [
    "• Spend more time together – introduce more joint informal meetings at political level",
    "• Collaborative working does exist across the County through the Worcestershire Leaders although it is accepted more needs to be made of this given the ongoing financial challenges faced by all councils.",
    "Leaders / Kevin Dicks",
    "Ongoing",
  ],
  [
    null,
    "• 6 weekly meetings are in place for the Leaders and Deputy Leaders of both Councils to meet with the Chief Executive.\n• Regular informal meetings of the Executive / Cabinet to be introduced from November.",
    "Leaders / Kevin Dicks\nLeaders",
    "Ongoing\nNovember 2018",
  ],
  [
    "• Create space to have conversations about the future with your valued partners",
    "• This will predominantly be undertaken with the Leaders of the other Worcestershire Local Authorities at the Worcestershire Leaders Board and through Partnership Executive Group.\n• Discussions to be held with Clinical Commissioning Group through the Alliance Board as to further transformation work with a focus on prevention.",
    "Leaders\nKevin Dicks",
    "November 2018\nNovember 2018",
  ],
  [
    "• Redefine the shared future journey and ambition",
    "• Each Council will be reviewing their strategic purposes as part of their annual refresh of the council plan. This will help clarify the direction of travel for each council which will then lead to review of shared future journey.\n• This will lead on to portfolio holder joint discussions (across both councils) under strategic purposes\n• Agreed by the Leaders (notwithstanding the above) that we should look to expand the shared services arrangements and expand them to take in other partners and using this as a basis for further transformation of services and ability to look at things more commercially.",
    "Leaders\nPortfolio Holders\nCMT",
    "November 2018\nDecember 2018\nDecember 2018",
  ],
  [
    "• Define a new shared culture from the bottom up – with input from officers and members",
    "• Work has been going on since the last but one staff survey around the culture of the organisation seeking input from all staff as to what the culture of the council(s) need to be going forward. Whilst there have been improvements in the last staff survey there is still more to do and an action plan will be developed to move this forward.",
    "Sue Hanley",
    "November 2018",
  ],
  [
    "• Share this emerging culture with partners and collectively shape the future community leadership role for the councils and partners",
    "• Our priority has to be internally to staff / members. We will focus on our principles and share / discuss them with partners as appropriate.\n• Discussions will be held at Worcestershire Leaders Board around community leadership role.",
    "Sue Hanley\nLeaders",
    "December 2018\nDecember 2018",
  ],
  [
    "• Establish a single workforce and reduce duplication and time spent navigating two structures and systems of governance",
    "• The Corporate Management Team does not feel there is a significant benefit to moving to a single organisation at this point in time for the following reasons:\n• Work is ongoing around the harmonisation of policies and procedures which will address some of the issues that gave rise to this recommendation. This will include delegations (particularly in Redditch) around the HR delegations.\n• Work is ongoing around the harmonisation of the Job Evaluation schemes and the potential costs associated with this – dependent on this consideration will be given to the pros and cons of moving to a single employer.\n• The culture work is ongoing (covered above).",
    "Deb Poole\nDeb Poole",
    "September 2018 and ongoing\nJanuary 2019",
  ],
];

const SHARED_FURTHER: readonly SharedRow[] = [
  [
    "1. Be clear about how you identify when something is no longer a corporate priority – and what it means",
    "Will be addressed as part of corporate and budget planning for 2018/19 – this will cover both budget and also key projects / initiatives",
    "Leader / Kevin Dicks",
    "February 2019",
  ],
  [
    "2. When change is introduced guarantee that it is introduced with greater pace and rigour – with clear lines of accountability at the officer and political level",
    "• Business case proforma, using the five case model, is used for all business cases",
    "CMT",
    "In place",
  ],
  [
    null,
    "• All major initiatives will be subject to a business case with clear lines of accountability assigned (at officer and political level).\n• Regular monitoring of these will be included as part of performance reports (adopting a risk based approach) to ensure they are delivered with greater pace and rigour. Heads of Service will ensure initiatives are monitored using the Councils adopted approach to project governance",
    "Cabinet / CMT\nCabinet / CMT",
    "September 2018\nDecember 2018",
  ],
  [
    "3. Invest more time in considering what role all levels of the organisation contribute towards corporate aims – transformation is everyone's role. Ensure that transformation is adequately resourced with clear programme and project governance, and appropriate skills.",
    "• Ensure that systems thinking approach is embraced / adopted in everything that we do",
    "Deb Poole",
    "December 2018",
  ],
  [
    "4. Management approaches need more consistency to support the development of a single corporate culture",
    "• Work is being undertaken with regard to the review of the HR policies and procedures. Training and guidance documentation relating to the revised policies will be made available to all managers",
    "Deb Poole",
    "November 2018",
  ],
  [
    "5. Establish greater consistency in the foundations of shared services – ICT, HR, Finance should all be enablers of change",
    "• a fundamental change in the approach and culture of enabling services to ensure they proactively support change based on systems thinking principles\n• Consider how services can ensure the enablers can provide them with the support and advice they need",
    "Deb Poole / ayne Pickering",
    "November 2018",
  ],
  [
    "6. Re-examine your existing commitments and have an honest conversation about whether they are sustainable, relevant or appropriate",
    "• All partnership activity to be reviewed to ensure they are appropriate, relevant and sustainable following review of our clarified strategic priorities",
    // Cyrillic С, М, Т exactly as in the seed.
    "\u0421\u041C\u0422",
    "December 2018",
  ],
  [
    "7. Evaluate the opportunities for maximising your influence – and focus your energy and leadership on where you can be most effective",
    "• As a result of 6 above review where the focus will be and where there is capacity",
    "Leaders",
    "January 2019",
  ],
  [
    "8. Take action at Bromsgrove District Council to raise the conduct of political debate so that it is constructive and does not undermine the council's reputation, as well as the local government sector",
    "• Responsibility of all Councillors to support and act in accordance with codes of practice and community leadership principles. If this doesn't happen Group Leaders to challenge and resolve.",
    "Group Leaders",
    "September 2018",
  ],
  [
    "9. Review processes for supporting members at council meetings, and where necessary, implement change to ensure members are well supported",
    "• Fundamental review of the Constitution at Redditch to ensure decisions taken at the most appropriate level\n• Further development of Cabinet / Exec members to ensure they are fully briefed on their portfolios / reports on the agenda (ownership)",
    "Leader / Claire Felton\nLeader",
    "September 2018\nNovember 2018",
  ],
  [
    null,
    "• Reconsider the position in BDC to allow officers to speak to clarify points of detail in order to make informed / speedier decisions",
    "Group Leaders",
    "December 2018",
  ],
  [
    "10. Ensure that boundaries between officers and members are publicly clarified and that their implementation is regularly reviewed",
    "• Point 9 refers\n• Undertaken as part of the review of the Constitution",
    "Leader / Claire Felton",
    "September 2018",
  ],
  [
    "11. Review Council Procedures to ensure that they can support constructive debate",
    "• Point 9 refers\n• Undertaken as part of the review of the Constitution",
    "Leader / Claire Felton",
    "September 2018",
  ],
  [
    "12. Ensure that report proofing procedures are 'watertight' and errors are not published",
    "• Report writing training to be provided to all managers.\n• Portfolio Holders and HoS to ensure reports are discussed and signed off at regular briefing sessions to ensure greater ownership",
    "Claire Felton\nPortfolio Holders / CMT",
    "December 2018\nSeptember 2018",
  ],
  [
    "13. Establish clearer lines of accountability for the leadership and delivery of major programmes and projects – that is appropriately dispersed throughout the organisation to mitigate potential risk in investing too much in one role.",
    "• To be clearly identified within business cases\n• Project management and monitoring will be undertaken as part of performance report on a risk based approach\n• Responsibility will be dispersed around portfolio holders and CMT",
    "Deb Poole / CMT",
    "December 2018",
  ],
  [
    "14. Financial accountability needs greater ownership across the organisation",
    "• Training sessions to be held at Managers Forum\n• Enterprise system implementation will include a full training package for staff\n• Finance Officers attending DMT meetings to support the change in approach and culture and to clarify the understanding of where the accountability sits\n• Clear message to be passed on to managers as to responsibility for budgets\n• Managers to understand potential consequences if accountability not taken",
    "Jayne Pickering / HOS",
    "November 2018",
  ],
  [
    "15. Budget planning needs to be more focused on future financial sustainability and not simply meeting service needs and short term demands",
    "• 4 year budget planning to include more scenario and forecasting of potential impact of change\n• Aim to remove unidentified savings to ensure all funding is identified within the 4 year plan\n• Assess savings achievement based on risk assessment\n• Reporting to be presented against MTFP",
    "Jayne Pickering / HOS",
    "November 2018",
  ],
  [
    "16. Be clearer about how you track progress and manage risk – on delivering savings and key projects",
    "• Savings to be shown against a risk assessment of delivery\n• Highlight key projects and risks associated to CMT",
    "Jayne Pickering",
    "November 2018",
  ],
  [
    "17. Establish a transparent, regularised and proportionate system of reviewing and amending recharges between the two councils rather than leaving it to specific service areas",
    "• Fundamental review of basis for sharing costs of overheads / charges\n• Cost recovery to be reviewed to ensure overheads do not include any direct costs to teams",
    "Jayne Pickering",
    "February 2019",
  ],
  [
    "18. Expedite the business case and implementation of a new finance system",
    "• The business case for the Enterprise System has been approved by both Councils. Implementation by October 2019. Tender out to suppliers",
    "Jayne Pickering",
    "October 2019",
  ],
  [
    "19. Consider how to meet customer need and expectation within your financial options using the systems thinking approach. This will help you identify what matters to the customer and design efficient processes to meet this need, removing service boundaries where required.",
    "• Refocus the transformation programme and commercialisation programme",
    "Deb Poole",
    "September 2018",
  ],
  [
    null,
    '• Development of a Customer and Digital Strategy as part of the ongoing transformation programme. Publish "statement of intent" – enable people to do business on line in order to release resources to focus on understanding and delivering against customer need (in line with our principles)',
    "Amanda Singleton /Deb Poole",
    "December 2018",
  ],
  [
    "20. Consider how to re-align your customer strategy to most effectively meet customer need within your identified priorities.",
    "• As 19 above",
    "As 19 above",
    "As 19 above",
  ],
  [
    "21. Consider the impact that digital transformation of services can have, releasing capacity whilst improving the customer experience – develop and implement a single digital strategy.",
    "• As 19 above",
    "As 19 above",
    "As 19 above",
  ],
  [
    "22. Develop a clear plan to assess what high volume low complexity transactions can be directed towards more cost effective channels. There is no tension between this and a systems thinking approach - many customers expect and are happy to access council services by means other than face- to-face- as indeed they do for services from other public and private organisations.",
    "As 19 above",
    "As 19 above",
    "As 19 above",
  ],
];

export function buildSharedServices2018(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Action plan");
  setWidths(ws, [50, 70, 24, 18]);
  writeTitle(ws, 1, "Bromsgrove District Council and Redditch Borough Council – Corporate Peer Challenge Action Plan");
  let r = 3;
  const label = (text: string): void => {
    const cell = ws.getCell(r++, 1);
    cell.value = text;
    cell.font = { bold: true, size: 12 };
  };
  label("Key Recommendations");
  writeHeader(ws, r++, SHARED_HEADER, "FFFCE4D6");
  for (const row of SHARED_KEY) writeRow(ws, r++, row);
  r++; // blank row
  label("Further Recommendations");
  writeHeader(ws, r++, SHARED_HEADER, "FFFCE4D6");
  for (const row of SHARED_FURTHER) writeRow(ws, r++, row);
  printSetup(ws);
  return wb;
}

// ---------------------------------------------------------------------------
// 5. Seed 004: 2024 corporate peer challenge action plan
// ---------------------------------------------------------------------------

const PLAN2024_HEADER = ["What do we want to achieve?", "How are we going to do it?", "Lead", "Timescale"] as const;

type Plan2024Row = readonly [string, string, string | null, string];

const PLAN2024: readonly { theme: string; rows: readonly Plan2024Row[] }[] = [
  {
    theme: "Recommendation 1: Engage, consult and co-produce with residents and communities, develop a customer engagement strategy/charter",
    rows: [
      [
        "1.1 Develop/deliver a customer Engagement Strategy",
        "a. Form an officer working group of staff volunteers to work with relevant officers to work together to develop a Public/Community Engagement Charter and Strategy.\nb. Officer working group to comprise customer facing roles including teams not based at King's Court",
        "Assistant Director Central Services",
        "Working Group – March 2024\nFinal strategy – October 2024",
      ],
      [
        "1.2 Engage with partners on examples of best/shared practices and co-production",
        "a. Develop the working group's Terms of Reference to include working with partners and stakeholders\nb. Work specifically with the stakeholder groups that represent younger residents.\nc. Develop a consultation framework that makes best use of partner and council resources and aims for effective consultation to optimize use of consultation channels.",
        "Community Engagement Manager",
        "April-Sept 2024",
      ],
      [
        "1.3 Review the capacity and skills within the council's Communications team to align with ongoing consultation and engagement work",
        "a. Conduct a review of the Communications Team considering the new Corporate Strategy and actions arising from the Peer Review\nb. Incorporate findings from Customer Engagement Strategy to inform future resource requirements within Central Services to ensure there is a clear focus on staff and resident engagement",
        "Assistant Director Central Services",
        "April-June 2024",
      ],
      [
        "1.4 Provide training for staff on engagement and consultation to ensure management of expectations",
        "a. Arrange for training on consultation and engagement for managers to inform when consultation and engagement should occur and how to manage expectations around engagement and consultation\nb. Engage with partners to inform and share best practice",
        "Head of HR",
        "June-July 2024",
      ],
      [
        "1.5 Devise methods of consultation and feedback from customers and stakeholders",
        "a. A series of community events have been set up for Spring/early Summer 2024 (Beat the Bills, Food for Thought)\nb. Use learning from the community events to consider what went well, what could be better, in terms of the effectiveness of the consultation and whether it attracted the target audience.\nc. Annual Plan/Corporate Strategy and annual budget to be published with email set up to receive feedback from customers and stakeholders",
        "Communications Manager",
        "May 2024",
      ],
    ],
  },
  {
    theme: "Recommendation 2: Talk and listen to staff, create new regular channels of ongoing staff engagement",
    rows: [
      [
        "2.1 Review and improve current arrangements for internal communications",
        "a. Progress actions arising for the internal comms survey undertaken in 2023.\nb. Establish an employee working group, with representatives from all services and Unison, to support improvements in employee communication and engagement.\nc. Scope, develop and implement a new Intranet.",
        "Communications Manager",
        "Spring 2024\nSpring 2024\nDecember 2024",
      ],
      [
        "2.2 Undertake and act on the findings of an employee opinion/engagement survey",
        "a. Procure an external survey provider.\nb. Ensure scope is considered by groups other than the Senior Management Team with a view to increasing objectivity, reach and integrity of intentions.\nc. Undertake survey and analyse results.\nd. Develop and agree action plan.\ne. Progress workstreams arising from action plan",
        "Head of HR",
        "February 2024\nApril 2024\nMay 2024\nOngoing",
      ],
      [
        "2.3 Improve engagement with staff across all service areas",
        "a. Identify the resources required to progress actions in relation to this recommendation.\nb. Work with Assistant Directors and managers to ensure all staff have the opportunity for regular two-way communication.\nc. Create a middle manager peer group that meets bi-monthly, initially to enable them to discuss and monitor progress of this action plan, share best practice, input to task groups and be aware of new practices and outcomes to increase awareness and adopt change.\nd. Use feedback from staff face to face engagements sessions and feedback sessions held with middle managers to inform work undertaken.\ne. Ensure internal communications are appropriate to the intended audience (e.g. Public Open Space) and not King's Court centric.\nf. Deliver Corporate Strategy sessions for staff programmed for April/May 2024",
        "Executive Director Corporate Services",
        "Spring 2024\nSummer 2024\nSummer 2024",
      ],
      [
        "2.4 Continue to support employee wellbeing initiatives, including introducing an Employee Assistance Programme",
        "a. Provide an annual programme of wellbeing initiatives and activities.\nb. Implement an Employee Assistance Programme\nc. Make recommendations regarding a volunteering scheme (including. volunteering leave) for employees",
        "Head of HR",
        "Ongoing\nSpring 2024\nAutumn 2024",
      ],
      [
        "2.5 Review the Working Arrangements Framework",
        'a. Undertake a post Implementation review of the working Arrangements Framework\nb. Consult staff and consider best practice elsewhere, particularly for professions with recruitment and retention problems.\nc. Engage with the HR processes Working Group of staff and Unison to ensure they contribute to the review.\nd. Undertake all staff consultation on recommendations prior to final agreement and implementation of any changes resulting in a "You said, We did" output.',
        "Head of HR",
        "July 2024",
      ],
    ],
  },
  {
    theme: "Recommendation 3: The political and managerial leadership needs to take stock and think about how to make the council fit for the future",
    rows: [
      [
        "3.1 Review structure and resources relevant to strategic direction of the council",
        "a. Establish a working group, comprised of officers and members, supported by an external resource, to develop the culture and values work to support the strategic direction of the council.\nb. Use analysis of discretionary services and resources to update service identities and ensure non-value-added activities are stopped, with resources redeployed to priorities and statutory services.",
        "Chief Executive",
        "March 2023",
      ],
      [
        "3.2 Training Needs Analysis (finance, political awareness, Change Management)",
        "a. Conduct a training needs analysis of Assistant Directors and Service Managers to highlight specific areas for improvement.\nb. Allocate funding from the training budget, scope and deliver training to meet areas of priority need",
        // PLANTED: blank lead.
        null,
        "July 2024",
      ],
    ],
  },
  {
    theme: "Recommendation 4: Refocus SLT on strategic issues and empower managers to manage and deliver",
    rows: [
      [
        "4.1 SLT and MT informal meeting fortnightly and formal fortnightly",
        "a. Formal SLT (decision making) meetings now held fortnightly and informal SLT fortnightly.\nb. Create a Terms of Reference for SLT meetings to convey the purpose/theme of the meeting",
        "Chief Executive",
        "Completed",
      ],
      [
        "4.2 Only items which need a decision to come forward. Other items will be discussed at Directorate level",
        "a. Carry out a review of all items which are considered by SLT to reduce the number of operational matters which could be decided by middle managers.\nb. ED's and ADs to hold more directorate meetings to reduce the number of items to come forward to full SLT.\nc. Review of Scheme of Delegation to empower officer decision making.\nd. Compile register of agreed delegated decisions.",
        "Monitoring Officer",
        "July 2024",
      ],
      [
        "4.3 Assistant Directors to appoint reps to attend SLT in their absence",
        "a. Monthly Service Managermeetings to be restarted to improve peer to peer engagement across the authority.\nb. ADs to ensure Service Managers are updated to enable them to communicate with their wider teams.\nc. Service Managers to deputise for AD's at SLT meetings",
        "Executive Director Corporate Services",
        "March 2024",
      ],
    ],
  },
  {
    theme: "Recommendation 5: Use headroom to deliver ongoing annual revenue savings to address the underlying budget gap in 2026/2027",
    rows: [
      [
        "5.1 SLT and Cabinet hold regular budget development meetings",
        "a. Held budget briefing sessions in January prior to budget setting – drop in sessions also held by Section 151 Officer.\nb. Budget development sessions with ED's AD's and Cabinet throughout the budget cycle programmed in with the Corporate Strategy sessions.\nc. Up to date and relevant reporting on budget monitoring to all staff – sessions have been booked in for Spring 2024.",
        "Section 151 Officer",
        "Ongoing",
      ],
      [
        "5.2 Cost management and income generation plan is being progressed",
        "a. The initial cost management and income generation plan has been included with the budget papers.\nb. Engage with staff on further development on the CMIG plan",
        "Section 151 Officer",
        "February/March 2024",
      ],
      [
        "5.3 Greater staff engagement and consultation in cost",
        "a. Build on sessions held with staff in January 2024\nb. The CMIG to be owned by AD's, updated with progress monthly and reported to Cabinet bi-monthly.\nc. Budget Manager Workshops to be held by Finance to increase understanding and management of budgets.\nd. Devise a Terms of Reference for working groups.\ne. Prepare a plan for ongoing staff engagement/information sharing on cost savings and income generation",
        "Assistant Director Finance",
        "Sept 2024",
      ],
    ],
  },
];

export function buildActionPlan2024(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Action plan");
  setWidths(ws, [40, 80, 30, 28]);
  writeTitle(ws, 1, "CORPORATE PEER CHALLENGE ACTION PLAN FEBRUARY 2024");
  let r = 3;
  for (const block of PLAN2024) {
    writeBand(ws, r++, block.theme, 4, "FFE2EFDA");
    writeHeader(ws, r++, PLAN2024_HEADER);
    for (const row of block.rows) writeRow(ws, r++, row);
    r++; // blank row between recommendations
  }
  printSetup(ws);
  return wb;
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

export const SAMPLE_BUILDERS: Readonly<Record<SampleFile, () => ExcelJS.Workbook>> = {
  "peer-challenge-2014.xlsx": buildPeerChallenge2014,
  "od-programme-benefits.xlsx": buildOdProgrammeBenefits,
  "cip-monitoring.xlsx": buildCipMonitoring,
  "shared-services-2018.xlsx": buildSharedServices2018,
  "action-plan-2024.xlsx": buildActionPlan2024,
};

/** Writes all five samples into outDir (created if missing); returns the paths written. */
export async function buildSamples(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of SAMPLE_FILES) {
    const file = path.join(outDir, name);
    await SAMPLE_BUILDERS[name]().xlsx.writeFile(file);
    written.push(file);
  }
  return written;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const files = await buildSamples(path.join(root, "samples"));
  for (const f of files) console.log(`wrote ${path.relative(root, f)}`);
}
