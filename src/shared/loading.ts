/**
 * Loading a component's content (a lazy chunk) without making the school's page jump, for the components drawn
 * with Lit (those drawn without it load in src/shared/plain-element.ts).
 *
 * `Loading` is a small reactive controller: it runs `task` with `args()` before the element's first render and
 * again whenever an argument changes, and asks the element to draw again when the result arrives (the kit's own,
 * in place of @lit/task, which cost every page its bytes in the Lit chunk).
 *
 * `whilePending` shows what the element held until its first content arrives (./pending.ts).
 */
import { pendingView } from './pending.ts';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export type LoadingStatus = 'pending' | 'complete' | 'error';

export interface LoadingOptions<T, A extends readonly unknown[]> {
  /** Loads the content (usually `import('virtual:safe-content/…')`). */
  task: (args: A) => Promise<T>;
  /** What the content depends on; the task runs again when any of them changes (compared with ===). */
  args?: () => A;
}

export class Loading<T, A extends readonly unknown[] = readonly []> implements ReactiveController {
  /** `pending` until the first result, and again while a new one is on its way (the last value is kept). */
  status: LoadingStatus = 'pending';
  value: T | undefined;
  error: unknown;
  private last: A | undefined;
  private runs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadingOptions<T, A>,
  ) {
    host.addController(this);
  }

  /** Before every render: starts the task the first time, and when its arguments have changed. */
  hostUpdate(): void {
    const args = this.options.args?.() ?? ([] as unknown as A);
    const last = this.last;
    if (last && args.length === last.length && args.every((a, i) => a === last[i])) return;
    this.last = args;
    void this.run(args);
  }

  private async run(args: A): Promise<void> {
    const run = ++this.runs;
    this.status = 'pending';
    try {
      const value = await this.options.task(args);
      if (run !== this.runs) return;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (run !== this.runs) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /**
   * Draws by status, as @lit/task's render did; while a new result is on its way (a setting changed) and no
   * `pending` is given, the last one stays drawn rather than the element shrinking to nothing and back.
   */
  render(draw: { pending?: () => unknown; complete: (value: T) => unknown; error?: (error: unknown) => unknown }): unknown {
    if (this.status === 'complete') return draw.complete(this.value as T);
    if (this.status === 'error') return draw.error?.(this.error);
    if (draw.pending) return draw.pending();
    return this.value !== undefined ? draw.complete(this.value) : undefined;
  }
}

export { pendingStyles } from './pending.ts';

/** What a Lit component draws while its first content is on its way (./pending.ts): `undefined` once it is here. */
export function whilePending(host: HTMLElement, pending: boolean, loadingState: () => unknown): TemplateResult | undefined {
  const view = pendingView(host, pending);
  return view === 'held' ? html`<slot></slot>` : view === 'loading' ? html`${loadingState()}` : undefined;
}
