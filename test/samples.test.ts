/**
 * Checks the committed sample workbooks against the facts stated in samples/README.md,
 * and that they are exactly what scripts/build-samples.ts produces (no drift).
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSamples, MONEY_FORMAT, SAMPLE_FILES } from "../scripts/build-samples.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLES = path.join(ROOT, "samples");

async function load(dir: string, name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, name));
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  return ws;
}

/** Cell text, or "" for an empty cell. */
function text(ws: ExcelJS.Worksheet, address: string): string {
  const v = ws.getCell(address).value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  throw new Error(`${address} is not text: ${JSON.stringify(v)}`);
}

function isBlank(ws: ExcelJS.Worksheet, address: string): boolean {
  const v = ws.getCell(address).value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
}

/** Council money as written: numbers, or text like "(10,000)" / "44,000". */
function amount(v: ExcelJS.CellValue): number | null {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return null;
  const m = /^\s*(\()?\s*£?\s*([\d,]+(?:\.\d+)?)\s*(\))?\s*$/.exec(v);
  if (!m || !m[2]) return null;
  const n = Number(m[2].replace(/,/g, ""));
  return m[1] && m[3] ? -n : n;
}

function colNumbers(ws: ExcelJS.Worksheet, col: string, rows: readonly number[]): number {
  return rows.reduce((s, r) => s + (amount(ws.getCell(`${col}${r}`).value) ?? 0), 0);
}

/** A comparable snapshot of every sheet: names, merges, cell values, number formats. */
function snapshot(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        let norm: unknown = v;
        if (v instanceof Date) norm = { date: v.toISOString() };
        else if (cell.type === ExcelJS.ValueType.Formula) norm = { formula: cell.formula, result: cell.result ?? null };
        cells[cell.address] = { v: norm, fmt: cell.numFmt ?? null };
      });
    });
    return { name: ws.name, merges: merges(ws), cells };
  });
}

const books = new Map<string, ExcelJS.Workbook>();
function book(name: string): ExcelJS.Workbook {
  const wb = books.get(name);
  if (!wb) throw new Error(`not loaded: ${name}`);
  return wb;
}

beforeAll(async () => {
  for (const f of SAMPLE_FILES) books.set(f, await load(SAMPLES, f));
});

