/**
 * ECMA-376's escape for characters XML cannot hold (§22.9.2.19 ST_Xstring): `_x000D_` is a carriage
 * return, `_x005F_` an underscore (so `_x005F_x000D_` is the literal text "_x000D_"). Excel writes
 * these in shared and inline strings; a reader that leaves them shows officers "_x000D_".
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXstring(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
