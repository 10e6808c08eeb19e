/**
 * The task pane as an officer uses it: the real, built pane (React + Fluent UI) over the real
 * officeWorkbookSession and Office.js adapter, against the fake Excel holding a sample workbook
 * (harness.ts). Figures are the samples' own (samples/README.md). The pane's clock is fixed to the
 * sample's as-at date, 30 September 2018, so "today" is the date the sample was written for.
 *
 * Writes docs/taskpane-check.png, docs/taskpane-refresh.png and docs/taskpane-dark.png (350 px wide).
 */
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { axeViolations, describeWithBrowser, saveScreenshot, usePaneBrowser, type OpenPaneOptions, type PaneSession } from "./harness.js";

const CIP = "cip-monitoring.xlsx";
const PLAN = "CIP monitoring";
/** The as-at date of the CIP sample (progress up to 30 September 2018), midday in London. */
const CIP_TODAY = new Date("2018-09-30T11:00:00Z");
const VIEWS = ["Check", "Refresh", "Columns", "RAG rules"] as const;

describeWithBrowser("the task pane", () => {
  const pane = usePaneBrowser();

  /** Opens the pane on `sample` with the clock at `today`, once the first check has finished. */
  async function open(options: Partial<OpenPaneOptions> & { today?: Date } = {}): Promise<PaneSession> {
    const { today = CIP_TODAY, ...rest } = options;
    const session = await pane.openPane({ sample: CIP, ...rest });
    session.page.setDefaultTimeout(15_000);
    // The pane reads the date when it starts: fix the clock, then start it again (the fake workbook is rebuilt fresh).
    await session.page.clock.setFixedTime(today);
    await session.page.reload({ waitUntil: "load" });
    await session.page.getByText(/^Checked as at /).waitFor({ state: "attached" });
    return session;
  }

  /** Nothing went wrong in the page that the officer would not see: no console errors, no requests elsewhere. */
  async function closeCleanly(session: PaneSession): Promise<void> {
    const { consoleErrors, blockedRequests } = session;
    await session.close();
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
  }

  const panel = (page: Page, view: (typeof VIEWS)[number]): Locator => page.getByRole("tabpanel", { name: view });
  const sheetNames = (session: PaneSession) => session.fake((fake) => fake.model.sheets.map((sheet) => sheet.name));

  /**
   * docs/taskpane-<name>.png of the whole pane, 350 px wide. The viewport is stretched to the content first:
   * saveScreenshot's full-page capture comes out viewport-high in this Chromium (it passes animations: "disabled").
   */
  async function screenshot(page: Page, name: string): Promise<void> {
    const viewport = page.viewportSize() ?? { width: 350, height: 900 };
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 4000) });
    await saveScreenshot(page, name);
    await page.setViewportSize(viewport);
  }

  async function seriousAxe(page: Page): Promise<string[]> {
    return (await axeViolations(page))
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.join(", ")}`);
  }

  it("Check lists the problems by severity and sheet, and selecting one goes to its cell", async () => {
    const session = await open();
    const { page } = session;
    const check = panel(page, "Check");

    await expect.poll(() => page.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("heading", { level: 1 }).allInnerTexts()).toEqual(["Plan Tracker"]);
    expect(await check.getByRole("status").innerText()).toBe("Checked as at 30 September 2018. 1 plan, 62 actions: 2 errors, 4 warnings and 1 note.");
    expect(await check.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(["Errors (2)", "Warnings (4)", "Notes (1)"]);
    expect(await check.getByRole("heading", { level: 4 }).allInnerTexts()).toEqual([`${PLAN} (2)`, `${PLAN} (4)`, `${PLAN} (1)`]);

    // Each problem is a button named by its cell and message; the fix is its description.
    const missingLead = check.getByRole("button", { name: `${PLAN}!D47: No lead officer is named for this action.`, exact: true });
    await expect.poll(() => missingLead.isVisible()).toBe(true);
    const fixId = await missingLead.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${fixId}"]`).innerText()).toBe("To fix: Name the officer or team responsible.");
    expect(await check.getByRole("button", { name: new RegExp(`^${PLAN}!A14: Reference 2\\.4 is also used on row 13`) }).count()).toBe(1);
    expect(await check.getByRole("button", { name: new RegExp(`^${PLAN}!G59: Status is written "on track "`) }).count()).toBe(1);
    // F53 has two problems: an error and a warning.
    expect(await check.getByRole("button", { name: new RegExp(`^${PLAN}!F53: `) }).count()).toBe(2);

    await screenshot(page, "check");

    // Selecting the problem selects its cell in the workbook, by mouse and by keyboard.
    await missingLead.click();
    await expect.poll(() => session.fake((fake) => fake.model.selection)).toEqual({ sheet: PLAN, address: "D47" });
    await check.getByRole("button", { name: new RegExp(`^${PLAN}!E41: `) }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => session.fake((fake) => fake.model.selection)).toEqual({ sheet: PLAN, address: "E41" });
    expect(await session.fake((fake) => fake.model.activeSheet?.name)).toBe(PLAN);

    await closeCleanly(session);
  });

  it("Check again shows the plan as the officer has since edited it", async () => {
    const session = await open();
    const { page } = session;
    const check = panel(page, "Check");

    // The officer names a lead for 7.4 and writes 6.4's status as Completed.
    await session.fake((fake) => {
      const sheet = fake.sheet("CIP monitoring");
      sheet.touch(47, 4).value = "Head of Risk";
      sheet.touch(41, 7).value = "Completed";
    });
    await check.getByRole("button", { name: "Check again" }).click();
    await expect.poll(() => check.getByRole("status").innerText()).toBe("Checked as at 30 September 2018. 1 plan, 62 actions: 2 errors, 2 warnings and 1 note.");
    expect(await check.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(["Errors (2)", "Warnings (2)", "Notes (1)"]);
    expect(await check.getByRole("button", { name: new RegExp(`^${PLAN}!(D47|E41): `) }).count()).toBe(0);

    // A problem on a sheet that has since been deleted says so in words.
    await session.fake((fake) => {
      const sheet = fake.model.sheet("CIP monitoring");
      if (sheet) sheet.name = "CIP monitoring (old)";
    });
    await check.getByRole("button", { name: new RegExp(`^${PLAN}!A14: `) }).click();
    await expect.poll(() => check.getByText(/There is no sheet called "CIP monitoring" any more/).count()).toBe(1);

    await closeCleanly(session);
  });

  it("Refresh writes the summary sheets, lists them as links to the sheets, and points to the problems", async () => {
    const session = await open();
    const { page } = session;
    await page.getByRole("tab", { name: "Refresh" }).click();
    const refresh = panel(page, "Refresh");

    expect(await refresh.getByLabel("As at").inputValue()).toBe("2018-09-30");
    expect(await refresh.getByText("The date the summary reports on: 30 September 2018.").count()).toBe(1);
    expect(await refresh.getByRole("checkbox", { name: "Take a snapshot for this period" }).isChecked()).toBe(false);
    expect(await refresh.getByRole("checkbox", { name: "Add a RAG column to the plan sheet" }).isChecked()).toBe(false);

    // Record what the live region says while the refresh runs, with each sync taking as long as a round trip to
    // Excel would (the fake answers at once, and React would draw only the end).
    await page.evaluate(() => {
      const excel = (window as unknown as { Excel: { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> } }).Excel;
      const run = excel.run.bind(excel);
      excel.run = (batch) =>
        run((context) => {
          const sync = context.sync.bind(context);
          context.sync = async <T,>(passThroughValue?: T) => {
            await new Promise((done) => setTimeout(done, 20));
            return sync(passThroughValue);
          };
          return batch(context);
        });
      const said: string[] = [];
      Object.assign(window, { __said: said });
      const region = document.querySelector("#panel-refresh [role=status]");
      const button = document.querySelector<HTMLButtonElement>("#panel-refresh button[type=submit]");
      // The button stays focusable while it runs (aria-disabled), so a keyboard user keeps their place.
      const record = () => said.push(`${button?.getAttribute("aria-disabled") === "true" ? "button disabled" : "button enabled"}: ${region?.textContent ?? ""}`);
      if (region) new MutationObserver(record).observe(region, { subtree: true, childList: true, characterData: true });
    });
    const button = refresh.getByRole("button", { name: "Refresh summary" });
    await button.click();
    await refresh.getByText(/^Refreshed \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/).waitFor();
    expect(await refresh.getByText(/^Refreshed /).innerText()).toBe("Refreshed 30/09/2018 12:00.");
    expect(await refresh.getByRole("status").innerText()).toContain("4 sheets written, as at 30 September 2018.");
    expect(await button.isEnabled()).toBe(true);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said[0]).toBe("button disabled: Reading the workbook…");
    expect(said.at(-1)).toBe("button enabled: Refreshed 30/09/2018 12:00. 4 sheets written, as at 30 September 2018.");

    const links = refresh.getByRole("list").first().getByRole("button");
    expect(await links.allInnerTexts()).toEqual(["PT Summary", "PT Exceptions", "PT Committee", "PT Settings"]);
    expect(await sheetNames(session)).toEqual([PLAN, "Status June 2018", "PT Summary", "PT Exceptions", "PT Committee", "PT Settings"]);
    expect(await refresh.getByText("The plan has 2 errors, 4 warnings and 1 note.").count()).toBe(1);
    await screenshot(page, "refresh");

    // A sheet's link takes the officer there.
    await refresh.getByRole("button", { name: "PT Exceptions" }).click();
    await expect.poll(() => session.fake((fake) => fake.model.activeSheet?.name)).toBe("PT Exceptions");

    // "Show the problems" opens the Check view, with focus on its tab.
    await refresh.getByRole("button", { name: "Show the problems" }).click();
    await expect.poll(() => page.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-check");
    expect(await panel(page, "Check").isVisible()).toBe(true);
    expect(await refresh.isVisible()).toBe(false);

    // A second refresh replaces the same sheets, and the plan sheet is untouched.
    const planBefore = await session.fake((fake) => fake.sheet("CIP monitoring").cells.size);
    await page.getByRole("tab", { name: "Refresh" }).click();
    await button.click();
    await expect.poll(() => refresh.getByText("(replaced)").count()).toBe(4);
    expect(await sheetNames(session)).toEqual([PLAN, "Status June 2018", "PT Summary", "PT Exceptions", "PT Committee", "PT Settings"]);
    expect(await session.fake((fake) => fake.sheet("CIP monitoring").cells.size)).toBe(planBefore);

    await closeCleanly(session);
  });

  it("a snapshot for the period is kept in a hidden PT History sheet, and a RAG column only when asked", async () => {
    const session = await open({ query: "?view=refresh" });
    const { page } = session;
    const refresh = panel(page, "Refresh");

    await refresh.getByLabel("As at").fill("2018-09-28");
    expect(await refresh.getByText("The date the summary reports on: 28 September 2018.").count()).toBe(1);
    await refresh.getByRole("checkbox", { name: "Take a snapshot for this period" }).check();
    await refresh.getByRole("checkbox", { name: "Add a RAG column to the plan sheet" }).check();
    await refresh.getByRole("button", { name: "Refresh summary" }).click();
    await refresh.getByText(/^Refreshed /).waitFor();

    expect(await refresh.getByRole("status").innerText()).toContain("as at 28 September 2018.");
    expect(await session.fake((fake) => fake.model.sheet("PT History")?.visibility)).toBe("Hidden");
    // The hidden history is listed, not linked (Excel cannot go to a hidden sheet).
    expect(await refresh.getByText("(new, kept hidden)").count()).toBe(1);
    expect(await refresh.getByRole("button", { name: "PT History" }).count()).toBe(0);
    const ragColumn = await refresh.getByText(/^RAG column added to/).innerText();
    expect(ragColumn).toMatch(/^RAG column added to “CIP monitoring” \(column [I-Z]\)\.$/);
    const letter = /column ([A-Z]+)/.exec(ragColumn)?.[1] ?? "";
    expect(await session.fake((fake, column) => fake.sheet("CIP monitoring").touch(3, column.charCodeAt(0) - 64).value, letter)).toMatch(/RAG/);

    await closeCleanly(session);
  });

  it("a long list shows 100 problems per sheet at a time, with a button for the rest", async () => {
    const session = await open();
    const { page } = session;
    const check = panel(page, "Check");
    // Every action loses its lead, its dates and its status: 62 missing leads, and more.
    await session.fake((fake) => {
      const sheet = fake.sheet("CIP monitoring");
      for (let row = 4; row <= 65; row++) for (const column of [4, 5, 6, 7]) sheet.touch(row, column).value = null;
    });
    await check.getByRole("button", { name: "Check again" }).click();
    await expect.poll(() => check.getByRole("heading", { level: 3, name: /^Warnings/ }).innerText()).not.toBe("Warnings (4)");
    const warnings = Number(/\((\d+)\)/.exec(await check.getByRole("heading", { level: 3, name: /^Warnings/ }).innerText())?.[1]);
    expect(warnings).toBeGreaterThan(100);
    const warningList = check.getByRole("list").nth(1);
    expect(await warningList.getByRole("listitem").count()).toBe(100);
    expect(await check.getByText(`Showing 100 of ${warnings} on this sheet.`).count()).toBe(1);
    await check.getByRole("button", { name: `Show ${Math.min(100, warnings - 100)} more` }).click();
    await expect.poll(() => warningList.getByRole("listitem").count()).toBe(Math.min(200, warnings));
    await closeCleanly(session);
  });

  it("opens on the view the ribbon asks for (?view=refresh)", async () => {
    const session = await open({ query: "?view=refresh" });
    const { page } = session;
    expect(await page.getByRole("tab", { name: "Refresh" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("heading", { level: 2, name: "Refresh summary" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 2, name: "Check the plan" }).isVisible()).toBe(false);
    // Tabs work from the keyboard: arrow to the next tab.
    await page.getByRole("tab", { name: "Refresh" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("tab", { name: "Columns" }).getAttribute("aria-selected")).toBe("true");
    await closeCleanly(session);
  });

  it("Columns shows what was found, saves a correction in PT Settings, and refuses a bad one without writing", async () => {
    const session = await open({ query: "?view=columns" });
    const { page } = session;
    const columns = panel(page, "Columns");

    const table = columns.getByRole("table", { name: `Columns found on ${PLAN}` });
    const rows = await table.getByRole("row").allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, " ").trim())).toEqual([
      "What Column",
      "Reference ref A",
      "Theme theme B",
      "Action action C",
      "Lead officer lead D",
      "Target date target E",
      "Revised date revisedTarget F",
      "Status status G",
      "Progress or commentary progress H",
    ]);
    expect(await columns.getByText("Found from the headings").count()).toBe(1);
    expect(await columns.getByText("A1:H65").count()).toBe(1);
    expect(await columns.getByText("Status June 2018", { exact: true }).count()).toBe(1);

    const box = columns.getByRole("textbox", { name: `Correct the columns on ${PLAN}` });
    expect(await box.inputValue()).toBe("");

    // A correction that cannot be read: the message is next to the box and nothing is written.
    await box.fill("lead=7");
    await columns.getByRole("button", { name: "Save columns" }).first().click();
    await expect.poll(() => columns.getByText('"lead" takes a column letter, e.g. lead=G.').count()).toBe(1);
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    expect(await sheetNames(session)).not.toContain("PT Settings");

    // A good one is saved in PT Settings (columns | 'CIP monitoring'!…) and the plan is checked again with it.
    await box.fill("status=G, lead=D");
    await columns.getByRole("button", { name: "Save columns" }).first().click();
    await expect.poll(() => columns.getByText("Saved in this workbook").count()).toBe(1);
    const settingsRows = await session.fake((fake) => {
      const sheet = fake.model.sheet("PT Settings");
      if (!sheet) return [];
      const rows: string[] = [];
      for (let row = 1; row <= 40; row++) rows.push(`${String(sheet.cell(row, 1)?.value ?? "")}|${String(sheet.cell(row, 2)?.value ?? "")}`);
      return rows;
    });
    expect(settingsRows).toContain("columns|'CIP monitoring'!status=G, lead=D");
    expect(await columns.getByRole("textbox", { name: `Correct the columns on ${PLAN}` }).inputValue()).toBe("status=G, lead=D");
    expect(await columns.getByText("Saved, and the plan checked again with these columns.").count()).toBe(1);

    await closeCleanly(session);
  });

  it("RAG rules shows the scale, threshold, date and status words, and saves a change to rag.scale", async () => {
    const session = await open({ query: "?view=rules" });
    const { page } = session;
    const rules = panel(page, "RAG rules");

    expect(await rules.getByRole("radio", { name: /^BRAG: Blue for complete/ }).isChecked()).toBe(true);
    expect(await rules.getByRole("spinbutton", { name: /^Amber when the due date/ }).inputValue()).toBe("30");
    expect(await rules.getByRole("radio", { name: /^The revised date when there is one/ }).isChecked()).toBe(true);
    expect(await rules.getByRole("combobox").count()).toBe(5);
    expect(await rules.getByRole("combobox", { name: "Completed" }).inputValue()).toBe("Blue");
    expect(await rules.getByRole("combobox", { name: "Some slippage" }).inputValue()).toBe("Amber");

    // On the three-point scale Completed shows as Green: the swatch says so in words, not only in colour.
    await rules.getByRole("radio", { name: /^RAG: / }).check();
    const completedRow = rules.getByRole("combobox", { name: "Completed" }).locator("xpath=ancestor::div[contains(., 'Shows as')][1]");
    expect(await completedRow.getByText("Shows as").locator("xpath=following-sibling::*[1]").innerText()).toBe("Green");

    // A threshold out of range is explained and cannot be saved.
    const days = rules.getByRole("spinbutton", { name: /^Amber when the due date/ });
    await days.fill("400");
    expect(await rules.getByText("Use a whole number of days from 0 to 366, for example 30.").count()).toBe(1);
    expect(await rules.getByRole("button", { name: "Save RAG rules" }).isDisabled()).toBe(true);
    await days.fill("14");

    await rules.getByRole("button", { name: "Save RAG rules" }).click();
    await expect.poll(() => rules.getByText("Saved. The next refresh uses these rules.").count()).toBe(1);
    const settings = await session.fake((fake) => {
      const sheet = fake.model.sheet("PT Settings");
      const found: Record<string, string> = {};
      for (let row = 1; row <= 40; row++) {
        const key = sheet?.cell(row, 1)?.value;
        if (typeof key === "string") found[key] = String(sheet?.cell(row, 2)?.value ?? "");
      }
      return found;
    });
    expect(settings).toMatchObject({ "rag.scale": "RAG", "rag.amberDays": "14", "rag.date": "revised", "status.Completed": "Blue" });
    // The pane reads back what it saved.
    expect(await rules.getByRole("radio", { name: /^RAG: / }).isChecked()).toBe(true);
    expect(await rules.getByText("Saved in the sheet “PT Settings”.").count()).toBe(0); // the saved message shows instead

    await closeCleanly(session);
  });

  it("explains, instead of saving, when the settings are in the officer's own sheet", async () => {
    const session = await open();
    const { page } = session;
    await session.fake((fake) => {
      const sheet = fake.model.addSheet("Our settings");
      sheet.touch(1, 1).value = "plan-tracker:settings";
      sheet.touch(2, 1).value = "rag.scale";
      sheet.touch(2, 2).value = "DCA5";
    });
    await panel(page, "Check").getByRole("button", { name: "Check again" }).click();
    await page.getByRole("tab", { name: "RAG rules" }).click();
    const rules = panel(page, "RAG rules");
    await expect.poll(() => rules.getByText(/keeps its Plan Tracker settings in your sheet “Our settings”/).count()).toBe(1);
    expect(await rules.getByRole("radio", { name: /^DCA5: / }).isChecked()).toBe(true);
    expect(await rules.getByRole("button", { name: "Save RAG rules" }).count()).toBe(0);
    await page.getByRole("tab", { name: "Columns" }).click();
    expect(await panel(page, "Columns").getByText(/keeps its Plan Tracker settings in your sheet “Our settings”/).count()).toBe(1);
    expect(await panel(page, "Columns").getByRole("button", { name: "Save columns" }).count()).toBe(0);
    await closeCleanly(session);
  });

  it("shows Excel's refusal as a plain message, not a stack trace", async () => {
    const session = await open();
    const { page } = session;
    const check = panel(page, "Check");
    await session.fake((fake) => fake.failNextSync("GeneralException"));
    await check.getByRole("button", { name: "Check again" }).click();
    await expect.poll(() => check.getByRole("status").innerText()).toBe("The check did not finish.");
    const message = (await check.getByText("Could not check the workbook").locator("xpath=..").textContent()) ?? "";
    expect(message).toMatch(/^Could not check the workbook Excel reported a problem while Plan Tracker was reading the workbook\. Save your work/);
    // Office's code is there for support, small, under the sentence.
    expect(await check.getByText(/^Details for support: .*GeneralException/).count()).toBe(1);
    expect(message).not.toMatch(/\bat\s+\S+\s+\(|\.js:\d+/);
    expect(await check.getByRole("heading", { level: 3 }).count()).toBe(0);
    // Checking again once Excel answers brings the list back.
    await check.getByRole("button", { name: "Check again" }).click();
    await expect.poll(() => check.getByRole("status").innerText()).toMatch(/^Checked as at 30 September 2018\./);
    // The failed call was reported to the officer, not to the console.
    await closeCleanly(session);
  });

  it("says so in words when the workbook has no plan", async () => {
    const session = await pane.openPane({ sample: CIP });
    const { page } = session;
    page.setDefaultTimeout(15_000);
    await session.fake((fake) => {
      const sheet = fake.model.sheet("CIP monitoring");
      if (sheet) sheet.cells.clear();
    });
    await page.getByText(/^Checked as at /).waitFor();
    await panel(page, "Check").getByRole("button", { name: "Check again" }).click();
    await expect.poll(() => panel(page, "Check").getByRole("status").innerText()).toBe("No plan found.");
    expect(await panel(page, "Check").getByText("No plan found", { exact: true }).count()).toBe(1);
    await closeCleanly(session);
  });

  it("follows Office's dark theme, and every view passes axe with no serious problems in light and dark", async () => {
    for (const dark of [false, true]) {
      const session = await open({ dark });
      const { page } = session;
      const background = await page.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
      // webLightTheme's and webDarkTheme's colorNeutralBackground1.
      expect(background).toBe(dark ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)");
      expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe(dark ? "dark" : "light");
      if (dark) await screenshot(page, "dark");

      for (const view of VIEWS) {
        await page.getByRole("tab", { name: view }).click();
        await expect.poll(() => panel(page, view).isVisible()).toBe(true);
        expect(await seriousAxe(page), `${view}, ${dark ? "dark" : "light"}`).toEqual([]);
      }
      // And after a refresh, with its results on show.
      await page.getByRole("tab", { name: "Refresh" }).click();
      await panel(page, "Refresh").getByRole("button", { name: "Refresh summary" }).click();
      await panel(page, "Refresh").getByText(/^Refreshed /).waitFor();
      expect(await seriousAxe(page), `Refresh results, ${dark ? "dark" : "light"}`).toEqual([]);

      await closeCleanly(session);
    }
  });
});
