/**
 * Request batching: how many `context.sync()` calls a job takes.
 *
 * Every Office.js call is queued on the request context and sent to Excel at the next
 * `context.sync()`. Excel on the web refuses a request (or a response) over 5 MB, so a job is cut
 * into *units* — one block of cells, one style, one merge list — each with an estimated size, and
 * units are packed into requests of at most {@link DEFAULT_REQUEST_BUDGET_BYTES}. The number of
 * syncs therefore depends on how many bytes there are to move, never on how many rows: a 100-row
 * plan and a 1,000-row plan both fit in one request.
 */

/** Excel on the web's limit for one request or response. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Our target per request: well under the limit, since sizes are estimates. */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4_000_000;
/** What one queued command costs on the wire besides its data (object path, method name, ids). */
export const COMMAND_OVERHEAD_BYTES = 160;

/** UTF-8 length of a string, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Size of a value as JSON on the wire (UTF-8). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/** A piece of work queued on the context as one go: it is never split across requests. */
export interface RequestUnit {
  /** Estimated bytes this unit adds to a request (writes) or its response (reads). */
  readonly bytes: number;
  /** Queues the unit's commands on the context. */
  queue(): void;
}

export interface RequestOptions {
  /** Maximum estimated bytes per request (default {@link DEFAULT_REQUEST_BUDGET_BYTES}). */
  readonly budgetBytes?: number;
  /** Queued at the start of every request, e.g. suspending calculation until the next sync. */
  readonly startRequest?: () => void;
  /** Called after each request completes, with the number done so far. */
  readonly onRequest?: (requestsDone: number) => void;
}

/**
 * Queues `units` in order and syncs whenever the next unit would take the request over budget, and
 * once at the end. A unit larger than the budget goes alone in its request. Returns the number of
 * requests (syncs) made; 0 when there were no units.
 */
export async function runInRequests(
  context: Excel.RequestContext,
  units: Iterable<RequestUnit>,
  options: RequestOptions = {},
): Promise<number> {
  const budget = options.budgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  let requests = 0;
  let pending = 0;
  let open = false;
  for (const unit of units) {
    if (open && pending + unit.bytes > budget) {
      // One sync per ~4 MB request: Excel on the web refuses larger ones. The number of passes
      // depends on the bytes to move, not on the row count — this is the batching itself.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      requests++;
      options.onRequest?.(requests);
      open = false;
      pending = 0;
    }
    if (!open) {
      options.startRequest?.();
      open = true;
    }
    unit.queue();
    pending += unit.bytes;
  }
  if (open) {
    await context.sync();
    requests++;
    options.onRequest?.(requests);
  }
  return requests;
}
