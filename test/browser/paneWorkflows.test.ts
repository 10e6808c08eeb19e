/**
 * The task pane worked through as an officer would, on workbooks it does not recognise and on long
 * problem lists: the real built pane (production build, its own CSP) over the stub Office host and
 * the fake Excel (harness.ts). The CIP sample is checked as at 30 September 2018: 62 actions, 7
 * problems (2 errors, 4 warnings, 1 note).
 *
 * Writes docs/taskpane-where.png (an unrecognised plan mapped in the pane), docs/taskpane-problems.png
 * (1,000 problems, stepped through) and docs/taskpane-narrow.png (RAG rules at 270 px, 5-point scale).
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeWithBrowser, saveScreenshot, usePaneBrowser, type PaneSession } from "./harness.js";
import { CIP, PLAN, VIEWS, focused, fullScreenshot, panel, paneHelpers, settingsRows } from "./paneSupport.js";

/** Headings no synonym list knows, for the CIP sample's eight columns. */
const ODD_HEADINGS = ["Item", "Strand", "Step", "Person", "Timing", "Moved to", "Position", "Narrative"];
/** Added rows with neither lead nor target: two warnings each. */
const EXTRA_ROWS = 500;
const SLOW = 120_000;

const announced = (page: Page) => page.locator("[data-announcer]").textContent();
const groupRows = (page: Page) =>
  panel(page, "Check")
    .getByRole("treeitem", { level: 1 })
    .evaluateAll((rows) => rows.map((row) => (row.textContent ?? "").replace(/^[▸▾]/, "")));
/** Everything the officer can read in the pane. */
const paneText = (page: Page) => page.evaluate(() => document.body.innerText);

