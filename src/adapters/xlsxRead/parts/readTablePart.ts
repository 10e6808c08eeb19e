/**
 * xl/tables/tableN.xml: an Excel table's name, where it is, and its columns — enough to resolve a
 * structured reference such as `Statuses[Status]` (a data-validation list pointing at a table column).
 */
import type { CellRange } from "../../../core/grid/Address.js";
import { readRange } from "../cellReferences.js";
import { isMain } from "../xml/namespaces.js";
import type { XmlHandler } from "../xml/XmlHandler.js";

export interface TableRead {
  name?: string;
  range?: CellRange;
  headerRows: number;
  totalsRows: number;
  readonly columns: string[];
}

export function emptyTable(): TableRead {
  return { headerRows: 1, totalsRows: 0, columns: [] };
}

export function tableHandler(into: TableRead): XmlHandler {
  return {
    open(uri, local, attributes) {
      if (!isMain(uri)) return;
      if (local === "table") {
        const name = attributes.get("displayName") ?? attributes.get("name");
        if (name !== undefined) into.name = name;
        const range = readRange(attributes.get("ref") ?? "");
        if (range) into.range = range;
        const header = attributes.get("headerRowCount");
        if (header !== undefined) into.headerRows = Number(header) || 0;
        into.totalsRows = Number(attributes.get("totalsRowCount") ?? 0) || 0;
      } else if (local === "tableColumn") {
        into.columns.push(attributes.get("name") ?? "");
      }
    },
    close() {},
    text() {},
  };
}
