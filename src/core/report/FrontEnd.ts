/**
 * Which front end will show a message. The same problem is fixed in different places: in Excel
 * through the task pane or the PT Settings sheet, on the command line through options. Officers in
 * Excel never see command-line options, and vice versa, so advice is written once per front end.
 */
export type FrontEnd = "excel" | "commandLine";

/** Advice that differs by front end; plain text when it does not. */
export interface PerFrontEnd {
  readonly excel: string;
  readonly commandLine: string;
}

export function textFor(frontEnd: FrontEnd, text: PerFrontEnd | string): string {
  return typeof text === "string" ? text : text[frontEnd];
}
