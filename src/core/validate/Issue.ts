export type Severity = "error" | "warning" | "info";

/** A problem found in a plan, pointing at the cell an officer should look at. */
export interface Issue {
  readonly severity: Severity;
  /** Stable, kebab-case; part of the JSON report contract. */
  readonly code: string;
  readonly message: string;
  readonly sheet: string;
  /** A1 address of the cell to look at. */
  readonly cell: string;
  readonly row: number;
  readonly fix: string;
}
