/**
 * A sheet spec's charts as DrawingML parts (ECMA-376 Part 1 §20.5 spreadsheet drawing, §21.2 charts):
 * one drawing part per sheet holding a `twoCellAnchor` per chart, and one chart part per chart.
 *
 * Written the way Excel writes a stacked bar chart: `c:barDir val="bar"` (horizontal), `c:grouping
 * val="stacked"` with `c:overlap val="100"` (Excel draws a stacked chart without full overlap as
 * offset bars), one `c:ser` per RAG value whose name, categories and values are formulas over the
 * sheet's live cells, a solid fill from the spec, and data labels showing the value. No cached
 * values are written: the workbook opens with `fullCalcOnLoad` (see refreshPackage.ts), and Excel
 * and LibreOffice both read a chart's ranges from the recalculated cells.
 *
 * The category axis is reversed (`c:orientation val="maxMin"`) so the first theme is the top bar,
 * as in the table above it; the value axis then crosses at the maximum category (`c:crosses
 * val="max"`), which keeps it at the bottom — Excel's own "categories in reverse order" pair.
 */
import { columnLetters, quoteSheetName, type CellRange } from "../../core/grid/Address.js";
import { CHART_LABEL_FORMAT, type ChartSeriesSpec, type ChartSpec } from "../../core/sheets/SheetSpec.js";
import { RELATIONSHIPS_NS } from "./sheetXml.js";
import { element, escapeText, XML_DECLARATION } from "./xmlWriter.js";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWINGML_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export const CHART_CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const CATEGORY_AXIS_ID = 500100;
const VALUE_AXIS_ID = 500200;

