/** Errors shaped like Office.js's `OfficeExtension.Error` (name "RichApi.Error", a `code`, `debugInfo`). */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(property: string, type: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

export function apiNotFound(api: string, version: string): FakeOfficeError {
  return new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found: ${api} needs ExcelApi ${version}.`, api);
}

/** Standard messages Excel gives for the codes the tests raise. */
export const OFFICE_MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  AccessDenied: "You cannot perform the requested operation.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
  ItemNotFound: "The requested resource doesn't exist.",
  GeneralException: "An internal error has occurred.",
};
