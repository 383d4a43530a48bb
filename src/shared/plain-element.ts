/**
 * The base of every component but the quick exit (which is one button and draws itself): a custom element drawn
 * with the kit's own DOM calls (./dom.ts), with no UI library, so that a reader downloads the least (a library
 * such as Lit is about 5.5 KB brotli, more than the kit's budgets leave room for; see README, "What the kit costs
 * a page"). Its shadow root is drawn whole from its settings and its content, when the content arrives or a
 * setting changes; what a reader does inside it (opening an alert, answering a question, typing) the component
 * changes in place, so that focus, typed text and the reader's place are kept.
 *
 * It loads its content when it is first put on the page, and again when a setting the content depends on changes;
 * until its first content arrives it shows what its tag held (./pending.ts); if the content cannot load, its
 * failure state: never a blank box.
 */
import { type Child, fragment } from './dom.ts';
import { pendingStyles, pendingView } from './pending.ts';

export abstract class PlainElement<T> extends HTMLElement {
  /** `pending` until the content arrives, and again while other content is on its way (a setting changed). */
  status: 'pending' | 'complete' | 'error' = 'pending';
  /** The content, once it has arrived (kept while other content is on its way). */
  value: T | undefined;
  private loadedFor: string | undefined;
  private runs = 0;
  private queued: Promise<boolean> | undefined;
  /** Whether what is drawn is behind the settings or the content (always, until it is first drawn). */
  private stale = true;

  /** What the content depends on, in one string: it is loaded again when this changes. */
  protected abstract contentKey(): string;
  protected abstract load(): Promise<T>;
  /** The element's own styles, after the kit's base styles (./base.styles.ts) that the subclass lists first. */
  protected abstract sheets(): CSSStyleSheet[];
  /** What it draws: `value` once here; on `error`, its failure state; while pending with nothing held, its loading state. */
  protected abstract draw(): Child;

  /** `heading-level`: the level of the component's heading in the page's outline, 1 to 5 (default 2). */
  protected get headingLevel(): number {
    return Math.min(Math.max(Number(this.getAttribute('heading-level')) || 2, 1), 5);
  }

  connectedCallback(): void {
    // Its own box at once: an empty element a page's script adds shows the component's own loading state, not the
    // loader's plain help put in it (src/embed/embed.ts), and a page's script sees a component there.
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [...this.sheets(), pendingStyles];
    // Moved on the page (a school's script): it stays as the reader left it, unless a setting changed meanwhile.
    if (this.stale) this.requestUpdate();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    // `theme` is read by the styles alone (./dark.styles.ts): drawing again would take a reader's focus and place.
    // A quick exit drawn inside is told it in place.
    if (name !== 'theme') return this.requestUpdate();
    const exit = this.shadowRoot?.querySelector('safe-exit');
    if (value == null) exit?.removeAttribute(name);
    else exit?.setAttribute(name, value);
  }

  /** Resolves once the element has drawn what its settings say now (as `updateComplete` does for other web components). */
  get updateComplete(): Promise<boolean> {
    return this.queued ?? Promise.resolve(true);
  }

  /** Draws again in a moment: several settings changed together draw once. */
  requestUpdate(): void {
    this.stale = true;
    this.queued ??= Promise.resolve().then(() => {
      this.queued = undefined;
      this.update();
      return true;
    });
  }

  private update(): void {
    const root = this.shadowRoot;
    if (!this.isConnected || !root) return;
    this.stale = false;
    const key = this.contentKey();
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.run();
    }
    const view = pendingView(this, this.status === 'pending' && this.value === undefined);
    root.replaceChildren(view === 'held' ? document.createElement('slot') : fragment(this.draw()));
  }

  private async run(): Promise<void> {
    const run = ++this.runs;
    this.status = 'pending';
    try {
      const value = await this.load();
      if (run !== this.runs) return;
      this.value = value;
      this.status = 'complete';
    } catch {
      if (run !== this.runs) return;
      this.status = 'error';
    }
    this.requestUpdate();
  }
}
