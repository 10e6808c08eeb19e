/**
 * A plan whose every action row has its Action merged across two columns (C:D), as officers lay
 * out wide text — one merged range per row — written as hand-made OOXML (inline strings), so no
 * library's writer or reader is involved in building it.
 */
import { handWrittenXlsx, inlineCell, MAIN, REL } from "../test/xlsxRead/handWritten.js";

const HEADER = ["Ref", "Theme", "Action", "", "Lead officer", "Target date", "Status"];
const STATUSES = ["Completed", "On track", "Some slippage", "Major slippage", "Not started"];

export function mergedPlanXlsx(actions: number): Buffer {
  const rows: string[] = [];
  const merges: string[] = [];
  rows.push(`<row r="1">${HEADER.map((text, i) => inlineCell(`${"ABCDEFG"[i]}1`, text === "" ? null : text)).join("")}</row>`);
  merges.push(`<mergeCell ref="C1:D1"/>`);
  for (let index = 0; index < actions; index++) {
    const r = index + 2;
    const values = [`${Math.floor(index / 100) + 1}.${(index % 100) + 1}`, index % 100 === 0 ? `Theme ${Math.floor(index / 100) + 1}` : null, `Deliver improvement action ${index + 1}`, null, `Head of Service ${index % 23}`, "March 2026", STATUSES[index % STATUSES.length] ?? null];
    rows.push(`<row r="${r}">${values.map((value, i) => inlineCell(`${"ABCDEFG"[i]}${r}`, value)).join("")}</row>`);
    merges.push(`<mergeCell ref="C${r}:D${r}"/>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData><mergeCells count="${merges.length}">${merges.join("")}</mergeCells></worksheet>`;
  return handWrittenXlsx({ sheets: [{ name: "Plan", xml }] });
}

/** A sheet of nothing but merged ranges (50,000 two-cell merges down column A:B) and one title. */
export function mergesOnlyXlsx(count: number): Buffer {
  const merges: string[] = [];
  for (let i = 0; i < count; i++) merges.push(`<mergeCell ref="A${i + 2}:B${i + 2}"/>`);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1">${inlineCell("A1", "Notes")}</row></sheetData><mergeCells count="${count}">${merges.join("")}</mergeCells></worksheet>`;
  return handWrittenXlsx({ sheets: [{ name: "Merged", xml }] });
}
