/**
 * Parts of an .xlsx that ExcelJS does not carry through a read and write: a refreshed copy would
 * silently lose them. Their names sit uncompressed in the zip's headers, so a byte search finds them.
 */
const PARTS: ReadonlyArray<readonly [string, string]> = [
  ["xl/charts/", "charts"],
  ["xl/pivotTables/", "pivot tables"],
  ["xl/slicers/", "slicers"],
  ["xl/vbaProject.bin", "macros"],
  ["xl/externalLinks/", "links to other workbooks"],
];

export function unsupportedParts(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return PARTS.filter(([path]) => buffer.includes(path)).map(([, label]) => label);
}
