/** Every workbook of the acceptance corpus, in a stable order (see README.md for what each covers). */
import type { CorpusWorkbook } from "./CorpusWorkbook.js";
import { hiddenPreviousColumn, previousCurrentRag, quarterlyRagUpdates, statusJuneSept } from "./workbooks/statusColumns.js";
import { internalAuditTracker } from "./workbooks/systemsAndAudit.js";
import { everydayWords, ragLetters, validationLookupX14 } from "./workbooks/vocabulary.js";

export const CORPUS: readonly CorpusWorkbook[] = [
  previousCurrentRag,
  statusJuneSept,
  quarterlyRagUpdates,
  hiddenPreviousColumn,
  ragLetters,
  everydayWords,
  validationLookupX14,
  internalAuditTracker,
];