describeWithBrowser("the task pane, worked through", () => {
  const pane = usePaneBrowser();
  const { open, closeCleanly } = paneHelpers(pane);

  async function renameHeadings(session: PaneSession): Promise<void> {
    await session.fake((fake, headings) => {
      const sheet = fake.sheet("CIP monitoring");
      headings.forEach((text, i) => (sheet.touch(3, i + 1).value = text));
    }, ODD_HEADINGS);
  }

  it(
    "an unrecognised plan: no command-line wording, mapped entirely in the pane, saved in PT Settings, then checked and refreshed",
    async () => {
      const session = await open({ prepare: renameHeadings });
      const { page } = session;
      const check = panel(page, "Check");
      await check.getByRole("button", { name: "Check again" }).click();
      await expect.poll(() => check.getByRole("status").innerText()).toBe("No plan found.");
      expect(await check.getByText(/open the Columns view of the Plan Tracker pane and say which row holds the headings/).count()).toBe(1);
      for (const view of VIEWS) {
        await page.getByRole("tab", { name: view }).click();
        expect(await paneText(page), view).not.toMatch(/--[a-z]|plan-tracker |command.line/i);
      }

      await page.getByRole("tab", { name: "Check" }).click();
      await check.getByRole("button", { name: "Say where the plan is" }).click();
      await expect.poll(() => page.getByRole("tab", { name: "Columns" }).getAttribute("aria-selected")).toBe("true");
      const form = panel(page, "Columns").getByRole("form", { name: "Where is your plan?" });
      expect(await form.getByRole("combobox", { name: "Sheet" }).inputValue()).toBe(PLAN);
      const row = form.getByRole("combobox", { name: "Row with the headings" });
      expect(await row.inputValue()).toBe("3");
      expect((await row.locator("option").allTextContents())[0]).toBe("Row 3: Item, Strand, Step, …");
      // No heading is recognised: every field says so, and the list of what is missing names them all.
      expect(await form.getByRole("combobox", { name: "Lead officer" }).inputValue()).toBe("");
      expect(await form.getByRole("combobox", { name: "Lead officer" }).locator("option:checked").textContent()).toBe("Not found — choose");
      expect(await form.getByText(/^Not found yet: /).innerText()).toBe(
        "Not found yet: Reference, Theme, Action, Lead officer, Target date, Revised date, Status and Progress or commentary.",
      );
      await screenshot(page, "where");

      const choices: Array<[string, string]> = [
        ["Reference", "A"],
        ["Theme", "B"],
        ["Action", "C"],
        ["Lead officer", "D"],
        ["Target date", "E"],
        ["Revised date", "F"],
        ["Status", "G"],
        ["Progress or commentary", "H"],
      ];
      for (const [field, column] of choices) await form.getByRole("combobox", { name: field, exact: true }).selectOption(column);
      expect(await form.getByText("Every main column is chosen.").count()).toBe(1);

      // "Show more fields" keeps focus on itself and says it is open.
      const more = form.getByRole("button", { name: "Show more fields" });
      await more.click();
      expect(await focused(page)).toBe("button: Show fewer fields");
      expect(await form.getByRole("button", { name: "Show fewer fields" }).getAttribute("aria-expanded")).toBe("true");
      expect(await form.getByRole("combobox", { name: "Project stage" }).count()).toBe(1);

      await form.getByRole("button", { name: "Save columns" }).click();
      await expect.poll(() => settingsRows(session)).toContain("columns|'CIP monitoring'!header=3, ref=A, theme=B, action=C, lead=D, target=E, revisedTarget=F, status=G, progress=H");
      // The next check reads the plan with these columns.
      await page.getByRole("tab", { name: "Check" }).click();
      await expect.poll(() => check.getByRole("status").innerText()).toBe("Checked as at 30 September 2018. 1 plan, 62 actions: 2 errors, 4 warnings and 1 note.");
      await page.getByRole("tab", { name: "Columns" }).click();
      expect(await panel(page, "Columns").getByText("Saved in this workbook").count()).toBe(1);

      // And so does the refresh.
      await page.getByRole("tab", { name: "Refresh" }).click();
      const refresh = panel(page, "Refresh");
      await refresh.getByRole("button", { name: "Refresh summary" }).click();
      await refresh.getByText(/^Refreshed /).waitFor();
      expect(await refresh.getByRole("status").innerText()).toContain("5 sheets written, as at 30 September 2018.");
      const committeeRows = await session.fake((fake) => {
        const sheet = fake.model.sheet("PT Committee");
        let rows = 0;
        // Each printed row finds its action in the plan live (MATCH, then INDEX): count the rows that do.
        const withLookup = new Set<number>();
        for (const [key, cell] of sheet?.cells ?? []) if (typeof cell.formula === "string" && /MATCH\(/.test(cell.formula)) withLookup.add(Math.floor(Number(key) / 16385));
        rows = withLookup.size;
        return rows;
      });
      // 62 actions, plus a few spare rows per theme for actions added after the refresh.
      expect(committeeRows).toBeGreaterThanOrEqual(62);

      await closeCleanly(session);
    },
    SLOW,
  );

  it("the ribbon's Refresh summary on an unrecognised plan says where to go in Excel, not a command-line option", async () => {
    const session = await pane.openPane({ sample: CIP, html: "commands.html" });
    try {
      await renameHeadings(session);
      const running = session.runAction("refreshSummary");
      await expect.poll(async () => (await session.dialogs()).length, { timeout: 10_000 }).toBe(1);
      const url = new URL((await session.dialogs())[0]?.url ?? "");
      expect(url.searchParams.get("title")).toBe("Summary not refreshed");
      const lines = url.searchParams.getAll("line").join(" ");
      expect(lines).toMatch(/open the Columns view of the Plan Tracker pane/);
      expect(lines).not.toMatch(/--[a-z]|plan-tracker |command.line/i);
      await session.sendDialogMessage(0, "close");
      await running;
    } finally {
      await session.close();
    }
  });

  it(
    "1,000 problems: grouped by kind with counts, drawn a screenful at a time, stepped through by keyboard and with Next and Previous",
    async () => {
      const session = await open({
        prepare: (s) =>
          s.fake(
            (fake, extra) => {
              const sheet = fake.sheet("CIP monitoring");
              for (let i = 0; i < extra; i++) {
                const row = 66 + i;
                sheet.touch(row, 1).value = `11.${i + 1}`;
                // The theme once, at the top of its block, as the CIP sample writes its themes.
                if (i === 0) sheet.touch(row, 2).value = "Extra theme";
                sheet.touch(row, 3).value = `Extra action ${i + 1}`;
                // "TBC": the date is still to be confirmed, a warning of its own (a blank date at the foot of a plan ends it).
                sheet.touch(row, 5).value = "TBC";
                sheet.touch(row, 7).value = "On track";
              }
            },
            EXTRA_ROWS,
          ),
      });
      const { page } = session;
      const check = panel(page, "Check");
      await check.getByRole("button", { name: "Check again" }).click();
      await expect.poll(() => check.getByRole("status").innerText()).toBe("Checked as at 30 September 2018. 1 plan, 562 actions: 2 errors, 1,004 warnings and 1 note.");
      expect(await groupRows(page)).toEqual([
        "Reference used twice (1) Error",
        "Revised date before the original (1) Error",
        "Ongoing, with no date (1) Warning",
        "Target date passed (2) Warning",
        "No lead officer (501) Warning",
        "Target date to be confirmed (500) Warning",
        "Status written differently (1) Note",
      ]);
      const tree = check.getByRole("tree", { name: "Problems (1,007)" });
      const drawn = () => check.getByRole("treeitem").count();

      // One Tab stop: from the last filter, Tab lands on the tree.
      await check.getByRole("combobox", { name: "Show" }).focus();
      await page.keyboard.press("Tab");
      expect(await tree.evaluate((element) => element === document.activeElement)).toBe(true);
      const current = () => page.evaluate(() => {
        const tree = document.querySelector('[role="tree"]');
        const id = tree?.getAttribute("aria-activedescendant");
        return id ? (document.getElementById(id)?.textContent ?? "").replace(/^[▸▾]/, "") : "";
      });

      // Down to "No lead officer", open it with Right, into it with Right again.
      for (let i = 0; i < 10 && !(await current()).startsWith("No lead officer"); i++) await page.keyboard.press("ArrowDown");
      expect(await current()).toBe("No lead officer (501) Warning");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => check.getByRole("treeitem", { name: /^No lead officer/ }).getAttribute("aria-expanded")).toBe("true");
      await page.keyboard.press("ArrowRight");
      expect(await current()).toBe(`${PLAN}!D47: No lead officer is named for this action.D47No lead officer is named for this action.`);
      expect(await check.getByRole("region", { name: `D47 on “${PLAN}”` }).innerText()).toContain("No lead officer: 1 of 501");

      // A hundred rows down: the details follow, and only a screenful of rows is ever in the page.
      for (let i = 0; i < 100; i++) await page.keyboard.press("ArrowDown");
      await expect.poll(() => check.getByRole("region", { name: `D165 on “${PLAN}”` }).count()).toBe(1);
      expect(await check.getByRole("region", { name: `D165 on “${PLAN}”` }).innerText()).toContain("No lead officer: 101 of 501");
      expect(await drawn()).toBeLessThan(60);
      await page.keyboard.press("PageDown");
      await expect.poll(() => check.getByRole("region", { name: `D175 on “${PLAN}”` }).count()).toBe(1);
      // Enter goes to the cell.
      await page.keyboard.press("Enter");
      await expect.poll(() => session.fake((fake) => fake.model.selection)).toEqual({ sheet: PLAN, address: "D175" });
      // Left goes back to the group; Left again closes it.
      await page.keyboard.press("ArrowLeft");
      expect(await current()).toBe("No lead officer (501) Warning");
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => check.getByRole("treeitem", { name: /^No lead officer/ }).getAttribute("aria-expanded")).toBe("false");

      // Next and Previous select each cell in turn, opening the next group when the list moves into it.
      await check.getByRole("button", { name: "Next" }).click();
      await expect.poll(() => session.fake((fake) => fake.model.selection)).toEqual({ sheet: PLAN, address: "D176" });
      expect(await check.getByRole("treeitem", { selected: true }).getAttribute("aria-posinset")).toBe("112");
      await check.getByRole("button", { name: "Previous" }).click();
      await expect.poll(() => session.fake((fake) => fake.model.selection)).toEqual({ sheet: PLAN, address: "D175" });
      // Focus stays on the button pressed, so the officer can keep pressing it.
      expect(await focused(page)).toBe("button: Previous");
      await saveScreenshot(page, "problems");

      // End and Home reach either end of the list.
      await tree.focus();
      await page.keyboard.press("End");
      expect(await current()).toBe("Status written differently (1) Note");
      await page.keyboard.press("Home");
      expect(await current()).toBe("Reference used twice (1) Error");
      expect(await drawn()).toBeLessThan(60);

      await closeCleanly(session);
    },
    SLOW,
  );

  it("filters by sheet and severity, copies the list as tab-separated text (with a fallback), and writes a PT Problems sheet of links", async () => {
    const session = await open({
      prepare: async (s) => {
        await s.fake((fake) => {
          const sheet = fake.model.addSheet("Second plan");
          const rows = [
            ["Ref", "Action", "Lead officer", "Target date", "Status"],
            ["1", "Publish the new policy", "", "March 2019", "On track"],
            ["2", "Train the team", "", "April 2019", "On track"],
          ];
          rows.forEach((cells, r) => cells.forEach((value, c) => value !== "" && (sheet.touch(r + 1, c + 1).value = value)));
        });
        await s.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      },
    });
    const { page } = session;
    const check = panel(page, "Check");
    await check.getByRole("button", { name: "Check again" }).click();
    await expect.poll(() => check.getByRole("status").innerText()).toBe("Checked as at 30 September 2018. 2 plans, 64 actions: 2 errors, 6 warnings and 1 note.");

    const sheetFilter = check.getByRole("combobox", { name: "Sheet" });
    expect(await sheetFilter.locator("option").allTextContents()).toEqual(["All sheets", PLAN, "Second plan"]);
    await sheetFilter.selectOption("Second plan");
    await expect.poll(() => groupRows(page)).toEqual(["No lead officer (2) Warning"]);
    await sheetFilter.selectOption("");
    await check.getByRole("combobox", { name: "Show" }).selectOption("error");
    await expect.poll(() => groupRows(page)).toEqual(["Reference used twice (1) Error", "Revised date before the original (1) Error"]);

    // Copy gives what is shown: a header line, then one line per problem, fields split by tabs.
    await check.getByRole("button", { name: "Copy the list" }).click();
    await expect.poll(() => announced(page)).toBe("Copied 2 problems. Paste them into an email or a sheet.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\r\n")).toEqual([
      "Sheet\tCell\tSeverity\tProblem\tTo fix",
      expect.stringMatching(/^CIP monitoring\tA14\tError\tReference 2\.4 is also used on row 13;.*\tGive each action its own reference/),
      expect.stringMatching(/^CIP monitoring\tF53\tError\tThe revised date \(30 June 2018\) is earlier than the original target/),
      "",
    ]);
    // Where the Clipboard API is refused (an iframe without clipboard-write), the older copy command copies the
    // selected text of a hidden text box. Headless Chromium does not put execCommand's copy on the clipboard
    // readText sees, so the test records what was selected when "copy" ran, and that focus came back. (A text box
    // keeps line breaks as "\n"; Excel and mail clients paste those as lines too.)
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, "writeText", { configurable: true, value: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) });
      const original = document.execCommand.bind(document);
      document.execCommand = (command: string, ...rest: unknown[]) => {
        const box = document.activeElement;
        if (command === "copy" && box instanceof HTMLTextAreaElement) Object.assign(window, { __copied: box.value.slice(box.selectionStart, box.selectionEnd) });
        return original(command, ...(rest as [boolean?, string?]));
      };
    });
    await check.getByRole("combobox", { name: "Show" }).selectOption("info");
    const copy = check.getByRole("button", { name: "Copy the list" });
    await copy.click();
    await expect.poll(() => announced(page)).toBe("Copied 1 problem. Paste them into an email or a sheet.");
    expect(await page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).toMatch(/^Sheet\tCell\tSeverity\tProblem\tTo fix\nCIP monitoring\tG59\tNote\t/);
    expect(await copy.evaluate((button) => button === document.activeElement)).toBe(true);

    // The PT Problems sheet: every problem, each cell a HYPERLINK to it, the plan's words kept as text.
    await check.getByRole("button", { name: "Add a PT Problems sheet" }).click();
    await expect.poll(() => announced(page)).toBe("Added the sheet “PT Problems” with 9 problems, each linked to its cell.");
    const written = await session.fake((fake) => {
      const sheet = fake.sheet("PT Problems");
      const cell = (row: number, column: number) => sheet.cell(row, column);
      return {
        header: [1, 2, 3, 4, 5, 6].map((c) => cell(4, c)?.value),
        link: cell(5, 2)?.formula,
        message: { value: cell(5, 5)?.value, format: cell(5, 5)?.numberFormat, formula: cell(5, 5)?.formula },
        lastLink: cell(13, 2)?.formula,
      };
    });
    expect(written.header).toEqual(["Sheet", "Cell", "Severity", "Kind", "Problem", "To fix"]);
    expect(written.link).toBe(`=HYPERLINK("#'CIP monitoring'!A14","A14")`);
    expect(written.message).toMatchObject({ format: "@", formula: undefined });
    expect(written.message.value).toMatch(/^Reference 2\.4 is also used on row 13/);
    expect(written.lastLink).toBe(`=HYPERLINK("#'Second plan'!C3","C3")`);
    await expect.poll(() => check.getByRole("button", { name: "Update the PT Problems sheet" }).count()).toBe(1);

    // A refresh brings it up to date rather than removing it.
    await page.getByRole("tab", { name: "Refresh" }).click();
    await panel(page, "Refresh").getByRole("button", { name: "Refresh summary" }).click();
    await panel(page, "Refresh").getByText(/^Refreshed /).waitFor();
    expect(await panel(page, "Refresh").getByRole("listitem").filter({ hasText: "PT Problems" }).innerText()).toBe("PT Problems (replaced)");
    expect(await panel(page, "Refresh").getByText(/No longer needed/).count()).toBe(0);

    await closeCleanly(session);
  }, SLOW);

  // The manifest requires ExcelApi 1.7, which has Worksheet.onChanged, so every Excel that installs the add-in can report edits.
  it("checks as at a chosen date, and again by itself when the plan sheet changes (debounced)", async () => {
    const session = await open();
    const { page } = session;
    const check = panel(page, "Check");
    await check.getByLabel("As at").fill("2018-06-30");
    await check.getByRole("button", { name: "Check again" }).click();
    // As at 30 June 2018, 6.4's July target has not yet passed; 8.5's revised date (30 June) is due, not past.
    await expect.poll(() => check.getByRole("status").innerText()).toMatch(/^Checked as at 30 June 2018\. 1 plan, 62 actions: /);
    const juneSummary = await check.getByRole("status").innerText();
    expect(juneSummary).not.toBe("Checked as at 30 June 2018. 1 plan, 62 actions: 2 errors, 4 warnings and 1 note.");
    expect(await check.getByRole("checkbox", { name: "Check again when the plan changes" }).isChecked()).toBe(true);

    // The officer names a lead for 7.4; Excel reports the edit; the pane checks again on its own, as at the chosen date.
    await session.fake((fake) => (fake.sheet("CIP monitoring").touch(47, 4).value = "Head of Risk"));
    const calls = await page.evaluate(async () => {
      const raise = window.__planTrackerRaiseChanged;
      if (!raise) throw new Error("the stub host has no change events");
      // Three edits in a row: one check, after the last.
      await raise("CIP monitoring", "D47");
      await raise("CIP monitoring", "D47");
      return raise("CIP monitoring", "D47");
    });
    expect(calls).toBeGreaterThan(0);
    await expect.poll(() => check.getByRole("status").innerText(), { timeout: 10_000 }).toMatch(/^Checked as at 30 June 2018\./);
    await expect.poll(() => check.getByRole("treeitem", { name: new RegExp(`^${PLAN}!D47: `) }).count(), { timeout: 10_000 }).toBe(0);
    await closeCleanly(session);

  }, SLOW);

  it("RAG rules: every accepted word listed, a new word Grey until chosen, order changed, no Blue on the 5-point scale, focus kept after Remove, Up and Save", async () => {
    const session = await open({ query: "?view=rules" });
    const { page } = session;
    const rules = panel(page, "RAG rules");

    // The words the checker accepts that the summary does not list are shown, with what they count as.
    const others = rules.getByRole("region", { name: "Other words the checker accepts" });
    const vocabulary = await session.page.evaluate(() => document.querySelectorAll("[data-status-row]").length);
    expect(vocabulary).toBe(5);
    // Behind a toggle that keeps focus: the vocabulary is the defaults (19 words) and the words learned from the workbook.
    const toggle = others.getByRole("button", { name: /^Show all \d+$/ });
    const offered = Number(/\d+/.exec(await toggle.innerText())?.[0]);
    expect(offered).toBeGreaterThanOrEqual(14);
    await toggle.click();
    expect(await focused(page)).toBe("button: Hide them");
    expect(await others.getByRole("listitem").count()).toBe(offered);
    expect(await others.getByRole("listitem").first().innerText()).toMatch(/^On target\s+Green/);

    // Remove "Some slippage": focus moves to the next row's Remove, and it is announced.
    await rules.getByRole("button", { name: "Remove “Some slippage”" }).click();
    expect(await focused(page)).toBe("button: Remove “Major slippage”");
    await expect.poll(() => announced(page)).toBe("“Some slippage” removed from the list. Save to keep the change.");
    // Move "Not started" up: focus stays on its Up button.
    await rules.getByRole("button", { name: "Move “Not started” up" }).click();
    expect(await focused(page)).toBe("button: Move “Not started” up");
    // A new word shows Grey until the officer chooses; an accepted word comes with its meaning.
    await rules.getByRole("textbox", { name: /^Add a status word/ }).fill("Paused");
    await rules.getByRole("button", { name: "Add", exact: true }).click();
    expect(await rules.getByRole("combobox", { name: "Paused" }).inputValue()).toBe("Grey");
    await others.getByRole("button", { name: "Add “On target” to the list" }).click();
    expect(await rules.getByRole("combobox", { name: "On target" }).inputValue()).toBe("Green");

    const save = rules.getByRole("button", { name: "Save RAG rules" });
    await save.click();
    await expect.poll(() => rules.getByText("Saved. The next refresh uses these rules.").count()).toBe(1);
    expect(await save.evaluate((button) => button === document.activeElement)).toBe(true);
    const statusRows = (await settingsRows(session)).filter((row) => row.startsWith("status."));
    expect(statusRows).toEqual(["status.Completed|Blue", "status.On track|Green", "status.Not started|Grey", "status.Major slippage|Red", "status.Paused|Grey", "status.On target|Green"]);

    // The 5-point scale offers no Blue: Completed shows the Green it will be.
    await rules.getByRole("radio", { name: /^DCA5: / }).check();
    const completed = rules.getByRole("combobox", { name: "Completed" });
    expect(await completed.locator("option").allTextContents()).toEqual(["Green", "Amber/Green", "Amber", "Amber/Red", "Red", "Grey"]);
    expect(await completed.inputValue()).toBe("Green");

    await closeCleanly(session);
  }, SLOW);

  it("at 270, 320 and 350 px nothing scrolls sideways and RAG rules rows reflow; at 1366×768 the first problem and Check again show without scrolling", async () => {
    for (const width of [270, 320, 350]) {
      const session = await open({ viewport: { width, height: 900 } });
      const { page } = session;
      for (const view of VIEWS) {
        await page.getByRole("tab", { name: view }).click();
        if (view === "RAG rules") await panel(page, view).getByRole("radio", { name: /^DCA5: / }).check();
        if (view === "Columns") await panel(page, view).getByRole("button", { name: "Correct these columns" }).click();
        // What sticks out, named, so a failure says where to look.
        const wide = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const out = [...document.querySelectorAll("body *")].filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.right > limit + 0.5 && !element.closest("[hidden]");
          });
          return { scroll: document.documentElement.scrollWidth - limit, out: out.slice(-3).map((element) => `${element.tagName.toLowerCase()}.${element.className.toString().split(" ")[0]} "${(element.textContent ?? "").slice(0, 30)}" right=${Math.round(element.getBoundingClientRect().right)}`) };
        });
        expect(wide, `${view} at ${width} px`).toEqual({ scroll: 0, out: [] });
      }
      // Each status row: the drop-down, its swatch and its buttons do not overlap, and all fit the pane.
      const overlaps = await panel(page, "RAG rules").evaluate((root, paneWidth) => {
        const found: string[] = [];
        const intersect = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        for (const row of root.querySelectorAll("[data-status-row]")) {
          const word = row.querySelector("label")?.textContent ?? "?";
          const parts = [row.querySelector("select"), row.querySelector("span[style]"), ...row.querySelectorAll("button")].flatMap((element) => (element ? [element.getBoundingClientRect()] : []));
          parts.forEach((a, i) => {
            if (a.right > paneWidth) found.push(`${word}: wider than the pane`);
            parts.slice(i + 1).forEach((b) => intersect(a, b) && found.push(`${word}: controls overlap`));
          });
        }
        return found;
      }, width);
      expect(overlaps, `${width} px`).toEqual([]);
      if (width === 270) {
        await page.getByRole("tab", { name: "RAG rules" }).click();
        await fullScreenshot(page, "narrow");
      }
      await closeCleanly(session);
    }

    // Excel at 1366×768 leaves the pane about 520 px high (768 less the taskbar, Excel's title bar, ribbon and the pane's own title).
    const session = await open({ viewport: { width: 320, height: 520 } });
    const { page } = session;
    const check = panel(page, "Check");
    const inView = async (box: { y: number; height: number } | null) => box !== null && box.y >= 0 && box.y + box.height <= 520;
    expect(await inView(await check.getByRole("button", { name: "Check again" }).boundingBox())).toBe(true);
    expect(await inView(await check.getByRole("treeitem", { level: 2 }).first().boundingBox())).toBe(true);
    await closeCleanly(session);
  }, SLOW);

  it("honest results: a partial refresh says what was written and what failed, with Try again; a snapshot says what is kept and compared", async () => {
    const session = await open({ query: "?view=refresh" });
    const { page } = session;
    const refresh = panel(page, "Refresh");

    // The plan sheet is protected: our sheets are written, the RAG column is not, and the pane says exactly that.
    await session.fake((fake) => (fake.sheet("CIP monitoring").protected = true));
    await refresh.getByRole("checkbox", { name: "Add a RAG column to the plan sheet" }).check();
    await refresh.getByRole("button", { name: "Refresh summary" }).click();
    await refresh.getByText(/^Partly refreshed /).waitFor();
    const said = await refresh.getByRole("status").innerText();
    expect(said).toContain("5 sheets written, as at 30 September 2018, but the RAG column on “CIP monitoring” was not.");
    expect(said).toContain('The sheet "CIP monitoring" is protected, so its RAG column was not added and that sheet was not changed.');
    expect(await paneText(page)).not.toMatch(/Nothing was changed/i);
    expect(await sheetNamesOf(session)).toEqual(expect.arrayContaining(["PT Summary", "PT Exceptions", "PT Committee", "PT Settings"]));
    // Try again, once the sheet is unprotected, finishes the job.
    await session.fake((fake) => (fake.sheet("CIP monitoring").protected = false));
    await refresh.getByRole("button", { name: "Try again" }).click();
    await refresh.getByText(/^Refreshed /).waitFor();
    expect(await refresh.getByText(/^RAG column added to “CIP monitoring”/).count()).toBe(1);

    // A snapshot as at 30 June, then a refresh as at 30 September: which periods are kept, and what each compares with.
    await refresh.getByRole("checkbox", { name: "Add a RAG column to the plan sheet" }).uncheck();
    await refresh.getByLabel("As at").fill("2018-06-30");
    await refresh.getByRole("checkbox", { name: "Take a snapshot for this period" }).check();
    await refresh.getByRole("button", { name: "Refresh summary" }).click();
    await expect
      .poll(() => refresh.getByText(/snapshot to compare with/).innerText())
      .toBe("This summary has no earlier snapshot to compare with. Snapshot kept: 30 June 2018. A refresh as at a later date compares with 30 June 2018.");
    await refresh.getByLabel("As at").fill("2018-09-30");
    await refresh.getByRole("checkbox", { name: "Take a snapshot for this period" }).uncheck();
    await refresh.getByRole("button", { name: "Refresh summary" }).click();
    await expect
      .poll(() => refresh.getByText(/^This summary compares with/).innerText())
      .toBe("This summary compares with the snapshot of 30 June 2018. Snapshot kept: 30 June 2018. A refresh as at a later date compares with 30 June 2018.");

    // A failed check offers Try again, which brings the list back.
    await page.getByRole("tab", { name: "Check" }).click();
    await session.fake((fake) => fake.failNextSync("GeneralException"));
    await panel(page, "Check").getByRole("button", { name: "Check again" }).click();
    await panel(page, "Check").getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => panel(page, "Check").getByRole("status").innerText()).toMatch(/^Checked as at /);

    await closeCleanly(session);
  }, SLOW);

  const sheetNamesOf = (session: PaneSession) => session.fake((fake) => fake.model.sheets.map((sheet) => sheet.name));
  const screenshot = (page: Page, name: string) => fullScreenshot(page, name);
});
