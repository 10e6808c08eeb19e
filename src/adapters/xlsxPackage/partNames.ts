/**
 * Part names of an Open Packaging Conventions package (ECMA-376 Part 2): how a relationship's
 * target becomes the name of a zip entry, and where a part's relationships live.
 *
 * Zip entry names have no leading "/"; OPC part names do ("/xl/workbook.xml"). Functions here take
 * and return zip entry names.
 */

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  const folder = slash < 0 ? "" : partName.slice(0, slash + 1);
  const file = slash < 0 ? partName : partName.slice(slash + 1);
  return `${folder}_rels/${file}.rels`;
}

/** The folder a part lives in, with its trailing "/" ("" at the root). */
export function folderOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return slash < 0 ? "" : partName.slice(0, slash + 1);
}

/**
 * The entry a relationship target points at, relative to the part the relationship belongs to
 * (`source` "" for the package's own `_rels/.rels`). Handles absolute targets ("/xl/workbook.xml",
 * written by some tools), "./" and "../" segments and %-escapes; undefined for a target that climbs
 * out of the package.
 */
export function resolveTarget(source: string, target: string): string | undefined {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is taken literally.
  }
  const hash = decoded.indexOf("#");
  if (hash >= 0) decoded = decoded.slice(0, hash);
  const joined = decoded.startsWith("/") ? decoded.slice(1) : `${folderOf(source)}${decoded}`;
  const segments: string[] = [];
  for (const segment of joined.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length === 0 ? undefined : segments.join("/");
}

/**
 * The target to write in a relationship from `source` to `part`, relative as Excel writes it
 * ("worksheets/sheet3.xml" from "xl/workbook.xml").
 */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter((s) => s !== "");
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...new Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}
