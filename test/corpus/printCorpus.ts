/**
 * Prints, for each corpus workbook (or those named), the assertions that fail against the current
 * reader and why — the quickest way to see what a reader change fixed or broke:
 *   npx tsx test/corpus/printCorpus.ts [name…]
 * Writes the workbooks to a temporary folder (kept, and printed, so they can be opened in Excel).
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS } from "./corpus.js";
import { assertionsFor, readCorpusWorkbook, type Expect } from "./corpusAssertions.js";
import { writeCorpus } from "./writeCorpusWorkbook.js";

function plainExpect(actual: unknown, message?: string): ReturnType<Expect> {
  const fail = (what: string, expected: unknown): never => {
    throw new Error(`${message ?? ""}: ${what}\n    expected ${JSON.stringify(expected)}\n    actual   ${JSON.stringify(actual)}`);
  };
  const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    toEqual: (expected) => (equal(actual, expected) ? undefined : fail("not equal", expected)),
    toBe: (expected) => (actual === expected ? undefined : fail("not the same", expected)),
    toContain: (expected) => ((actual as string | unknown[]).includes(expected as never) ? undefined : fail("does not contain", expected)),
    toBeDefined: () => (actual !== undefined ? undefined : fail("undefined", "a value")),
    toBeUndefined: () => (actual === undefined ? undefined : fail("defined", undefined)),
    not: {
      toContain: (expected) => ((actual as string | unknown[]).includes(expected as never) ? fail("contains", expected) : undefined),
      toBeDefined: () => (actual === undefined ? undefined : fail("defined", undefined)),
    },
  };
}

const names = process.argv.slice(2);
const dir = await mkdtemp(join(tmpdir(), "pt-corpus-print-"));
console.log(`workbooks in ${dir}`);
const chosen = CORPUS.filter((d) => names.length === 0 || names.includes(d.name));
const paths = await writeCorpus(chosen, dir);
for (const def of chosen) {
  const reading = await readCorpusWorkbook(paths.get(def.name) as string);
  const failures: string[] = [];
  for (const assertion of assertionsFor(def)) {
    try {
      assertion.check(reading, plainExpect as unknown as Expect);
    } catch (error) {
      failures.push(`  ✗ ${assertion.id}: ${(error as Error).message}`);
    }
  }
  console.log(`${def.name}: ${failures.length === 0 ? "all pass" : `${failures.length} failing`}`);
  for (const line of failures) console.log(line);
}
