/** Excel's limits, checked when a spec is built so no adapter ever meets them at write time. */
export const EXCEL_LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  sheetNameLength: 31,
  textLength: 32_767,
  formulaLength: 8_192,
  /** Functions nested inside one another in a formula ("Excel specifications and limits": 64 levels). */
  formulaNesting: 64,
  /** An inline validation list ("Red,Amber,Green") may be at most 255 characters. */
  inlineListLength: 255,
} as const;

/**
 * How deeply the brackets of `formula` nest, outside string literals: an upper bound on its function
 * nesting (a bracket that only groups counts too). Scans only formulas with more than `limit` opening
 * brackets, so checking every generated formula stays cheap.
 */
export function formulaNestingAbove(formula: string, limit: number): number | null {
  let opening = 0;
  for (let at = formula.indexOf("("); at !== -1; at = formula.indexOf("(", at + 1)) if (++opening > limit) break;
  if (opening <= limit) return null;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula.charCodeAt(i);
    if (c === 34) inString = !inString; // '"': a doubled quote inside a string toggles twice
    else if (inString) continue;
    else if (c === 40 && ++depth > deepest) deepest = depth;
    else if (c === 41) depth--;
  }
  return deepest > limit ? deepest : null;
}
