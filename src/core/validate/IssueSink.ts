import { cellAddress } from "../grid/Address.js";
import type { Issue } from "./Issue.js";
import { ISSUE_CODES, type IssueCode } from "./IssueCode.js";

/** Collects issues for one sheet; the severity always comes from the code table. */
export class IssueSink {
  readonly issues: Issue[] = [];

  constructor(private readonly sheet: string) {}

  add(code: IssueCode, row: number, column: number, message: string, fix: string): void {
    this.issues.push({
      severity: ISSUE_CODES[code],
      code,
      message,
      sheet: this.sheet,
      cell: cellAddress(row, column),
      row,
      fix,
    });
  }
}
