/**
 * Properties of Refresh summary's core (sheet-spec generation) over random workbooks
 * (test/support/arbitraries.ts): it never throws, it is deterministic, every formula it writes
 * refers only to cells that exist (formulaReferences.ts says what "exists" means), the officer's
 * cells are never written over, and text copied from the plan stays text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkWorkbook, type WorkbookCheck } from "../../src/core/checkWorkbook.js";
import { isBlankValue } from "../../src/core/grid/Cell.js";
import { cellAt, type WorkbookGrid } from "../../src/core/grid/SheetGrid.js";
import type { Plan } from "../../src/core/plan/Plan.js";
import { buildRefresh, RAG_COLUMN_HEADER, type RefreshOutput } from "../../src/core/refresh/buildRefresh.js";
import { EXCEL_LIMITS, expandFormulaRuns, generatedRoleOf, officerSheetNames, text, validateSheetSpec, type SheetSpec } from "../../src/core/sheets/SheetSpec.js";
import { withoutTags } from "../../src/core/live/liveCells.js";
import { assertProperty, workbookCase } from "../support/arbitraries.js";
import { checkReferences, formulaTextProblems, universeOf, type FormulaSite } from "./formulaReferences.js";

const REFRESHED_AT = "24/11/2026 15:04";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function refresh(grid: WorkbookGrid, asOf: string, takeSnapshot: boolean): { check: WorkbookCheck; output: RefreshOutput } {
  const check = checkWorkbook(grid, { asOf, isGeneratedSheet: (sheet) => generatedRoleOf(sheet) !== undefined });
  return { check, output: buildRefresh({ grid, check, asOf, refreshedAt: REFRESHED_AT, takeSnapshot }) };
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** Every formula the refresh writes, with where it sits: cells, expression formats, list sources, the RAG column. */
function formulaSites(output: RefreshOutput): FormulaSite[] {
  const sites: FormulaSite[] = [];
  for (const spec of output.specs.map(expandFormulaRuns)) {
    spec.rows.forEach((row, r) =>
      row?.cells.forEach((cell, c) => {
        if (cell?.kind === "formula") sites.push({ sheet: spec.name, row: r + 1, column: c + 1, formula: cell.formula });
      }),
    );
    for (const cf of spec.conditionalFormats) {
      if (cf.kind === "expression") sites.push({ sheet: spec.name, row: cf.range.top, column: cf.range.left, formula: cf.formula });
    }
    for (const v of spec.validations) {
      if ("source" in v.allowed) sites.push({ sheet: spec.name, row: v.range.top, column: v.range.left, formula: v.allowed.source });
    }
  }
  for (const rag of output.ragColumns) {
    for (const cell of rag.cells) sites.push({ sheet: rag.sheet, row: cell.row, column: rag.column, formula: cell.formula });
  }
  return sites;
}

function specProblems(grid: WorkbookGrid, output: RefreshOutput): string[] {
  const problems: string[] = [];
  const officer = officerSheetNames(grid).map((name) => name.toUpperCase());
  const seen = new Set<string>();
  for (const spec of output.specs) {
    const key = spec.name.toUpperCase();
    if (seen.has(key)) problems.push(`two generated sheets are called "${spec.name}"`);
    if (officer.includes(key)) problems.push(`"${spec.name}" would replace an officer's sheet`);
    seen.add(key);
    problems.push(...validateSheetSpec(spec).map((p) => `${spec.name}: ${p}`));
    // Text a workbook can hold: no lone surrogates (half an emoji cut off by a truncation).
    const texts = [
      ...expandFormulaRuns(spec).rows.flatMap((row) => (row?.cells ?? []).flatMap((cell) => (cell?.kind === "text" ? [cell.text] : cell?.kind === "formula" && typeof cell.expected === "string" ? [cell.expected] : []))),
      ...[spec.print?.header, spec.print?.footer].flatMap((part) => (part ? [part.left ?? "", part.center ?? "", part.right ?? ""] : [])),
    ];
    for (const t of texts) if (LONE_SURROGATE.test(t)) problems.push(`${spec.name}: text with half a surrogate pair "${t.slice(0, 40)}"`);
  }
  return problems;
}

/** The RAG column goes where the plan has nothing: its cells are empty, or hold our own column from an earlier refresh. */
function ragColumnProblems(grid: WorkbookGrid, output: RefreshOutput): string[] {
  const problems: string[] = [];
  for (const rag of output.ragColumns) {
    const sheet = grid.sheets.find((s) => s.name === rag.sheet);
    if (!sheet) {
      problems.push(`RAG column for missing sheet ${rag.sheet}`);
      continue;
    }
    if (rag.column > EXCEL_LIMITS.columns) problems.push(`RAG column ${rag.column} is beyond Excel's last column`);
    for (const cf of rag.conditionalFormats) {
      const { top, left, bottom, right } = cf.range;
      const valid = [top, left, bottom, right].every(Number.isInteger) && top >= 1 && top <= bottom && bottom <= EXCEL_LIMITS.rows && left >= 1 && left <= right && right <= EXCEL_LIMITS.columns;
      if (!valid) problems.push(`RAG column format range ${JSON.stringify(cf.range)} on ${rag.sheet} is not a range of cells`);
    }
    const ours = rag.headerRows.some((row) => cellAt(sheet, row, rag.column)?.value === RAG_COLUMN_HEADER);
    if (ours) continue;
    for (const row of [...rag.headerRows, ...rag.cells.map((c) => c.row)]) {
      const cell = cellAt(sheet, row, rag.column);
      if (cell && !(isBlankValue(cell.value) && cell.formula === undefined)) problems.push(`RAG column would overwrite ${rag.sheet} row ${row} column ${rag.column}`);
      // Writing into a merged area writes its top-left cell: the officer's.
      const merge = sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= rag.column && rag.column <= m.right);
      if (merge) problems.push(`RAG column would write into the merged cells ${JSON.stringify(merge)} of ${rag.sheet} at row ${row}`);
    }
  }
  return problems;
}

