/**
 * What the pane's browser tests share: opening the pane on a sample with the clock fixed, closing it
 * with no console errors and no requests elsewhere, its panels, screenshots and axe.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations, saveScreenshot, type OpenPaneOptions, type PaneBrowser, type PaneSession } from "./harness.js";

export const CIP = "cip-monitoring.xlsx";
export const PLAN = "CIP monitoring";
/** The as-at date of the CIP sample (progress up to 30 September 2018), midday in London. */
export const CIP_TODAY = new Date("2018-09-30T11:00:00Z");
export const VIEWS = ["Check", "Refresh", "Columns", "RAG rules"] as const;
export type ViewName = (typeof VIEWS)[number];

export function paneHelpers(pane: PaneBrowser) {
  /** Opens the pane on `sample` with the clock at `today`, once the first check has finished. */
  async function open(options: Partial<OpenPaneOptions> & { today?: Date; prepare?: (session: PaneSession) => Promise<void> } = {}): Promise<PaneSession> {
    const { today = CIP_TODAY, prepare, ...rest } = options;
    const session = await pane.openPane({ sample: CIP, ...rest });
    session.page.setDefaultTimeout(15_000);
    // The pane reads the date when it starts: fix the clock, then start it again (the fake workbook is rebuilt fresh).
    await session.page.clock.setFixedTime(today);
    await session.page.reload({ waitUntil: "load" });
    await session.page.getByText(/^(Checked as at |No plan found\.)/).waitFor({ state: "attached" });
    if (prepare) await prepare(session);
    return session;
  }

  /** Nothing went wrong in the page that the officer would not see: no console errors, no requests elsewhere. */
  async function closeCleanly(session: PaneSession): Promise<void> {
    const { consoleErrors, blockedRequests } = session;
    await session.close();
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
  }

  return { open, closeCleanly };
}

export const panel = (page: Page, view: ViewName): Locator => page.getByRole("tabpanel", { name: view });

/** docs/taskpane-<name>.png of the pane at its width, stretched to the content (capped at 4,000 px). */
export async function fullScreenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 350, height: 900 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 4000) });
  await saveScreenshot(page, name);
  await page.setViewportSize(viewport);
}

export async function seriousAxe(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.join(", ")}`);
}

/** The rows of a settings sheet as "key|value". */
export function settingsRows(session: PaneSession): Promise<string[]> {
  return session.fake((fake) => {
    const sheet = fake.model.sheet("PT Settings");
    if (!sheet) return [];
    const rows: string[] = [];
    for (let row = 1; row <= 60; row++) rows.push(`${String(sheet.cell(row, 1)?.value ?? "")}|${String(sheet.cell(row, 2)?.value ?? "")}`);
    return rows;
  });
}

/** The element that has focus, described for an assertion: its role and accessible name, or its id. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return "nothing";
    const label = element.getAttribute("aria-label") ?? element.textContent?.trim() ?? "";
    return `${element.getAttribute("role") ?? element.tagName.toLowerCase()}: ${label}`;
  });
}
