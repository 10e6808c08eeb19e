/** Excel's limits, checked when a spec is built so no adapter ever meets them at write time. */
export const EXCEL_LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  sheetNameLength: 31,
  textLength: 32_767,
  formulaLength: 8_192,
  /** An inline validation list ("Red,Amber,Green") may be at most 255 characters. */
  inlineListLength: 255,
} as const;
