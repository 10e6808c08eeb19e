/**
 * Hands the committee pack to the officer as a Word file. The Word writer (`docx`) is loaded only
 * when asked for, so the pane opens as fast as before (its first download stays within budget).
 *
 * Where the platform cannot save a file from an add-in pane we say so, and how to get the pack:
 * Excel for Mac's web view does nothing when a page downloads a file (OfficeDev/office-js#2700,
 * closed "by design"; #3385), while Excel on Windows (WebView2) and Excel on the web save it as any
 * browser download (office-js#1793 shows the download bar in a Windows task pane).
 */
import type { CommitteePack } from "../core/pack/PackDocument.js";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type PackDelivery =
  | { readonly kind: "downloaded"; readonly fileName: string; readonly bytes: number }
  | { readonly kind: "unsupported"; readonly message: string };

/** Office.js's platform name (`Office.context.platform`), or null outside Office. */
export type OfficePlatform = "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal" | null;

/** Whether this Excel saves a file the pane offers: not Excel for Mac or on a tablet. */
export function canDownloadFrom(platform: OfficePlatform): boolean {
  return platform !== "Mac" && platform !== "iOS" && platform !== "Android";
}

export const PACK_UNSUPPORTED_MESSAGE =
  "This version of Excel cannot save a file from an add-in pane (a limit of Excel for Mac and of tablets). " +
  "To get the committee pack, open this workbook in Excel on the web or in Excel on Windows and select Committee pack there, " +
  "or ask your performance team to make it for you from the saved workbook.";

/** "Cabinet March 2026.docx" from a title, safe on Windows, Mac and SharePoint. */
export function packFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|#%\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, "");
  return `${cleaned || "Committee pack"}.docx`;
}

export async function deliverPack(pack: CommitteePack, platform: OfficePlatform, page?: Document): Promise<PackDelivery> {
  if (!canDownloadFrom(platform)) return { kind: "unsupported", message: PACK_UNSUPPORTED_MESSAGE };
  const doc = page ?? document;
  const { renderPackDocx } = await import(/* webpackChunkName: "committee-pack" */ "../adapters/docx/renderPackDocx.js");
  const bytes = await renderPackDocx(pack);
  const fileName = packFileName(pack.title);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_MIME }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser may still be reading the file when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: "downloaded", fileName, bytes: bytes.length };
}
