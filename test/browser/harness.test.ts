/**
 * Smoke test of the browser harness (harness.ts): the built pane loads under its CSP with the stub Office host,
 * talks to the fake Excel through Excel.run, and makes no outside requests. Asserts only what any version of the
 * pane shows (the "Plan Tracker" heading); the pane's behaviour is tested in taskpane.test.ts.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { axeViolations, describeWithBrowser, saveScreenshot, usePaneBrowser } from "./harness.js";

describeWithBrowser("browser harness", () => {
  const pane = usePaneBrowser();

  it("serves the built pane with the stub host, under its CSP, with nothing blocked and no errors", async () => {
    const session = await pane.openPane({ sample: "cip-monitoring.xlsx" });
    try {
      const { page } = session;
      await expect.poll(() => page.getByRole("heading", { level: 1, name: "Plan Tracker" }).isVisible()).toBe(true);

      // Office.onReady resolved as Excel on a PC; the theme is light by default.
      const office = await page.evaluate(async () => ({ ready: await Office.onReady(), theme: Office.context.officeTheme.isDarkTheme, language: Office.context.displayLanguage }));
      expect(office).toEqual({ ready: { host: "Excel", platform: "PC" }, theme: false, language: "en-GB" });

      // Excel.run reaches the fake holding the sample: a read through the real batching rules.
      const names = await page.evaluate(() =>
        Excel.run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name");
          await context.sync();
          return sheets.items.map((s) => s.name);
        }),
      );
      expect(names.length).toBeGreaterThan(0);
      expect(await session.fake((fake) => fake.model.sheets.map((s) => s.name))).toEqual(names);
      expect(await session.fake((fake, sheet) => fake.isSetSupported("ExcelApi", sheet), "1.17")).toBe(true);

      // The page's CSP is the built one, in force: an inline script is refused.
      const inlineRan = await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.head.append(script);
        return "__inlineRan" in window;
      });
      expect(inlineRan).toBe(false);
      session.consoleErrors.splice(0); // the refusal above is reported as a console error, on purpose

      const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious).toEqual([]);

      const dir = await mkdtemp(join(tmpdir(), "pt-shot-"));
      try {
        const path = await saveScreenshot(page, "smoke", { dir });
        expect(path).toBe(join(dir, "taskpane-smoke.png"));
        expect((await stat(path)).size).toBeGreaterThan(1000);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }

      expect(session.blockedRequests).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("passes the dark theme and the ExcelApi version to Office, and records dialogs and ribbon functions", async () => {
    const session = await pane.openPane({ sample: "action-plan-2024.xlsx", dark: true, apiVersion: "1.8" });
    try {
      const { page } = session;
      await expect.poll(() => page.getByRole("heading", { level: 1, name: "Plan Tracker" }).isVisible()).toBe(true);
      const office = await page.evaluate(() => ({
        theme: Office.context.officeTheme,
        excel18: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
        excel19: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
        dialog: Office.context.requirements.isSetSupported("DialogApi", "1.2"),
      }));
      expect(office).toMatchObject({ theme: { isDarkTheme: true, bodyBackgroundColor: "#6A6A6A" }, excel18: true, excel19: false, dialog: true });

      // As office.js does, Excel.run sends what the batch queued after its last sync when the batch resolves.
      const first = await session.fake((fake) => fake.model.sheets[0]?.name ?? "");
      await page.evaluate(
        (sheet) =>
          Excel.run(async (context) => {
            context.workbook.worksheets.getItem(sheet).getRange("ZZ1").values = [["queued, not synced"]];
          }),
        first,
      );
      expect(await session.fake((fake, sheet) => fake.sheet(sheet).cell(1, 702)?.value, first)).toBe("queued, not synced");

      // displayDialogAsync is recorded, and a message "from the dialog" reaches the handler the page added.
      await page.evaluate(() => {
        const received: string[] = [];
        Object.assign(window, { __received: received });
        Office.context.ui.displayDialogAsync("https://127.0.0.1/dialog.html", { height: 40, width: 30 }, (result) => {
          result.value.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            received.push("message" in arg ? arg.message : `error ${arg.error}`);
            result.value.close();
          });
        });
      });
      await expect.poll(() => session.dialogs()).toEqual([{ url: "https://127.0.0.1/dialog.html", options: { height: 40, width: 30 }, closed: false, childMessages: [] }]);
      await session.sendDialogMessage(0, "hello");
      expect(await page.evaluate(() => (window as unknown as { __received: string[] }).__received)).toEqual(["hello"]);
      expect((await session.dialogs())[0]?.closed).toBe(true);

      // Ribbon functions: whatever the pane registered, plus one registered here, run with a fake event.
      await page.evaluate(() => Office.actions.associate("harnessProbe", (event: Office.AddinCommands.Event) => setTimeout(() => event.completed(), 10)));
      await session.runAction("harnessProbe");
      await expect(session.runAction("noSuchFunction")).rejects.toThrow(/no ribbon function "noSuchFunction"/);

      expect(session.blockedRequests).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
