/**
 * RAG rules as configuration (GUIDE §2: "councils differ, so the mapping is configuration, not
 * code"): the scale, what each of the council's status words means, and the date thresholds.
 *
 * They are kept in the workbook as key/value rows of the settings sheet, so the add-in and the
 * command line read the same rules and an officer can change them in Excel:
 *
 * | Setting          | Value   |
 * |------------------|---------|
 * | rag.scale        | BRAG    |
 * | rag.amberDays    | 30      |
 * | rag.date         | revised |
 * | status.On track  | Green   |
 *
 * Each row is checked on its own so a bad value is reported at its cell and the rest still apply.
 */
import { z } from "zod";
import { RAG_SCALES, RAG_VALUES, parseRagWord, type RagScale, type RagValue } from "./RagValue.js";

/** Which date the date-driven RAG measures against. */
export const RAG_DATE_BASES = ["revised", "original"] as const;
export type RagDateBasis = (typeof RAG_DATE_BASES)[number];

/** One of the council's status words and the RAG it stands for. */
export interface StatusRag {
  readonly word: string;
  readonly rag: RagValue;
}

export interface RagRules {
  readonly scale: RagScale;
  /** Amber when the due date is at most this many days after the as-at date. */
  readonly amberDays: number;
  /** "revised": the revised date when there is one, else the original; "original": the original only. */
  readonly date: RagDateBasis;
  /** The status words the summary lists (in this order) and their RAG. Words not listed use {@link BUILT_IN_STATUS_RAG}. */
  readonly statuses: readonly StatusRag[];
}

/** The seeds' vocabulary (seed 002), listed on every summary even when a count is zero. */
export const DEFAULT_STATUS_RAGS: readonly StatusRag[] = [
  { word: "Completed", rag: "Blue" },
  { word: "On track", rag: "Green" },
  { word: "Some slippage", rag: "Amber" },
  { word: "Major slippage", rag: "Red" },
  { word: "Not started", rag: "Grey" },
];

/**
 * What the common status words mean when the settings do not say, keyed by the canonical name in
 * lower case. Words used as RAG ratings stand for themselves.
 */
export const BUILT_IN_STATUS_RAG: Readonly<Record<string, RagValue>> = {
  completed: "Blue",
  "on track": "Green",
  "some slippage": "Amber",
  "major slippage": "Red",
  "not started": "Grey",
  "on target": "Green",
  "in progress": "Green",
  ongoing: "Green",
  "behind schedule": "Amber",
  deferred: "Amber",
  "on hold": "Amber",
  pending: "Grey",
  blue: "Blue",
  green: "Green",
  "amber/green": "Amber/Green",
  amber: "Amber",
  "amber/red": "Amber/Red",
  red: "Red",
  grey: "Grey",
};

/** The longest status word: Excel's limit for a string in a formula, where the word is written. */
const MAX_STATUS_WORD = 255;

const StatusRagSchema = z.object({ word: z.string().trim().min(1).max(MAX_STATUS_WORD), rag: z.enum(RAG_VALUES) });

export const RagRulesSchema = z.object({
  scale: z.enum(RAG_SCALES).default("BRAG"),
  amberDays: z.number().int().min(0).max(366).default(30),
  date: z.enum(RAG_DATE_BASES).default("revised"),
  statuses: z.array(StatusRagSchema).default(() => DEFAULT_STATUS_RAGS.map((status) => ({ ...status }))),
});

/** Validated rules from plain data (JSON, tests); missing fields take the defaults. Throws a ZodError. */
export function parseRagRules(input: unknown): RagRules {
  return RagRulesSchema.parse(input ?? {});
}

export const DEFAULT_RAG_RULES: RagRules = parseRagRules({});

// ---------------------------------------------------------------------------------------------
// The rules as settings rows
// ---------------------------------------------------------------------------------------------

export const RAG_SETTING_KEYS = {
  scale: "rag.scale",
  amberDays: "rag.amberDays",
  date: "rag.date",
} as const;
export const STATUS_SETTING_PREFIX = "status.";

/** Plain-English notes written beside each setting on the settings sheet. */
export const RAG_SETTING_NOTES = {
  scale: "RAG, BRAG (Blue = complete) or DCA5 (5-point delivery confidence).",
  amberDays: "Amber when the due date is this many days away or fewer; Red once it has passed.",
  date: "revised: the revised date when there is one, else the original. original: always the original target.",
  status: "The RAG this status word stands for: Blue, Green, Amber/Green, Amber, Amber/Red, Red or Grey.",
} as const;

/** A key/value row of the settings sheet. `value` is the cell's text. */
export interface SettingRow {
  readonly row: number;
  readonly key: string;
  readonly value: string;
}