describe("all samples", () => {
  it.each(SAMPLE_FILES)("%s is small and carries fixed metadata", async (name) => {
    const { size } = await stat(path.join(SAMPLES, name));
    expect(size).toBeLessThan(60 * 1024);
    const wb = book(name);
    expect(wb.creator).toBe("Plan Tracker samples");
    expect(wb.created.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  describe("rebuilding from scripts/build-samples.ts", () => {
    let tmp = "";
    beforeAll(async () => {
      tmp = await mkdtemp(path.join(os.tmpdir(), "plan-tracker-samples-"));
      const written = await buildSamples(tmp);
      expect(written.map((f) => path.basename(f))).toEqual([...SAMPLE_FILES]);
    });
    afterAll(async () => {
      if (tmp) await rm(tmp, { recursive: true, force: true });
    });

    it.each(SAMPLE_FILES)("%s matches the committed file cell for cell", async (name) => {
      const rebuilt = await load(tmp, name);
      expect(snapshot(rebuilt)).toEqual(snapshot(book(name)));
    });
  });
});

describe("peer-challenge-2014.xlsx (seed 000)", () => {
  const ws = (): ExcelJS.Worksheet => sheet(book("peer-challenge-2014.xlsx"), "Improvement plan");
  const THEME_ROWS = [3, 9, 14, 25, 32];
  const ACTION_ROWS = [5, 6, 7, 11, 12, 16, 17, 18, 19, 20, 21, 22, 23, 27, 28, 29, 30, 34, 35, 36];

  it("has the title and five merged theme rows, each followed by the repeated header", () => {
    const s = ws();
    expect(text(s, "A1")).toBe("Draft - Chesterfield Borough Council – Peer Challenge Improvement Plan");
    expect(merges(s)).toEqual(THEME_ROWS.map((r) => `A${r}:F${r}`).sort());
    expect(THEME_ROWS.map((r) => text(s, `A${r}`))).toEqual([
      "Understanding of Local Context and Priority Setting",
      "Financial Planning and Viability",
      "Political and Managerial Leadership",
      "Governance and Decision Making",
      "Contract/ Partnering Arrangements",
    ]);
    for (const r of THEME_ROWS) {
      expect(["A", "B", "C", "D", "E", "F"].map((c) => text(s, `${c}${r + 1}`))).toEqual([
        "Challenge",
        "Outcomes/ Measures of Success",
        "Action",
        "Lead",
        "Target Date",
        "Progress",
      ]);
    }
  });

  it("has 20 action rows and no status column", () => {
    const s = ws();
    const rows: number[] = [];
    s.eachRow((row, r) => {
      const action = text(s, `C${r}`);
      if (action && action !== "Action" && !s.getCell(`C${r}`).isMerged) rows.push(r);
      expect(row.values).not.toContain("Status");
    });
    expect(rows).toEqual(ACTION_ROWS);
  });

  it("keeps HTML fragments, multi-line cells and continuation rows", () => {
    const s = ws();
    expect(text(s, "A5")).toBe(
      "<p>Fundamentally review the Corporate Plan in line with financial challenges.</p> <p><i>(key challenge suggestion 2)</i></p>",
    );
    expect(text(s, "B5").startsWith('<ul style="list-style-type: none"> • ')).toBe(true);
    expect(text(s, "E5")).toBe("<p>February 2014 – March 2015</p>");
    expect(text(s, "E6")).toBe("<p>July 2014</p> <p>July 2014</p>");
    expect(text(s, "E7")).toBe("September 2014\n(Leadership) 2015/16 (Lean)");
    expect(text(s, "C12").split("\n")).toHaveLength(2);
    expect(text(s, "D12")).toBe("Head of Finance\nCabinet/ Corporate Management Team");
    expect(text(s, "E12")).toBe("February 2015\nSeptember 2015");
    expect(text(s, "E18").split("\n")).toEqual(["December 2014", "April 2014", "September 2014", "September 2014 (Intranet)"]);
    expect(text(s, "F21")).toBe("Complete");
    expect(text(s, "E28")).toBe("Ongoing");
    expect(text(s, "E36")).toBe("Ongoing until 2016/17.");
    for (const r of [7, 12, 17, 18, 19, 20, 22, 23, 28, 29, 30, 35]) {
      expect(isBlank(s, `A${r}`) && isBlank(s, `B${r}`)).toBe(true);
    }
    expect(isBlank(s, "A36")).toBe(true);
    expect(isBlank(s, "B36")).toBe(false);
  });

  it("has exactly one action with a blank lead: D30", () => {
    const s = ws();
    expect(ACTION_ROWS.filter((r) => isBlank(s, `D${r}`))).toEqual([30]);
    expect(text(s, "C30")).toContain("Work with the Trade Unions");
  });
});

describe("od-programme-benefits.xlsx (seed 001)", () => {
  const ws = (): ExcelJS.Worksheet => sheet(book("od-programme-benefits.xlsx"), "OD projects");
  const PROJECT_ROWS = [5, 6, 7, 8, 9, 11, 12, 13, 15, 16];
  const YEAR_COLS = ["E", "F", "G", "H"];

  it("has the title, the seed's header and merged section rows", () => {
    const s = ws();
    expect(text(s, "A1")).toBe("Organisational Development Projects with indicative financial benefits");
    expect(["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((c) => text(s, `${c}3`))).toEqual([
      "Activity",
      "Project Stage",
      "Service area",
      "One-off investment £",
      "Cashable benefits 2022/23",
      "Cashable benefits 2023/24 £",
      "Cashable benefits 2024/25",
      "Cashable benefits 2025/26",
      "Cashable benefits total",
    ]);
    expect(merges(s)).toEqual(["A10:I10", "A14:I14", "A21:I21", "A4:I4"]);
    expect([4, 10, 14, 21].map((r) => text(s, `A${r}`))).toEqual([
      "Customer services",
      "People and Corporate Resources",
      "New ways of working",
      "Transformation resources to be funded through capital receipts flexibility",
    ]);
    expect(s.getCell("A4").font?.bold).toBe(true);
  });

  it("ten project rows add up to the published figures when text amounts are counted", () => {
    const s = ws();
    const perYear = YEAR_COLS.map((c) => colNumbers(s, c, PROJECT_ROWS));
    expect(perYear).toEqual([-129000, -320500, -360500, -392000]);
    expect(perYear.reduce((a, b) => a + b, 0)).toBe(-1202000);
    const inMtfp = PROJECT_ROWS.filter((r) => text(s, `A${r}`).startsWith("**"));
    expect(inMtfp).toEqual([8, 9, 16]);
    const rowTotal = (r: number): number => YEAR_COLS.reduce((t, c) => t + (amount(s.getCell(`${c}${r}`).value) ?? 0), 0);
    expect(inMtfp.map(rowTotal)).toEqual([-135000, -90000, -147000]);
    expect(inMtfp.map(rowTotal).reduce((a, b) => a + b, 0)).toBe(-372000);
    expect(PROJECT_ROWS.filter((r) => !inMtfp.includes(r)).map(rowTotal).reduce((a, b) => a + b, 0)).toBe(-830000);
  });

  it("splits benefits by stage and by service area as the README states", () => {
    const s = ws();
    const rowTotal = (r: number): number => YEAR_COLS.reduce((t, c) => t + (amount(s.getCell(`${c}${r}`).value) ?? 0), 0);
    const by = (col: string): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const r of PROJECT_ROWS) {
        const k = text(s, `${col}${r}`) || "(blank)";
        out[k] = (out[k] ?? 0) + rowTotal(r);
      }
      return out;
    };
    expect(by("B")).toEqual({ Delivery: -479000, "Design and develop": -723000 });
    expect(by("C")).toEqual({
      "Digital, HR and Customer Services": -415000,
      "Leisure, Culture and Community Wellbeing": -550000,
      Corporate: -147000,
      "(blank)": -90000,
    });
  });

  it("counts one-off investment as 90,000 (numbers only: tbc and the footnoted 120,000* excluded)", () => {
    const s = ws();
    const numeric = PROJECT_ROWS.map((r) => s.getCell(`D${r}`).value).filter((v): v is number => typeof v === "number");
    expect(numeric.reduce((a, b) => a + b, 0)).toBe(90000);
    expect(text(s, "D8")).toBe("tbc");
    expect(text(s, "D9")).toBe("120,000*");
    expect(text(s, "D15")).toBe("Tbc (main investment from safer streets grant)");
    expect(isBlank(s, "D13")).toBe(true);
    expect(text(s, "B13")).toBe("Delivery");
    expect(isBlank(s, "C13")).toBe(true);
  });

  it("plants one number typed as text: H6 holds the string \"(10,000)\"", () => {
    const s = ws();
    const h6 = s.getCell("H6");
    expect(h6.type).toBe(ExcelJS.ValueType.String);
    expect(h6.value).toBe("(10,000)");
    const textNumbers: string[] = [];
    for (const r of PROJECT_ROWS) {
      for (const c of YEAR_COLS) {
        const v = s.getCell(`${c}${r}`).value;
        if (typeof v === "string") textNumbers.push(`${c}${r}`);
      }
    }
    expect(textNumbers).toEqual(["H6"]);
  });

  it("uses SUM formulas whose cached results skip the text cell, as Excel would", () => {
    const s = ws();
    for (const r of PROJECT_ROWS) {
      const cell = s.getCell(`I${r}`);
      expect(cell.type).toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBe(`SUM(E${r}:H${r})`);
    }
    // ExcelJS's cell.value drops a zero result; cell.result keeps it.
    expect(s.getCell("I6").result).toBe(0);
    const totals = ["D", "E", "F", "G", "H", "I"].map((c) => {
      const cell = s.getCell(`${c}17`);
      expect(cell.formula).toBe(`SUM(${c}5:${c}16)`);
      return cell.result;
    });
    expect(totals).toEqual([90000, -129000, -320500, -360500, -382000, -1192000]);
    expect(text(s, "A17")).toBe("Total Project Costs / (Cashable Benefits)");
    expect(s.getCell("E5").numFmt).toBe(MONEY_FORMAT);
  });

  it("keeps the MTFP and new-benefit rows, the capital receipts table and both footnotes", () => {
    const s = ws();
    expect(text(s, "A18")).toBe("(Cashable benefits) already referenced in MTFP");
    expect(s.getCell("E18").value).toBe(-15000);
    expect(text(s, "F18")).toBe("(40,000)\n(30,000)\n(49,000)");
    const multi = (a: string): number => text(s, a).split("\n").reduce((t, x) => t + (amount(x) ?? 0), 0);
    expect(multi("I18")).toBe(-372000);
    expect(["E", "F", "G", "H"].map((c) => (c === "E" ? -15000 : multi(`${c}18`)))).toEqual([-15000, -119000, -119000, -119000]);
    expect(text(s, "A19")).toBe("Total new indicative cashable benefits");
    expect(["E", "F", "G", "H", "I"].map((c) => s.getCell(`${c}19`).value)).toEqual([-114000, -201500, -241500, -273000, -830000]);
    expect(isBlank(s, "A20")).toBe(true);
    expect([22, 23, 24, 25].map((r) => text(s, `A${r}`))).toEqual([
      "Included in MTFP report (staff)",
      "Additional to MTFP report (staff)",
      "One-off investment for projects",
      "Total from capital receipts",
    ]);
    expect(s.getCell("D22").value).toBe(357000);
    expect(["D", "E", "F", "G", "I"].map((c) => s.getCell(`${c}25`).result)).toEqual([497000, 117000, 259000, 121000, 497000]);
    expect(text(s, "H25")).toBe("-");
    expect(text(s, "A27")).toBe(
      "* Proposed to be funded from a combination of sports centres reserve renewal fund and existing revenue budgets – not included in totals above",
    );
    expect(text(s, "A28")).toBe("** Indicative cashable benefits incorporated into MTFP figures in February 2022");
  });
});

describe("cip-monitoring.xlsx (seed 002)", () => {
  const wb = (): ExcelJS.Workbook => book("cip-monitoring.xlsx");
  const ws = (): ExcelJS.Worksheet => sheet(wb(), "CIP monitoring");
  const FIRST = 4;
  const LAST = 65;
  const rows = (): number[] => Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i);

  it("has the title, a blank row and the header in row 3", () => {
    const s = ws();
    expect(text(s, "A1")).toBe("Corporate Improvement Plan – Progress up to 30 September 2018");
    expect(s.getRow(2).cellCount).toBe(0);
    expect(["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => text(s, `${c}3`))).toEqual([
      "Ref",
      "Theme",
      "Action",
      "Lead officer",
      "Original target date",
      "Revised target date",
      "Status",
      "Commentary",
    ]);
    expect(s.rowCount).toBe(LAST);
  });

  it("has 62 actions in 10 themes with the theme only on each theme's first row", () => {
    const s = ws();
    const refs = rows().map((r) => text(s, `A${r}`));
    expect(refs).toHaveLength(62);
    expect(refs.every((r) => /^\d+\.\d+$/.test(r))).toBe(true);
    const themeRows = rows().filter((r) => !isBlank(s, `B${r}`));
    expect(themeRows).toEqual([4, 10, 17, 22, 26, 38, 44, 49, 57, 63]);
    expect(themeRows.map((r) => text(s, `B${r}`))).toEqual([
      "City Leadership",
      "MTFP",
      "Effective management",
      "Constructive Member relationships",
      "Robust internal controls",
      "Productive and skilled workforce",
      "Embedded Risk Management",
      "Sound Information Governance",
      "Improved service outcomes",
      "Innovative transformation",
    ]);
    const perTheme = new Map<string, number>();
    for (const ref of refs) {
      const t = ref.split(".")[0] ?? "";
      perTheme.set(t, Math.max(perTheme.get(t) ?? 0, Number(ref.split(".")[1])));
    }
    expect(perTheme.get("5")).toBe(12);
    expect(perTheme.get("8")).toBe(8);
    expect(perTheme.get("9")).toBe(6);
    expect(perTheme.get("10")).toBe(3);
    // The seed's own duplicate reference.
    expect(refs.filter((r) => r === "2.4")).toHaveLength(2);
    expect([text(s, "A13"), text(s, "A14")]).toEqual(["2.4", "2.4"]);
    expect(new Set(refs).size).toBe(61);
  });

  it("status counts are 32/21/8/0/1 after trimming and case-folding", () => {
    const s = ws();
    const counts: Record<string, number> = {};
    for (const r of rows()) {
      const k = text(s, `G${r}`).trim().toLowerCase();
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts).toEqual({ completed: 32, "on track": 21, "some slippage": 8, "not started": 1 });
    expect(counts["major slippage"] ?? 0).toBe(0);
    expect(text(s, "G59")).toBe("on track ");
    const raw = rows().map((r) => text(s, `G${r}`));
    expect(raw.filter((v) => v === "On track")).toHaveLength(20);
  });

  it("the slipped actions are the seed's eight, and 1.5 is the one not started", () => {
    const s = ws();
    const slipped = rows().filter((r) => text(s, `G${r}`) === "Some slippage");
    expect(slipped).toEqual([7, 13, 14, 17, 23, 37, 62, 63]);
    expect(slipped.map((r) => text(s, `A${r}`))).toEqual(["1.4", "2.4", "2.4", "3.1", "4.2", "5.12", "9.6", "10.1"]);
    const d = (a: string): string => {
      const v = s.getCell(a).value;
      return v instanceof Date ? v.toISOString().slice(0, 10) : text(s, a);
    };
    expect(slipped.map((r) => [d(`E${r}`), d(`F${r}`)])).toEqual([
      ["2018-09-30", "Dec 2018"],
      ["2018-10-31", "2018-12-31"],
      ["2018-09-30", "2018-12-31"],
      ["2018-09-30", "March 2019"],
      ["2018-04-30", "2018-11-30"],
      ["2018-09-30", "31/03/2019"],
      ["2018-09-30", ""],
      ["2018-09-30", "2019-03-31"],
    ]);
    expect(text(s, "H62")).toContain("A date will be set once this review has been finalised");
    const notStarted = rows().filter((r) => text(s, `G${r}`) === "Not started");
    expect(notStarted).toEqual([8]);
    expect(text(s, "C8")).toBe("Review the four yearly election cycle");
  });

  it("target dates are mostly real dates, a few text", () => {
    const s = ws();
    let dates = 0;
    const texts: string[] = [];
    for (const r of rows()) {
      for (const c of ["E", "F"]) {
        const cell = s.getCell(`${c}${r}`);
        if (cell.value instanceof Date) {
          dates++;
          expect(cell.numFmt).toBe("dd/mm/yyyy");
        } else if (typeof cell.value === "string") texts.push(`${c}${r}=${cell.value}`);
      }
    }
    expect(dates).toBe(65);
    expect(texts).toEqual(["F7=Dec 2018", "F17=March 2019", "F37=31/03/2019", "E38=Ongoing"]);
  });

  it("plants the documented problems", () => {
    const s = ws();
    const date = (a: string): string | null => {
      const v = s.getCell(a).value;
      return v instanceof Date ? v.toISOString().slice(0, 10) : null;
    };
    // Blank lead officer: only D47 (7.4).
    expect(rows().filter((r) => isBlank(s, `D${r}`))).toEqual([47]);
    // On track, original 31/07/2018 passed by 30/09/2018, no revised date: 6.4.
    expect([text(s, "A41"), date("E41"), isBlank(s, "F41"), text(s, "G41")]).toEqual(["6.4", "2018-07-31", true, "On track"]);
    // Revised date earlier than the original: 8.5.
    expect([text(s, "A53"), date("E53"), date("F53"), text(s, "G53")]).toEqual(["8.5", "2018-11-30", "2018-06-30", "On track"]);
    // Completed with a blank target date: 4.1.
    expect([text(s, "A22"), isBlank(s, "E22"), isBlank(s, "F22"), text(s, "G22")]).toEqual(["4.1", true, true, "Completed"]);
    expect(rows().filter((r) => isBlank(s, `E${r}`))).toEqual([22]);
  });

  it("commentary starting with '- ' and '=' is plain text, not a formula", () => {
    const s = ws();
    for (const [a, expected] of [
      ["H48", "- awaiting CLT sign-off"],
      ["H15", "=see 2.4 above"],
    ] as const) {
      const cell = s.getCell(a);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(expected);
      expect(cell.formula).toBeUndefined();
    }
    let formulas = 0;
    s.eachRow((row) => row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas++)));
    expect(formulas).toBe(0);
  });

  it("has the officer's June 2018 status table on its own sheet", () => {
    expect(wb().worksheets.map((w) => w.name)).toEqual(["CIP monitoring", "Status June 2018"]);
    const j = sheet(wb(), "Status June 2018");
    expect([text(j, "A1"), text(j, "B1")]).toEqual(["Status", "June 2018"]);
    const table = [2, 3, 4, 5, 6].map((r) => [text(j, `A${r}`), j.getCell(`B${r}`).value]);
    expect(table).toEqual([
      ["Completed", 17],
      ["On track", 41],
      ["Some slippage", 1],
      ["Major slippage", 0],
      ["Not started", 2],
    ]);
    expect(text(j, "A7")).toBe("Grand Total");
    expect(j.getCell("B7").formula).toBe("SUM(B2:B6)");
    expect(j.getCell("B7").result).toBe(61);
  });
});

