/**
 * `[Content_Types].xml`: the content type of every part, by extension (Default) or by name (Override).
 */
import { findElements } from "./xmlScan.js";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export interface ContentTypes {
  /** Extension (lower case, no dot) → content type. */
  readonly defaults: ReadonlyMap<string, string>;
  /** Zip entry name (no leading "/", lower case) → content type. */
  readonly overrides: ReadonlyMap<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  for (const element of findElements(xml, "Default")) {
    const { Extension: extension, ContentType: type } = element.attributes;
    if (extension !== undefined && type !== undefined) defaults.set(extension.toLowerCase(), type);
  }
  const overrides = new Map<string, string>();
  for (const element of findElements(xml, "Override")) {
    const { PartName: partName, ContentType: type } = element.attributes;
    if (partName !== undefined && type !== undefined) overrides.set(partName.replace(/^\//, "").toLowerCase(), type);
  }
  return { defaults, overrides };
}

/** The content type of one part: its Override, else the Default for its extension. */
export function contentTypeOf(types: ContentTypes, partName: string): string | undefined {
  const override = types.overrides.get(partName.toLowerCase());
  if (override !== undefined) return override;
  const dot = partName.lastIndexOf(".");
  return dot < 0 ? undefined : types.defaults.get(partName.slice(dot + 1).toLowerCase());
}
