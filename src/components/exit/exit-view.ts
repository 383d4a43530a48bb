/**
 * The quick exit's shadow DOM, built with DOM calls (never HTML strings, so nothing a setting holds can become
 * markup), and the few nodes that change afterwards. Without Lit: a page with only the quick exit does not
 * download it (see README).
 */

/** An element with its attributes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** What changes after the exit is drawn. */
export interface ExitView {
  button: HTMLAnchorElement;
  /** The three lights on the button, one for each press of Shift (or tap) counted. */
  lights: HTMLSpanElement;
  /** What a screen reader hears (role="status"). */
  status: HTMLParagraphElement;
  cover: HTMLDialogElement;
}

/**
 * The box, the button ("Exit this page" with its lights), its note, the status and the cover, in `root`:
 * <div class="kit exit" part="base"><a part="button" class="button">Exit this page<span class="lights">…</span></a>
 * <p part="note" id="note">…</p><p role="status" class="visually-hidden"></p><dialog part="cover"></dialog></div>
 */
export function drawExit(root: ShadowRoot, onClick: (event: MouseEvent) => void): ExitView {
  const lights = element('span', { class: 'lights', 'aria-hidden': 'true' }, ...[0, 1, 2].map(() => element('span', { class: 'light' })));
  const button = element('a', { class: 'button', part: 'button', rel: 'noreferrer', 'aria-describedby': 'note' }, 'Exit this page', lights);
  button.addEventListener('click', onClick);
  const note = element(
    'p',
    { class: 'note', id: 'note', part: 'note' },
    element('span', { class: 'keys' }, 'Or press Shift 3 times. '),
    element('span', { class: 'taps' }, 'Or tap the page 3 times quickly. '),
    'This does not clear your browsing history.',
  );
  const status = element('p', { class: 'visually-hidden', role: 'status' });
  const cover = element('dialog', { class: 'cover', part: 'cover', 'aria-label': 'Exiting this page' });
  // Escape must not close the cover and show the page again while it leaves.
  cover.addEventListener('cancel', (event) => event.preventDefault());
  root.append(element('div', { class: 'kit exit', part: 'base' }, button, note, status, cover));
  return { button, lights, status, cover };
}

/**
 * What the cover says: "Exiting this page…", or, when a sandboxed box could not take the whole tab away, what to do
 * next (`stranded`) with a button that shows the page again.
 */
export function drawCover(cover: HTMLDialogElement, stranded: string | undefined, showAgain: () => void): void {
  if (!stranded) {
    cover.replaceChildren(element('p', {}, 'Exiting this page…'));
    return;
  }
  const again = element('button', { type: 'button' }, 'Show this page again');
  again.addEventListener('click', showAgain);
  cover.replaceChildren(element('div', { class: 'stranded', part: 'stranded' }, element('p', {}, stranded), again));
}
