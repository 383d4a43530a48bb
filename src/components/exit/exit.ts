import { LitElement, html, nothing } from 'lit';
import { baseStyles } from '../../shared/base.styles.ts';
import { exitStyles } from './exit.styles.ts';
import { settingProblem } from '../../shared/settings.ts';
import { settings } from './settings.ts';
import { DEFAULT_SHIFT_WINDOW_MS, TAP_WINDOW_MS, exitHref, inKitFrame, leave, unwatchShift, watchShift, type Leaving, type ShiftExit } from './quick-exit.ts';

/** What the `safe-exit` event tells a listener. */
export interface SafeExitDetail {
  /** The page the exit is about to go to. */
  href: string;
  /** `button` (clicked, tapped or Enter), `shift` (Shift pressed three times) or `tap` (three quick taps). */
  trigger: 'button' | 'shift' | 'tap';
}

const SHIFT_WINDOW = settings.find((s) => s.name === 'shift-window')!;
const EXIT_ADDRESS = settings.find((s) => s.name === 'exit-href')!;

const PROGRESS: Record<'shift' | 'tap', Record<number, string>> = {
  shift: { 2: 'Shift, press 2 more times to exit this page.', 1: 'Shift, press 1 more time to exit this page.' },
  tap: { 2: 'Tap 2 more times to exit this page.', 1: 'Tap 1 more time to exit this page.' },
};

/** What the cover says when the exit is in a box that may not take the whole tab away (see quick-exit.ts). */
const STRANDED: Record<Exclude<Leaving, 'left'>, string> = {
  'new-tab': 'A safe page has opened in a new tab. This page is still open behind it: close this tab when you can.',
  stuck: 'This page could not close itself. Close this tab or window now, or switch to another app.',
};

/**
 * A quick exit, in the manner of GOV.UK's "Exit this page": one tap (or Shift pressed three times, anywhere on
 * the page, or three quick taps on a phone) covers the page at once and replaces it with a neutral page, so that
 * the Back button does not return to it. It says plainly that it does not clear the browsing history. It stays in
 * view while the page scrolls (it is sticky at the top of whatever holds it). In a sandboxed box that may not move
 * the page around it, it keeps its own content covered, opens the neutral page in a new tab where it may, and says
 * what to do next.
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
 * @csspart note - "Or press Shift 3 times. This does not clear your browsing history." (on touch screens: tap 3 times)
 * @csspart cover - What covers the page while it leaves.
 * @csspart stranded - What the cover says when a sandboxed box could not take the whole tab away.
 */
export class SafeExit extends LitElement implements ShiftExit {
  static override styles = [baseStyles, exitStyles];
  static override properties = {
    // Read by the styles only (src/shared/dark.styles.ts): listed so that the element takes it as a setting.
    theme: {},
    href: { reflect: true },
    exitAddress: { attribute: 'exit-href' },
    shiftWindowAttribute: { attribute: 'shift-window' },
    pressed: { state: true },
    message: { state: true },
    stranded: { state: true },
  };

  declare href: string | undefined;
  declare exitAddress: string | undefined;
  declare shiftWindowAttribute: string | undefined;
  /** Shift presses counted so far (0 to 2), shown as lights on the button. */
  declare pressed: number;
  /** What the status region says to a screen reader. */
  declare message: string;
  /** Set when the exit could not take the whole tab away: the cover stays and says what to do next. */
  declare stranded: Leaving | undefined;
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
      <p class="note" id="note" part="note"><span class="keys">Or press Shift 3 times. </span><span class="taps">Or tap the page 3 times quickly. </span>This does not clear your browsing history.</p>
      <p class="visually-hidden" role="status">${this.message}</p>
      <dialog class="cover" part="cover" aria-label="Exiting this page" @cancel=${(e: Event) => e.preventDefault()}>
        ${this.stranded && this.stranded !== 'left'
          ? html`<div class="stranded" part="stranded">
              <p>${STRANDED[this.stranded]}</p>
              <button type="button" @click=${this.showAgain}>Show this page again</button>
            </div>`
          : html`<p>Exiting this page…</p>`}
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
    const how = leave(href);
    if (how !== 'left') {
      // Still on the school's page: stay covered, and say what to do (a screen reader hears it from the status).
      this.stranded = how;
      this.message = STRANDED[how];
    }
    return true;
  }

  shiftProgress(pressesLeft: number, how: 'shift' | 'tap' = 'shift'): void {
    clearTimeout(this.expiry);
    this.pressed = 3 - pressesLeft;
    if (!this.stranded) this.message = PROGRESS[how][pressesLeft] ?? '';
    if (this.pressed > 0) {
      // Only the lights and the message: whether presses count is decided by their times (see quick-exit.ts).
      this.expiry = setTimeout(() => this.shiftProgress(3, how), how === 'tap' ? TAP_WINDOW_MS : this.shiftWindow);
    }
  }

  private showAgain = () => {
    this.stranded = undefined;
    this.message = '';
    this.cover(false);
  };

  private onClick = (event: MouseEvent) => {
    // The link's own navigation would add to the history; leave by replacing this page instead.
    event.preventDefault();
    this.exit('button');
  };

  /** A page brought back from the browser's memory (back-forward cache) must not stay covered. */
  private onPageShow = () => {
    this.stranded = undefined;
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
