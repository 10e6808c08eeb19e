import { parseArgs } from "node:util";
import { isValidIso } from "../core/parse/dates.js";
import { ColumnOverrideError, parseColumnOverride, type ColumnOverride } from "../core/plan/ColumnOverride.js";
import { vocabularyFromNames, type StatusVocabulary } from "../core/plan/StatusVocabulary.js";
import { UsageError } from "./CliIo.js";

/** What both `validate` and `refresh` take. */
export interface CheckArgs {
  readonly files: string[];
  readonly json: boolean;
  readonly asOf: string;
  readonly overrides: ColumnOverride[];
  readonly vocabulary?: StatusVocabulary;
}

export interface PackArgs extends CheckArgs {
  readonly output?: string;
  readonly title?: string;
}

export interface RefreshArgs extends CheckArgs {
  readonly output?: string;
  readonly inPlace: boolean;
  readonly snapshot: boolean;
  readonly addRagColumn: boolean;
}

const CHECK_OPTIONS = {
  json: { type: "boolean", default: false },
  "as-of": { type: "string" },
  map: { type: "string", multiple: true },
  statuses: { type: "string" },
} as const;

const PACK_OPTIONS = {
  ...CHECK_OPTIONS,
  output: { type: "string", short: "o" },
  title: { type: "string" },
} as const;

const REFRESH_OPTIONS = {
  ...CHECK_OPTIONS,
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean", default: false },
  snapshot: { type: "boolean", default: false },
  "add-rag-column": { type: "boolean", default: false },
} as const;

function parse<T extends typeof CHECK_OPTIONS | typeof REFRESH_OPTIONS | typeof PACK_OPTIONS>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, "."));
  }
}

function checkArgs(values: { json?: boolean; "as-of"?: string; map?: string[]; statuses?: string }, positionals: string[], today: string): CheckArgs {
  if (positionals.length === 0) throw new UsageError("name at least one .xlsx file.");
  const asOf = values["as-of"] ?? today;
  if (!isValidIso(asOf)) throw new UsageError(`--as-of takes a date written YYYY-MM-DD (for example ${today}); got "${asOf}".`);
  const overrides: ColumnOverride[] = [];
  for (const text of values.map ?? []) {
    try {
      overrides.push(parseColumnOverride(text));
    } catch (error) {
      if (error instanceof ColumnOverrideError) throw new UsageError(`--map ${text}: ${error.message}`);
      throw error;
    }
  }
  const names = values.statuses?.split(",").map((name) => name.trim()).filter(Boolean);
  return {
    files: positionals,
    json: values.json ?? false,
    asOf,
    overrides,
    ...(names && names.length > 0 ? { vocabulary: vocabularyFromNames(names) } : {}),
  };
}

export function parseValidateArgs(argv: readonly string[], today: string): CheckArgs {
  const { values, positionals } = parse(argv, CHECK_OPTIONS);
  return checkArgs(values, positionals, today);
}

export function parseRefreshArgs(argv: readonly string[], today: string): RefreshArgs {
  const { values, positionals } = parse(argv, REFRESH_OPTIONS);
  const common = checkArgs(values, positionals, today);
  if (values.output !== undefined && common.files.length > 1) throw new UsageError("-o names one output file: refresh one workbook at a time with -o.");
  if (values["in-place"] && values.output !== undefined) throw new UsageError("use either --in-place or -o, not both.");
  return {
    ...common,
    ...(values.output !== undefined ? { output: values.output } : {}),
    inPlace: values["in-place"] ?? false,
    snapshot: values.snapshot ?? false,
    addRagColumn: values["add-rag-column"] ?? false,
  };
}

export function parsePackArgs(argv: readonly string[], today: string): PackArgs {
  const { values, positionals } = parse(argv, PACK_OPTIONS);
  const common = checkArgs(values, positionals, today);
  if (values.output !== undefined && common.files.length > 1) throw new UsageError("-o names one output file: make one pack at a time with -o.");
  if (values.output !== undefined && !/\.docx$/i.test(values.output)) throw new UsageError(`-o names a Word document ending in .docx; got "${values.output}".`);
  return {
    ...common,
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.title !== undefined && values.title.trim() !== "" ? { title: values.title.trim() } : {}),
  };
}
