/**
 * A LibreOffice process driven through its Python UNO bridge (officeDriver.py): edits a workbook as
 * an officer would — cells, rows, columns, sort, filter, rename — recalculates and saves. One office
 * per test file: starting soffice takes seconds, a request a fraction of one.
 *
 * Needs `/usr/bin/python3` with Debian's `python3-uno` (the pyenv Python on PATH has no `uno`).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findSoffice } from "./libreoffice.js";
import { toolGate, type ToolGate } from "./systemTools.js";

export const UNO_PYTHON = process.env.UNO_PYTHON ?? "/usr/bin/python3";
const DRIVER = fileURLToPath(new URL("./officeDriver.py", import.meta.url));

/** One edit, in the officer's terms (rows and columns 1-based, as Excel shows them). */
export type OfficeEdit =
  | { readonly kind: "set"; readonly sheet: string; readonly cells: Readonly<Record<string, string | number | null | { readonly formula: string }>> }
  | { readonly kind: "insertRows" | "deleteRows"; readonly sheet: string; readonly row: number; readonly count?: number }
  | { readonly kind: "insertColumns" | "deleteColumns"; readonly sheet: string; readonly column: number; readonly count?: number }
  /** `by` is the 0-based column within `range`. */
  | { readonly kind: "sort"; readonly sheet: string; readonly range: string; readonly by: number; readonly descending?: boolean }
  /** `range` includes the header row; rows whose column `by` (0-based) is not `value` are hidden. */
  | { readonly kind: "filter"; readonly sheet: string; readonly range: string; readonly by: number; readonly value: string }
  | { readonly kind: "rename"; readonly sheet: string; readonly to: string };

export function requireUno(): ToolGate {
  const missing: string[] = [];
  if (!findSoffice()) missing.push("soffice (apt package libreoffice-calc-nogui)");
  if (!existsSync(UNO_PYTHON)) missing.push(`${UNO_PYTHON} with the uno module (apt package python3-uno)`);
  return toolGate("LibreOffice UNO tests", missing, "apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-uno");
}

interface Reply {
  readonly ok: boolean;
  readonly error?: string;
  readonly seconds?: number;
  readonly cpuSeconds?: number;
}

export class Office {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffered = "";
  private readonly waiting: Array<(reply: Reply) => void> = [];
  private stderr = "";

  private constructor() {
    const soffice = findSoffice();
    this.child = spawn(UNO_PYTHON, [DRIVER], { env: { ...process.env, ...(soffice ? { SOFFICE: soffice } : {}) } });
    this.child.stdout.on("data", (chunk: Buffer) => {
      this.buffered += chunk.toString();
      let newline: number;
      while ((newline = this.buffered.indexOf("\n")) >= 0) {
        const line = this.buffered.slice(0, newline);
        this.buffered = this.buffered.slice(newline + 1);
        this.waiting.shift()?.(JSON.parse(line) as Reply);
      }
    });
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on("close", () => {
      for (const resolve of this.waiting.splice(0)) resolve({ ok: false, error: `office driver exited: ${this.stderr}` });
    });
  }

  /** Starts an office and waits until it answers. */
  static async start(): Promise<Office> {
    const office = new Office();
    const ready = await new Promise<Reply>((resolve) => office.waiting.push(resolve));
    if (!ready.ok) throw new Error(ready.error);
    return office;
  }

  private request(body: object): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.waiting.push((reply) => (reply.ok ? resolve(reply) : reject(new Error(reply.error))));
      this.child.stdin.write(`${JSON.stringify(body)}\n`);
    });
  }

  /** Opens `input`, applies the edits in order, recalculates, saves as .xlsx to `output`. */
  async edit(input: string, output: string, edits: readonly OfficeEdit[]): Promise<void> {
    await this.request({ op: "edit", in: input, out: output, edits });
  }

  /** Opens `input`, recalculates every formula (timed), and saves to `output` when given. */
  async recalculate(input: string, output?: string): Promise<number> {
    const reply = await this.request({ op: "recalc", in: input, ...(output ? { out: output } : {}) });
    return reply.seconds ?? 0;
  }

  /** As {@link recalculate}, without saving: the wall-clock seconds and the office's processor seconds. */
  async timeRecalculation(input: string): Promise<{ readonly seconds: number; readonly cpuSeconds: number }> {
    const reply = await this.request({ op: "recalc", in: input });
    return { seconds: reply.seconds ?? 0, cpuSeconds: reply.cpuSeconds ?? 0 };
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.child.once("close", () => resolve()));
    this.child.stdin.write(`${JSON.stringify({ op: "quit" })}\n`);
    this.child.stdin.end();
    await closed;
  }
}
