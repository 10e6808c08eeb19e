import type { CellRange } from "../grid/Address.js";
import type { SheetVisibility } from "../grid/SheetGrid.js";
import type { CellSpec } from "./CellSpec.js";
import { formula as formulaCell, text } from "./CellSpec.js";
import type { CellStyle, HexColor } from "./CellStyle.js";
import type { ChartSpec } from "./ChartSpec.js";
import type { FormulaRun } from "./FormulaRun.js";
import { EXCEL_LIMITS } from "./ExcelLimits.js";
import { FIRST_CONTENT_ROW, MARKER_CELL, MARKER_NOTE, markerText } from "./GeneratedMarker.js";
import type { PrintSetup } from "./PrintSetup.js";
import type { ColumnSpec, ConditionalFormat, ListValidation, RowSpec, TableRegion } from "./SheetFeatures.js";
import type { SheetSpec } from "./SheetSpecModel.js";
import type { SheetRole } from "./SheetRole.js";
import { range } from "./conversions.js";
import { DEFAULT_FONT_SIZE, estimateRowHeight } from "./rowHeights.js";
import { SheetSpecError, validateSheetSpec } from "./validateSheetSpec.js";

interface MutableRow {
  cells: Array<CellSpec | undefined>;
  height?: number;
  hidden?: boolean;
}

/**
 * Builds a {@link SheetSpec} cell by cell or row by row (1-based, as Excel shows them), then
 * {@link build} adds the marker row and checks everything. Row 1 is reserved for the marker.
 */
