/** What an amount cell means. Amounts keep the sign the officer entered: "(44,000)" is -44000. */
export type Money =
  /** Nothing to count: an empty cell, or "n/a" (`notApplicable`), which is not an error either. */
  | { readonly kind: "blank"; readonly notApplicable?: true }
  | {
      readonly kind: "amount";
      readonly value: number;
      /** The cell held text rather than a number (in-sheet SUMs would skip it). */
      readonly typedAsText: boolean;
      /** Footnote mark written beside the amount, e.g. "*" in "120,000*" or "**" in "**45,000" (marks on both sides are joined). */
      readonly footnote?: string;
    }
  /** Several amounts in one cell, e.g. "(40,000) (30,000) (49,000)". */
  | { readonly kind: "amounts"; readonly values: readonly number[]; readonly typedAsText: true }
  /** "tbc", "TBC (main investment from grant)": not yet known. */
  | { readonly kind: "tbc"; readonly note: string }
  | { readonly kind: "unparsed"; readonly text: string };
