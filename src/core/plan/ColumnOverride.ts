import { columnNumber } from "../grid/Address.js";
import { FIELD_KEYS, type FieldKey } from "./Plan.js";

/**
 * An officer's correction to the detected columns, from the CLI (`--map`) or kept in the workbook.
 * Written as text like `status=G, lead=D, benefit:2022/23=E, header=3` so it reads the same in both places.
 */
export interface ColumnOverride {
  /** Applies to this sheet only; all sheets when absent. */
  readonly sheet?: string;
  /** The header row, when the officer's headings use words we don't recognise. */
  readonly headerRow?: number;
  readonly fields: Partial<Record<FieldKey, number>>;
  readonly benefitYears: Readonly<Record<string, number>>;
}

export class ColumnOverrideError extends Error {
  override name = "ColumnOverrideError";
}

const FIELD_SET = new Set<string>(FIELD_KEYS);
/** Excel's last column is XFD (16,384); "ZZZ" reads as a column name but is not one. */
const EXCEL_COLUMNS = 16_384;

/** Parses `status=G, lead=D` (optionally prefixed `Sheet name!`). Throws ColumnOverrideError with a plain message. */
export function parseColumnOverride(text: string, sheet?: string): ColumnOverride {
  let body = text.trim();
  let sheetName = sheet;
  const bang = body.lastIndexOf("!");
  if (bang > 0) {
    sheetName = body.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    body = body.slice(bang + 1);
  }
  const fields: Partial<Record<FieldKey, number>> = {};
  const benefitYears: Record<string, number> = {};
  let headerRow: number | undefined;
  for (const part of body.split(/[,;]/)) {
    if (part.trim() === "") continue;
    const match = /^\s*([A-Za-z:/0-9]+)\s*=\s*([A-Za-z]{1,3}|\d+)\s*$/.exec(part);
    if (!match) {
      throw new ColumnOverrideError(`"${part.trim()}" is not of the form field=COLUMN (for example status=G).`);
    }
    const key = match[1] as string;
    const target = match[2] as string;
    if (key === "header") {
      if (!/^\d+$/.test(target)) throw new ColumnOverrideError(`header takes a row number, e.g. header=3.`);
      headerRow = Number(target);
      continue;
    }
    if (/^\d+$/.test(target)) throw new ColumnOverrideError(`"${key}" takes a column letter, e.g. ${key}=G.`);
    const column = columnNumber(target);
    if (column > EXCEL_COLUMNS) throw new ColumnOverrideError(`"${target.toUpperCase()}" is beyond Excel's last column, XFD.`);
    const year = /^benefit:(20\d{2}\/\d{2})$/.exec(key);
    if (year) {
      benefitYears[year[1] as string] = column;
    } else if (FIELD_SET.has(key)) {
      fields[key as FieldKey] = column;
    } else {
      throw new ColumnOverrideError(`"${key}" is not a column we know. Use one of: ${FIELD_KEYS.join(", ")}, benefit:YYYY/YY or header.`);
    }
  }
  return { ...(sheetName !== undefined ? { sheet: sheetName } : {}), ...(headerRow !== undefined ? { headerRow } : {}), fields, benefitYears };
}

export function overridesFor(sheet: string, overrides: readonly ColumnOverride[]): ColumnOverride[] {
  return overrides.filter((override) => override.sheet === undefined || override.sheet === sheet);
}
