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
import { settingsRows } from "./paneSupport.js";

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

  /** The tree's group rows as the eye reads them: "Reference used twice (1) Error". */
  const groupRows = (check: Locator) => check.getByRole("treeitem", { level: 1 }).evaluateAll((rows) => rows.map((row) => (row.textContent ?? "").replace(/^[▸▾]/, "")));

  it("Check lists the problems by kind, shows the selected one's details and fix once, and Enter goes to its cell", async () => {
    const session = await open();
    const { page } = session;
    const check = panel(page, "Check");

    await expect.poll(() => page.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
    // Office titles the pane "Plan Tracker": the page's own h1 is for screen readers, not a second title on screen.
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Plan Tracker"]);
    expect(await page.getByRole("heading", { level: 1 }).boundingBox()).toMatchObject({ width: 1, height: 1 });
    expect(await check.getByRole("status").innerText()).toBe("Checked as at 30 September 2018. 1 plan, 62 actions: 2 errors, 4 warnings and 1 note.");
    const tree = check.getByRole("tree", { name: "Problems (7)" });
    expect(await groupRows(check)).toEqual([
      "Reference used twice (1) Error",
      "Revised date before the original (1) Error",
      "Ongoing, with no date (1) Warning",
      "Target date passed (2) Warning",
      "No lead officer (1) Warning",
      "Status written differently (1) Note",
    ]);
    // A short list opens every group; each problem is named by its sheet, cell and message.
    expect(await check.getByRole("treeitem", { level: 2 }).count()).toBe(7);
    expect(await check.getByRole("treeitem", { name: `${PLAN}!D47: No lead officer is named for this action.`, exact: true }).count()).toBe(1);
    expect(await check.getByRole("treeitem", { name: new RegExp(`^${PLAN}!F53: `) }).count()).toBe(2);
    // The fix is not repeated in the list: it appears once, for the selected problem.
    expect(await check.getByText("Name the officer or team responsible.").count()).toBe(0);

    await screenshot(page, "check");

    // The list is one Tab stop: Tab from the Copy button's side lands on the tree, not on each row.
    expect(await tree.getAttribute("tabindex")).toBe("0");
    expect(await check.locator('[role="treeitem"][tabindex]').count()).toBe(0);

    // Clicking a problem selects it, shows its details once and selects its cell in the workbook.
    await check.getByRole("treeitem", { name: new RegExp(`^${PLAN}!D47: `) }).click();
    await expect.poll(() => session.fake((fake) => fake.model.selection)).toEqual({ sheet: PLAN, address: "D47" });
    const details = check.getByRole("region", { name: `D47 on “${PLAN}”` });
    expect(await details.innerText()).toContain("No lead officer is named for this action.");
    expect(await details.innerText()).toContain("To fix: Name the officer or team responsible.");
    expect(await check.getByText("Name the officer or team responsible.").count()).toBe(1);
    expect(await check.getByRole("treeitem", { selected: true }).count()).toBe(1);

    // By keyboard: Up moves to the problem above (and shows it), Enter goes to its cell.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => check.getByRole("treeitem", { selected: true }).getAttribute("id")).toBe(await tree.getAttribute("aria-activedescendant"));
    expect(await check.getByRole("region", { name: `F53 on “${PLAN}”` }).count()).toBe(1);
    await page.keyboard.press("Enter");
    await expect.poll(() => session.fake((fake) => fake.model.selection)).toEqual({ sheet: PLAN, address: "F53" });
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
    expect(await groupRows(check)).toEqual(["Reference used twice (1) Error", "Revised date before the original (1) Error", "Ongoing, with no date (1) Warning", "Target date passed (1) Warning", "Status written differently (1) Note"]);
    expect(await check.getByRole("treeitem", { name: new RegExp(`^${PLAN}!(D47|E41): `) }).count()).toBe(0);

    // A problem on a sheet that has since been deleted says so in words.
    await session.fake((fake) => {
      const sheet = fake.model.sheet("CIP monitoring");
      if (sheet) sheet.name = "CIP monitoring (old)";
    });
    await check.getByRole("treeitem", { name: new RegExp(`^${PLAN}!A14: `) }).click();
    await expect.poll(() => check.getByText(/There is no sheet called "CIP monitoring" any more/).count()).toBe(1);
    // Every failure offers Try again.
    expect(await check.getByRole("button", { name: "Try again" }).count()).toBe(1);

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
    expect(await refresh.getByRole("status").innerText()).toContain("5 sheets written, as at 30 September 2018.");
    expect(await button.isEnabled()).toBe(true);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said[0]).toBe("button disabled: Reading the workbook…");
    expect(said.at(-1)).toBe("button enabled: Refreshed 30/09/2018 12:00. 5 sheets written, as at 30 September 2018.");

    const links = refresh.getByRole("list").first().getByRole("button");
    expect(await links.allInnerTexts()).toEqual(["PT Summary", "PT Exceptions", "PT Committee", "PT Settings"]);
    expect(await sheetNames(session)).toEqual([PLAN, "Status June 2018", "PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT Plan rows"]);
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
    expect(await sheetNames(session)).toEqual([PLAN, "Status June 2018", "PT Summary", "PT Exceptions", "PT Committee", "PT Settings", "PT Plan rows"]);
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
    // The hidden history (and the hidden plan-rows sheet) are listed, not linked (Excel cannot go to a hidden sheet).
    expect(await refresh.getByText("(new, kept hidden)").count()).toBe(2);
    expect(await refresh.getByRole("button", { name: "PT History" }).count()).toBe(0);
    const ragColumn = await refresh.getByText(/^RAG column added to/).innerText();
    expect(ragColumn).toMatch(/^RAG column added to “CIP monitoring” \(column [I-Z]\)\.$/);
    const letter = /column ([A-Z]+)/.exec(ragColumn)?.[1] ?? "";
    expect(await session.fake((fake, column) => fake.sheet("CIP monitoring").touch(3, column.charCodeAt(0) - 64).value, letter)).toMatch(/RAG/);

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

  it("Columns shows what was found, corrects it from drop-downs of the row's headings into PT Settings, and refuses a clash without writing", async () => {
    const session = await open({ query: "?view=columns" });
    const { page } = session;
    const columns = panel(page, "Columns");

    const table = columns.getByRole("table", { name: `Columns found on ${PLAN}` });
    const rows = await table.getByRole("row").allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, " ").trim())).toEqual([
      "What Column",
      "Reference ref A — Ref",
      "Theme theme B — Theme",
      "Action action C — Action",
      "Lead officer lead D — Lead officer",
      "Target date target E — Original target date",
      "Revised date revisedTarget F — Revised target date",
      "Status status G — Status",
      "Progress or commentary progress H — Commentary",
    ]);
    expect(await columns.getByText("Found from the headings").count()).toBe(1);
    expect(await columns.getByText("A1:H65").count()).toBe(1);
    expect(await columns.getByText("Status June 2018", { exact: true }).count()).toBe(1);

    // "Correct these columns" opens "Where is your plan?" on this sheet, with focus on its heading and the reader's choice filled in.
    await columns.getByRole("button", { name: "Correct these columns" }).click();
    const form = columns.getByRole("form", { name: "Where is your plan?" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Where is your plan?");
    expect(await form.getByRole("combobox", { name: "Sheet" }).inputValue()).toBe(PLAN);
    expect(await form.getByRole("combobox", { name: "Row with the headings" }).inputValue()).toBe("3");
    const lead = form.getByRole("combobox", { name: "Lead officer" });
    expect(await lead.inputValue()).toBe("D");
    // Each column is offered by its letter and its heading on that row.
    expect(await lead.locator("option").allTextContents()).toEqual([
      "Not found — choose",
      "A — Ref",
      "B — Theme",
      "C — Action",
      "D — Lead officer",
      "E — Original target date",
      "F — Revised target date",
      "G — Status",
      "H — Commentary",
    ]);

    // One column for two fields is refused in words, and nothing is written.
    await form.getByRole("combobox", { name: "Status" }).selectOption("D");
    await form.getByRole("button", { name: "Save columns" }).click();
    await expect.poll(() => form.getByText("Column D is chosen for both Lead officer and Status. Choose a different column for one of them.").count()).toBe(1);
    expect(await sheetNames(session)).not.toContain("PT Settings");

    // Put right and saved: PT Settings holds the columns (no header row: the headings were found), and the plan is checked again with them.
    await form.getByRole("combobox", { name: "Status" }).selectOption("G");
    const save = form.getByRole("button", { name: "Save columns" });
    await save.click();
    await expect.poll(() => columns.getByText("Saved in this workbook").count()).toBe(1);
    expect(await settingsRows(session)).toContain("columns|'CIP monitoring'!ref=A, theme=B, action=C, lead=D, target=E, revisedTarget=F, status=G, progress=H");
    // Focus stays on Save, and the confirmation is announced.
    expect(await save.evaluate((button) => button === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator("[data-announcer]").textContent()).toMatch(/^Saved\. Plan Tracker now reads “CIP monitoring” with these columns/);

    // Removing the correction goes back to the headings; focus moves to Save, not the top of the page.
    await form.getByRole("button", { name: "Remove the correction" }).click();
    await expect.poll(() => columns.getByText("Found from the headings").count()).toBe(1);
    await expect.poll(() => save.evaluate((button) => button === document.activeElement)).toBe(true);
    expect((await settingsRows(session)).some((row) => row.startsWith("columns|"))).toBe(false);

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

  it("follows Office's dark theme, and every view passes axe with no serious problems in light, dark and forced colours", async () => {
    for (const mode of ["light", "dark", "forced"] as const) {
      const dark = mode === "dark";
      const session = await open({ dark });
      const { page } = session;
      // Reduced motion: axe measures colours, and a message bar still fading in would read as low contrast.
      await page.emulateMedia({ reducedMotion: "reduce", ...(mode === "forced" ? { forcedColors: "active" as const } : {}) });
      if (mode !== "forced") {
        const background = await page.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
        // webLightTheme's and webDarkTheme's colorNeutralBackground1.
        expect(background).toBe(dark ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)");
        expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe(dark ? "dark" : "light");
      }
      // A problem selected, so the tree's current row and the details are checked too.
      await panel(page, "Check").getByRole("treeitem", { name: new RegExp(`^${PLAN}!D47: `) }).click();
      if (dark) await screenshot(page, "dark");

      for (const view of VIEWS) {
        await page.getByRole("tab", { name: view }).click();
        await expect.poll(() => panel(page, view).isVisible()).toBe(true);
        expect((await seriousAxe(page)).join("\n"), `${view}, ${mode}`).toBe("");
      }
      // And after a refresh, with its results on show.
      await page.getByRole("tab", { name: "Refresh" }).click();
      await panel(page, "Refresh").getByRole("button", { name: "Refresh summary" }).click();
      await panel(page, "Refresh").getByText(/^Refreshed /).waitFor();
      expect((await seriousAxe(page)).join("\n"), `Refresh results, ${mode}`).toBe("");

      await closeCleanly(session);
    }
    // Three sessions, five axe runs each: a minute or more when the machine is busy.
  }, 120_000);
});
