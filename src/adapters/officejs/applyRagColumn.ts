/**
 * The calculated RAG column on the officer's own plan sheet — the one change to their sheet we ever
 * make, and only when they ask. The Office.js twin of `adapters/exceljs/applyRagColumn.ts`.
 *
 * The column is one the plan leaves empty (or the one an earlier refresh added). Header cells get the
 * header text in the font of the cell to their left, bold; action rows get their formula (number
 * format General first, so a column the officer formatted as Text still calculates); the RAG words
 * get their colours; the column is widened to 14 characters if narrower. Nothing else is touched.
 */
import { columnLetters, rangeAddress } from "../../core/grid/Address.js";
import type { RagColumnSpec } from "../../core/refresh/buildRefresh.js";
import { columnWidthToPoints } from "../../core/sheets/SheetSpec.js";
import { protectedSheetError, withHostErrors } from "./officeErrors.js";
import { COMMAND_OVERHEAD_BYTES, DEFAULT_REQUEST_BUDGET_BYTES, jsonBytes, runInRequests, type RequestUnit } from "./requests.js";
import { FEATURES, FeatureSupport, defaultIsSetSupported, type IsSetSupported } from "./requirements.js";
import type { SkippedFeature } from "./renderSheetSpecs.js";
import { applyConditionalStyle } from "./styleWrites.js";

export interface ApplyRagColumnOptions {
  readonly isSetSupported?: IsSetSupported;
  readonly requestBudgetBytes?: number;
}

export interface ApplyRagColumnResult {
  readonly skippedFeatures: readonly SkippedFeature[];
  /** All `context.sync()` calls: one to look, then the write requests. */
  readonly syncs: number;
}

const MIN_WIDTH_CHARACTERS = 14;

/**
 * Text for a cell whose number format we leave alone (the officer's sheet): anything Excel could read
 * as a formula, number or logical value gets the apostrophe prefix, which Excel drops and keeps the
 * rest as text.
 */
