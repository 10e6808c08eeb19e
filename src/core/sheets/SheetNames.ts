/** Valid, collision-free names for generated sheets. */
import { EXCEL_LIMITS } from "./ExcelLimits.js";
import { GENERATED_SHEET_PREFIX } from "./GeneratedMarker.js";
import type { SheetRole } from "./SheetRole.js";
import { ROLE_SHEET_LABELS } from "./SheetRole.js";

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/** Why Excel would refuse this sheet name, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > EXCEL_LIMITS.sheetNameLength) return `"${name}" is longer than ${EXCEL_LIMITS.sheetNameLength} characters`;
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) return `"${name}" contains one of [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  if (name.toUpperCase() === "HISTORY") return `"History" is reserved by Excel`;
  return undefined;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

function cleanLabel(label: string): string {
  // Apostrophes are dropped too: ExcelJS writes print titles as '<name>'!$1:$3 without doubling them.
  return label.replace(/[[\]:*?/\\']/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The name for a new generated sheet: "PT " + the role's label (or `label`), and if that is taken
 * by one of `existingNames` (compared as Excel does, ignoring case), the first free "PT Summary (2)",
 * "(3)"… Never returns an existing name; always ≤ 31 characters, always valid.
 *
 * Pass the names of the sheets that stay — the officer's ({@link officerSheetNames}) plus any
 * names already chosen in this refresh — not the generated sheets about to be replaced, or the name
 * would drift to "(2)" on every refresh.
 */
export function sheetNameFor(role: SheetRole, existingNames: Iterable<string>, label?: string): string {
  const taken = new Set<string>();
  for (const name of existingNames) taken.add(name.toUpperCase());
  const cleaned = cleanLabel(label ?? ROLE_SHEET_LABELS[role]) || ROLE_SHEET_LABELS[role];
  const base = `${GENERATED_SHEET_PREFIX}${cleaned}`.slice(0, EXCEL_LIMITS.sheetNameLength).trimEnd();
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, EXCEL_LIMITS.sheetNameLength - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

/** Names for several generated sheets at once, distinct from each other and from `existingNames`. */
export function sheetNamesFor(
  requests: ReadonlyArray<{ readonly role: SheetRole; readonly label?: string }>,
  existingNames: Iterable<string>,
): string[] {
  const taken = [...existingNames];
  return requests.map(({ role, label }) => {
    const name = sheetNameFor(role, taken, label);
    taken.push(name);
    return name;
  });
}