export class SheetSpecBuilder {
  private readonly styles: Record<string, CellStyle> = {};
  private readonly rows: Array<MutableRow | undefined> = [];
  private readonly columns: Array<ColumnSpec | undefined> = [];
  private readonly merges: CellRange[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly validations: ListValidation[] = [];
  private frozen: { rows: number; columns: number } | undefined;
  private printSetup: PrintSetup | undefined;
  private tableRegion: TableRegion | undefined;
  private readonly chartList: ChartSpec[] = [];
  private readonly runs: FormulaRun[] = [];
  private sheetVisibility: SheetVisibility = "visible";
  private tab: HexColor | undefined;
  private autoRowHeights = true;

  constructor(
    readonly name: string,
    readonly role: SheetRole,
  ) {}

  style(name: string, style: CellStyle): this {
    this.styles[name] = style;
    return this;
  }

  private rowAt(row: number): MutableRow {
    if (!Number.isInteger(row) || row < FIRST_CONTENT_ROW || row > EXCEL_LIMITS.rows) {
      throw new RangeError(`Row ${row}: generated content starts at row ${FIRST_CONTENT_ROW} (row 1 holds the marker)`);
    }
    let existing = this.rows[row - 1];
    if (!existing) {
      existing = { cells: [] };
      this.rows[row - 1] = existing;
    }
    return existing;
  }

  cell(row: number, column: number, cell: CellSpec | undefined): this {
    if (!Number.isInteger(column) || column < 1 || column > EXCEL_LIMITS.columns) throw new RangeError(`Column ${column}`);
    this.rowAt(row).cells[column - 1] = cell;
    return this;
  }

  /** Writes `cells` into `row` from `firstColumn` (default A); `undefined` entries leave a cell alone. */
  row(row: number, cells: ReadonlyArray<CellSpec | undefined>, options: { firstColumn?: number; height?: number } = {}): this {
    const target = this.rowAt(row);
    const first = options.firstColumn ?? 1;
    cells.forEach((cell, i) => {
      if (cell !== undefined) target.cells[first - 1 + i] = cell;
    });
    if (options.height !== undefined) target.height = options.height;
    return this;
  }

  /**
   * One formula filled down `column` from `firstRow` to `lastRow` ({@link FormulaRun}): `formula` as it
   * reads in `firstRow`; `expected[i]` what row `firstRow + i` should show. A run of one row is a cell.
   */
  formulaRun(column: number, firstRow: number, lastRow: number, formula: string, options: { style?: string; expected?: ReadonlyArray<number | string | undefined> } = {}): this {
    if (lastRow < firstRow) return this;
    this.rowAt(firstRow);
    this.rowAt(lastRow);
    if (lastRow === firstRow) return this.cell(firstRow, column, formulaCell(formula, options.expected?.[0], options.style));
    this.runs.push({
      column,
      firstRow,
      lastRow,
      formula,
      ...(options.style !== undefined ? { style: options.style } : {}),
      ...(options.expected !== undefined ? { expected: options.expected } : {}),
    });
    return this;
  }

  rowHeight(row: number, points: number): this {
    this.rowAt(row).height = points;
    return this;
  }

  hideRow(row: number): this {
    this.rowAt(row).hidden = true;
    return this;
  }

  column(column: number, spec: ColumnSpec): this {
    this.columns[column - 1] = { ...this.columns[column - 1], ...spec };
    return this;
  }

  /** Widths in Excel character units, from `firstColumn` (default A). */
  columnWidths(widths: readonly number[], firstColumn = 1): this {
    widths.forEach((width, i) => this.column(firstColumn + i, { width }));
    return this;
  }

  merge(area: CellRange | string): this {
    this.merges.push(typeof area === "string" ? range(area) : area);
    return this;
  }

  freeze(rows: number, columns = 0): this {
    this.frozen = { rows, columns };
    return this;
  }

  conditionalFormat(format: ConditionalFormat): this {
    this.conditionalFormats.push(format);
    return this;
  }

  /** One "cell value equals <word> → style" rule per entry, e.g. `{ Red: "rag-red", Amber: "rag-amber" }`. */
  ragFormats(area: CellRange | string, styleByWord: Readonly<Record<string, string>>): this {
    const r = typeof area === "string" ? range(area) : area;
    for (const [word, style] of Object.entries(styleByWord)) this.conditionalFormats.push({ kind: "textEquals", range: r, text: word, style });
    return this;
  }

  validation(validation: ListValidation): this {
    this.validations.push(validation);
    return this;
  }

  print(setup: PrintSetup): this {
    this.printSetup = setup;
    return this;
  }

  table(region: TableRegion): this {
    this.tableRegion = region;
    return this;
  }

  chart(chart: ChartSpec): this {
    this.chartList.push(chart);
    return this;
  }

  visibility(visibility: SheetVisibility): this {
    this.sheetVisibility = visibility;
    return this;
  }

  tabColor(color: HexColor): this {
    this.tab = color;
    return this;
  }

  /**
   * On by default: {@link build} gives every row without an explicit height the height its wrapped
   * text needs ({@link estimateRowHeight}), because neither Excel nor LibreOffice grows rows when
   * opening a file. Turn off for sheets with no wrapped text to save a little time.
   */
  fitRowHeights(on = true): this {
    this.autoRowHeights = on;
    return this;
  }

  /**
   * The cells of the runs, row by row, for sizing rows only: each carries the run's expected text (what
   * the row will show) and shares the run's formula string, so no formula is built per row.
   */
  private runCellsByRow(): Map<number, Array<CellSpec | undefined>> {
    const byRow = new Map<number, Array<CellSpec | undefined>>();
    for (const run of this.runs) {
      // Only wrapped or larger text changes a row's height (estimateRowHeight).
      const style = run.style === undefined ? undefined : this.styles[run.style];
      if (!style?.wrap && (style?.fontSize ?? 0) <= DEFAULT_FONT_SIZE) continue;
      for (let row = run.firstRow; row <= run.lastRow; row++) {
        const expected = run.expected?.[row - run.firstRow];
        if (typeof expected !== "string" || expected === "") continue;
        let cells = byRow.get(row);
        if (!cells) byRow.set(row, (cells = []));
        cells[run.column - 1] = { kind: "formula", formula: run.formula, expected, ...(run.style !== undefined ? { style: run.style } : {}) };
      }
    }
    return byRow;
  }

  /** The finished spec, with the marker row. Throws {@link SheetSpecError} listing every problem. */
  build(): SheetSpec {
    const merged = new Map<number, Set<number>>();
    for (const m of this.merges) {
      for (let r = m.top; r <= Math.min(m.bottom, this.rows.length); r++) {
        const set = merged.get(r) ?? new Set<number>();
        for (let c = m.left; c <= m.right; c++) set.add(c);
        merged.set(r, set);
      }
    }
    const runsByRow = this.autoRowHeights ? this.runCellsByRow() : undefined;
    // Array.from visits every index: rows written only by runs are holes in `this.rows`.
    const rows: Array<RowSpec | undefined> = Array.from({ length: this.rows.length }, (_, i) => {
      const row = this.rows[i];
      const runCells = runsByRow?.get(i + 1);
      if (!row && !runCells) return undefined;
      const own = row?.cells ?? [];
      const sized = runCells ? Array.from({ length: Math.max(own.length, runCells.length) }, (_, c) => own[c] ?? runCells[c]) : own;
      const height = row?.height ?? (this.autoRowHeights ? estimateRowHeight(sized, this.columns, this.styles, merged.get(i + 1)) : undefined);
      if (!row && height === undefined) return undefined;
      return { cells: [...own], ...(height !== undefined ? { height } : {}), ...(row?.hidden ? { hidden: true } : {}) };
    });
    rows[MARKER_CELL.row - 1] = { hidden: true, cells: [text(markerText(this.role, this.name)), text(MARKER_NOTE)] };
    const spec: SheetSpec = {
      name: this.name,
      role: this.role,
      visibility: this.sheetVisibility,
      ...(this.tab !== undefined ? { tabColor: this.tab } : {}),
      styles: { ...this.styles },
      columns: [...this.columns],
      rows,
      merges: [...this.merges],
      ...(this.frozen ? { freeze: this.frozen } : {}),
      conditionalFormats: [...this.conditionalFormats],
      validations: [...this.validations],
      ...(this.printSetup ? { print: this.printSetup } : {}),
      ...(this.tableRegion ? { table: this.tableRegion } : {}),
      ...(this.chartList.length > 0 ? { charts: [...this.chartList] } : {}),
      ...(this.runs.length > 0 ? { formulaRuns: [...this.runs] } : {}),
    };
    const problems = validateSheetSpec(spec);
    if (problems.length > 0) throw new SheetSpecError(this.name, problems);
    return spec;
  }
}
