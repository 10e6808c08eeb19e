/**
 * A cell's text as a string of its own. The tokenizer hands out slices of the whole part's text, and
 * V8 keeps a slice of 13 characters or more as a view into its parent, in the parent's width (two
 * bytes a character when the part holds a single character beyond Latin-1, such as an en dash in a
 * title). The core then runs its regular expressions on every cell several times, and on such views
 * they ran three to four times slower than on compact strings (measured on the 600,000 text cells of
 * a 100,000-row plan: cleaning 290 ms against 70 ms). A copy also lets the part's text be freed.
 *
 * Most cell text is Latin-1 (English words, £, é): it is copied through a scratch buffer one byte a
 * character, which V8 hands back as a one-byte string — about a third of the time of the UTF-8 round
 * trip (measured on the 292,000 shared strings of a 100,000-row plan: 50–70 ms against 90–230 ms),
 * with no buffer made per string. Other text takes the UTF-8 round trip, which also gives a compact
 * string, one byte a character where the text allows. Text holding a lone surrogate (from a character
 * reference such as `&#xD800;`) is kept as it is: UTF-8 cannot carry it, and the round trip would
 * change it.
 */
const SLICE_MIN_LENGTH = 13;
/** Longer Latin-1 text (rare in a cell) takes the UTF-8 round trip rather than a bigger scratch buffer. */
const SCRATCH_BYTES = 64 * 1024;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** `String.prototype.isWellFormed` (ES2024, in Node 20): no lone surrogates. */
const isWellFormed = (String.prototype as unknown as { isWellFormed: (this: string) => boolean }).isWellFormed;

let scratch: Buffer | undefined;

export function compactString(text: string): string {
  if (text.length < SLICE_MIN_LENGTH) return text;
  if (text.length <= SCRATCH_BYTES && !BEYOND_LATIN1.test(text)) {
    scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    const length = scratch.write(text, 0, "latin1");
    return scratch.toString("latin1", 0, length);
  }
  if (!isWellFormed.call(text)) return text;
  return Buffer.from(text, "utf8").toString("utf8");
}
