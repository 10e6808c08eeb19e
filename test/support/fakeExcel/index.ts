export { FakeExcel, FAKE_PAYLOAD_LIMIT_BYTES, parseAddress, type FakeExcelOptions, type SyncRecord } from "./FakeExcel.js";
export { FakeOfficeError, OFFICE_MESSAGES } from "./errors.js";
export { fakeFromExcelJs, fakeFromGrid } from "./build.js";
export { FakeSheet, FakeWorkbookModel, cellKey, parseEntry, type FakeCell, type FakeValue } from "./model.js";