export interface SettingProblem {
  readonly cell: string;
  readonly message: string;
}

/** True for the keys these rules own (`rag.*`, `status.*`), whatever their case. */
export function isRagSettingKey(key: string): boolean {
  return /^(rag|status)\./i.test(key.trim());
}

const ScaleSetting = z
  .string()
  .transform((text) => text.trim().toUpperCase())
  .pipe(z.enum(RAG_SCALES));
const AmberDaysSetting = z
  .string()
  .trim()
  .regex(/^\d+(\.0+)?$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(366));
const DateSetting = z
  .string()
  .transform((text) => text.trim().toLowerCase())
  .pipe(z.enum(RAG_DATE_BASES));

type ScalarKey = keyof typeof RAG_SETTING_KEYS;
const SCALAR_BY_KEY = new Map<string, ScalarKey>(
  (Object.entries(RAG_SETTING_KEYS) as Array<[ScalarKey, string]>).map(([field, key]) => [key.toLowerCase(), field]),
);

function scalarProblem(field: ScalarKey, value: string): string {
  const shown = JSON.stringify(value);
  switch (field) {
    case "scale":
      return `${RAG_SETTING_KEYS.scale} is ${shown}; use RAG, BRAG or DCA5.`;
    case "amberDays":
      return `${RAG_SETTING_KEYS.amberDays} is ${shown}; use a whole number of days from 0 to 366, e.g. 30.`;
    case "date":
      return `${RAG_SETTING_KEYS.date} is ${shown}; use revised or original.`;
  }
}

/**
 * The RAG rules from the settings rows, with a problem (at the value's cell) for every row that
 * cannot be used; such rows fall back to the default. When no `status.` row is valid, the default
 * status list applies.
 */
export function readRagSettings(rows: readonly SettingRow[]): { rules: RagRules; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const scalars: { scale?: RagScale; amberDays?: number; date?: RagDateBasis } = {};
  const seen = new Map<string, number>();
  const statuses: StatusRag[] = [];

  for (const { row, key, value } of rows) {
    const trimmedKey = key.trim();
    const lower = trimmedKey.toLowerCase();
    if (!isRagSettingKey(trimmedKey)) continue;
    const first = seen.get(lower);
    if (first !== undefined) {
      problems.push({ cell: `A${row}`, message: `${trimmedKey} is set twice (first in row ${first}); the first is used.` });
      continue;
    }
    seen.set(lower, row);

    if (lower.startsWith(STATUS_SETTING_PREFIX)) {
      const word = trimmedKey.slice(STATUS_SETTING_PREFIX.length).trim();
      if (word === "") {
        problems.push({ cell: `A${row}`, message: `"${trimmedKey}" needs a status word after the dot, e.g. status.On track.` });
        continue;
      }
      if (word.length > MAX_STATUS_WORD) {
        problems.push({ cell: `A${row}`, message: `"${[...trimmedKey].slice(0, 40).join("")}…" is too long for a status word: use at most ${MAX_STATUS_WORD} characters.` });
        continue;
      }
      const rag = parseRagWord(value);
      if (rag === null) {
        problems.push({ cell: `B${row}`, message: `${trimmedKey} is ${JSON.stringify(value)}; use one of ${RAG_VALUES.join(", ")}.` });
        continue;
      }
      statuses.push({ word, rag });
      continue;
    }

    const field = SCALAR_BY_KEY.get(lower);
    if (field === undefined) {
      problems.push({ cell: `A${row}`, message: `"${trimmedKey}" is not a setting we know; use ${Object.values(RAG_SETTING_KEYS).join(", ")} or status.<word>.` });
      continue;
    }
    const schema = field === "scale" ? ScaleSetting : field === "amberDays" ? AmberDaysSetting : DateSetting;
    const parsed = schema.safeParse(value);
    if (parsed.success) (scalars as Record<string, unknown>)[field] = parsed.data;
    else problems.push({ cell: `B${row}`, message: scalarProblem(field, value) });
  }

  const rules = parseRagRules({ ...scalars, ...(statuses.length > 0 ? { statuses } : {}) });
  return { rules, problems };
}

/** The canonical spelling of a setting key an officer typed in another case ("RAG.SCALE" → "rag.scale"). */
export function canonicalSettingKey(key: string): string {
  const trimmed = key.trim();
  const lower = trimmed.toLowerCase();
  const field = SCALAR_BY_KEY.get(lower);
  if (field !== undefined) return RAG_SETTING_KEYS[field];
  if (lower.startsWith(STATUS_SETTING_PREFIX)) return `${STATUS_SETTING_PREFIX}${trimmed.slice(STATUS_SETTING_PREFIX.length).trim()}`;
  return trimmed;
}
