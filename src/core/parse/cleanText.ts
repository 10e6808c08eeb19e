/**
 * Turns what an officer pasted into a cell (often HTML copied from a web page or Word,
 * with list bullets and stray spacing) into plain lines of text.
 */
import { isErrorValue, type CellValue } from "../grid/Cell.js";

export interface CleanText {
  /** Plain text: single spaces, trimmed lines, no empty lines, lines joined by "\n". */
  readonly text: string;
  /** True when the cell held real markup (a known HTML tag, comment or character entity). */
  readonly hadHtml: boolean;
}

/**
 * Only known tag names count as markup, so "a < b", "<5 days" or a placeholder like "<Name>"
 * stay text. `[^<>]*` cannot run past the next '<', which keeps the scan linear on long cells.
 */
const TAG =
  /<(\/?)((?:[a-z][a-z0-9]*:)?(?:p|br|div|li|ul|ol|dl|dt|dd|span|i|b|u|em|strong|font|a|sup|sub|s|strike|del|ins|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|hr|blockquote|pre|small|big|mark|code|section|article|header|footer|label|center|img|col|colgroup|o:p|w:[a-z]+))(?=[\s/>])[^<>]*>/gi;

/** Tags that end a visual line; the rest (i, b, span…) just wrap words. */
const LINE_BREAKING_TAGS = new Set([
  "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
  "table", "thead", "tbody", "tfoot", "tr", "caption", "hr", "blockquote", "pre", "section",
  "article", "header", "footer", "center",
]);
/** Table cells sit side by side on one line. */
const CELL_TAGS = new Set(["td", "th"]);

const ENTITY = /&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8}[0-9]?);/gi;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", bull: "\u2022", middot: "\u00b7",
  pound: "\u00a3", euro: "\u20ac", copy: "\u00a9", reg: "\u00ae", deg: "\u00b0",
  lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", laquo: "\u00ab", raquo: "\u00bb",
  frac12: "\u00bd", frac14: "\u00bc", frac34: "\u00be", times: "\u00d7", shy: "\u00ad",
  ensp: " ", emsp: " ", thinsp: " ",
};

/**
 * List bullets as Word and web pages paste them. The private-use ones are Symbol/Wingdings
 * glyphs (U+F0B7 is Word's round bullet) that show as "" outside Office.
 */
const BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u27a2\uf0b7\uf0a7\uf0d8\uf076";
/**
 * A bullet in the middle of a line separates flattened list items, e.g. "<ul> • Clear priorities • Resources aligned".
 * Runs of spaces are collapsed first, so a single space is enough here and the scan stays linear.
 */
const INLINE_BULLET = new RegExp(` [${BULLETS}] ?`, "g");
/** "- " only counts as a bullet before a word, so "- 44,000", "- £1,200" and "- (500)" keep their sign. */
const LEADING_BULLET = new RegExp(`^(?:[${BULLETS}]\\s*|\u00b7\\s+|[-\u2013\u2014] (?=[^\\d\\s£$€(.]))`);

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u000b\u000c\u0085]/g;
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACE_RUNS = / {2,}/g;

/**
 * Any character or shape that cleaning could change. Most cells have none, and on a 100,000-row
 * plan skipping the work for them saves more time than any other step of reading.
 */
const NEEDS_CLEANING = new RegExp(
  String.raw`[<&\n\r\t\u000b\u000c\u0085\u00a0\u00ad\u00b7\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff${BULLETS}]| {2}|^[\s\-\u2013\u2014]|\s$`,
);

/** Whether {@link cleanText} could change the text: most cells have nothing to clean. */
export function needsCleaning(raw: string): boolean {
  return NEEDS_CLEANING.test(raw);
}

/** Cleans pasted cell text: strips HTML, decodes entities, drops bullets and normalises spacing. */
export function cleanText(raw: string): CleanText {
  if (!NEEDS_CLEANING.test(raw)) return { text: raw, hadHtml: false };
  let hadHtml = false;
  let text = raw;
  if (text.includes("<!--")) {
    const stripped = stripComments(text);
    hadHtml = stripped !== text;
    text = stripped;
  }
  if (text.includes("<")) {
    text = text.replace(TAG, (_match, _slash: string, name: string) => {
      hadHtml = true;
      const tag = name.toLowerCase();
      if (LINE_BREAKING_TAGS.has(tag)) return "\n";
      return CELL_TAGS.has(tag) ? " " : "";
    });
  }
  if (text.includes("&")) {
    text = text.replace(ENTITY, (match, body: string) => {
      const decoded = decodeEntity(body);
      if (decoded === null) return match;
      hadHtml = true;
      return decoded;
    });
  }
  return { text: normaliseLines(text), hadHtml };
}

/** What a cell shows, as clean text: numbers as written by String, dates as dd/mm/yyyy, errors as their code. */
export function cellText(value: CellValue): CleanText {
  if (value === null || value === undefined) return { text: "", hadHtml: false };
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return { text: String(value), hadHtml: false };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", hadHtml: false };
  if (value instanceof Date) return { text: ukDate(value), hadHtml: false };
  if (isErrorValue(value)) return { text: String(value.error), hadHtml: false };
  return { text: "", hadHtml: false };
}

/** dd/mm/yyyy from the UTC fields; "" for an invalid Date. */
function ukDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  return `${day < 10 ? "0" : ""}${day}/${month < 10 ? "0" : ""}${month}/${year}`;
}

/** Removes `<!-- … -->` (Word pastes conditional comments); an unclosed comment is left as text. */
function stripComments(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

function decodeEntity(body: string): string | null {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

function normaliseLines(text: string): string {
  const flat = text
    .replace(LINE_BREAKS, "\n")
    .replace(INVISIBLES, "")
    .replace(ODD_SPACES, " ")
    .replace(SPACE_RUNS, " ")
    .replace(INLINE_BULLET, "\n");
  const lines: string[] = [];
  for (const rawLine of flat.split("\n")) {
    let line = rawLine.trim();
    // A line can carry several bullets ("• • item") when lists were pasted twice.
    for (let guard = 0; guard < 8; guard++) {
      const stripped = line.replace(LEADING_BULLET, "");
      if (stripped === line) break;
      line = stripped.trim();
    }
    if (line !== "") lines.push(line);
  }
  return lines.join("\n");
}
