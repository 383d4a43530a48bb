/**
 * Loading a component's content (a lazy chunk) without making the school's page jump.
 *
 * `Loading` is a small reactive controller: it runs `task` with `args()` before the element's first render and
 * again whenever an argument changes, and asks the element to draw again when the result arrives (the kit's own,
 * in place of @lit/task, which cost every page its bytes in the shared Lit chunk).
 *
 * While a component's first content is on its way, `whilePending` draws nothing new: the element takes no box of
 * its own (`display: contents`) and shows, through a `<slot>`, exactly what it held before it was defined (the
 * plain help embed.js put in it, the webmaster's own link, a frame page's text), in the host page's own styles.
 * The page changes once, from that to the component's content (or to its failure message), never to a loading
 * state of another height in between. An element with nothing inside it (a page that loads a component's module
 * by itself) shows the component's own loading state instead: never a blank box.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

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

/** Styles every component that uses `whilePending` lists: no box of its own while it shows what it held. */
export const pendingStyles = css`
  :host(:state(pending)) {
    display: contents;
  }
`;

const internals = new WeakMap<HTMLElement, ElementInternals>();
/** Elements that have drawn their content: what they load later (a guide opened) they show in place. */
const drawn = new WeakSet<HTMLElement>();

/** Sets the element's `pending` custom state (CSS `:state(pending)`): an attribute would change the school's markup. */
function markPending(host: HTMLElement, pending: boolean): void {
  let states = internals.get(host)?.states;
  if (!states && pending) {
    try {
      const attached = host.attachInternals();
      internals.set(host, attached);
      states = attached.states;
    } catch {
      // A browser without ElementInternals: the element keeps its own box (a small jump, nothing lost).
      return;
    }
  }
  if (!states) return;
  try {
    if (pending) states.add('pending');
    else states.delete('pending');
  } catch {
    // A browser that knows only the older `--pending` form of custom states: the same small jump.
  }
}

/** Whether the element holds something a reader sees (embed.js's plain help, a webmaster's link, a frame's text). */
const holdsSomething = (host: HTMLElement) =>
  [...host.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim());

/**
 * What a component draws while its first content is on its way: `undefined` once it is not pending (draw the
 * content), else what the element held, unchanged, or (if it held nothing) the component's own loading state.
 * Only the first content: once drawn, an element draws what it loads later (a guide opened) in place.
 */
export function whilePending(host: HTMLElement, pending: boolean, loadingState: () => unknown): TemplateResult | undefined {
  if (drawn.has(host)) return undefined;
  const shows = pending && holdsSomething(host);
  markPending(host, shows);
  if (!pending) {
    drawn.add(host);
    return undefined;
  }
  return shows ? html`<slot></slot>` : html`${loadingState()}`;
}
