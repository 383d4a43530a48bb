/**
 * What the loader says in the console when a component's file cannot load: the reader sees the plain help links,
 * and the webmaster who opens the console learns what to fix. A script cannot read why a cross-origin module was
 * refused (the browser hides CORS errors from it), so the message names the likeliest cause for where the kit is.
 */
export function whyNotLoaded(url: string, error: unknown): string {
  const message = String((error as Error | undefined)?.message ?? error);
  if (/trusted.?types|createPolicy/i.test(message)) {
    return `this page's Content-Security-Policy does not let the kit create its Trusted Types policy: add lit-html to the page's trusted-types list (see "Content-Security-Policy" in the kit's README).`;
  }
  const kitOrigin = new URL(url).origin;
  // The document's own origin: "null" in a sandbox without allow-same-origin, even on the kit's own address.
  const pageOrigin = self.origin;
  if (kitOrigin !== pageOrigin) {
    return `the kit is on another address (${kitOrigin}) than this page (${pageOrigin === 'null' ? 'a sandboxed frame' : pageOrigin}): check that the kit's host sends Access-Control-Allow-Origin with the kit's files (see hosting/ in the kit's source, or run npm run check-host), that the page's Content-Security-Policy allows scripts from ${kitOrigin}, and that ${url} exists.`;
  }
  return `check that ${url} exists on the kit's host: publish the whole dist/ folder together.`;
}
