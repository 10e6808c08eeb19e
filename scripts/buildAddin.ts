/**
 * Production builds of the add-in through webpack's Node API with the project's own
 * webpack.config.js — for the browser tests, the bundle-size test and the benchmark, which must
 * never touch dist/.
 *
 * {@link sharedAddinBuild} builds once per state of the sources: test files running in parallel
 * share one build (a lock directory keeps the others waiting), and a re-run with nothing changed
 * reuses it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import type { Configuration } from "webpack";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => Promise<Configuration>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Everything the build reads besides node_modules (which package-lock.json pins). */
const INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "tsconfig.json", "package-lock.json"];
const CACHE_PREFIX = "plan-tracker-addin-";
const COMPLETE = ".complete";
/** A lock older than this belongs to a run that died. */
const STALE_LOCK_MS = 10 * 60_000;
const WAIT_LIMIT_MS = 5 * 60_000;

export async function buildAddin(outDir: string): Promise<void> {
  // @ts-expect-error webpack.config.js is plain JavaScript without types.
  const { default: configFor } = (await import("../webpack.config.js")) as { default: ConfigFactory };
  const config = await configFor({}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  // Size warnings are the benchmark's and the bundle test's job; here they would only be noise.
  config.performance = { hints: false };
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats | undefined>((done, fail) =>
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else done(result);
    }),
  );
  if (!stats) throw new Error("webpack produced no stats");
  if (stats.hasErrors()) throw new Error(`The add-in does not build:\n${stats.toString("errors-only")}`);
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((input) => filesUnder(join(ROOT, input)))) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    if (Date.now() - statSync(lock).mtimeMs <= STALE_LOCK_MS) return false;
    rmSync(lock, { recursive: true, force: true });
    return takeLock(lock);
  }
}

/** Builds of older sources, no longer wanted. */
function removeOtherBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (name.startsWith(CACHE_PREFIX) && !name.endsWith(".lock") && join(tmpdir(), name) !== keep && !existsSync(join(tmpdir(), `${name}.lock`))) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

/** The directory of a production build of the current sources, built now or by an earlier or parallel run. */
export async function sharedAddinBuild(): Promise<string> {
  const dir = join(tmpdir(), `${CACHE_PREFIX}${inputsHash()}`);
  const lock = `${dir}.lock`;
  const started = Date.now();
  while (!existsSync(join(dir, COMPLETE))) {
    if (takeLock(lock)) {
      try {
        if (!existsSync(join(dir, COMPLETE))) {
          rmSync(dir, { recursive: true, force: true });
          await buildAddin(dir);
          writeFileSync(join(dir, COMPLETE), new Date().toISOString());
          removeOtherBuilds(dir);
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`Waited ${WAIT_LIMIT_MS / 60_000} minutes for another run's add-in build (${lock}).`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return dir;
}
