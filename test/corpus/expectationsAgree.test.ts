/**
 * The corpus checks itself. Every expected RAG written beside a row must follow from that row's own
 * dates and expected meaning by the rules in README.md ("RAG rules"). This catches a slip of the pen
 * in an expectation before it is blamed on the reader. Rows whose timescale is text ("Q3 24/25") are
 * left to the reader's tests; their RAG was worked out by hand from the README's timescale decisions.
 * And the generator is deterministic, so a failure can always be reproduced from the same file.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { columnNumber } from "../../src/core/grid/Address.js";
import type { RagValue } from "../../src/core/rag/RagValue.js";
import { CORPUS } from "./corpus.js";
import type { ActionExpectation, CellDef, Meaning } from "./CorpusWorkbook.js";
import { CORPUS_AS_OF } from "./corpusAssertions.js";
import { cellsOf, corpusWorkbookBytes } from "./writeCorpusWorkbook.js";

const SEVERITY: readonly RagValue[] = ["Grey", "Green", "Amber/Green", "Amber", "Amber/Red", "Red"];
const AMBER_DAYS = 30;

const DECLARED: Readonly<Record<Meaning, RagValue | null>> = {
  complete: "Blue",
  "on track": "Green",
  slipping: "Amber",
  "off track": "Red",
  "not started": "Grey",
  unknown: null,
  none: null,
};

function dateOf(cell: CellDef): Date | null | "text" {
  const value = typeof cell === "object" && cell !== null && !(cell instanceof Date) ? cell.v : cell;
  if (value instanceof Date) return value;
  if (value === null || value === undefined || value === "") return null;
  return "text";
}

/** The RAG the README's rules give, from the expected meaning and the due date. */
function ruleRag(expected: ActionExpectation, due: Date | null): RagValue {
  if (expected.meaning === "complete") return "Blue";
  const asOf = new Date(`${CORPUS_AS_OF}T00:00:00Z`);
  let dates = 0;
  if (due !== null) {
    const days = Math.round((due.getTime() - asOf.getTime()) / 86_400_000);
    if (days < 0) dates = SEVERITY.indexOf("Red");
    else if (expected.meaning !== "not started") dates = SEVERITY.indexOf(days <= AMBER_DAYS ? "Amber" : "Green");
  }
  const declared = DECLARED[expected.meaning];
  const word = declared === null || declared === "Blue" ? 0 : SEVERITY.indexOf(declared);
  return SEVERITY[Math.max(dates, word)] as RagValue;
}

describe("every expected RAG follows from its row by the written rules", () => {
  for (const def of CORPUS) {
    it(def.name, () => {
      let checked = 0;
      for (const sheet of def.sheets) {
        const columns = sheet.plan?.columns;
        if (!columns) continue;
        sheet.rows.forEach((row, index) => {
          if (Array.isArray(row) || !("expect" in row)) return;
          const expected = (row as { expect: ActionExpectation }).expect;
          const cells = cellsOf(row);
          const at = (letter: string | undefined): CellDef => (letter ? cells[columnNumber(letter) - 1] : undefined);
          const revised = dateOf(at(columns.revisedTarget));
          const original = dateOf(at(columns.target));
          if (revised === "text" || (revised === null && original === "text")) return;
          const due = revised ?? (original === "text" ? null : original);
          expect(expected.rag, `${sheet.name} row ${index + 1}`).toBe(ruleRag(expected, due));
          checked++;
        });
      }
      if (!def.name.startsWith("timescales-")) expect(checked, "rows checked").toBeGreaterThan(0);
    });
  }
});

describe("the generator", () => {
  it("is deterministic: the same definition gives the same package, byte for byte", async () => {
    const hash = async (def: (typeof CORPUS)[number]) => createHash("sha256").update(await corpusWorkbookBytes(def)).digest("hex");
    const differ: string[] = [];
    for (const def of CORPUS) if ((await hash(def)) !== (await hash(def))) differ.push(def.name);
    expect(differ).toEqual([]);
  });
});
