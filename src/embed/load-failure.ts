/**
 * What the loader says in the console when a component's file cannot load: the reader sees the plain help links,
 * and the webmaster who opens the console learns what to fix. A script cannot read why a cross-origin module was
 * refused (the browser hides CORS errors from it), so the message names the likeliest cause for where the kit is.
 * Kept short: every word here is in embed.js on every school's page.
 */
export function whyNotLoaded(url: string): string {
  const kit = new URL(url).origin;
  // The document's own origin: "null" in a sandbox without allow-same-origin, even on the kit's own address.
  return kit !== self.origin
    ? `the kit (${kit}) is on another origin than this page: check that the kit's host sends Access-Control-Allow-Origin (see hosting/), and that the page's Content-Security-Policy allows ${kit}`
    : `check that ${url} is on the kit's host`;
}