export function literalText(text: string): string {
  return /^[=+\-@']/.test(text) || /^\s*[-+]?(\d|\.\d)/.test(text) || /^(true|false)$/i.test(text.trim()) ? `'${text}` : text;
}

/**
 * Queues the loads applyRagColumn needs before writing: the sheet's protection, the fonts of the
 * header cells' left neighbours and the column's width.
 */
function lookAtPlanSheet(sheet: Excel.Worksheet, column: RagColumnSpec): { protection: Excel.WorksheetProtection; neighbourFonts: Excel.RangeFont[]; columnFormat: Excel.RangeFormat } {
  const protection = sheet.protection;
  protection.load("protected");
  const neighbourFonts = column.headerRows.map((row) => {
    const font = sheet.getCell(row - 1, Math.max(0, column.column - 2)).format.font;
    font.load("name,size,color,italic");
    return font;
  });
  const letter = columnLetters(column.column);
  const columnFormat = sheet.getRange(`${letter}:${letter}`).format;
  columnFormat.load("columnWidth");
  return { protection, neighbourFonts, columnFormat };
}

/** Writes the RAG column described by `column` into the officer's plan sheet. */
export async function applyRagColumn(context: Excel.RequestContext, column: RagColumnSpec, options: ApplyRagColumnOptions = {}): Promise<ApplyRagColumnResult> {
  return withHostErrors("writing", async () => {
    const features = new FeatureSupport(options.isSetSupported ?? defaultIsSetSupported());
    const budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
    const letter = columnLetters(column.column);

    // Look: protection, the fonts of the header cells' left neighbours, the column's width.
    // A missing sheet fails here with ItemNotFound, explained by withHostErrors.
    const sheet = context.workbook.worksheets.getItem(column.sheet);
    const { protection, neighbourFonts, columnFormat } = lookAtPlanSheet(sheet, column);
    await context.sync();
    if (protection.protected) throw protectedSheetError(column.sheet);

    const units: RequestUnit[] = [];
    units.push({
      bytes: column.headerRows.length * 6 * COMMAND_OVERHEAD_BYTES,
      queue: () => {
        column.headerRows.forEach((row, i) => {
          const cell = sheet.getCell(row - 1, column.column - 1);
          const neighbour = neighbourFonts[i];
          if (neighbour) {
            cell.format.font.name = neighbour.name;
            cell.format.font.size = neighbour.size;
            cell.format.font.color = neighbour.color;
            cell.format.font.italic = neighbour.italic;
          }
          cell.format.font.bold = true;
          cell.values = [[literalText(column.header)]];
        });
      },
    });

    // The formulas: one block per run of rows, null (unchanged) on rows that are not actions.
    const byRow = new Map(column.cells.map((cell) => [cell.row, cell.formula]));
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    let start = 0;
    while (start < rows.length) {
      const top = rows[start] as number;
      let bytes = 2 * COMMAND_OVERHEAD_BYTES;
      const formats: Array<[string | null]> = [];
      const formulas: Array<[string | null]> = [];
      let row = top;
      let i = start;
      while (i < rows.length && (formulas.length === 0 || bytes < budget / 2)) {
        const formula = byRow.get(row);
        formats.push([formula === undefined ? null : "General"]);
        formulas.push([formula === undefined ? null : `=${formula}`]);
        bytes += formula === undefined ? 10 : jsonBytes(formula) + 14;
        if (formula !== undefined) i++;
        row++;
      }
      const blockTop = top;
      units.push({
        bytes,
        queue: () => {
          const range = sheet.getRangeByIndexes(blockTop - 1, column.column - 1, formulas.length, 1);
          range.numberFormat = formats;
          range.formulas = formulas;
        },
      });
      start = i;
    }

    const skippedFeatures: SkippedFeature[] = [];
    if (column.conditionalFormats.length > 0) {
      if (!features.has("conditionalFormats")) {
        const f = FEATURES.conditionalFormats;
        skippedFeatures.push({ feature: "conditionalFormats", label: f.label, requirementSet: `${f.set} ${f.version}`, sheets: [column.sheet] });
      } else {
        units.push({
          bytes: (column.conditionalFormats.length * 8 + 1) * COMMAND_OVERHEAD_BYTES,
          queue: () => {
            // Ours from an earlier refresh are replaced, not piled up.
            const cleared = new Set<string>();
            for (const cf of column.conditionalFormats) {
              const address = rangeAddress(cf.range);
              if (!cleared.has(address)) {
                sheet.getRange(address).conditionalFormats.clearAll();
                cleared.add(address);
              }
            }
            column.conditionalFormats.forEach((cf, priority) => {
              const target = sheet.getRange(rangeAddress(cf.range));
              if (cf.kind === "textEquals") {
                const format = target.conditionalFormats.add("CellValue");
                format.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
                applyConditionalStyle(format.cellValue.format, column.styles[cf.style]);
                format.priority = priority;
              } else {
                const format = target.conditionalFormats.add("Custom");
                format.custom.rule.formula = `=${cf.formula}`;
                applyConditionalStyle(format.custom.format, column.styles[cf.style]);
                format.priority = priority;
              }
            });
          },
        });
      }
    }

    const minimum = columnWidthToPoints(MIN_WIDTH_CHARACTERS);
    if (!(columnFormat.columnWidth >= minimum - 0.01)) {
      units.push({
        bytes: 2 * COMMAND_OVERHEAD_BYTES,
        queue: () => {
          sheet.getRange(`${letter}:${letter}`).format.columnWidth = minimum;
        },
      });
    }

    const requests = await runInRequests(context, units, {
      budgetBytes: budget,
      startRequest: () => {
        if (features.has("suspendCalculation")) context.application.suspendApiCalculationUntilNextSync();
      },
    });
    return { skippedFeatures, syncs: 1 + requests };
  });
}
