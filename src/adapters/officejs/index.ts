/** The Office.js adapter: reads the live workbook into the core's grid and renders sheet specs into it. */
export { readWorkbookGrid, type ReadWorkbookOptions } from "./readWorkbookGrid.js";
export {
  renderSheetSpecs,
  applyRagColumn,
  type RenderOptions,
  type RenderResult,
  type RenderedSheet,
  type SkippedFeature,
  type ApplyRagColumnOptions,
  type ApplyRagColumnResult,
} from "./renderSheetSpecs.js";
export { PlanTrackerHostError, toHostError, withHostErrors, type HostErrorKind } from "./officeErrors.js";
export { FEATURES, defaultIsSetSupported, type IsSetSupported, type FeatureName } from "./requirements.js";
export { DEFAULT_REQUEST_BUDGET_BYTES, WEB_PAYLOAD_LIMIT_BYTES } from "./requests.js";
