import { describe, expect, it } from "vitest";
import { canDownloadFrom, deliverPack, PACK_UNSUPPORTED_MESSAGE, packFileName } from "../../src/taskpane/packDownload.js";

describe("packDownload", () => {
  it("offers the download where Excel saves a pane's file, and says plainly where it cannot (office-js#2700, #3385)", async () => {
    expect(canDownloadFrom("PC")).toBe(true);
    expect(canDownloadFrom("OfficeOnline")).toBe(true);
    expect(canDownloadFrom(null)).toBe(true);
    expect(canDownloadFrom("Mac")).toBe(false);
    const pack = { title: "Plan", progressUpTo: "2025-01-01", footer: "", sections: [] };
    // On a Mac nothing is rendered or clicked: the officer is told how to get the pack instead.
    expect(await deliverPack(pack, "Mac")).toEqual({ kind: "unsupported", message: PACK_UNSUPPORTED_MESSAGE });
    expect(PACK_UNSUPPORTED_MESSAGE).not.toMatch(/--|command/i);
  });

  it("names the file after the title, safe on Windows, Mac and SharePoint", () => {
    expect(packFileName("Cabinet: March 2026 / Q4?")).toBe("Cabinet March 2026 Q4.docx");
    expect(packFileName("  ...  ")).toBe("Committee pack.docx");
    expect(packFileName("Plan – progress up to 30 September 2018.")).toBe("Plan – progress up to 30 September 2018.docx");
  });
});
