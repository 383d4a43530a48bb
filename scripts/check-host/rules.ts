/**
 * What the kit's host must send, read from hosting/headers.json: the one statement of it that the host files in
 * hosting/ follow, `npm run check-host` checks, and the browser tests' server applies.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface HostingRules {
  everyFile: Record<string, string>;
  rules: { paths: string[]; why: string; headers: Record<string, string> }[];
  contentTypes: Record<string, string>;
  limits: { shortCacheAtMostSeconds: number; longCacheAtLeastSeconds: number };
}

export const HOSTING_DIR = fileURLToPath(new URL('../../hosting/', import.meta.url));
export const RULES: HostingRules = JSON.parse(readFileSync(`${HOSTING_DIR}headers.json`, 'utf8'));

/** A path inside the kit's folder matches a rule's path if it is that file, or inside that folder ("frame/"). */
const matches = (file: string, path: string) => (path.endsWith('/') ? file.startsWith(path) : file === path);

/** The headers the kit's host should send for one file, e.g. "components/help-links-Ab12.js". */
export function expectedHeaders(file: string): Record<string, string> {
  const headers = { ...RULES.everyFile };
  for (const rule of RULES.rules) if (rule.paths.some((p) => matches(file, p))) Object.assign(headers, rule.headers);
  const type = contentTypeFor(file);
  if (type) headers['Content-Type'] = type;
  return headers;
}

export function contentTypeFor(file: string): string | undefined {
  const extension = /\.[a-z0-9]+$/i.exec(file)?.[0].toLowerCase();
  return extension ? RULES.contentTypes[extension] : undefined;
}

/** Whether the kit's rules give this file a long (hashed) or short cache, or say nothing about it. */
export function cacheKind(file: string): 'long' | 'short' | undefined {
  const seconds = maxAge(expectedHeaders(file)['Cache-Control']);
  if (seconds === undefined) return undefined;
  return seconds >= RULES.limits.longCacheAtLeastSeconds ? 'long' : 'short';
}

/** max-age in seconds from a Cache-Control value, or undefined if it has none. */
export function maxAge(cacheControl: string | null | undefined): number | undefined {
  const found = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? '');
  return found ? Number(found[1]) : undefined;
}

/**
 * The JavaScript MIME types browsers accept for a module script (the HTML standard's list): anything else, and
 * the browser refuses to run the component.
 */
const JAVASCRIPT_TYPES = [
  'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript',
  'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2',
  'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript',
  'text/x-ecmascript', 'text/x-javascript',
];

export function isJavaScriptType(contentType: string | null | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return JAVASCRIPT_TYPES.includes(essence);
}
