/**
 * Each sample workbook (built from a real council document, see samples/README.md) read from its
 * .xlsx file through the ExcelJS adapter and checked by the core: the number of actions, the themes,
 * and the planted problems at their cells.
 */
import { describe, expect, it } from "vitest";
import { readWorkbookGrid } from "../../src/adapters/exceljs/readWorkbook.js";
import { checkWorkbook, reportFor } from "../../src/core/checkWorkbook.js";
import { FileReportSchema } from "../../src/core/report/ValidationReport.js";

async function check(sample: string, asOf: string) {
  const file = `samples/${sample}`;
  const result = checkWorkbook(await readWorkbookGrid(file), { asOf });
  const report = FileReportSchema.parse(reportFor(file, asOf, result));
  const at = (code: string) => report.issues.filter((issue) => issue.code === code).map((issue) => issue.cell);
  return { result, report, at };
}

describe("seed 002: CIP monitoring (Derby, September 2018)", async () => {
  const { report, at } = await check("cip-monitoring.xlsx", "2018-09-30");

  it("finds one 62-action plan in 10 themes and skips the June table", () => {
    expect(report.plans).toHaveLength(1);
    const plan = report.plans[0]!;
    expect(plan.sheet).toBe("CIP monitoring");
    expect(plan.range).toBe("A1:H65");
    expect(plan.actions).toBe(62);
    expect(plan.themes).toEqual([
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
    expect(plan.columns).toEqual({ ref: "A", theme: "B", action: "C", lead: "D", target: "E", revisedTarget: "F", status: "G", progress: "H" });
    expect(report.skippedSheets.map((sheet) => sheet.sheet)).toEqual(["Status June 2018"]);
  });

  it("counts statuses as the committee report does: 32 / 21 / 8 / 1", () => {
    expect(report.plans[0]!.statusCounts).toEqual({ Completed: 32, "On track": 21, "Some slippage": 8, "Not started": 1 });
  });

  it("reports the planted problems at their cells", () => {
    expect(at("lead-missing")).toEqual(["D47"]);
    expect(at("duplicate-ref")).toEqual(["A14"]);
    expect(at("revised-before-original")).toEqual(["F53"]);
    expect(at("target-passed")).toEqual(expect.arrayContaining(["E41", "F53"]));
    expect(at("status-variant")).toEqual(["G59"]);
    expect(at("ongoing-no-date")).toEqual(["E38"]);
    expect(at("status-unknown")).toEqual([]);
    // "Progress up to 30 September 2018" dates the report, not the plan: earlier targets are normal.
    expect(at("target-before-plan-date")).toEqual([]);
    expect(at("timescale-unparsed")).toEqual([]);
  });

  it("does not call a completed action with no date overdue, nor a revised action overdue against its original date", () => {
    expect(at("target-missing")).not.toContain("E22");
    expect(at("target-passed")).not.toContain("E23");
    expect(at("target-passed")).not.toContain("F23");
  });
});

describe("seed 001: OD programme benefits (Appendix B)", async () => {
  const { report, result, at } = await check("od-programme-benefits.xlsx", "2022-03-01");
  const plan = report.plans[0]!;

  it("finds the ten projects in three programme sections, with the totals rows left out", () => {
    expect(report.plans).toHaveLength(1);
    expect(plan.actions).toBe(10);
    expect(plan.themes).toEqual(["Customer services", "People and Corporate Resources", "New ways of working"]);
    expect(result.plans[0]!.totalsRows).toContain(17);
    expect(result.plans[0]!.actions.map((action) => action.row)).toEqual([5, 6, 7, 8, 9, 11, 12, 13, 15, 16]);
  });

  it("reproduces the published totals: per year, 1,202,000 in all, 830,000 new", () => {
    const benefits = plan.benefits!;
    expect(benefits.years).toEqual(["2022/23", "2023/24", "2024/25", "2025/26"]);
    expect(benefits.byYear).toEqual({ "2022/23": -129_000, "2023/24": -320_500, "2024/25": -360_500, "2025/26": -392_000 });
    expect(benefits.total).toBe(-1_202_000);
    expect(benefits.notInMtfp.total).toBe(-830_000);
    expect(benefits.inMtfp).toEqual({ "2022/23": -15_000, "2023/24": -119_000, "2024/25": -119_000, "2025/26": -119_000, total: -372_000 });
    expect(benefits.notInMtfp).toMatchObject({ "2022/23": -114_000, "2023/24": -201_500, "2024/25": -241_500, "2025/26": -273_000 });
    expect(benefits.investment).toBe(90_000);
    expect(benefits.byStage).toEqual({ Delivery: -479_000, "Design and develop": -723_000 });
    expect(benefits.byServiceArea).toEqual({
      "Digital, HR and Customer Services": -415_000,
      "Leisure, Culture and Community Wellbeing": -550_000,
      Corporate: -147_000,
      "(not given)": -90_000,
    });
  });

  it("reports the number typed as text, naming the totals cell that skips it", () => {
    expect(at("number-as-text")).toEqual(["H6"]);
    const issue = report.issues.find((item) => item.code === "number-as-text")!;
    expect(issue.severity).toBe("error");
    expect(issue.message).toContain("H17");
    expect(at("amount-tbc")).toEqual(["D8", "D15"]);
    expect(at("amount-excluded")).toEqual(["D9"]);
    expect(at("service-area-missing")).toEqual(["C13"]);
  });
});

describe("seed 000: peer challenge improvement plan (2014)", async () => {
  const { report, at } = await check("peer-challenge-2014.xlsx", "2014-06-01");

  it("reads five themed blocks with repeated headers as one 20-action plan", () => {
    expect(report.plans).toHaveLength(1);
    const plan = report.plans[0]!;
    expect(plan.actions).toBe(20);
    expect(plan.themes).toEqual([
      "Understanding of Local Context and Priority Setting",
      "Financial Planning and Viability",
      "Political and Managerial Leadership",
      "Governance and Decision Making",
      "Contract/ Partnering Arrangements",
    ]);
    expect(plan.statusCounts).toBeNull();
  });

  it("reports the blank lead, HTML paste, and the open-ended timescales", () => {
    expect(at("lead-missing")).toEqual(["D30"]);
    expect(at("html-in-cell")).toEqual(expect.arrayContaining(["A5", "A6", "A16"]));
    expect(at("ongoing-no-date")).toEqual(["E28"]);
    expect(at("timescale-unparsed")).toEqual([]);
    expect(at("target-passed")).toEqual(expect.arrayContaining(["E11", "E27"]));
    expect(at("target-passed")).not.toContain("E21");
  });
});

describe("seed 003: shared services action plan (two tables)", async () => {
  const { report, result, at } = await check("shared-services-2018.xlsx", "2018-09-30");

  it("reads the key and further recommendations with their 35 actions", () => {
    const actions = report.plans.reduce((sum, plan) => sum + plan.actions, 0);
    expect(actions).toBe(35);
    expect(report.plans.flatMap((plan) => plan.themes)).toEqual(["Key Recommendations", "Further Recommendations"]);
    const refs = result.plans.flatMap((plan) => plan.actions.map((action) => action.ref)).filter(Boolean);
    expect(refs).toContain("19");
  });

  it('resolves "As 19 above" to recommendation 19 and reads "In place" as done', () => {
    expect(at("see-other-row")).toEqual(["D40", "D41", "D42"]);
    expect(at("see-other-missing")).toEqual([]);
    expect(at("target-passed")).not.toContain("D19");
    expect(at("timescale-unparsed")).toEqual([]);
    expect(at("duplicate-ref")).toEqual([]);
  });

  it('spots the lead typed in Cyrillic letters ("СМТ" for "CMT")', () => {
    expect(at("lookalike-characters")).toEqual(["C24"]);
    expect(report.issues.find((issue) => issue.code === "lookalike-characters")?.fix).toContain('"CMT"');
  });
});

describe("seed 004: action plan February 2024", async () => {
  const { report, at } = await check("action-plan-2024.xlsx", "2024-06-01");

  it("reads five recommendation blocks with 18 objectives numbered 1.1 to 5.3", () => {
    expect(report.plans).toHaveLength(1);
    const plan = report.plans[0]!;
    expect(plan.actions).toBe(18);
    expect(plan.themes).toHaveLength(5);
    expect(plan.themes[0]).toMatch(/^Recommendation 1: Engage, consult/);
    expect(plan.columns).toMatchObject({ outcome: "A", action: "B", lead: "C", target: "D" });
  });

  it("flags the target dated before the plan itself and the blank lead", () => {
    expect(at("target-before-plan-date")).toEqual(["D21"]);
    expect(at("lead-missing")).toEqual(["C22"]);
    expect(at("timescale-unparsed")).toEqual([]);
    expect(at("target-passed")).not.toContain("D26");
  });
});
