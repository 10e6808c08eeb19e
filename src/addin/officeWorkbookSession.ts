/**
 * The add-in's use cases over Office.js: the same core the command line runs (check, refresh,
 * settings), with the live workbook read and written by `adapters/officejs`. Each use case is one
 * `Excel.run`; errors of every kind leave as {@link AddinError}s the pane and the ribbon can show.
 */
import { readWorkbookGrid } from "../adapters/officejs/readWorkbookGrid.js";
import { applyRagColumn, renderSheetSpecs } from "../adapters/officejs/renderSheetSpecs.js";
import { defaultIsSetSupported, type IsSetSupported } from "../adapters/officejs/requirements.js";
import { checkWorkbook, reportFor, type WorkbookCheck } from "../core/checkWorkbook.js";
import { columnLetters } from "../core/grid/Address.js";
import { buildCommitteePack } from "../core/pack/buildCommitteePack.js";
import type { CommitteePack } from "../core/pack/PackDocument.js";
import type { SheetGrid, WorkbookGrid } from "../core/grid/SheetGrid.js";
import type { IsoDate } from "../core/parse/IsoDate.js";
import { ukDateTime } from "../core/parse/localTime.js";
import { planLocationChoices } from "../core/plan/PlanLocation.js";
import { whyNoPlan, type NoPlanReason } from "../core/plan/whyNoPlan.js";
import type { RagRules } from "../core/rag/ragRules.js";
import { buildRefresh } from "../core/refresh/buildRefresh.js";
import { buildProblemsSheet } from "../core/refresh/problemsSheet.js";
import { buildSettingsSheet } from "../core/refresh/settingsSheet.js";
import { columnSettings, parseColumnSetting, withColumnSetting, withRagRules } from "../core/settings/editSettings.js";
import { isSettingsSheet, readWorkbookSettings, type WorkbookSettings } from "../core/settings/WorkbookSettings.js";
import { generatedRoleOf, officerSheetNames, sheetNamesFor } from "../core/sheets/SheetSpec.js";
import { PlanTrackerHostError } from "../adapters/officejs/officeErrors.js";
import { AddinError, toAddinError } from "./AddinError.js";
import { isFocusError, pause, retryWhenFocusLost } from "./retryWhenFocusLost.js";
import type { CheckOutcome, ProblemsSheetOutcome, RefreshOutcome, RefreshRequest, SettingsView, StopWatching, WorkbookSession } from "./WorkbookSession.js";

/** How the session reaches Excel: `Excel.run` in the add-in, a fake Excel in tests. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported?: IsSetSupported;
  /** The clock, for "Refreshed …" (tests fix it). */
  readonly now?: () => Date;
  /** Waits before the retry when another workbook took focus (tests make it instant). */
  readonly wait?: (ms: number) => Promise<void>;
}

/** The host in a real add-in page, once `Office.onReady` has resolved. */
export function officeHostFromGlobals(): OfficeHost {
  return { run: (batch) => Excel.run(batch), isSetSupported: defaultIsSetSupported(), now: () => new Date() };
}

/** The report's "file": inside Excel it is always the open workbook. */
const THIS_WORKBOOK = "This workbook";

function sentence(reason: NoPlanReason): string {
  return reason.message.charAt(0).toUpperCase() + reason.message.slice(1);
}

function settingsView(settings: WorkbookSettings): SettingsView {
  return {
    source: settings.source,
    sheet: settings.sheet,
    editable: settings.source !== "legacy",
    ragRules: settings.ragRules,
    columns: columnSettings(settings),
  };
}

function refuseOfficerSettingsSheet(settings: WorkbookSettings): void {
  if (settings.source === "legacy") {
    throw new AddinError(
      `Your Plan Tracker settings are kept in your own sheet "${settings.sheet}", which Plan Tracker never changes. Nothing was saved. Edit the values in column B of that sheet instead.`,
    );
  }
}

/** Sheets an officer could say hold a plan: not ours, not the settings. */
const mayHoldPlan = (sheet: SheetGrid): boolean => generatedRoleOf(sheet) === undefined && !isSettingsSheet(sheet);

/**
 * Why the RAG column could not be added to the officer's sheet, after our sheets were written: so
 * never "nothing was changed".
 */
function ragColumnFailure(sheet: string, error: unknown): string {
  if (error instanceof PlanTrackerHostError && error.kind === "protected") {
    return `The sheet "${sheet}" is protected, so its RAG column was not added and that sheet was not changed. Unprotect it (Review > Unprotect Sheet), then try again.`;
  }
  return `The RAG column was not added to "${sheet}". ${toAddinError(error).message}`;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAddinError(error);
  }
}

