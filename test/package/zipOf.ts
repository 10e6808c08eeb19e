import { strToU8, zipSync } from "fflate";

/** A zip of hand-written parts, in the order given (test fixtures only). */
export function zipOf(parts: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}
