/**
 * Splits one line of a timescale into words, numbers and the punctuation that matters for dates,
 * in a single linear pass. Offsets point into the line as given, so a date phrase can quote the
 * officer's own words back.
 */

export type DateTokenType =
  | "word"
  | "num"
  | "dash" //      - – — − and friends: ranges ("April-Sept") and labels ("Working Group – March 2024")
  | "slash" //     "31/12/2018", "2022/23", "February/March"
  | "dot" //       "31.12.2018", "Sept."
  | "comma"
  | "open" //      ( [
  | "close" //     ) ]
  | "colon"
  | "semicolon"
  | "amp"; //      & +

export interface DateToken {
  readonly type: DateTokenType;
  /**
   * Words: lower-case ASCII ("" when the word holds other letters, so "Décembre" never matches a month).
   * Numbers: the digits. Punctuation: the character.
   */
  readonly text: string;
  /** A number's value (NaN past nine digits); NaN for other tokens. */
  readonly value: number;
  /** Offsets into the line: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Something (space, a footnote mark, an emoji) separates this token from the previous one. */
  readonly spaced: boolean;
}

const NON_ASCII_LETTER = /\p{L}/u;

export function tokenizeDateLine(line: string): DateToken[] {
  const tokens: DateToken[] = [];
  let spaced = false;
  let i = 0;
  const length = line.length;
  while (i < length) {
    const code = line.charCodeAt(i);
    if (isDigit(code)) {
      const start = i;
      while (i < length && isDigit(line.charCodeAt(i))) i++;
      const digits = line.slice(start, i);
      tokens.push({ type: "num", text: digits, value: digits.length <= 9 ? Number(digits) : NaN, start, end: i, spaced });
      spaced = false;
      continue;
    }
    if (isAsciiLetter(code) || (code >= 128 && isNonAsciiLetterAt(line, i))) {
      const start = i;
      let foreign = false;
      while (i < length) {
        const c = line.charCodeAt(i);
        if (isAsciiLetter(c)) {
          i++;
        } else if (c >= 128 && isNonAsciiLetterAt(line, i)) {
          foreign = true;
          i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        } else {
          break;
        }
      }
      const text = foreign ? "" : lowerAscii(line.slice(start, i));
      tokens.push({ type: "word", text, value: NaN, start, end: i, spaced });
      spaced = false;
      continue;
    }
    const type = punctuationType(code);
    if (type !== null) {
      tokens.push({ type, text: line.charAt(i), value: NaN, start: i, end: i + 1, spaced });
      spaced = false;
    } else {
      spaced = true;
    }
    i++;
  }
  return tokens;
}

function punctuationType(code: number): DateTokenType | null {
  switch (code) {
    case 0x2d: // -
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
      return "dash";
    case 0x2f: // /
    case 0x5c: // \
    case 0x2044: // fraction slash
    case 0xff0f:
      return "slash";
    case 0x2e:
      return "dot";
    case 0x2c:
      return "comma";
    case 0x28:
    case 0x5b:
      return "open";
    case 0x29:
    case 0x5d:
      return "close";
    case 0x3a:
      return "colon";
    case 0x3b:
      return "semicolon";
    case 0x26:
    case 0x2b:
      return "amp";
    default:
      return null;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isNonAsciiLetterAt(line: string, i: number): boolean {
  const point = line.codePointAt(i);
  return point !== undefined && NON_ASCII_LETTER.test(String.fromCodePoint(point));
}

function lowerAscii(word: string): string {
  let lower = word;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      lower = word.toLowerCase();
      break;
    }
  }
  return lower;
}
