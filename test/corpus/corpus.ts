/** Every workbook of the acceptance corpus, in a stable order (see README.md for what each covers). */
import type { CorpusWorkbook } from "./CorpusWorkbook.js";
import { dateCompleted, fillOnlyIndexedTheme, fillOnlyLibreOffice, fillOnlyRag, percentComplete } from "./workbooks/completion.js";
import { date1904ExcelMac, date1904LibreOffice, date1904LibreOfficeSaved, interleavedByDate, interleavedByLead, timescalesMixed, timescalesText } from "./workbooks/datesAndOrder.js";
import { benefitsTwoRow, datesOriginalRevised, savingsApostropheThousands, savingsMillions, savingsNegativeBrackets, savingsThousandsWith15k } from "./workbooks/headersAndUnits.js";
import { hiddenPreviousColumn, latestAndPrevious, positionAtDates, previousCurrentRag, quarterlyRagUpdates, statusJuneSept } from "./workbooks/statusColumns.js";
import { coverInstructionsLookup, excelTable, headerLineBreaks, keyLegendTotal, offsetPlan, summaryAbovePlan, recommendationSubActions, sheetPerDirectorate, updatedOwnerLines } from "./workbooks/structure.js";
import { areaForImprovement, cammsExport, internalAuditTracker, pentanaExport, whatWeWillDo } from "./workbooks/systemsAndAudit.js";
import { deliveryConfidenceWords, everydayWords, numberedStatusList, ragLetters, statusWithNotes, validationInlineList, validationLookupLibreOffice, validationLookupX14 } from "./workbooks/vocabulary.js";

export const CORPUS: readonly CorpusWorkbook[] = [
  // 1. Several status-like columns
  previousCurrentRag,
  statusJuneSept,
  quarterlyRagUpdates,
  hiddenPreviousColumn,
  latestAndPrevious,
  positionAtDates,
  // 2. The council's own vocabulary
  ragLetters,
  everydayWords,
  validationInlineList,
  validationLookupX14,
  validationLookupLibreOffice,
  numberedStatusList,
  statusWithNotes,
  deliveryConfidenceWords,
  // 3. Completion written other ways
  percentComplete,
  dateCompleted,
  fillOnlyRag,
  fillOnlyIndexedTheme,
  fillOnlyLibreOffice,
  // 4 and 5. Two-row headers, units and signs
  datesOriginalRevised,
  benefitsTwoRow,
  savingsThousandsWith15k,
  savingsMillions,
  savingsNegativeBrackets,
  savingsApostropheThousands,
  // 6. Headings councils and systems use
  internalAuditTracker,
  pentanaExport,
  cammsExport,
  whatWeWillDo,
  areaForImprovement,
  // 7. Structure around the plan
  keyLegendTotal,
  summaryAbovePlan,
  coverInstructionsLookup,
  sheetPerDirectorate,
  updatedOwnerLines,
  recommendationSubActions,
  excelTable,
  headerLineBreaks,
  offsetPlan,
  // 8, 9, 10. Timescales, the 1904 date system, interleaved themes
  timescalesText,
  timescalesMixed,
  date1904ExcelMac,
  date1904LibreOffice,
  date1904LibreOfficeSaved,
  interleavedByLead,
  interleavedByDate,
];
