/** Print setup and the committee-ready page (GUIDE §2): A4 landscape, fit to width, footer with as-at date and page numbers. */
import type { CellRange } from "../grid/Address.js";
import { isIsoDate } from "../parse/IsoDate.js";
import { wellFormedText } from "./CellSpec.js";

/** Inches, as Excel's Page Setup dialog shows them. Office.js wants points: multiply by 72. */
export interface PageMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
}

/**
 * The three parts of a page header or footer, each in Excel's header/footer codes: `&P` page number,
 * `&N` number of pages, `&D` date printed, `&A` sheet name, `&&` a literal `&`. Use
 * {@link headerFooterLiteral} to put officer text in safely.
 */
export interface HeaderFooterSections {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit to this many pages wide and any number of pages tall. Omit to print at 100%. */
  readonly fitToPagesWide?: number;
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly printArea?: CellRange;
  readonly margins?: PageMargins;
  readonly header?: HeaderFooterSections;
  readonly footer?: HeaderFooterSections;
  readonly centerHorizontally?: boolean;
  readonly gridLines?: boolean;
}

/** Officer text for a header or footer: `&` doubled so Excel does not read it as a code. */
export function headerFooterLiteral(value: string): string {
  return wellFormedText(value).replace(/&/g, "&&");
}

/** The sections as one Excel header/footer string: `&L…&C…&R…` (the form the file format stores). */
export function headerFooterString(sections: HeaderFooterSections): string {
  return (
    (sections.left ? `&L${sections.left}` : "") +
    (sections.center ? `&C${sections.center}` : "") +
    (sections.right ? `&R${sections.right}` : "")
  );
}

export const PAGE_NUMBER_CODE = "&P";
export const PAGE_COUNT_CODE = "&N";

/** "30/09/2018" for "2018-09-30". */
export function ukDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`Expected "YYYY-MM-DD", got "${iso}"`);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Narrow margins (inches), as Excel's "Narrow" preset. */
export const NARROW_MARGINS: PageMargins = { top: 0.75, bottom: 0.75, left: 0.25, right: 0.25, header: 0.3, footer: 0.3 };

/**
 * Committee-ready printing (GUIDE §2): A4 landscape, one page wide, header rows repeated on every
 * page, "As at <date>" and "Page X of Y" in the footer.
 */
export function committeePrintSetup(options: {
  readonly asAt: string;
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly title?: string;
  readonly orientation?: "portrait" | "landscape";
}): PrintSetup {
  return {
    paperSize: "A4",
    orientation: options.orientation ?? "landscape",
    fitToPagesWide: 1,
    ...(options.titleRows ? { titleRows: options.titleRows } : {}),
    margins: NARROW_MARGINS,
    footer: {
      left: headerFooterLiteral(`As at ${ukDate(options.asAt)}`),
      ...(options.title ? { center: headerFooterLiteral(options.title) } : {}),
      right: `Page ${PAGE_NUMBER_CODE} of ${PAGE_COUNT_CODE}`,
    },
  };
}
