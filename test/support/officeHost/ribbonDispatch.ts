/**
 * How Office runs an ExecuteFunction add-in command (a ribbon button whose action is a function in the
 * FunctionFile page), as far as our stub hosts need it — shared by the Node tests and the browser stub
 * host (test/browser/stubOfficeHost.ts), each rule with its source:
 *
 * - **No dispatch before initialisation.** office.js dispatches a button's function only once the
 *   page has called `Office.onReady()` or assigned `Office.initialize` ("Initialize your Office
 *   Add-in": every page, the function file included, must do one of them; OfficeDev/office-js#3301).
 *   `dispatch` before that rejects instead of running the function.
 * - **Five minutes.** "Once the user selects a button that kicks off the ExecuteFunction action, the
 *   add-in times out after 5 minutes if it hasn't completed by then" (manifest Action element
 *   reference; add-in commands docs; office-js#4983, #1452): Office closes the function's runtime and
 *   tells the user the command timed out. `dispatch` rejects with a {@link CommandTimedOut} when the
 *   function has not called `event.completed()` within {@link EXECUTE_FUNCTION_LIMIT_MS}.
 * - **Completed once.** `event.completed()` ends the command; a second call is a bug we report.
 *
 * The clock is the ambient `setTimeout`, so tests drive it with fake timers.
 */

export const EXECUTE_FUNCTION_LIMIT_MS = 5 * 60 * 1000;

/** What `Office.actions.associate` registers. */
export type RibbonFunction = (event: RibbonEvent) => unknown;

export interface RibbonEvent {
  readonly source: { readonly id: string };
  completed(options?: unknown): void;
}

export class CommandTimedOut extends Error {
  constructor(name: string) {
    super(`The add-in command "${name}" timed out: event.completed() was not called within 5 minutes, so Office closed it (ExecuteFunction limit).`);
    this.name = "CommandTimedOut";
  }
}

export class DispatchedBeforeReady extends Error {
  constructor(name: string) {
    super(`office.js did not run "${name}": the page never called Office.onReady() or set Office.initialize, so office.js never starts dispatching ribbon functions (office-js#3301).`);
    this.name = "DispatchedBeforeReady";
  }
}

export class RibbonDispatcher {
  private readonly registered = new Map<string, RibbonFunction>();
  private initialised = false;
  /** Calls of event.completed() beyond the first, by function name. */
  readonly extraCompletions: string[] = [];

  /** `Office.actions.associate`. */
  associate(name: string, action: RibbonFunction): void {
    this.registered.set(name, action);
  }

  /** Names registered so far. */
  get names(): string[] {
    return [...this.registered.keys()];
  }

  /** The page called `Office.onReady()`, or office.js called the `Office.initialize` it set. */
  markInitialised(): void {
    this.initialised = true;
  }

  get isInitialised(): boolean {
    return this.initialised;
  }

  /** The officer presses the button: resolves when the function completes its event. */
  dispatch(name: string): Promise<void> {
    const action = this.registered.get(name);
    if (!action) return Promise.reject(new Error(`no ribbon function "${name}" (registered: ${this.names.join(", ") || "none"})`));
    if (!this.initialised) return Promise.reject(new DispatchedBeforeReady(name));
    return new Promise<void>((resolve, reject) => {
      let done = false;
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        reject(new CommandTimedOut(name));
      }, EXECUTE_FUNCTION_LIMIT_MS);
      const event: RibbonEvent = {
        source: { id: name },
        completed: () => {
          if (done) {
            this.extraCompletions.push(name);
            return;
          }
          done = true;
          clearTimeout(timer);
          resolve();
        },
      };
      try {
        Promise.resolve(action(event)).catch(() => undefined);
      } catch {
        // An exception thrown by the function leaves the event open, as in Office: the clock decides.
      }
    });
  }
}
