import { parseArgs } from "node:util";
import { isValidIso } from "../core/parse/dates.js";
import { ColumnOverrideError, parseColumnOverride, type ColumnOverride } from "../core/plan/ColumnOverride.js";
import { vocabularyFromNames, type StatusVocabulary } from "../core/plan/StatusVocabulary.js";
import { UsageError } from "./CliIo.js";

export interface ValidateArgs {
  readonly files: string[];
  readonly json: boolean;
  readonly asOf: string;
  readonly overrides: ColumnOverride[];
  readonly vocabulary?: StatusVocabulary;
}

export function parseValidateArgs(argv: readonly string[], today: string): ValidateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        "as-of": { type: "string" },
        map: { type: "string", multiple: true },
        statuses: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, "."));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError("name at least one .xlsx file to check.");
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
