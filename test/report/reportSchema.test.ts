/**
 * The JSON report's new fields (column choices, status list, completion, learned words) are part of
 * the contract: checked by the zod schema, and by a standard JSON Schema validator (ajv) over the
 * schema zod exports, so consumers in other languages can rely on the same document.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkWorkbook, reportFor } from "../../src/core/checkWorkbook.js";
import { FileReportSchema } from "../../src/core/report/ValidationReport.js";
import { sheet, workbook } from "../support/grid.js";

const AS_OF = "2025-01-15";

function report() {
  const plan = sheet("Quarterly", [
    ["Ref", "Action", "Lead", "Due date", "Q1 RAG", "Q1 update", "Q2 RAG", "Q2 update", "% complete"],
    ["1", "Recruit", "HR", "March 2025", "G", "Advert out", "At risk", "Few applicants", 0.5],
    ["2", "Train", "HR", "March 2025", "G", "Booked", "Complete ✓", "Done", 1],
  ]);
  return reportFor("quarterly.xlsx", AS_OF, checkWorkbook(workbook({ ...plan, validations: [{ ranges: [{ top: 2, left: 7, bottom: 50, right: 7 }], items: ["G", "At risk", "Complete ✓"] }] }), { asOf: AS_OF }));
}

describe("the JSON report's column choices", () => {
  it("lists each mapped column with its heading, and the alternatives rejected and why", () => {
    const plan = FileReportSchema.parse(report()).plans[0]!;
    expect(plan.columns).toMatchObject({ status: "G", progress: "H" });
    expect(plan.columnChoices).toEqual([
      { field: "ref", column: "A", header: "Ref", rejected: [] },
      { field: "action", column: "B", header: "Action", rejected: [] },
      { field: "lead", column: "C", header: "Lead", rejected: [] },
      { field: "target", column: "D", header: "Due date", rejected: [] },
      {
        field: "status",
        column: "G",
        header: "Q2 RAG",
        why: "the latest period (Q2)",
        rejected: [{ column: "E", header: "Q1 RAG", reason: "previous-period", detail: '"Q1 RAG" is an earlier period (Q1) than "Q2 RAG" (Q2); kept as history.' }],
      },
      {
        field: "progress",
        column: "H",
        header: "Q2 update",
        why: "the update for the same period as the status (Q2)",
        rejected: [{ column: "F", header: "Q1 update", reason: "other-period", detail: '"Q1 update" is the update for another period than the status taken.' }],
      },
      { field: "percentComplete", column: "I", header: "% complete", rejected: [] },
    ]);
    expect(plan.statusList).toEqual({ words: ["G", "At risk", "Complete ✓"], source: null });
    expect(plan.completedBy).toEqual({ percentComplete: 1, dateCompleted: 0 });
    expect(plan.statusFromFill).toBe(0);
  });

  it("validates against the exported JSON Schema with ajv, and a report without the new fields still does", () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(z.toJSONSchema(FileReportSchema, { io: "input" }));
    const full = report();
    expect(validate(JSON.parse(JSON.stringify(full))), JSON.stringify(validate.errors)).toBe(true);
    const { learnedStatuses: _learned, ...older } = full;
    const olderPlans = older.plans.map(({ columnChoices: _c, statusList: _s, completedBy: _b, statusFromFill: _f, ...rest }) => rest);
    expect(validate(JSON.parse(JSON.stringify({ ...older, plans: olderPlans })))).toBe(true);
    const broken = JSON.parse(JSON.stringify(full));
    broken.plans[0].columnChoices[4].rejected[0].reason = "because";
    expect(validate(broken)).toBe(false);
  });
});
