/**
 * A relationships part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`, a sheet's rels): each
 * `<Relationship Id Type Target TargetMode>`, whatever prefix the writer gave the namespace
 * (`ns0:Relationships` from Python's ElementTree trips ExcelJS).
 */
import { PACKAGE_RELATIONSHIPS_NS } from "../xml/namespaces.js";
import type { XmlHandler } from "../xml/XmlHandler.js";

export interface Relationship {
  readonly id: string;
  /** The type URI; compare by its last segment (Transitional and Strict differ only in the prefix). */
  readonly type: string;
  /** The part it points to, resolved to a package path without the leading "/" (`xl/worksheets/sheet1.xml`). */
  readonly target: string;
  readonly external: boolean;
}

/** The last segment of a relationship type: "worksheet", "sharedStrings", "officeDocument". */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** Resolves `target` against the folder of `sourcePart` (OPC §9.3: a leading "/" is from the package root). */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.replace(/\\/g, "/");
  const base = clean.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of clean.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(decodeURIComponentSafe(segment));
  }
  return base.join("/");
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The rels part that belongs to `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relationshipsHandler(sourcePart: string, into: Relationship[]): XmlHandler {
  return {
    open(uri, local, attributes) {
      if (local !== "Relationship" || (uri !== PACKAGE_RELATIONSHIPS_NS && uri !== "")) return;
      const id = attributes.get("Id");
      const type = attributes.get("Type");
      const target = attributes.get("Target");
      if (id === undefined || type === undefined || target === undefined) return;
      const external = attributes.get("TargetMode") === "External";
      into.push({ id, type, target: external ? target : resolveTarget(sourcePart, target), external });
    },
    close() {},
    text() {},
  };
}
