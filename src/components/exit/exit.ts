import { exitStyleSheet } from './exit.styles.ts';
import { settingProblem } from '../../shared/settings.ts';
import { settings } from './settings.ts';
import { drawCover, drawExit, type ExitView } from './exit-view.ts';
import { DEFAULT_SHIFT_WINDOW_MS, TAP_WINDOW_MS, exitHref, inKitFrame, leave, unwatchShift, watchShift, type Leaving, type ShiftExit } from './quick-exit.ts';

/** What the `safe-exit` event tells a listener. */
export interface SafeExitDetail {
  /** The page the exit is about to go to. */
  href: string;
  /** `button` (clicked, tapped or Enter), `shift` (Shift pressed three times) or `tap` (three quick taps). */
  trigger: 'button' | 'shift' | 'tap';
}

/** Each attribute the exit reads, with the property that holds it. */
const ATTRIBUTES = { href: 'href', 'exit-href': 'exitAddress', 'shift-window': 'shiftWindowAttribute', theme: 'theme' } as const;
type SettingProperty = (typeof ATTRIBUTES)[keyof typeof ATTRIBUTES];

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
 *
 * A plain custom element of its own, not a PlainElement (src/shared/plain-element.ts): it is one button, with no
 * content to load, and a school may put it on every page, so a page with only the quick exit downloads embed.js,
 * this file and its address check, not even the kit's shared code. It draws its shadow DOM once, when it is first
 * put on the page, and changes the few nodes that change at once (./exit-view.ts).
 */
export class SafeExit extends HTMLElement implements ShiftExit {
  static get observedAttributes() {
    return Object.keys(ATTRIBUTES);
  }

  // The settings, one property for each attribute (defined below the class): `href` is reflected to its attribute,
  // as before; `theme` is read by the styles only, from the attribute (./base.styles.ts).
  /** The neutral page, as it was called before `exit-href`. */
  declare href: string | undefined;
  /** `exit-href`. */
  declare exitAddress: string | undefined;
  /** `shift-window`, as given. */
  declare shiftWindowAttribute: string | undefined;
  declare theme: string | undefined;