export function officeWorkbookSession(host: OfficeHost): WorkbookSession {
  const isSetSupported = host.isSetSupported ?? defaultIsSetSupported();
  const now = host.now ?? (() => new Date());
  const wait = host.wait ?? pause;
  const read = (context: Excel.RequestContext): Promise<WorkbookGrid> => readWorkbookGrid(context, { isSetSupported });

  /** Writes the settings sheet alone, leaving our other sheets as they are. */
  async function writeSettings(context: Excel.RequestContext, grid: WorkbookGrid, settings: WorkbookSettings): Promise<void> {
    const name = settings.sheet ?? (sheetNamesFor([{ role: "settings" }], officerSheetNames(grid))[0] as string);
    await renderSheetSpecs(context, [buildSettingsSheet(name, settings, [])], { isSetSupported, removeStale: false, date1904: grid.date1904 ?? false });
  }

  /** Reads the settings, applies `change`, writes them back (one Excel.run; once more if another workbook took focus). */
  function saveSettings(change: (settings: WorkbookSettings) => WorkbookSettings): Promise<void> {
    return guarded(() =>
      retryWhenFocusLost(
        () =>
          host.run(async (context) => {
            const grid = await read(context);
            const settings = readWorkbookSettings(grid);
            refuseOfficerSettingsSheet(settings);
            await writeSettings(context, grid, change(settings));
          }),
        wait,
      ),
    );
  }

  return {
    check(asOf: IsoDate): Promise<CheckOutcome> {
      return guarded(() =>
        host.run(async (context) => {
          const grid = await read(context);
          const check = checkWorkbook(grid, { asOf, frontEnd: "excel" });
          const settings = settingsView(readWorkbookSettings(grid));
          const locations = planLocationChoices(grid, check.plans, mayHoldPlan);
          const statusWords = check.statuses.names;
          if (check.plans.length === 0) {
            const reason = whyNoPlan(grid, check.skipped, [], "excel");
            return { kind: "no-plan", code: reason.code, message: sentence(reason), settings, locations, statusWords };
          }
          const generatedSheets = grid.sheets.flatMap((sheet) => {
            const role = generatedRoleOf(sheet);
            return role ? [{ name: sheet.name, role }] : [];
          });
          return { kind: "checked", report: reportFor(THIS_WORKBOOK, asOf, check), settings, generatedSheets, locations, statusWords };
        }),
      );
    },

    refresh(request: RefreshRequest): Promise<RefreshOutcome> {
      const progress = request.onProgress ?? (() => undefined);
      return guarded(() =>
        retryWhenFocusLost(() => host.run(async (context) => {
          progress({ phase: "reading", done: 0, total: 0 });
          const grid = await read(context);
          progress({ phase: "checking", done: 0, total: 0 });
          const check: WorkbookCheck = checkWorkbook(grid, { asOf: request.asOf, frontEnd: "excel" });
          if (check.plans.length === 0) {
            throw new AddinError(`Plan Tracker found no plan to summarise. ${sentence(whyNoPlan(grid, check.skipped, [], "excel"))}`);
          }
          const refreshedAt = ukDateTime(now());
          const built = buildRefresh({ grid, check, asOf: request.asOf, refreshedAt, takeSnapshot: request.takeSnapshot, addRagColumn: request.addRagColumn });
          progress({ phase: "writing", done: 0, total: 0 });
          const rendered = await renderSheetSpecs(context, built.specs, {
            isSetSupported,
            date1904: grid.date1904 ?? false,
            onProgress: ({ requestsDone, requestsExpected }) => progress({ phase: "writing", done: requestsDone, total: requestsExpected }),
          });
          const ragColumns = request.addRagColumn ? built.ragColumns : [];
          const skipped = [...rendered.skippedFeatures];
          const failures: Array<{ what: string; message: string }> = [];
          const added: typeof ragColumns = [];
          for (const column of ragColumns) {
            // Our sheets are written by now: a RAG column that fails is reported beside them, not as a failed refresh.
            try {
              skipped.push(...(await applyRagColumn(context, column, { isSetSupported })).skippedFeatures);
              added.push(column);
            } catch (error) {
              failures.push({ what: `RAG column on “${column.sheet}”`, message: ragColumnFailure(column.sheet, error) });
            }
          }
          const rowsOf = new Map(built.sheets.map((sheet) => [sheet.name, sheet.rows]));
          return {
            report: reportFor(THIS_WORKBOOK, request.asOf, check),
            sheets: rendered.sheets.map((sheet) => ({ ...sheet, rows: rowsOf.get(sheet.name) ?? 0 })),
            removed: rendered.removed,
            skippedFeatures: skipped.map(({ label, requirementSet, sheets }) => ({ label, requirementSet, sheets })),
            ragColumns: added.map((column) => ({ sheet: column.sheet, column: columnLetters(column.column) })),
            refreshedAt,
            history: built.history,
            failures,
          };
        }), wait),
      );
    },

    goTo(sheet: string, cell?: string): Promise<void> {
      const go = () =>
        host.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
          worksheet.load("visibility");
          await context.sync();
          if (worksheet.isNullObject) {
            throw new AddinError(`There is no sheet called "${sheet}" any more: it may have been renamed or deleted. Select Check again to bring the list up to date.`);
          }
          if (worksheet.visibility !== "Visible") {
            throw new AddinError(`The sheet "${sheet}" is hidden. To see it, right-click any sheet tab, choose Unhide and pick "${sheet}".`);
          }
          if (cell) worksheet.getRange(cell).select();
          else worksheet.activate();
          await context.sync();
        });
      return guarded(() =>
        retryWhenFocusLost(go, wait).catch((error: unknown) => {
          if (!isFocusError(error)) throw error;
          throw new AddinError(
            `Excel couldn't go to ${cell ? `${cell} on ` : ""}"${sheet}", which happens when another workbook is in front. Click anywhere in this workbook, then try again.`,
            `${(error as { code?: string }).code ?? "GeneralException"}`,
          );
        }),
      );
    },

    async saveColumns(sheet: string, text: string): Promise<void> {
      // A correction that cannot be read is refused before Excel is asked for anything.
      await guarded(async () => parseColumnSetting(sheet, text));
      return saveSettings((settings) => withColumnSetting(settings, sheet, text));
    },

    saveRagRules(rules: RagRules): Promise<void> {
      return saveSettings((settings) => withRagRules(settings, rules));
    },

    writeProblemsSheet(asOf: IsoDate): Promise<ProblemsSheetOutcome> {
      return guarded(() =>
        host.run(async (context) => {
          const grid = await read(context);
          const check = checkWorkbook(grid, { asOf, frontEnd: "excel" });
          const existing = grid.sheets.find((sheet) => generatedRoleOf(sheet) === "problems");
          const name = existing?.name ?? (sheetNamesFor([{ role: "problems" }], officerSheetNames(grid))[0] as string);
          const spec = buildProblemsSheet({ sheetName: name, asOf, checkedAt: ukDateTime(now()), issues: check.issues });
          const rendered = await renderSheetSpecs(context, [spec], { isSetSupported, removeStale: false });
          return { name, action: rendered.sheets[0]?.action ?? "added", problems: check.issues.length };
        }),
      );
    },

    committeePack(asOf: IsoDate): Promise<CommitteePack> {
      return guarded(() =>
        host.run(async (context) => {
          const grid = await read(context);
          const check = checkWorkbook(grid, { asOf, frontEnd: "excel" });
          if (check.plans.length === 0) {
            throw new AddinError(`Plan Tracker found no plan to report on. ${sentence(whyNoPlan(grid, check.skipped, [], "excel"))}`);
          }
          return buildCommitteePack({ grid, check, asOf, generatedAt: ukDateTime(now()) });
        }),
      );
    },

    async watchSheets(sheets: readonly string[], onChange: () => void): Promise<StopWatching | null> {
      // Worksheet.onChanged arrived in ExcelApi 1.7 (Excel 2019, Microsoft 365); Excel 2016 cannot report edits.
      if (!isSetSupported("ExcelApi", "1.7") || sheets.length === 0) return null;
      return guarded(() =>
        host.run(async (context) => {
          const worksheets = sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
          await context.sync();
          const handlers = worksheets.filter((worksheet) => !worksheet.isNullObject).map((worksheet) => worksheet.onChanged.add(async () => onChange()));
          await context.sync();
          return async () => {
            // Handlers are removed in the context that added them (Office docs, "Work with events using the Excel JavaScript API").
            for (const handler of handlers) handler.remove();
            await context.sync().catch(() => undefined);
          };
        }),
      );
    },
  };
}
