/**
 * The ribbon's Refresh summary in the real built commands.html (stub Office host over the fake
 * Excel, dispatching ribbon functions only after the page called Office.onReady, as office.js does),
 * and the result window it opens (dialog.html): the summary sheet is brought to the front, the event
 * completes when the officer closes the window (or when the command closes it itself, well inside
 * Office's 5 minutes: test/addin/refreshSummaryCommand.test.ts), and what the window shows is text,
 * never markup.
 */
import { expect, it } from "vitest";
import { axeViolations, describeWithBrowser, usePaneBrowser } from "./harness.js";

describeWithBrowser("ribbon: Refresh summary (commands.html)", () => {
  const browser = usePaneBrowser();

  it("refreshes, opens the result window, and completes the event when it is closed", async () => {
    const session = await browser.openPane({ sample: "cip-monitoring.xlsx", html: "commands.html" });
    try {
      let completed = false;
      const running = session.runAction("refreshSummary").then(() => (completed = true));
      await expect.poll(async () => (await session.dialogs()).length, { timeout: 10_000 }).toBe(1);
      const [dialog] = await session.dialogs();
      const url = new URL(dialog?.url ?? "");
      expect(url.pathname).toBe("/dialog.html");
      expect(url.searchParams.get("title")).toBe("Summary refreshed");
      expect(url.searchParams.getAll("line")[0]).toMatch(/^Plan Tracker summarised 62 actions and wrote 4 sheets at /);
      expect(await session.fake((fake) => fake.model.sheets.map((sheet) => sheet.name))).toEqual(
        expect.arrayContaining(["PT Summary", "PT Exceptions", "PT Committee", "PT Settings"]),
      );
      expect(await session.fake((fake) => fake.model.activeSheet?.name)).toBe("PT Summary");
      await new Promise((done) => setTimeout(done, 200));
      expect(completed, "the event waits for the officer, for a while").toBe(false);
      await session.sendDialogMessage(0, "close");
      await running;
      expect((await session.dialogs())[0]?.closed).toBe(true);
      expect(session.consoleErrors).toEqual([]);
      expect(session.blockedRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("the result window shows its lines as text, is accessible, and asks to close", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">=HYPERLINK("http://evil")';
    const query = new URLSearchParams([["tone", "error"], ["title", "Summary not refreshed"], ["line", hostile], ["line", "Second line."]]);
    const session = await browser.openPane({ sample: "cip-monitoring.xlsx", html: "dialog.html", query: `?${query}` });
    try {
      const { page } = session;
      await expect.poll(() => page.locator("h1").textContent()).toBe("Summary not refreshed");
      expect(await page.locator("#lines p").allTextContents()).toEqual([hostile, "Second line."]);
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Close");
      expect((await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      // Listen for the message before pressing the key (awaited, so the two cannot race).
      await page.evaluate(() => {
        Object.assign(window, { __sent: new Promise<string>((done) => Object.assign(Office.context.ui, { messageParent: done })) });
      });
      await page.keyboard.press("Escape");
      expect(await page.evaluate(() => (window as unknown as { __sent: Promise<string> }).__sent)).toBe("close");
      expect(session.consoleErrors).toEqual([]);
      expect(session.blockedRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
