/**
 * The Committee pack action in the real built pane (production build, its own CSP) over the stub
 * Office host: the Word writer is loaded on demand, and the officer gets a .docx download whose
 * contents are the CIP sample's pack as at the Refresh view's date.
 */
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { describeWithBrowser, usePaneBrowser } from "./harness.js";
import { panel, paneHelpers } from "./paneSupport.js";

const SLOW = 120_000;

describeWithBrowser("the committee pack in the pane", () => {
  const pane = usePaneBrowser();
  const { open, closeCleanly } = paneHelpers(pane);

  it(
    "downloads the Word pack as at the Refresh view's date, loading the Word writer only when asked",
    async () => {
      const session = await open();
      const { page } = session;
      // Scripts the page asks for from here on: the Word writer's chunk must come only after the click.
      const requested: string[] = [];
      page.on("request", (request) => {
        if (request.url().endsWith(".js")) requested.push(request.url());
      });
      await page.getByRole("tab", { name: "Refresh" }).click();
      const refresh = panel(page, "Refresh");
      await refresh.getByLabel("As at").fill("2018-09-30");
      expect(requested.filter((url) => /committee-pack/.test(url))).toEqual([]);
      const [download] = await Promise.all([page.waitForEvent("download"), refresh.getByRole("button", { name: "Make the committee pack" }).click()]);
      expect(download.suggestedFilename()).toBe("Corporate Improvement Plan – Progress up to 30 September 2018.docx");
      await expect.poll(() => refresh.getByText("Committee pack ready.").count()).toBe(1);

      const path = await download.path();
      const parts = unzipSync(new Uint8Array(await readFile(path)));
      const documentXml = strFromU8(parts["word/document.xml"] as Uint8Array);
      expect(documentXml).toContain("Progress up to 30 September 2018.");
      expect(documentXml).toContain("Actions needing attention");
      expect(documentXml).toContain("Appendix: the whole plan");
      expect(documentXml).toContain("<w:tblHeader/>");
      expect(Object.keys(parts).some((name) => name.startsWith("word/media/") && name.endsWith(".png"))).toBe(true);

      // The Word writer came as a chunk of its own, loaded only after the officer asked for the pack.
      expect(requested.filter((url) => /committee-pack\.[0-9a-f]+\.js$/.test(url))).toHaveLength(1);
      await closeCleanly(session);
    },
    SLOW,
  );
});
