import { unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { openPlanWorkbook } from "../../src/cli/openPlanWorkbook.js";
import type { RefreshArgs } from "../../src/cli/parseArgs.js";
import { buildRefresh, type RefreshOutput } from "../../src/core/refresh/buildRefresh.js";
import { runCli } from "../../src/cli/runCli.js";

export const NOW = new Date(2026, 10, 24, 15, 4, 5);

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), now: () => NOW });
  return { code, out, err };
}

/** The index parts a refresh may change; every other part of the officer's must come back byte-identical. */
export const INDEX_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml", "xl/styles.xml"] as const;

export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a).equals(Buffer.from(b));
}

/** Officer parts missing or changed in `after` (index parts and `alsoChanged` excepted). */
export function changedOfficerParts(before: Uint8Array, after: Uint8Array, alsoChanged: readonly string[] = []): string[] {
  const a = partsOf(before);
  const b = partsOf(after);
  const allowed = new Set<string>([...INDEX_PARTS, ...alsoChanged]);
  const problems: string[] = [];
  for (const [name, content] of a) {
    if (allowed.has(name)) continue;
    const other = b.get(name);
    if (!other) problems.push(`${name}: missing`);
    else if (!same(content, other)) problems.push(`${name}: changed`);
  }
  return problems;
}

/** The specs and RAG columns `refresh` builds for a file (what the CLI writes), for checking its formulas. */
export async function refreshOutputFor(file: string, asOf: string): Promise<RefreshOutput> {
  const args: RefreshArgs = { files: [file], json: true, asOf, overrides: [], output: undefined, inPlace: false, snapshot: false, addRagColumn: true };
  const { grid, check } = await openPlanWorkbook(file, args);
  return buildRefresh({ grid, check, asOf, refreshedAt: "24/11/2026 15:04", takeSnapshot: false });
}

export async function readWithExcelJs(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
