import { LitElement, html, nothing } from 'lit';
import { baseStyles } from '../../shared/base.styles.ts';
import { exitStyles } from './exit.styles.ts';
import { settingProblem } from '../../shared/settings.ts';
import { settings } from './settings.ts';
import { DEFAULT_SHIFT_WINDOW_MS, exitHref, inKitFrame, leave, unwatchShift, watchShift, type ShiftExit } from './quick-exit.ts';

/** What the `safe-exit` event tells a listener. */
export interface SafeExitDetail {
  /** The page the exit is about to go to. */
  href: string;
  /** `button` (clicked, tapped or Enter) or `shift` (Shift pressed three times). */
  trigger: 'button' | 'shift';
}

const SHIFT_WINDOW = settings.find((s) => s.name === 'shift-window')!;
const EXIT_ADDRESS = settings.find((s) => s.name === 'exit-href')!;

const PROGRESS: Record<number, string> = {
  2: 'Shift, press 2 more times to exit this page.',
  1: 'Shift, press 1 more time to exit this page.',
};

/**
 * A quick exit, in the manner of GOV.UK's "Exit this page": one tap (or Shift pressed three times, anywhere on
 * the page) covers the page at once and replaces it with a neutral page, so that the Back button does not return
 * to it. It says plainly that it does not clear the browsing history.
 *
 * Put a plain link inside the tag, to the same page, for readers without JavaScript:
 * `<safe-exit><a href="https://www.bbc.co.uk/weather">Exit this page</a></safe-exit>`.
 *
 * @attr exit-href - The neutral page to go to (default https://www.bbc.co.uk/weather): an https:// address, or a page
 *   of the school's own site. `href` is read too, as before.
 * @attr shift-window - How many milliseconds the three presses of Shift may take, first to third (default 5000).
 *   0 or less would switch the Shift exit off, so it is refused.
 * @fires safe-exit - Just before leaving, with `detail: { href, trigger }`. Cancelable: `preventDefault()` stops the
 *   exit and shows the page again. Bubbles out of shadow roots.
 * @cssproperty --safe-exit-color - The button's colour. Default: #a4101d (keep 4.5:1 against the text colour).
 * @cssproperty --safe-exit-text-color - The button's text colour. Default: #ffffff.
 * @csspart base - The box around the button and its note.
 * @csspart button - The exit button (a link).
 * @csspart note - "Or press Shift 3 times. This does not clear your browsing history."
 * @csspart cover - What covers the page while it leaves.
 */
export class SafeExit extends LitElement implements ShiftExit {
  static override styles = [baseStyles, exitStyles];
  static override properties = {
    href: { reflect: true },
    exitAddress: { attribute: 'exit-href' },
    shiftWindowAttribute: { attribute: 'shift-window' },
    pressed: { state: true },
    message: { state: true },
  };

  declare href: string | undefined;
  declare exitAddress: string | undefined;
  declare shiftWindowAttribute: string | undefined;
  /** Shift presses counted so far (0 to 2), shown as lights on the button. */
  declare pressed: number;
  /** What the status region says to a screen reader. */
  declare message: string;
  private expiry: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.pressed = 0;
    this.message = '';
  }

  get shiftWindow(): number {
    const value = this.shiftWindowAttribute;
    return value && !settingProblem(SHIFT_WINDOW, value) ? Number(value) : DEFAULT_SHIFT_WINDOW_MS;
  }

  /** Where it goes: `exit-href`, or `href` as before, if safe; otherwise the default (see quick-exit.ts). */
  get destination(): string {
    return exitHref(this.exitAddress ?? this.href);
  }

  /** A setting that would switch the exit's safety off is refused, and the webmaster told why. */
  override willUpdate(changed: Map<PropertyKey, unknown>) {
    const check: [string, string | undefined, typeof SHIFT_WINDOW][] = [];
    if (changed.has('shiftWindowAttribute')) check.push(['shift-window', this.shiftWindowAttribute, SHIFT_WINDOW]);
    if (changed.has('exitAddress')) check.push(['exit-href', this.exitAddress, EXIT_ADDRESS]);
    if (changed.has('href') && this.exitAddress == null) check.push(['href', this.href, EXIT_ADDRESS]);
    for (const [name, value, setting] of check) {
      const problem = value == null ? '' : settingProblem(setting, value);
      if (problem) console.warn(`safe-kit: <safe-exit> setting "${name}" ${problem}; the safe default is used.`);
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    watchShift(this);
    addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unwatchShift(this);
    removeEventListener('pageshow', this.onPageShow);
    clearTimeout(this.expiry);
  }

  override render() {
    const lights = [0, 1, 2].map((i) => html`<span class="light ${i < this.pressed ? 'on' : ''}"></span>`);
    return html`<div class="kit exit" part="base">
      <a
        class="button"
        part="button"
        href=${this.destination}
        rel="noreferrer"
        target=${inKitFrame() ? '_top' : nothing}
        aria-describedby="note"
        @click=${this.onClick}
        >Exit this page<span class="lights ${this.pressed > 0 ? 'counting' : ''}" aria-hidden="true">${lights}</span></a
      >
      <p class="note" id="note" part="note">Or press Shift 3 times. This does not clear your browsing history.</p>
      <p class="visually-hidden" role="status">${this.message}</p>
      <dialog class="cover" part="cover" aria-label="Exiting this page" @cancel=${(e: Event) => e.preventDefault()}>
        <p>Exiting this page…</p>
      </dialog>
    </div>`;
  }

  /**
   * Covers the page at once, tells listeners (cancelable), then leaves. Returns false if a listener cancelled.
   * Scripts may call it, e.g. from a page's own exit control.
   */
  exit(trigger: SafeExitDetail['trigger'] = 'button'): boolean {
    const href = this.destination;
    this.cover(true);
    this.message = 'Exiting this page.';
    const detail: SafeExitDetail = { href, trigger };
    const go = this.dispatchEvent(new CustomEvent('safe-exit', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!go) {
      this.cover(false);
      this.message = '';
      return false;
    }
    leave(href);
    return true;
  }

  shiftProgress(pressesLeft: number): void {
    clearTimeout(this.expiry);
    this.pressed = 3 - pressesLeft;
    this.message = PROGRESS[pressesLeft] ?? '';
    if (this.pressed > 0) {
      // Only the lights and the message: whether presses count is decided by their times (see quick-exit.ts).
      this.expiry = setTimeout(() => this.shiftProgress(3), this.shiftWindow);
    }
  }

  private onClick = (event: MouseEvent) => {
    // The link's own navigation would add to the history; leave by replacing this page instead.
    event.preventDefault();
    this.exit('button');
  };

  /** A page brought back from the browser's memory (back-forward cache) must not stay covered. */
  private onPageShow = () => {
    this.cover(false);
    this.shiftProgress(3);
  };

  private cover(show: boolean): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (show && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.show();
      }
    } else if (!show && dialog.open) {
      dialog.close();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-exit': SafeExit;
  }
  interface HTMLElementEventMap {
    'safe-exit': CustomEvent<SafeExitDetail>;
  }
}