/** The description field a committee table shows (as actionCells.ts: action, else outcome, else recommendation). */
const DESCRIPTION_FIELDS = ["action", "outcome", "recommendation"] as const;

/**
 * Text the committee table copies from the plan that Excel would take for a formula if written
 * carelessly: plain strings (no HTML, which is shown cleaned) starting with = + - @. Fitted to Excel's
 * cell limit as the spec does.
 */
function formulaLikeTexts(plan: Plan): string[] {
  const description = DESCRIPTION_FIELDS.find((field) => plan.columns.fields[field] !== undefined);
  const fields = [description, "lead", "progress", "stage", "serviceArea"] as const;
  const found: string[] = [];
  for (const action of plan.actions) {
    for (const field of fields) {
      if (field === undefined || plan.columns.fields[field] === undefined) continue;
      const raw = action.cells[field]?.raw;
      if (typeof raw === "string" && /^[=+\-@]/.test(raw) && !/[<&]/.test(raw)) found.push(text(raw).text);
    }
  }
  return found;
}

function cellsOf(specs: readonly SheetSpec[]): Array<{ sheet: string; kind: string; content: string; shows?: string }> {
  const out: Array<{ sheet: string; kind: string; content: string; shows?: string }> = [];
  for (const spec of specs.map(expandFormulaRuns)) {
    for (const row of spec.rows) {
      for (const cell of row?.cells ?? []) {
        if (cell?.kind === "text") out.push({ sheet: spec.name, kind: "text", content: cell.text });
        if (cell?.kind === "formula") out.push({ sheet: spec.name, kind: "formula", content: cell.formula, ...(typeof cell.expected === "string" ? { shows: cell.expected } : {}) });
      }
    }
  }
  return out;
}

describe("Refresh summary's sheet specs on random workbooks (property)", () => {
  it("never throws, is deterministic, writes valid specs, never takes an officer's sheet name or cell, and every formula refers to cells that exist", () => {
    const checked = { formulas: 0, references: 0, toOfficerSheets: 0 };
    assertProperty(
      fc.property(workbookCase, fc.boolean(), ({ grid, asOf }, takeSnapshot) => {
        const { check, output } = refresh(grid, asOf, takeSnapshot);
        fc.pre(check.plans.length > 0);
        const again = refresh(structuredClone(grid), asOf, takeSnapshot);
        expect(plain(again.output)).toEqual(plain(output));

        expect(specProblems(grid, output)).toEqual([]);
        expect(ragColumnProblems(grid, output)).toEqual([]);
        const universe = universeOf(grid, output.specs, check.plans);
        const problems: string[] = [];
        for (const site of formulaSites(output)) {
          const { problems: wrong, references } = checkReferences(site, universe);
          problems.push(...formulaTextProblems(site), ...wrong);
          checked.formulas++;
          checked.references += references.length;
          checked.toOfficerSheets += references.filter((ref) => universe.officer.has(ref.sheet ?? site.sheet)).length;
        }
        expect([...new Set(problems)].slice(0, 5)).toEqual([]);
      }),
      // 200 cases: each refresh now also writes a plan-rows sheet of ~20 formulas per plan row (and
      // 50 spare rows), and every reference in them is checked — 2,000 cases took over ten minutes.
      { numRuns: 200 },
    );
    // The check is not vacuous: thousands of formulas, and references to both kinds of sheet, were read.
    expect(checked.formulas).toBeGreaterThan(10_000);
    expect(checked.toOfficerSheets).toBeGreaterThan(1_000);
    expect(checked.references - checked.toOfficerSheets).toBeGreaterThan(1_000);
  }, 600_000);

  it("keeps text copied from the plan as text: a note starting with = + - @ is shown as text, never written as a formula", () => {
    assertProperty(
      fc.property(workbookCase, ({ grid, asOf }) => {
        const { check, output } = refresh(grid, asOf, false);
        const expected = check.plans.flatMap(formulaLikeTexts);
        fc.pre(expected.length > 0);
        const committee = cellsOf(output.specs.filter((spec) => spec.role === "committee"));
        const everywhere = cellsOf(output.specs);
        for (const wanted of expected) {
          // The committee reads each note live with INDEX(…)&"", a formula whose result is always text.
          // In a plan with web markup the committee also strips tags and trims (withoutTags).
          const shown = committee.some(
            (cell) => (cell.kind === "text" && cell.content === wanted) || (cell.kind === "formula" && cell.content.includes(')&""') && (cell.shows === wanted || cell.shows === withoutTags(wanted))),
          );
          expect(shown, `"${wanted.slice(0, 60)}" shown as text in a committee table`).toBe(true);
          const asFormula = everywhere.find((cell) => cell.kind === "formula" && (cell.content === wanted || `=${cell.content}` === wanted));
          expect(asFormula, `"${wanted.slice(0, 60)}" written as a formula`).toBeUndefined();
        }
      }),
      { numRuns: 1000 },
    );
  }, 600_000);
});