  /** Shift presses counted so far (0 to 2), shown as lights on the button. */
  pressed = 0;
  /** What the status region says to a screen reader. */
  message = '';
  /** Set when the exit could not take the whole tab away: the cover stays and says what to do next. */
  stranded: Leaving | undefined;
  private settingValues: Partial<Record<SettingProperty, string>> = {};
  /** Settings changed since they were last checked (they are checked together, once the changes are made). */
  private changed = new Set<SettingProperty>();
  private view: ExitView | undefined;
  /** What the cover says now ('' for "Exiting this page…"): it is drawn again only when that changes. */
  private coverSays = '';
  private expiry: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    // A script may have set a property before this element's code arrived: it shadows the setter; take it over.
    for (const property of Object.values(ATTRIBUTES)) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = (this as Record<string, unknown>)[property] as string | undefined;
        delete (this as Record<string, unknown>)[property];
        this[property] = value;
      }
    }
  }

  get shiftWindow(): number {
    const value = this.shiftWindowAttribute;
    return value && !settingProblem(SHIFT_WINDOW, value) ? Number(value) : DEFAULT_SHIFT_WINDOW_MS;
  }

  /** Where it goes: `exit-href`, or `href` as before, if safe; otherwise the default (see quick-exit.ts). */
  get destination(): string {
    return exitHref(this.exitAddress ?? this.href);
  }

  /** The exit draws at once, so it is always up to date; kept for scripts that wait for it, as for the kit's other elements. */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    const property = ATTRIBUTES[name as keyof typeof ATTRIBUTES];
    if (property) this.setting(property, value);
  }

  connectedCallback() {
    if (!this.view) {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [exitStyleSheet()];
      this.view = drawExit(root, this.onClick);
    }
    this.draw();
    watchShift(this);
    addEventListener('pageshow', this.onPageShow);
  }

  disconnectedCallback() {
    unwatchShift(this);
    removeEventListener('pageshow', this.onPageShow);
    clearTimeout(this.expiry);
  }

  /**
   * Covers the page at once, tells listeners (cancelable), then leaves. Returns false if a listener cancelled.
   * Scripts may call it, e.g. from a page's own exit control.
   */
  exit(trigger: SafeExitDetail['trigger'] = 'button'): boolean {
    const href = this.destination;
    this.cover(true);
    this.say('Exiting this page.');
    const detail: SafeExitDetail = { href, trigger };
    const go = this.dispatchEvent(new CustomEvent('safe-exit', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!go) {
      this.cover(false);
      this.say('');
      return false;
    }
    const how = leave(href);
    if (how !== 'left') {
      // Still on the school's page: stay covered, and say what to do (a screen reader hears it from the status).
      this.stranded = how;
      this.say(STRANDED[how]);
      this.draw();
    }
    return true;
  }

  shiftProgress(pressesLeft: number, how: 'shift' | 'tap' = 'shift'): void {
    clearTimeout(this.expiry);
    this.pressed = 3 - pressesLeft;
    if (!this.stranded) this.message = PROGRESS[how][pressesLeft] ?? '';
    this.draw();
    if (this.pressed > 0) {
      // Only the lights and the message: whether presses count is decided by their times (see quick-exit.ts).
      this.expiry = setTimeout(() => this.shiftProgress(3, how), how === 'tap' ? TAP_WINDOW_MS : this.shiftWindow);
    }
  }

  /** Takes a setting's new value (null when its attribute is removed), draws, and checks it once the changes are made. */
  private setting(property: SettingProperty, value: string | null | undefined): void {
    this.settingValues[property] = value ?? undefined;
    if (this.changed.size === 0) queueMicrotask(() => this.checkSettings());
    this.changed.add(property);
    this.draw();
  }

  /** A setting that would switch the exit's safety off is refused, and the webmaster told why. */
  private checkSettings(): void {
    const changed = this.changed;
    this.changed = new Set();
    for (const [name, property] of Object.entries(ATTRIBUTES)) {
      const value = this[property];
      // `href` is read only where `exit-href` is not given; `theme` is read forgivingly by the styles.
      if (!changed.has(property) || value == null || property === 'theme' || (property === 'href' && this.exitAddress != null)) continue;
      const problem = settingProblem(property === 'shiftWindowAttribute' ? SHIFT_WINDOW : EXIT_ADDRESS, value);
      if (problem) console.warn(`safe-kit: <safe-exit> setting "${name}" ${problem}; the safe default is used.`);
    }
  }

  /** Brings what is drawn in line with the settings and the state (nothing before the element is first drawn). */
  private draw(): void {
    const view = this.view;
    if (!view) return;
    view.button.href = this.destination;
    if (inKitFrame()) view.button.target = '_top';
    else view.button.removeAttribute('target');
    view.lights.classList.toggle('counting', this.pressed > 0);
    [...view.lights.children].forEach((light, i) => light.classList.toggle('on', i < this.pressed));
    if (view.status.textContent !== this.message) view.status.textContent = this.message;
    const stranded = this.stranded && this.stranded !== 'left' ? STRANDED[this.stranded] : undefined;
    if (!view.cover.firstChild || this.coverSays !== (stranded ?? '')) {
      this.coverSays = stranded ?? '';
      drawCover(view.cover, stranded, this.showAgain);
    }
  }

  private say(message: string): void {
    this.message = message;
    this.draw();
  }

  private showAgain = () => {
    this.stranded = undefined;
    this.say('');
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
    const dialog = this.view?.cover;
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

for (const property of Object.values(ATTRIBUTES)) {
  Object.defineProperty(SafeExit.prototype, property, {
    get(this: SafeExit) {
      return this['settingValues'][property];
    },
    set(this: SafeExit, value: string | null | undefined) {
      if (property !== 'href') this['setting'](property, value);
      else if (value == null) this.removeAttribute('href');
      else this.setAttribute('href', value);
    },
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-exit': SafeExit;
  }
  interface HTMLElementEventMap {
    'safe-exit': CustomEvent<SafeExitDetail>;
  }
}
