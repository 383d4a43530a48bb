/**
 * The council's kit for the WordPress test: the built dist/ served from a loopback port of its own, so the school's
 * site and the kit are two origins, as they always are. `cors: false` is a kit server someone forgot to configure.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export interface KitServer {
  /** The kit's address, as a council would give it: the folder that holds embed.js, with its last slash. */
  url: string;
  /** Every path the server was asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveKit(dist: string, options: { cors: boolean }): Promise<KitServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://kit').pathname;
    requests.push(path);
    if (options.cors) response.setHeader('Access-Control-Allow-Origin', '*');
    const file = normalize(join(dist, decodeURIComponent(path)));
    try {
      if (!file.startsWith(dist)) throw new Error('outside dist/');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
