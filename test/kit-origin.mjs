/**
 * The school page and the kit on two origins, as on every real school website: the test runner serves the test
 * pages at http://localhost:PORT and the same server answers as the council's kit host at http://127.0.0.1:PORT
 * (the other loopback name makes another origin: the browser treats it as another site).
 *
 * - Test pages' `<script src="/council/…">` (and `/broken/…`, `/no-cors/…`) point at the kit's origin, and
 *   `__KIT_ORIGIN__` anywhere in a test page becomes it, so every embedding test loads the kit as a school would.
 *   Frames (`<iframe src="/council/…">`) stay where they are: a frame page loads its own kit from its own origin.
 * - The kit's files get the headers hosting/ ships (hosting/headers.json), so the tests test what is shipped.
 * - /no-cors/kit/ is the same kit from a host that sends none of them.
 */
import { expectedHeaders } from '../scripts/check-host/rules.ts';

/** The kit's folders on the test server, each mapped to dist/, and whether the shipped headers are sent there. */
const KIT_FOLDERS = [
  { prefix: '/council/online-safety/kit/', headers: true },
  { prefix: '/broken/', headers: true, file: (path) => path.replace(/^\/broken\/[^/]+\/kit\//, '') },
  { prefix: '/no-cors/kit/', headers: false, serveFromDist: true },
  // The kit built with the example council's folder (dist-example/, see server-plugins.mjs).
  { prefix: '/example-council/kit/', headers: true },
  // The kit built with 1,000 guides (dist-many-guides/, see server-plugins.mjs).
  { prefix: '/council/many-guides', headers: true, file: (path) => path.replace(/^\/council\/[^/]+\/kit\//, '') },
];

/** The kit's origin for a request to the page's origin: the other loopback name, on the same port. */
export function kitOriginFor(ctx) {
  const other = ctx.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  const port = ctx.host.split(':').pop();
  return `${ctx.protocol}://${other}:${port}`;
}

/** Server middleware, before the kit's own path rewriting: serves /no-cors/ and sends the shipped headers. */
export async function kitHeaders(ctx, next) {
  const folder = KIT_FOLDERS.find((f) => ctx.path.startsWith(f.prefix));
  if (!folder) return next();
  const file = folder.file ? folder.file(ctx.path) : ctx.path.slice(folder.prefix.length);
  if (folder.serveFromDist) ctx.path = `/dist/${file}`;
  await next();
  if (folder.headers) for (const [name, value] of Object.entries(expectedHeaders(file))) ctx.set(name, value);
}

/** Points test pages' kit scripts at the kit's origin. */
export function kitOriginPages() {
  return {
    name: 'kit-origin-pages',
    transformCacheKey(context) {
      return context.path.startsWith('/test/pages/') ? kitOriginFor(context) : undefined;
    },
    transform(context) {
      if (!context.path.startsWith('/test/pages/') || !context.response.is('html')) return undefined;
      const origin = kitOriginFor(context);
      const body = String(context.body)
        .replace(/(<script\b[^>]*\s(?:src|data-rocketsrc|data-src)=["'])(\/(?:council|broken|no-cors)\/)/g, `$1${origin}$2`)
        .replaceAll('__KIT_ORIGIN__', origin);
      return { body };
    },
  };
}

/**
 * The command `kit-frame`: what a frame from the kit's origin shows, read through the browser's own protocol
 * (a page cannot look inside a frame from another origin, and that is the point of these tests).
 * Payload: { url: part of the frame's address }. Answers { found: false } until such a frame answers, else the
 * help-links panel's rendered services and the plain links a reader sees without it.
 */
export function kitFrameCommand() {
  return {
    name: 'kit-frame-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kit-frame') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('kit-frame: no page for this test session');
      const frame = page.frames().find((f) => f.url().includes(payload.url));
      // The test runner takes null for "not handled": "not yet" is { found: false }.
      if (!frame) return { found: false };
      const view = await frame.evaluate(() => {
        const panel = document.querySelector('safe-help-links');
        const box = panel ?? document.querySelector('[data-safe-kit]');
        return {
          // The document's origin: "null" in a sandbox (location.origin would still give the address's).
          origin: self.origin,
          services: panel?.shadowRoot?.querySelectorAll('[data-service]').length ?? 0,
          plainLinks: box ? [...box.querySelectorAll('a')].map((a) => a.getAttribute('href')) : [],
          defined: Boolean(customElements.get('safe-help-links')),
        };
      }).catch((error) => ({ error: String(error) }));
      return view ? { found: true, ...view } : { found: false };
    },
  };
}
