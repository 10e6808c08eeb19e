/**
 * Edits to a part's text as a list of splices, applied together: every byte outside the spliced
 * spans stays exactly as the officer's program wrote it.
 */
export interface Splice {
  readonly at: number;
  /** Characters removed from `at`. */
  readonly remove: number;
  readonly insert: string;
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return text;
  // Ascending; at one position, pure insertions before a replacement of what follows.
  const ordered = [...splices].sort((a, b) => a.at - b.at || a.remove - b.remove);
  let out = "";
  let cursor = 0;
  for (const splice of ordered) {
    if (splice.at < cursor) throw new Error("overlapping edits");
    out += text.slice(cursor, splice.at) + splice.insert;
    cursor = splice.at + splice.remove;
  }
  return out + text.slice(cursor);
}

/** The opening tag's text with attribute `name` set to `value` (added before the tag's end when absent). */
export function withAttribute(openTag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(openTag)) return openTag.replace(pattern, `$1"${value}"`);
  const end = openTag.endsWith("/>") ? openTag.length - 2 : openTag.length - 1;
  return `${openTag.slice(0, end)} ${name}="${value}"${openTag.slice(end)}`;
}
