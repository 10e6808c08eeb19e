/**
 * `--add-rag-column` edits only the plan sheet's XML for that one column: its cells, one block of
 * conditional formats and its width. Everything else in the sheet — the officer's cells, tables,
 * x14 validations, filters, drawings — and every other officer part is unchanged, and LibreOffice
 * computes the column's formulas to the core's RAG values.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { columnLetters } from "../../src/core/grid/Address.js";
import { disagreements, errorCells } from "../refresh/refreshSupport.js";
import { recalculate, requireLibreOffice } from "../support/libreoffice.js";
import { CORPUS } from "./corpus/corpus.js";
import { zipParts } from "./corpus/buildWorkbook.js";
import { changedOfficerParts, cli, partsOf, readWithExcelJs, refreshOutputFor } from "./packageSupport.js";

const AS_OF = "2025-11-24";
const PLAN_PART = "xl/worksheets/sheet1.xml";
const root = mkdtempSync(join(tmpdir(), "pt-package-rag-"));
const gate = requireLibreOffice();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The sheet XML without column `letters`' cells, formats and width, and without the hints a new column moves (spans, dimension). */
function withoutColumn(xml: string, letters: string, column: number): string {
  return xml
    .replace(new RegExp(`<c r="${letters}\\d+"[^>]*?(/>|>.*?</c>)`, "g"), "")
    .replace(new RegExp(`<conditionalFormatting sqref="${letters}\\d+:${letters}\\d+">.*?</conditionalFormatting>`, "g"), "")
    .replace(new RegExp(`<col min="${column}" max="${column}"[^>]*/>`, "g"), "")
    .replace(/<cols><\/cols>/g, "")
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<dimension ref="[^"]*"\/>/, "");
}

const ENTRIES = ["x14-validations.xlsx", "table-filter-buttons.xlsx", "autofilter-criteria.xlsx", "shapes-alt-text.xlsx", "threaded-comments.xlsx", "date-validations.xlsx"];

describe.each(CORPUS.filter((e) => ENTRIES.includes(e.file)))("--add-rag-column on $file", (entry) => {
  const original = zipParts(entry.parts());

  it("changes only the plan sheet, and in it only the one column, one conditional format block and its width; a repeat refresh rewrites the same", async () => {
    const input = join(root, `${entry.file}`);
    writeFileSync(input, original);
    const output = join(root, `rag-${entry.file}`);
    const { code, out } = await cli("refresh", input, "-o", output, "--as-of", AS_OF, "--add-rag-column", "--json");
    expect(code).toBeLessThan(2);
    const column = JSON.parse(out).output.ragColumns[0] as { sheet: string; column: string };
    expect(column).toEqual({ sheet: "Action plan", column: "F" });
    const written = new Uint8Array(readFileSync(output));
    expect(changedOfficerParts(original, written, [PLAN_PART])).toEqual([]);

    const before = strFromU8(partsOf(original).get(PLAN_PART) as Uint8Array);
    const after = strFromU8(partsOf(written).get(PLAN_PART) as Uint8Array);
    expect(after).not.toBe(before);
    expect(after.match(/<conditionalFormatting sqref="F\d+:F\d+">/g)).toHaveLength(1);
    expect(after.match(/<c r="F\d+"/g)?.length).toBe(7);
    expect(withoutColumn(after, "F", 6)).toBe(withoutColumn(before, "F", 6));

    const again = join(root, `rag-again-${entry.file}`);
    await cli("refresh", output, "-o", again, "--as-of", AS_OF, "--add-rag-column");
    const twice = strFromU8(partsOf(new Uint8Array(readFileSync(again))).get(PLAN_PART) as Uint8Array);
    expect(twice.match(/<conditionalFormatting sqref="F\d+:F\d+">/g)).toHaveLength(1);
    expect(withoutColumn(twice, "F", 6)).toBe(withoutColumn(before, "F", 6));
  });

  it.skipIf(!gate.available)(`LibreOffice computes the column to the core's RAG values${gate.available ? "" : ` — skipped: ${gate.reason}`}`, async () => {
    const input = join(root, `lo-${entry.file}`);
    writeFileSync(input, original);
    const output = join(root, `lo-rag-${entry.file}`);
    await cli("refresh", input, "-o", output, "--as-of", AS_OF, "--add-rag-column");
    const expected = await refreshOutputFor(input, AS_OF);
    const rag = expected.ragColumns[0];
    if (!rag) throw new Error("no RAG column");
    const back = await readWithExcelJs(await recalculate(output, { tempRoot: root }));
    const expectations = rag.cells.map((cell) => ({ sheet: rag.sheet, address: `${columnLetters(rag.column)}${cell.row}`, formula: cell.formula, expected: cell.expected }));
    expect(new Set(expectations.map((e) => e.expected)).size).toBeGreaterThan(1);
    expect(disagreements(back, expectations)).toEqual([]);
    expect(errorCells(back, [rag.sheet])).toEqual([]);
  }, 120_000);
});
