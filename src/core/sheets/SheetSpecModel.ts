import type { CellRange } from "../grid/Address.js";
import type { SheetVisibility } from "../grid/SheetGrid.js";
import type { CellStyle, HexColor } from "./CellStyle.js";
import type { ChartSpec } from "./ChartSpec.js";
import type { FormulaRun } from "./FormulaRun.js";
import type { PrintSetup } from "./PrintSetup.js";
import type { ColumnSpec, ConditionalFormat, ListValidation, RowSpec, TableRegion } from "./SheetFeatures.js";
import type { SheetRole } from "./SheetRole.js";

/**
 * Sheet specs: a declarative, plain-data description of one generated worksheet — cell contents,
 * named styles, column widths, merges, frozen panes, conditional formats, validation lists, print
 * setup and an optional Excel table.
 *
 * The core builds specs from its analysis; two thin adapters render them: ExcelJS (files, the
 * command line and tests) and Office.js (live Excel). Nothing here knows about either library, and
 * every rule that decides what ends up in the workbook lives here, so both adapters produce the
 * same sheet. Rules the adapters must follow are marked **Adapter rule** below.
 *
 * (The barrel `SheetSpec.ts` re-exports every part.)
 *
 * @example
 * ```ts
 * const b = new SheetSpecBuilder(sheetNameFor("summary", officerSheetNames(grid)), "summary")
 *   .style("header", { bold: true, fill: "1F4E79", fontColor: "FFFFFF", wrap: true, border: "thin" })
 *   .style("money", { numberFormat: MONEY_FORMAT, border: "thin" })
 *   .row(2, [text("Status", "header"), text("Actions", "header")])
 *   .row(3, [text("Completed"), formula(`COUNTIFS(${quoteSheetName("Officer's plan")}!D:D,"Completed")`, 12)])
 *   .freeze(2)
 *   .print(committeePrintSetup({ asAt: "2018-09-30", titleRows: { first: 2, last: 2 } }));
 * const spec = b.build(); // throws SheetSpecError listing every problem
 * ```
 */
export interface SheetSpec {
  readonly name: string;
  readonly role: SheetRole;
  readonly visibility: SheetVisibility;
  readonly tabColor?: HexColor;
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** `columns[c - 1]` is column c. */
  readonly columns: ReadonlyArray<ColumnSpec | undefined>;
  /** `rows[r - 1]` is row r. Row 1 is the hidden marker row (see {@link GENERATED_MARKER}). */
  readonly rows: ReadonlyArray<RowSpec | undefined>;
  /**
   * Formulas filled down a column ({@link FormulaRun}), in cells no row above writes. **Adapter rule:**
   * a renderer that cannot write a run as a shared formula writes it out with {@link expandFormulaRuns}.
   */
  readonly formulaRuns?: readonly FormulaRun[];
  readonly merges: readonly CellRange[];
  /** Rows frozen at the top (counting the hidden marker row) and columns frozen at the left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly ListValidation[];
  readonly print?: PrintSetup;
  readonly table?: TableRegion;
  /** Charts drawn over the sheet, reading its cells (see {@link ChartSpec}). */
  readonly charts?: readonly ChartSpec[];
}
