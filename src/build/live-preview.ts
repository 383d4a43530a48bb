/**
 * `npm start`: the live preview for council editors. It builds the kit, serves dist/ (the demo at /demo/), and
 * watches content/, the council's folder, src/ and demo/: on every save it builds again and the open demo pages
 * reload themselves. A content mistake is shown at the top of the page (and in the terminal) with its file and
 * line, while the page keeps the last good build.
 *
 * A small server of its own rather than `vite preview`: it must tell open pages when a build has finished.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const LIVE = '/__safe-kit-live/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The few lines each served page gets so it reloads after a build: a script and a style sheet of the server's own. */
export const injectLive = (html: string) =>
  html.replace(/<\/head>/i, `<link rel="stylesheet" href="${LIVE}live.css"><script src="${LIVE}live.js" defer></script></head>`);

// Runs in the page: reload after a good build; after a failed one, show its problems (as text) at the top.
const LIVE_JS = `(() => {
  const events = new EventSource('${LIVE}events');
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('problems', (e) => {
    let box = document.getElementById('safe-kit-live-problems');
    if (!box) {
      box = document.createElement('pre');
      box.id = 'safe-kit-live-problems';
      box.setAttribute('role', 'alert');
      document.body.prepend(box);
    }
    box.textContent = 'Not rebuilt: fix these and save again. The page shows the last good build.\\n\\n' + JSON.parse(e.data);
  });
})();
`;
const LIVE_CSS = `#safe-kit-live-problems { position: sticky; top: 0; z-index: 2147483647; margin: 0; padding: 1em; white-space: pre-wrap; background: #a4101d; color: #fff; font: 1rem/1.4 monospace; }\n`;

export interface BuildResult {
  ok: boolean;
  /** What the build printed: its list of problems when it failed. */
  output: string;
}

/** One `vite build` in a child process: a content mistake ends that process, never the preview. */
export function buildOnce(root: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

export interface PreviewOptions {
  root: string;
  /** The folder served (dist/, or SAFE_KIT_OUT). */
  outDir: string;
  /** Folders whose changes start a build. */
  watched: string[];
  port?: number;
  build: () => Promise<BuildResult>;
  log?: (line: string) => void;
}

export async function startPreview(options: PreviewOptions) {
  const log = options.log ?? console.log;
  const clients = new Set<ServerResponse>();
  const send = (event: string, data: string) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    do {
      again = false;
      log('Building…');
      const result = await options.build();
      if (result.ok) {
        log('Built: the open pages reload.');
        send('reload', '');
      } else {
        const problems = result.output.trim();
        log(problems);
        send('problems', problems);
      }
    } while (again);
    building = false;
  };

  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    // Editors save a file in several writes: wait for the last.
    timer = setTimeout(() => void rebuild(), 80);
  };
  const watchers: FSWatcher[] = options.watched.filter(existsSync).map((dir) => watch(dir, { recursive: true }, changed));

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
    if (path === `${LIVE}events`) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (path === `${LIVE}live.js`) return void res.writeHead(200, { 'content-type': TYPES['.js'] }).end(LIVE_JS);
    if (path === `${LIVE}live.css`) return void res.writeHead(200, { 'content-type': TYPES['.css'] }).end(LIVE_CSS);
    if (path === '/') return void res.writeHead(302, { location: '/demo/' }).end();
    let file = normalize(join(options.outDir, path));
    if (!file.startsWith(resolve(options.outDir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': TYPES['.html'] }).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('cache-control', 'no-store');
    if (extname(file) === '.html') return void res.writeHead(200, { 'content-type': type }).end(injectLive(readFileSync(file, 'utf8')));
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url,
    rebuild,
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      server.closeAllConnections();
      server.close();
    },
  };
}
