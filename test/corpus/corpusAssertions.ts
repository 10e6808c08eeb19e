/**
 * The corpus's assertions, one per expectation, each with a stable id (the key of knownGaps.json)
 * and the point it covers. A workbook's reading is taken once through the command line's read path
 * (`openPlanWorkbook`, as `validate` uses it) and every assertion checks one part of it.
 */
import { columnLetters } from "../../src/core/grid/Address.js";
import { openPlanWorkbook, UnreadablePlanError } from "../../src/cli/openPlanWorkbook.js";
import { reportFor, type WorkbookCheck } from "../../src/core/checkWorkbook.js";
import type { WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import { buildRefresh } from "../../src/core/refresh/buildRefresh.js";
import { FileReportSchema, type FileReport } from "../../src/core/report/ValidationReport.js";
import type { Plan } from "../../src/core/plan/Plan.js";
import { actionFacts, computeRag, ragContext } from "../../src/core/rag/computeRag.js";
import type { RagRules } from "../../src/core/rag/ragRules.js";
import type { RagValue } from "../../src/core/rag/RagValue.js";
import { readWorkbookSettings } from "../../src/core/settings/WorkbookSettings.js";
import type { ActionExpectation, CorpusWorkbook, Meaning, Point, SheetDef } from "./CorpusWorkbook.js";

/** The as-of date of every corpus reading (README.md, "RAG rules"). */
export const CORPUS_AS_OF = "2025-01-15";

export type Reading =
  | {
      readonly kind: "read";
      readonly grid: WorkbookGrid;
      readonly check: WorkbookCheck;
      readonly rules: RagRules;
      /** The JSON report `validate --json` prints for the file. */
      readonly report: FileReport;
      readonly summaries: FileReport["plans"];
    }
  | { readonly kind: "unreadable"; readonly code: string; readonly message: string };

export async function readCorpusWorkbook(path: string): Promise<Reading> {
  try {
    const { check, grid } = await openPlanWorkbook(path, { files: [path], json: true, asOf: CORPUS_AS_OF, overrides: [] });
    const report = reportFor(path, CORPUS_AS_OF, check);
    return { kind: "read", grid, check, rules: readWorkbookSettings(grid).ragRules, report, summaries: report.plans };
  } catch (error) {
    if (error instanceof UnreadablePlanError) return { kind: "unreadable", code: error.code, message: error.message };
    throw error;
  }
}

export interface Assertion {
  /** Stable id: `<sheet>:<what>`, `flag:<code>@<sheet>!<cell>`, `count:<code>`, `clean:<sheet>!<cell>`. */
  readonly id: string;
  readonly points: readonly Point[];
  /** Throws (an assertion error) when the reading is not as expected. */
  readonly check: (reading: Reading, expect: Expect) => void;
}

/** Vitest's `expect`, passed in so this module stays free of the test runner. */
export type Expect = (actual: unknown, message?: string) => {
  toEqual(expected: unknown): void;
  toBe(expected: unknown): void;
  toContain(expected: unknown): void;
  toBeDefined(): void;
  toBeUndefined(): void;
  not: { toContain(expected: unknown): void; toBeDefined(): void };
};

function read(reading: Reading): Extract<Reading, { kind: "read" }> {
  if (reading.kind === "unreadable") throw new Error(`the workbook was not read as a plan: ${reading.code}: ${reading.message}`);
  return reading;
}

interface ExpectedAction extends ActionExpectation {
  readonly row: number;
}

function expectedActions(sheet: SheetDef): ExpectedAction[] {
  const actions: ExpectedAction[] = [];
  sheet.rows.forEach((row, index) => {
    if (!Array.isArray(row) && "expect" in row) actions.push({ row: index + 1, ...(row as { expect: ActionExpectation }).expect });
  });
  return actions;
}

/** The plan read from `sheet`: the one holding the first expected action (a sheet may hold several tables). */
function planOn(reading: Reading, sheet: SheetDef): Plan {
  const { check } = read(reading);
  const onSheet = check.plans.filter((plan) => plan.sheet === sheet.name);
  if (onSheet.length === 0) throw new Error(`no plan was found on sheet "${sheet.name}" (plans on: ${check.plans.map((p) => p.sheet).join(", ") || "none"})`);
  const first = expectedActions(sheet)[0]?.row ?? 0;
  return onSheet.find((plan) => plan.range.top <= first && first <= plan.range.bottom) ?? (onSheet[0] as Plan);
}

function meaningOf(state: string, declared: RagValue | null, status: string): Meaning {
  if (state === "Complete") return "complete";
  if (state === "Not started") return "not started";
  switch (declared) {
    case "Blue":
      return "complete";
    case "Green":
      return "on track";
    case "Amber/Green":
    case "Amber":
      return "slipping";
    case "Amber/Red":
    case "Red":
      return "off track";
    case "Grey":
      return "not started";
    case null:
      return status.trim() === "" ? "none" : "unknown";
  }
}

function tally<K extends string>(keys: readonly K[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

const NO_THEME = "(no theme)";

function planAssertions(def: CorpusWorkbook, sheet: SheetDef): Assertion[] {
  const plan = sheet.plan;
  if (!plan) return [];
  const points = def.points;
  const actions = expectedActions(sheet);
  const key = sheet.name;
  const out: Assertion[] = [
    {
      id: `${key}:header`,
      points,
      check: (reading, expect) => expect([...planOn(reading, sheet).headerRows], "header rows").toEqual([...plan.headerRows]),
    },
    {
      id: `${key}:actions`,
      points,
      check: (reading, expect) => expect(planOn(reading, sheet).actions.length, "number of actions").toBe(actions.length),
    },
    {
      id: `${key}:actionRows`,
      points,
      check: (reading, expect) => expect(planOn(reading, sheet).actions.map((a) => a.row), "rows read as actions").toEqual(actions.map((a) => a.row)),
    },
    {
      id: `${key}:columns`,
      points,
      check: (reading, expect) => {
        const found = planOn(reading, sheet);
        const mapped: Record<string, string> = {};
        for (const [field, column] of Object.entries(found.columns.fields)) mapped[field] = columnLetters(column as number);
        for (const [year, column] of Object.entries(found.columns.benefitYears)) mapped[`benefit:${year}`] = columnLetters(column);
        const wanted = Object.fromEntries(Object.keys(plan.columns).map((field) => [field, mapped[field]]));
        expect(wanted, "mapped columns").toEqual({ ...plan.columns });
        for (const field of plan.notMapped ?? []) expect(mapped[field], `${field} must not be mapped`).toBeUndefined();
      },
    },
    {
      id: `${key}:themes`,
      points,
      check: (reading, expect) => {
        const found = planOn(reading, sheet);
        expect(tally(found.actions.map((a) => a.theme ?? NO_THEME)), "actions per theme").toEqual(tally(actions.map((a) => a.theme ?? NO_THEME)));
      },
    },
    {
      id: `${key}:meanings`,
      points,
      check: (reading, expect) => {
        const { check, rules } = read(reading);
        const found = planOn(reading, sheet);
        const context = ragContext(found, rules, check.statuses);
        const meanings = found.actions.map((action) => {
          const facts = actionFacts(action, context);
          return meaningOf(facts.state, facts.declared, facts.status);
        });
        expect(tally(meanings), "status counts by meaning").toEqual(tally(actions.map((a) => a.meaning)));
      },
    },
    {
      id: `${key}:rag`,
      points,
      check: (reading, expect) => {
        const { check, rules } = read(reading);
        const found = planOn(reading, sheet);
        const context = ragContext(found, rules, check.statuses);
        const actual = Object.fromEntries(found.actions.map((action) => [action.row, computeRag(action, rules, CORPUS_AS_OF, context)]));
        expect(actual, `RAG per action row as at ${CORPUS_AS_OF}`).toEqual(Object.fromEntries(actions.map((a) => [a.row, a.rag])));
      },
    },
  ];
  if (actions.some((a) => a.ref !== undefined)) {
    out.push({
      id: `${key}:refs`,
      points,
      check: (reading, expect) => {
        const found = planOn(reading, sheet);
        const wanted = actions.filter((a) => a.ref !== undefined);
        const byRow = new Map(found.actions.map((a) => [a.row, a.ref]));
        expect(Object.fromEntries(wanted.map((a) => [a.row, byRow.get(a.row) ?? null])), "references as printed").toEqual(Object.fromEntries(wanted.map((a) => [a.row, a.ref])));
      },
    });
  }
  if (plan.themeList) {
    const themeList = plan.themeList;
    out.push({
      id: `${key}:themeList`,
      points,
      check: (reading, expect) => expect([...planOn(reading, sheet).themes].sort(), "the plan's themes, each once").toEqual([...themeList].sort()),
    });
  }
  if (plan.benefits) {
    const benefits = plan.benefits;
    out.push({
      id: `${key}:benefits`,
      points,
      check: (reading, expect) => {
        const { summaries } = read(reading);
        const found = planOn(reading, sheet);
        const summary = summaries.find((s) => s.sheet === found.sheet && s.range.startsWith(`${columnLetters(found.range.left)}${found.range.top}:`));
        expect(summary?.benefits?.byYear ?? null, "benefit totals by year, in the plan's unit").toEqual({ ...benefits });
      },
    });
  }
  if (plan.reportMentions) {
    const mentions = plan.reportMentions;
    out.push({
      id: `${key}:report`,
      points,
      check: (reading, expect) => {
        const { summaries } = read(reading);
        const found = planOn(reading, sheet);
        const summary = summaries.find((s) => s.sheet === found.sheet);
        const text = JSON.stringify(summary ?? {});
        for (const mention of mentions) expect(text, "the plan's JSON summary").toContain(mention);
      },
    });
  }
  return out;
}

/** Every assertion of one workbook, in a stable order. */
export function assertionsFor(def: CorpusWorkbook): Assertion[] {
  const out: Assertion[] = [
    {
      id: "plans",
      points: def.points,
      check: (reading, expect) => {
        const { check } = read(reading);
        const wanted = def.sheets.filter((s) => s.plan).map((s) => s.name);
        expect([...new Set(check.plans.map((p) => p.sheet))], "sheets holding a plan").toEqual(wanted);
      },
    },
  ];
  out.push({
    id: "reportSchema",
    points: [11],
    check: (reading, expect) => {
      const parsed = FileReportSchema.safeParse(read(reading).report);
      expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`), "the JSON report against its schema").toEqual([]);
    },
  });
  for (const sheet of def.sheets) out.push(...planAssertions(def, sheet));
  if (def.benefitsSheetMentions || def.benefitsSheetAvoids) {
    const mentions = def.benefitsSheetMentions ?? [];
    const avoids = def.benefitsSheetAvoids ?? [];
    out.push({
      id: "benefitsSheet",
      points: [5],
      check: (reading, expect) => {
        const { grid, check } = read(reading);
        const refresh = buildRefresh({ grid, check, asOf: CORPUS_AS_OF, refreshedAt: "15/01/2025 09:00", takeSnapshot: false });
        const benefits = refresh.specs.find((spec) => spec.role === "benefits");
        const text = JSON.stringify(benefits?.rows ?? null);
        for (const mention of mentions) expect(text, "the generated benefits sheet").toContain(mention);
        for (const avoid of avoids) expect(text, "the generated benefits sheet").not.toContain(avoid);
      },
    });
  }
  for (const flag of def.flags ?? []) {
    out.push({
      id: `flag:${flag.code}@${flag.sheet}!${flag.cell}`,
      points: [flag.point],
      check: (reading, expect) => {
        const { check } = read(reading);
        const atCell = check.issues.filter((i) => i.sheet === flag.sheet && i.cell === flag.cell);
        expect(atCell.map((i) => i.code), `issues at ${flag.sheet}!${flag.cell}`).toContain(flag.code);
        const issue = atCell.find((i) => i.code === flag.code);
        for (const words of flag.mentions ?? []) expect(`${issue?.message ?? ""} ${issue?.fix ?? ""}`, `the ${flag.code} message and fix`).toContain(words);
      },
    });
  }
  for (const count of def.flagCounts ?? []) {
    out.push({
      id: `count:${count.code}`,
      points: [count.point],
      check: (reading, expect) => {
        const { check } = read(reading);
        expect(check.issues.filter((i) => i.code === count.code).length, `number of ${count.code} issues`).toBe(count.count);
      },
    });
  }
  for (const clean of def.clean ?? []) {
    out.push({
      id: `clean:${clean.sheet}!${clean.cell}${clean.severity ? `:${clean.severity}` : ""}`,
      points: [clean.point],
      check: (reading, expect) => {
        const { check } = read(reading);
        const atCell = check.issues.filter((i) => i.sheet === clean.sheet && i.cell === clean.cell && (clean.severity === undefined || i.severity === clean.severity));
        expect(atCell.map((i) => `${i.severity} ${i.code}: ${i.message}`), `${clean.severity ?? "any"} issues at ${clean.sheet}!${clean.cell}`).toEqual([]);
      },
    });
  }
  return out;
}
