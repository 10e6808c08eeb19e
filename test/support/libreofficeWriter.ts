/**
 * LibreOffice Writer headless: turns a .docx into the PDF a committee clerk would print, so tests
 * check the Word pack by its pages (count, orientation, text on each page), not by our own model.
 * Needs the Writer module (Debian: `libreoffice-writer-nogui`) besides `soffice`, and poppler-utils.
 */
import { existsSync } from "node:fs";
import { convertWithLibreOffice, findSoffice, isCommandAvailable, run, type ConvertOptions } from "./libreoffice.js";
import { toolGate, type ToolGate } from "./systemTools.js";

const WRITER_MODULES = ["/usr/lib/libreoffice/program/libswlo.so", "/opt/libreoffice/program/libswlo.so"];

export function requireLibreOfficeWriter(): ToolGate {
  const missing = [
    ...(findSoffice() ? [] : ["soffice (apt package libreoffice-writer-nogui)"]),
    ...(WRITER_MODULES.some((path) => existsSync(path)) ? [] : ["LibreOffice Writer (apt package libreoffice-writer-nogui)"]),
    ...["pdfinfo", "pdftotext"].filter((c) => !isCommandAvailable(c)).map((c) => `${c} (apt package poppler-utils)`),
  ];
  return toolGate("Word pack tests", missing, "apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils");
}

/** .docx → PDF as LibreOffice Writer prints it. Returns the PDF's path. */
export function exportDocxPdf(docxPath: string, options: ConvertOptions = {}): Promise<string> {
  return convertWithLibreOffice(docxPath, { filter: "pdf:writer_pdf_Export", extension: "pdf" }, options);
}

export interface PdfPage {
  readonly number: number;
  /** Points. */
  readonly width: number;
  readonly height: number;
  readonly landscape: boolean;
}

/** Every page's size, from `pdfinfo -f 1 -l N`. */
export async function pdfPages(pdfPath: string): Promise<PdfPage[]> {
  const { stdout, code, stderr } = await run("pdfinfo", ["-f", "1", "-l", "100000", pdfPath]);
  if (code !== 0) throw new Error(`pdfinfo failed: ${stderr}`);
  return [...stdout.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => {
    const width = Number(m[2]);
    const height = Number(m[3]);
    return { number: Number(m[1]), width, height, landscape: width > height };
  });
}
