/**
 * The reference school page, as `npm run bench` and the layout-shift budget test load it: the built kit served
 * from one loopback origin (CORS, compressed as a council's host would: brotli or gzip by the browser's
 * Accept-Encoding, node's zlib) and a school's page from another, with text above and below the component so a
 * jump of the page shows. Each component can be put on it each way a webmaster can, or as its static twin: the
 * same page with the component's rendered HTML and CSS inlined (declarative shadow DOM) and no script.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const WAYS = ['script', 'tag', 'placeholder', 'iframe'] as const;
export type Way = (typeof WAYS)[number] | 'twin';

/** Each component with the settings a school would most often give it. */
export const COMPONENTS: Record<string, Record<string, string>> = {
  'help-links': { audience: 'parents' },
  'response-card': { audience: 'staff' },
  'child-plan': {},
  exit: {},
  guides: {},
  guide: { guide: 'tiktok' },
  alerts: { audience: 'parents' },
  'family-agreement': {},
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json',
};

export interface FileSizes { bytes: number; gzip: number; brotli: number }

export const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;
export const brotliSize = (body: Buffer) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export interface Servers {
  kitOrigin: string;
  hostOrigin: string;
  /** The sizes of a file of the kit, by its address, as served. */
  sizes(url: string): FileSizes | undefined;
  /** Sets a component's static twin (its rendered HTML), served at hostPath(name, 'twin'). */
  setTwin(name: string, html: string): void;
  /**
   * Holds every file of the kit asked for from now on until release(): a test lets the page draw what it has
   * between one round trip and the next, so every state a slow phone would paint is painted, whatever the machine.
   */
  hold(on: boolean): void;
  /** How many files are held, and sends them. */
  held(): number;
  release(): void;
  close(): Promise<void>;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const dataAttrs = (settings: Record<string, string>) =>
  Object.entries(settings).map(([k, v]) => ` data-${k}="${escapeAttr(v)}"`).join('');
const attrs = (settings: Record<string, string>) =>
  Object.entries(settings).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');

export const hostPath = (name: string, way: Way) => `/school/${name}/${way}.html`;

/** The component, put on the page the way a webmaster would paste it (README's "I run a school website"). */
function snippet(name: string, way: Way, kit: string, twin?: string): string {
  const settings = COMPONENTS[name];
  const script = `<script src="${kit}embed.js" async></script>`;
  switch (way) {
    case 'script': return `<script src="${kit}embed.js" data-component="${name}"${dataAttrs(settings)} async></script>`;
    case 'tag': return `<safe-${name}${attrs(settings)}></safe-${name}>\n${script}`;
    case 'placeholder': return `<div data-safe-kit="${name}"${dataAttrs(settings)}></div>\n${script}`;
    case 'iframe': {
      const query = new URLSearchParams(settings).toString();
      return `<iframe src="${kit}frame/${name}.html${query ? `?${query}` : ''}" title="Online safety: ${name}" width="100%" height="900"></iframe>`;
    }
    case 'twin': return twin ?? '';
  }
}

/** A plain school page: a heading, text, the component, more text below it that a jump would move. */
export function hostPage(name: string, way: Way, kit: string, twin?: string): string {
  const para = (n: number) => `<p>Paragraph ${n} of the school's own page. Our pupils learn about staying safe online in every year group, and parents are welcome to ask their class teacher about it.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Online safety at our school</title>
<style>body { font-family: Georgia, serif; margin: 0 auto; max-width: 46rem; padding: 1rem; line-height: 1.5 } iframe { border: 0; display: block }</style>
</head>
<body>
<header><p><strong>Anytown Primary School</strong></p></header>
<main>
<h1>Online safety</h1>
${para(1)}
${snippet(name, way, kit, twin)}
${para(2)}
${para(3)}
${para(4)}
</main>
<footer><p>Anytown Primary School, 1 School Lane</p></footer>
</body>
</html>
`;
}

/** Starts the kit's server on one loopback port and the school's on another (two origins), both on 127.0.0.1. */
export async function startServers(dist: string): Promise<Servers> {
  if (!existsSync(join(dist, 'embed.js'))) throw new Error(`${dist}/embed.js is missing: run \`npm run build\` first`);
  const cache = new Map<string, { body: Buffer; gzip: Buffer; br: Buffer }>();
  const twins = new Map<string, string>();
  const file = (path: string) => {
    let entry = cache.get(path);
    if (!entry) {
      const body = readFileSync(path);
      entry = { body, gzip: gzipSync(body, { level: 9 }), br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) };
      cache.set(path, entry);
    }
    return entry;
  };
  const distPath = (url: string) => {
    const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const full = join(dist, path);
    return full.startsWith(dist) && existsSync(full) && statSync(full).isFile() ? full : undefined;
  };

  let holding = false;
  let heldFiles: (() => void)[] = [];
  const kitServer = createServer((req, res) => {
    if (holding) return void heldFiles.push(() => serve(req, res));
    serve(req, res);
  });
  const serve = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const path = distPath(req.url ?? '/');
    if (!path) return void res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    const { body, gzip, br } = file(path);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const [encoding, sent] = /\bbr\b/.test(accepts) ? ['br', br] : /\bgzip\b/.test(accepts) ? ['gzip', gzip] : [undefined, body];
    res.writeHead(200, {
      'content-type': `${TYPES[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    }).end(sent);
  };
  const listen = (server: Server) =>
    new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));
  const kitPort = await listen(kitServer);
  const kitOrigin = `http://127.0.0.1:${kitPort}`;

  const hostServer = createServer((req, res) => {
    const match = /^\/school\/([a-z-]+)\/([a-z]+)\.html$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const [, name, way] = match ?? [];
    if (!match || !(name in COMPONENTS) || !([...WAYS, 'twin'] as string[]).includes(way) || (way === 'twin' && !twins.has(name))) {
      return void res.writeHead(404).end();
    }
    const html = Buffer.from(hostPage(name, way as Way, `${kitOrigin}/`, twins.get(name)));
    const br = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(br ? { 'content-encoding': 'br' } : { 'content-encoding': 'gzip' }) })
      .end(br ? brotliCompressSync(html) : gzipSync(html));
  });
  const hostOrigin = `http://127.0.0.1:${await listen(hostServer)}`;

  return {
    kitOrigin,
    hostOrigin,
    sizes(url) {
      if (!url.startsWith(kitOrigin)) return undefined;
      const path = distPath(url.slice(kitOrigin.length));
      if (!path) return undefined;
      const { body, gzip, br } = file(path);
      return { bytes: body.length, gzip: gzip.length, brotli: br.length };
    },
    setTwin: (name, html) => void twins.set(name, html),
    hold: (on) => void (holding = on),
    held: () => heldFiles.length,
    release: () => { const now = heldFiles; heldFiles = []; now.forEach((send) => send()); },
    close: () => new Promise<void>((r) => { kitServer.close(); hostServer.close(() => r()); }),
  };
}
