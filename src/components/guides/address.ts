/**
 * The open guide lives in the page's address, `#guide=tiktok`, so a parent can share a link to one guide and the
 * back button returns to the index. Any other hash belongs to the host page and is left alone.
 */
import { isGuideId } from '../guide/load-guide.ts';

const KEY = 'guide';

/** The guide named in the address, or null. */
export function guideInAddress(hash = location.hash): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(KEY);
  return id && isGuideId(id) ? id : null;
}

/** The address of a guide, as a link's href: the page's own address with `#guide=<id>`. */
export const guideHref = (id: string) => `#${KEY}=${id}`;

/**
 * The address to share for a guide. On the kit's own frame page (frame/guides.html, maybe inside a school's
 * iframe) the page's address is not one a parent could pass on, so the link is the kit's page of that one guide,
 * frame/guides/<id>.html, beside it, which shows the guide with JavaScript or without (written at build time:
 * src/build/frame-pages/guides.ts); anywhere else, this page with `#guide=<id>`.
 */
export function shareHref(id: string): string {
  if (!document.querySelector('meta[name="safe-kit-frame"]')) return guideHref(id);
  return new URL(`guides/${encodeURIComponent(id)}.html`, location.href).href;
}

/** Opens a guide as a new history entry, so the back button closes it again. */
export function pushGuide(id: string): void {
  history.pushState(history.state, '', guideHref(id));
}

/** Takes `#guide=…` out of the address, as a new history entry, keeping the rest of the page's address. */
export function pushIndex(): void {
  history.pushState(history.state, '', `${location.pathname}${location.search}`);
}
