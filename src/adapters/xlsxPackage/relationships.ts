/**
 * Relationship parts (`_rels/*.rels`): which part is the workbook, which parts are its sheets,
 * shared strings and styles. Part names always come from here, never assumed: Excel writes
 * "xl/worksheets/sheet1.xml", other programs other names, and some write the elements with a
 * namespace prefix (`<ns0:Relationships>`).
 */
import { resolveTarget } from "./partNames.js";
import { findElements } from "./xmlScan.js";

/** Relationship types (ECMA-376 Part 1 §15; the "strict" variants use purl.oclc.org). */
export const RELATIONSHIP_TYPES = {
  officeDocument: "officeDocument",
  worksheet: "worksheet",
  sharedStrings: "sharedStrings",
  styles: "styles",
  theme: "theme",
  calcChain: "calcChain",
  table: "table",
  extendedProperties: "extended-properties",
} as const;

export interface Relationship {
  readonly id: string;
  /** The full type URI as written. */
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  readonly external: boolean;
  /** The zip entry the target resolves to (undefined for external targets and ones that leave the package). */
  readonly part: string | undefined;
}

/**
 * The relationships of `source` (the part they belong to; "" for the package) from the text of its
 * `.rels` part.
 */
export function parseRelationships(xml: string, source: string): Relationship[] {
  return findElements(xml, "Relationship").flatMap((element) => {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = element.attributes;
    if (id === undefined || type === undefined || target === undefined) return [];
    const external = mode !== undefined && mode.toLowerCase() === "external";
    return [{ id, type, target, external, part: external ? undefined : resolveTarget(source, target) }];
  });
}

/** True when `type` is the relationship type `kind` (transitional or strict namespace alike). */
export function isRelationshipType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

export function relationshipOfType(relationships: readonly Relationship[], kind: string): Relationship | undefined {
  return relationships.find((r) => isRelationshipType(r.type, kind) && !r.external);
}
