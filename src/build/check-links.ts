/**
 * `npm run check-links`: every web address in the content (the national folder and the council's), checked the
 * way a polite robot should — a time-out per request, a few requests at once, retries for answers that may be
 * passing (time-outs, server errors), and a User-Agent that says who is asking. Reported per file and line.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PLACEHOLDER_URL } from './content-templates.ts';

export interface Link {
  url: string;
  file: string;
  line: number;
}

export type Outcome =
  | { kind: 'ok'; status: number }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'broken'; status: number }
  | { kind: 'server-error'; status: number }
  | { kind: 'timeout' }
  | { kind: 'unreachable'; reason: string };

export interface CheckOptions {
  timeoutMs: number;
  /** Requests at once, across all sites. */
  concurrency: number;
  /** Further tries after a time-out, a server error or no answer. */
  retries: number;
  retryDelayMs: number;
  userAgent: string;
}

export const DEFAULT_OPTIONS: CheckOptions = {
  timeoutMs: 15_000,
  concurrency: 4,
  retries: 2,
  retryDelayMs: 2_000,
  userAgent: 'safe-kit-link-check/1.0 (a council\'s school online-safety kit, checking the links in its own content once a week)',
};

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`)\]]+/g;

/** Every http(s) address in the content files under the given folders, with its file and line. */
export function collectLinks(folders: { dir: string; shownFrom: string }[]): Link[] {
  const links: Link[] = [];
  const placeholder = new URL(PLACEHOLDER_URL).hostname;
  for (const { dir, shownFrom } of folders) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md') && !/(^|[\\/])readme\.md$/i.test(f))
      .sort();
    for (const f of files) {
      const path = join(dir, f);
      const file = relative(shownFrom, path).split('\\').join('/');
      readFileSync(path, 'utf8')
        .split(/\r?\n/)
        .forEach((text, i) => {
          for (const [found] of text.matchAll(URL_IN_TEXT)) {
            const url = found.replace(/[.,;:!?*_]+$/, '');
            if (URL.canParse(url) && new URL(url).hostname !== placeholder) links.push({ url, file, line: i + 1 });
          }
        });
    }
  }
  return links;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function once(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': options.userAgent, accept: 'text/html,*/*;q=0.8' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    const { status } = response;
    if (status >= 300 && status < 400 && status !== 304) {
      return { kind: 'redirect', status, location: new URL(response.headers.get('location') ?? '', url).href };
    }
    if (status >= 500) return { kind: 'server-error', status };
    if (status >= 400) return { kind: 'broken', status };
    return { kind: 'ok', status };
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' };
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    return { kind: 'unreachable', reason: cause?.code ?? cause?.message ?? String(error) };
  }
}

/** One address: HEAD first (nothing downloaded), GET where a site refuses HEAD; retried while it may pass. */
export async function checkUrl(url: string, options: CheckOptions): Promise<Outcome> {
  let outcome: Outcome = { kind: 'timeout' };
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt) await pause(options.retryDelayMs * attempt);
    outcome = await once(url, 'HEAD', options);
    if (outcome.kind === 'broken' || outcome.kind === 'server-error') {
      // Some sites answer HEAD with 403, 404, 405 or 501 and GET with the page.
      outcome = await once(url, 'GET', options);
    }
    if (outcome.kind === 'ok' || outcome.kind === 'redirect' || outcome.kind === 'broken') return outcome;
  }
  return outcome;
}

/** Checks each address once, `concurrency` at a time, and gives each link its outcome. */
export async function checkLinks(links: Link[], options: CheckOptions = DEFAULT_OPTIONS): Promise<{ link: Link; outcome: Outcome }[]> {
  const urls = [...new Set(links.map((l) => l.url))];
  const outcomes = new Map<string, Outcome>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      outcomes.set(url, await checkUrl(url, options));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker));
  return links.map((link) => ({ link, outcome: outcomes.get(link.url)! }));
}

/** Was nothing reached at all? Then the machine has no network, and nothing was really checked. */
export const noNetwork = (results: { outcome: Outcome }[]) => results.length > 0 && results.every((r) => r.outcome.kind === 'unreachable');

/** One line for a link that needs a person: `file:line: address — what happened — what to do`. */
export function describe({ link, outcome }: { link: Link; outcome: Outcome }): string | undefined {
  const at = `${link.file}:${link.line}: ${link.url}`;
  switch (outcome.kind) {
    case 'ok':
      return undefined;
    case 'redirect':
      return `${at} — moved (${outcome.status}) to ${outcome.location} — check the new page says the same, then use its address`;
    case 'broken':
      return `${at} — ${outcome.status === 404 || outcome.status === 410 ? 'not found' : 'refused'} (${outcome.status}) — find the page's new address on the site, or remove the link`;
    case 'server-error':
      return `${at} — the site answered with an error (${outcome.status}) each time — try it in a browser; if it stays broken, find another source`;
    case 'timeout':
      return `${at} — no answer in time, each time — try it in a browser; the site may be down or very slow`;
    case 'unreachable':
      return `${at} — could not connect (${outcome.reason}) — check the address is spelt right; the site may have closed`;
  }
}

/** The content folders to read: the national one and the council's, named from their parents as the check names them. */
export function linkFolders(contentDir: string, council?: { dir: string }, cwd = process.cwd()) {
  const folders = [{ dir: contentDir, shownFrom: dirname(contentDir) }];
  if (council) folders.push({ dir: council.dir, shownFrom: relative(cwd, council.dir).startsWith('..') ? dirname(council.dir) : cwd });
  return folders;
}