/** `'PT Summary'!$B$11:$K$11` (a single cell without the colon). */
export function absoluteReference(sheet: string, range: CellRange): string {
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  const from = cell(range.top, range.left);
  const to = cell(range.bottom, range.right);
  return `${quoteSheetName(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

const solidFill = (hex: string): string => element("a:solidFill", {}, element("a:srgbClr", { val: hex.toUpperCase() }));

function textProperties(size: number, bold: boolean, colour?: string): string {
  return element(
    "c:txPr",
    {},
    element("a:bodyPr") + element("a:lstStyle") + element("a:p", {}, element("a:pPr", {}, element("a:defRPr", { sz: size, b: bold }, colour !== undefined ? solidFill(colour) : "")) + element("a:endParaRPr", { lang: "en-GB" })),
  );
}

function seriesXml(sheet: string, chart: ChartSpec, series: ChartSeriesSpec, index: number): string {
  const name = { top: series.nameCell.row, left: series.nameCell.column, bottom: series.nameCell.row, right: series.nameCell.column };
  const labels = chart.dataLabels
    ? element(
        "c:dLbls",
        {},
        element("c:numFmt", { formatCode: CHART_LABEL_FORMAT, sourceLinked: 0 }) +
          element("c:spPr", {}, element("a:noFill") + element("a:ln", {}, element("a:noFill"))) +
          textProperties(1000, true, series.labelColor) +
          element("c:dLblPos", { val: "ctr" }) +
          ["showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"].map((flag) => element(`c:${flag}`, { val: flag === "showVal" ? 1 : 0 })).join(""),
      )
    : "";
  return element(
    "c:ser",
    {},
    element("c:idx", { val: index }) +
      element("c:order", { val: index }) +
      element("c:tx", {}, element("c:strRef", {}, element("c:f", {}, escapeText(absoluteReference(sheet, name))))) +
      element("c:spPr", {}, solidFill(series.fill) + element("a:ln", {}, element("a:noFill"))) +
      element("c:invertIfNegative", { val: 0 }) +
      labels +
      element("c:cat", {}, element("c:strRef", {}, element("c:f", {}, escapeText(absoluteReference(sheet, chart.categories))))) +
      element("c:val", {}, element("c:numRef", {}, element("c:f", {}, escapeText(absoluteReference(sheet, series.values))))),
  );
}

/** The chart part (`xl/charts/chartN.xml`) of one chart on `sheet`. */
export function renderChartXml(sheet: string, chart: ChartSpec): string {
  const title = element(
    "c:title",
    {},
    element("c:tx", {}, element("c:rich", {}, element("a:bodyPr") + element("a:lstStyle") + element("a:p", {}, element("a:pPr", {}, element("a:defRPr", { sz: 1400, b: 1 })) + element("a:r", {}, element("a:rPr", { lang: "en-GB", sz: 1400, b: 1 }) + element("a:t", {}, escapeText(chart.title)))))) +
      element("c:overlay", { val: 0 }),
  );
  const bars = element(
    "c:barChart",
    {},
    element("c:barDir", { val: "bar" }) +
      element("c:grouping", { val: "stacked" }) +
      element("c:varyColors", { val: 0 }) +
      chart.series.map((series, i) => seriesXml(sheet, chart, series, i)).join("") +
      element("c:gapWidth", { val: 50 }) +
      element("c:overlap", { val: 100 }) +
      element("c:axId", { val: CATEGORY_AXIS_ID }) +
      element("c:axId", { val: VALUE_AXIS_ID }),
  );
  const categoryAxis = element(
    "c:catAx",
    {},
    element("c:axId", { val: CATEGORY_AXIS_ID }) +
      element("c:scaling", {}, element("c:orientation", { val: "maxMin" })) +
      element("c:delete", { val: 0 }) +
      element("c:axPos", { val: "l" }) +
      element("c:numFmt", { formatCode: "General", sourceLinked: 1 }) +
      element("c:majorTickMark", { val: "none" }) +
      element("c:minorTickMark", { val: "none" }) +
      element("c:tickLblPos", { val: "nextTo" }) +
      textProperties(1000, false) +
      element("c:crossAx", { val: VALUE_AXIS_ID }) +
      element("c:crosses", { val: "autoZero" }) +
      element("c:auto", { val: 1 }) +
      element("c:lblAlgn", { val: "ctr" }) +
      element("c:lblOffset", { val: 100 }) +
      element("c:noMultiLvlLbl", { val: 0 }),
  );
  const valueAxis = element(
    "c:valAx",
    {},
    element("c:axId", { val: VALUE_AXIS_ID }) +
      element("c:scaling", {}, element("c:orientation", { val: "minMax" })) +
      element("c:delete", { val: 0 }) +
      element("c:axPos", { val: "b" }) +
      element("c:majorGridlines") +
      element("c:title", {}, element("c:tx", {}, element("c:rich", {}, element("a:bodyPr") + element("a:lstStyle") + element("a:p", {}, element("a:r", {}, element("a:rPr", { lang: "en-GB", sz: 1000 }) + element("a:t", {}, "Actions"))))) + element("c:overlay", { val: 0 })) +
      element("c:numFmt", { formatCode: "0", sourceLinked: 0 }) +
      element("c:majorTickMark", { val: "out" }) +
      element("c:minorTickMark", { val: "none" }) +
      element("c:tickLblPos", { val: "nextTo" }) +
      element("c:crossAx", { val: CATEGORY_AXIS_ID }) +
      element("c:crosses", { val: "max" }) +
      element("c:crossBetween", { val: "between" }) +
      element("c:majorUnit", { val: 1 }),
  );
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    element("c:roundedCorners", { val: 0 }) +
    element(
      "c:chart",
      {},
      title +
        element("c:autoTitleDeleted", { val: 0 }) +
        element("c:plotArea", {}, element("c:layout") + bars + categoryAxis + valueAxis) +
        element("c:legend", {}, element("c:legendPos", { val: "b" }) + element("c:overlay", { val: 0 })) +
        element("c:plotVisOnly", { val: 1 }) +
        element("c:dispBlanksAs", { val: "gap" }),
    ) +
    element("c:spPr", {}, solidFill("FFFFFF") + element("a:ln", {}, element("a:noFill"))) +
    "</c:chartSpace>"
  );
}

/**
 * The drawing part (`xl/drawings/drawingN.xml`) placing each chart over its anchor cells; the
 * chart's alt text is the `descr` of its `xdr:cNvPr` (what Excel's Alt Text pane writes).
 * `chartRelationshipIds[i]` is the drawing's relationship to chart i.
 */
export function renderDrawingXml(charts: readonly ChartSpec[], chartRelationshipIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const marker = (name: string, column: number, row: number) =>
      element(name, {}, element("xdr:col", {}, String(column)) + element("xdr:colOff", {}, "0") + element("xdr:row", {}, String(row)) + element("xdr:rowOff", {}, "0"));
    // Zero-based markers: from the anchor's top-left cell to the corner just past its bottom-right cell.
    const from = marker("xdr:from", chart.anchor.left - 1, chart.anchor.top - 1);
    const to = marker("xdr:to", chart.anchor.right, chart.anchor.bottom);
    const frame = element(
      "xdr:graphicFrame",
      { macro: "" },
      element("xdr:nvGraphicFramePr", {}, element("xdr:cNvPr", { id: i + 2, name: `Chart ${i + 1}`, title: chart.title, descr: chart.description }) + element("xdr:cNvGraphicFramePr")) +
        element("xdr:xfrm", {}, element("a:off", { x: 0, y: 0 }) + element("a:ext", { cx: 0, cy: 0 })) +
        element("a:graphic", {}, element("a:graphicData", { uri: CHART_NS }, element("c:chart", { "xmlns:c": CHART_NS, "xmlns:r": RELATIONSHIPS_NS, "r:id": chartRelationshipIds[i] }))),
    );
    return element("xdr:twoCellAnchor", { editAs: "oneCell" }, from + to + frame + element("xdr:clientData"));
  });
  return XML_DECLARATION + `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWINGML_NS}">` + anchors.join("") + "</xdr:wsDr>";
}
