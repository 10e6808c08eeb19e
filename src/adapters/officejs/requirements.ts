/**
 * Requirement sets: which Excel JavaScript API features the running Excel has.
 *
 * The manifest declares the lowest set we truly need; everything newer is feature-detected here
 * and degrades gracefully. Detection is a plain function parameter (in Excel it is
 * `Office.context.requirements.isSetSupported`), so tests can play any Excel version.
 */

/** `Office.context.requirements.isSetSupported`, or a stand-in for tests. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** A feature we use only when the running Excel supports it. */
export interface ApiFeature {
  /** Requirement set, e.g. "ExcelApi". */
  readonly set: string;
  readonly version: string;
  /** What the officer loses without it, in plain English (shown by the pane). */
  readonly label: string;
}

export const FEATURES = {
  /** RAG colours and other conditional formats. */
  conditionalFormats: { set: "ExcelApi", version: "1.6", label: "coloured RAG cells (conditional formatting)" },
  /** `application.suspendApiCalculationUntilNextSync()`. */
  suspendCalculation: { set: "ExcelApi", version: "1.6", label: "pausing recalculation while writing" },
  /** Freeze panes, tab colours, standard column widths and row heights. */
  freezePanes: { set: "ExcelApi", version: "1.7", label: "frozen header rows" },
  tabColor: { set: "ExcelApi", version: "1.7", label: "tab colours" },
  standardSizes: { set: "ExcelApi", version: "1.7", label: "resetting column widths and row heights" },
  /** Drop-down lists. */
  dataValidation: { set: "ExcelApi", version: "1.8", label: "drop-down lists (data validation)" },
  /** Page layout: paper size, orientation, fit to page, print titles, header and footer, margins. */
  pageLayout: { set: "ExcelApi", version: "1.9", label: "print setup (A4, fit to width, repeated header rows, footer)" },
  /** `worksheet.getRanges("A1:B2,D4")`: one style change for many areas. */
  rangeAreas: { set: "ExcelApi", version: "1.9", label: "styling many cells at once" },
  suspendScreenUpdating: { set: "ExcelApi", version: "1.9", label: "pausing screen updates while writing" },
  /** `format.indentLevel`. */
  indent: { set: "ExcelApi", version: "1.9", label: "indented text" },
  /** `range.getSpecialCellsOrNullObject()`: find formula and error cells without reading every formula. */
  specialCells: { set: "ExcelApi", version: "1.9", label: "finding formula cells quickly" },
  /** `range.getCellProperties()`: per-cell fill colours, for RAG kept only as a colour. */
  cellProperties: { set: "ExcelApi", version: "1.9", label: "reading RAG kept only as a cell colour" },
  /**
   * Charts built series by series (`chart.series.add`, `setValues`, `setXAxisValues`,
   * `categoryAxis.reversePlotOrder`: ExcelApi 1.7) with per-series data labels, their number format
   * and font, gap width and overlap (ExcelApi 1.8).
   */
  charts: { set: "ExcelApi", version: "1.8", label: "the RAG-by-theme chart on PT Summary" },
  /** `range.getMergedAreasOrNullObject()`. */
  mergedAreas: { set: "ExcelApi", version: "1.13", label: "reading merged cells" },
} as const satisfies Record<string, ApiFeature>;

export type FeatureName = keyof typeof FEATURES;

/** The features this Excel supports, asked once per run. */
export class FeatureSupport {
  private readonly cache = new Map<FeatureName, boolean>();
  constructor(private readonly isSetSupported: IsSetSupported) {}

  has(feature: FeatureName): boolean {
    let known = this.cache.get(feature);
    if (known === undefined) {
      const { set, version } = FEATURES[feature];
      try {
        known = this.isSetSupported(set, version);
      } catch {
        known = false;
      }
      this.cache.set(feature, known);
    }
    return known;
  }
}

/**
 * Office's own detector when Office.js is loaded; otherwise (tests, or a host that has not
 * finished loading) only the sets the manifest requires, ExcelApi 1.7.
 */
export function defaultIsSetSupported(): IsSetSupported {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (requirements && typeof requirements.isSetSupported === "function") {
    return (name, version) => requirements.isSetSupported(name, version);
  }
  return (name, version) => name === "ExcelApi" && compareVersions(version ?? "1.1", "1.7") <= 0;
}

/** Compares "1.10" and "1.9" numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
