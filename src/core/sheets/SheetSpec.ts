/**
 * Sheet specs — the plain-data description of a generated worksheet — re-exported from one place so
 * every caller keeps one import path. Each concept lives in its own file beside this one:
 * {@link ./SheetSpecModel.ts} (the spec), cells, styles, sheet features, print setup, the marker,
 * names, conversions, row heights, validation and the builder.
 */
export * from "./SheetSpecModel.js";
export * from "./SheetRole.js";
export * from "./ExcelLimits.js";
export * from "./CellSpec.js";
export * from "./FormulaRun.js";
export * from "./CellStyle.js";
export * from "./SheetFeatures.js";
export * from "./ChartSpec.js";
export * from "./PrintSetup.js";
export * from "./GeneratedMarker.js";
export * from "./SheetNames.js";
export * from "./conversions.js";
export * from "./rowHeights.js";
export * from "./validateSheetSpec.js";
export * from "./SheetSpecBuilder.js";
export { isIsoDate } from "../parse/IsoDate.js";