describe("shared-services-2018.xlsx (seed 003)", () => {
  const ws = (): ExcelJS.Worksheet => sheet(book("shared-services-2018.xlsx"), "Action plan");
  const KEY = Array.from({ length: 10 }, (_, i) => 5 + i);
  const FURTHER = Array.from({ length: 25 }, (_, i) => 18 + i);

  it("has two tables, each with a label row and its own header", () => {
    const s = ws();
    expect(text(s, "A1")).toBe("Bromsgrove District Council and Redditch Borough Council – Corporate Peer Challenge Action Plan");
    expect(text(s, "A3")).toBe("Key Recommendations");
    expect(text(s, "A16")).toBe("Further Recommendations");
    for (const r of [4, 17]) {
      expect(["A", "B", "C", "D"].map((c) => text(s, `${c}${r}`))).toEqual([
        "Recommendation",
        "Response / Action",
        "Lead Officer",
        "Timescale",
      ]);
    }
    expect(s.getRow(15).cellCount).toBe(0);
    expect(s.rowCount).toBe(42);
  });

  it("has 35 action rows, with continuation rows leaving Recommendation blank", () => {
    const s = ws();
    const actionRows = [...KEY, ...FURTHER];
    expect(actionRows.every((r) => !isBlank(s, `B${r}`))).toBe(true);
    expect(actionRows).toHaveLength(35);
    expect(actionRows.filter((r) => isBlank(s, `A${r}`))).toEqual([6, 9, 20, 28, 39]);
    expect(KEY.filter((r) => !isBlank(s, `A${r}`)).every((r) => text(s, `A${r}`).startsWith("• "))).toBe(true);
    const numbers = FURTHER.filter((r) => !isBlank(s, `A${r}`)).map((r) => Number(/^(\d+)\. /.exec(text(s, `A${r}`))?.[1]));
    expect(numbers).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it("keeps the seed's timescales, multi-line cells and 'As 19 above'", () => {
    const s = ws();
    expect(text(s, "D5")).toBe("September 2018 and ongoing");
    expect(text(s, "D8")).toBe("Ongoing");
    expect(text(s, "C10")).toBe("Leaders\nKevin Dicks");
    expect(text(s, "D10")).toBe("November 2018\nNovember 2018");
    expect(text(s, "D19")).toBe("In place");
    expect(["B40", "C40", "D40", "B41", "C41", "D41", "B42", "C42", "D42"].map((a) => text(s, a))).toEqual([
      "• As 19 above",
      "As 19 above",
      "As 19 above",
      "• As 19 above",
      "As 19 above",
      "As 19 above",
      "As 19 above",
      "As 19 above",
      "As 19 above",
    ]);
    expect(text(s, "A38").startsWith("19. ")).toBe(true);
  });

  it("keeps the seed's typos: 'ayne Pickering' and Cyrillic 'СМТ'", () => {
    const s = ws();
    expect(text(s, "C23")).toBe("Deb Poole / ayne Pickering");
    expect(text(s, "C24")).toBe("\u0421\u041C\u0422");
    expect(text(s, "C24")).not.toBe("CMT");
  });
});

describe("action-plan-2024.xlsx (seed 004)", () => {
  const ws = (): ExcelJS.Worksheet => sheet(book("action-plan-2024.xlsx"), "Action plan");
  const THEME_ROWS = [3, 11, 19, 24, 30];
  const OBJECTIVE_ROWS = [5, 6, 7, 8, 9, 13, 14, 15, 16, 17, 21, 22, 26, 27, 28, 32, 33, 34];

  it("has the title and five merged recommendation rows, each followed by the header", () => {
    const s = ws();
    expect(text(s, "A1")).toBe("CORPORATE PEER CHALLENGE ACTION PLAN FEBRUARY 2024");
    expect(merges(s)).toEqual(THEME_ROWS.map((r) => `A${r}:D${r}`).sort());
    expect(text(s, "A3")).toBe(
      "Recommendation 1: Engage, consult and co-produce with residents and communities, develop a customer engagement strategy/charter",
    );
    THEME_ROWS.forEach((r, i) => expect(text(s, `A${r}`).startsWith(`Recommendation ${i + 1}: `)).toBe(true));
    for (const r of THEME_ROWS) {
      expect(["A", "B", "C", "D"].map((c) => text(s, `${c}${r + 1}`))).toEqual([
        "What do we want to achieve?",
        "How are we going to do it?",
        "Lead",
        "Timescale",
      ]);
    }
  });

  it("has 18 numbered objectives with a./b./c. sub-actions in one cell", () => {
    const s = ws();
    const objectives: number[] = [];
    s.eachRow((_, r) => {
      if (/^\d\.\d /.test(text(s, `A${r}`))) objectives.push(r);
    });
    expect(objectives).toEqual(OBJECTIVE_ROWS);
    expect(text(s, "A5")).toBe("1.1 Develop/deliver a customer Engagement Strategy");
    for (const r of OBJECTIVE_ROWS) {
      const lines = text(s, `B${r}`).split("\n");
      lines.forEach((line, i) => expect(line.startsWith(`${String.fromCharCode(97 + i)}. `)).toBe(true));
    }
    expect(text(s, "B6").split("\n")).toHaveLength(3);
  });

  it("keeps the seed's timescales exactly", () => {
    const s = ws();
    const got = OBJECTIVE_ROWS.map((r) => `${text(s, `A${r}`).slice(0, 3)} ${text(s, `D${r}`)}`);
    expect(got).toEqual([
      "1.1 Working Group – March 2024\nFinal strategy – October 2024",
      "1.2 April-Sept 2024",
      "1.3 April-June 2024",
      "1.4 June-July 2024",
      "1.5 May 2024",
      "2.1 Spring 2024\nSpring 2024\nDecember 2024",
      "2.2 February 2024\nApril 2024\nMay 2024\nOngoing",
      "2.3 Spring 2024\nSummer 2024\nSummer 2024",
      "2.4 Ongoing\nSpring 2024\nAutumn 2024",
      "2.5 July 2024",
      "3.1 March 2023",
      "3.2 July 2024",
      "4.1 Completed",
      "4.2 July 2024",
      "4.3 March 2024",
      "5.1 Ongoing",
      "5.2 February/March 2024",
      "5.3 Sept 2024",
    ]);
  });

  it("has a Lead column with exactly one blank lead: C22 (3.2)", () => {
    const s = ws();
    expect(OBJECTIVE_ROWS.filter((r) => isBlank(s, `C${r}`))).toEqual([22]);
    expect(text(s, "A22").startsWith("3.2 ")).toBe(true);
  });
});
