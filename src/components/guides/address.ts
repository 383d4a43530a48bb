/**
 * The open guide lives in the page's address, `#guide=tiktok`, so a parent can share a link to one guide and the
 * back button returns to the index. Any other hash belongs to the host page and is left alone.
 */
const KEY = 'guide';

/** The guide named in the address, or null. */
export function guideInAddress(hash = location.hash): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(KEY);
  return id && /^[a-z0-9-]+$/.test(id) ? id : null;
}

/** The address of a guide, as a link's href: the page's own address with `#guide=<id>`. */
export const guideHref = (id: string) => `#${KEY}=${id}`;

/** Opens a guide as a new history entry, so the back button closes it again. */
export function pushGuide(id: string): void {
  history.pushState(history.state, '', guideHref(id));
}

/** Takes `#guide=…` out of the address, as a new history entry, keeping the rest of the page's address. */
export function pushIndex(): void {
  history.pushState(history.state, '', `${location.pathname}${location.search}`);
}
