/**
 * Checks a published kit the way a school's page uses it: from another address (an `Origin` header), it fetches
 * embed.js, one component named in embed.js' own map, a shared file that component imports and a frame page, and
 * says in plain words what a school's readers would miss: a missing file, a missing CORS header, a content type
 * browsers refuse, a cache that keeps corrections from schools for too long.
 */
import { RULES, expectedHeaders, isJavaScriptType, maxAge } from './rules.ts';

export type Level = 'ok' | 'problem' | 'advice';
export interface Finding {
  file: string;
  level: Level;
  says: string;
}

export interface CheckOptions {
  /** The school page's address the requests say they come from. */
  origin?: string;
  /** How long to wait for each answer, in milliseconds. */
  timeout?: number;
}

export const SCHOOL_ORIGIN = 'https://school.example';
const HOW_TO_FIX = 'hosting/README.md has the settings for each kind of host';

/** The kit's folder from what a council might type: the folder, or the address of embed.js itself. */
export function kitFolder(address: string): URL {
  const url = new URL(address);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${address} is not a web address (https://…)`);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/embed.js')) url.pathname = url.pathname.slice(0, -'embed.js'.length);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function duration(seconds: number): string {
  if (seconds >= 86400) return `${Math.round(seconds / 86400)} day${seconds >= 172800 ? 's' : ''}`;
  if (seconds >= 3600) return `${Math.round(seconds / 3600)} hour${seconds >= 7200 ? 's' : ''}`;
  if (seconds >= 60) return `${Math.round(seconds / 60)} minute${seconds >= 120 ? 's' : ''}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

async function get(url: URL, options: Required<CheckOptions>): Promise<Response | string> {
  try {
    return await fetch(url, { headers: { Origin: options.origin }, redirect: 'follow', signal: AbortSignal.timeout(options.timeout) });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeout / 1000} seconds` : String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
    return reason;
  }
}

/** Checks one file's answer; `module` files must carry CORS, `cache` says which cache rule applies. */
function checkAnswer(file: string, answer: Response, kind: { module: boolean; javascript: boolean; cache: 'long' | 'short' }, origin: string): Finding[] {
  const found: Finding[] = [];
  const add = (level: Level, says: string) => found.push({ file, level, says });
  const type = answer.headers.get('content-type');
  if (kind.javascript) {
    if (isJavaScriptType(type)) add('ok', `sent as JavaScript (${type})`);
    else add('problem', `sent as "${type ?? 'no content type'}", which browsers refuse to run as JavaScript: send .js files as text/javascript (${HOW_TO_FIX})`);
  } else if (!type?.startsWith('text/html')) {
    add('problem', `sent as "${type ?? 'no content type'}" instead of text/html: browsers may show it as text or download it`);
  } else add('ok', 'sent as a web page (text/html)');

  const allow = answer.headers.get('access-control-allow-origin');
  if (kind.module) {
    if (allow === null) {
      add('problem', `no Access-Control-Allow-Origin header: a school's page on another address cannot load it, so readers see only the plain help links. Send "Access-Control-Allow-Origin: *" with the kit's files (${HOW_TO_FIX})`);
    } else if (allow.includes(',')) {
      add('problem', `Access-Control-Allow-Origin is sent twice ("${allow}"), which browsers refuse: it is set in two places on the server, remove one`);
    } else if (allow !== '*' && allow !== origin) {
      add('problem', `Access-Control-Allow-Origin is "${allow}", so only that address may load the kit, not schools' pages: send "*"`);
    } else {
      add('ok', `school pages on other addresses may load it (Access-Control-Allow-Origin: ${allow})`);
      if (allow !== '*' && !/\borigin\b/i.test(answer.headers.get('vary') ?? '')) {
        add('advice', 'the header names the asking page without "Vary: Origin": a cache in between may hand one school\'s answer to another. Send "*" instead');
      }
    }
  }

  const cacheControl = answer.headers.get('cache-control');
  const seconds = /no-cache|no-store/i.test(cacheControl ?? '') ? 0 : maxAge(cacheControl);
  const { shortCacheAtMostSeconds: short, longCacheAtLeastSeconds: long } = RULES.limits;
  if (kind.cache === 'short') {
    if (seconds === undefined && !answer.headers.get('expires')) {
      add('advice', `no Cache-Control header: browsers may keep it for as long as they guess, and a correction may take days to reach schools. Send "${expectedHeaders(file)['Cache-Control']}"`);
    } else if (/immutable/i.test(cacheControl ?? '') || (seconds ?? 0) > short) {
      add('problem', `browsers keep it for ${seconds === undefined ? 'a long time' : duration(seconds)}${/immutable/i.test(cacheControl ?? '') ? ' and never check it again (immutable)' : ''}: a correction the council publishes would not reach schools' pages for that long. Send "${expectedHeaders(file)['Cache-Control']}"`);
    } else add('ok', seconds ? `kept for ${duration(seconds)}, so corrections reach schools quickly` : 'checked for changes on every visit');
  } else if (seconds === undefined || seconds < long) {
    add('advice', `${seconds === undefined ? 'no cache rule' : `kept for only ${duration(seconds)}`}: its name changes whenever it changes, so readers' browsers could keep it for a year. Send "${expectedHeaders(file)['Cache-Control']}"`);
  } else add('ok', `kept for ${duration(seconds)}: its name changes whenever it changes`);
  return found;
}

/** Fetches one file and checks it, or says why it could not. Returns the answer's text for files that lead on. */
async function checkFile(
  kit: URL,
  file: string,
  kind: { module: boolean; javascript: boolean; cache: 'long' | 'short' },
  options: Required<CheckOptions>,
  findings: Finding[],
  missing: string,
): Promise<string | undefined> {
  const answer = await get(new URL(file, kit), options);
  if (typeof answer === 'string') {
    findings.push({ file, level: 'problem', says: `could not be fetched from ${new URL(file, kit).href}: ${answer}` });
    return undefined;
  }
  if (!answer.ok) {
    findings.push({ file, level: 'problem', says: `the server answered ${answer.status}${answer.status === 404 ? ' (not found)' : ''}: ${missing}` });
    return undefined;
  }
  if (answer.redirected) findings.push({ file, level: 'advice', says: `the address is redirected to ${answer.url}: give schools that address` });
  findings.push(...checkAnswer(file, answer, kind, options.origin));
  return answer.text();
}

export async function checkHost(address: string, given: CheckOptions = {}): Promise<Finding[]> {
  const options = { origin: given.origin ?? SCHOOL_ORIGIN, timeout: given.timeout ?? 15000 };
  const kit = kitFolder(address);
  const findings: Finding[] = [];
  const embed = await checkFile(kit, 'embed.js', { module: false, javascript: true, cache: 'short' }, options, findings,
    `there is no embed.js at ${kit.href}embed.js. Give the address of the folder that holds embed.js (the published dist/ folder).`);
  if (embed === undefined) return findings;

  const map = /\{"safe-[^{}]*\}/.exec(embed)?.[0];
  const components = map ? (JSON.parse(map) as Record<string, string>) : {};
  const [tag, file] = Object.entries(components).find(([t]) => t === 'safe-help-links') ?? Object.entries(components)[0] ?? [];
  if (!tag || !file) {
    findings.push({ file: 'embed.js', level: 'problem', says: "it does not list the kit's components: is this the kit's own embed.js, from the same build as the rest of the folder?" });
    return findings;
  }
  const component = await checkFile(kit, file, { module: true, javascript: true, cache: 'long' }, options, findings,
    `embed.js names ${file}, which is not on the server: publish the whole of dist/ together, components/ and chunks/ with embed.js`);

  const shared = component && /["'](\.\.?\/chunks\/[^"']+\.js)["']/.exec(component)?.[1];
  if (shared) {
    const chunk = new URL(shared, new URL(file, kit)).href.slice(kit.href.length);
    await checkFile(kit, chunk, { module: true, javascript: true, cache: 'long' }, options, findings,
      `${file} needs ${chunk}, which is not on the server: publish the whole of dist/ together`);
  }

  const frame = `frame/${tag.slice('safe-'.length)}.html`;
  await checkFile(kit, frame, { module: false, javascript: false, cache: 'short' }, options, findings,
    'the frame pages are missing: schools that can only paste an iframe (Google Sites, Wix, SharePoint) would show an error page. Publish the whole of dist/');
  return findings;
}

/** The findings as a webmaster reads them, file by file, ending with what to do. */
export function report(kit: URL, findings: Finding[], origin = SCHOOL_ORIGIN): string {
  const mark = { ok: '  ok      ', problem: '  PROBLEM ', advice: '  advice  ' };
  const lines = [`Checking the kit at ${kit.href} as a school's page at ${origin} would load it.`, ''];
  let last = '';
  for (const f of findings) {
    if (f.file !== last) lines.push(f.file);
    last = f.file;
    lines.push(`${mark[f.level]}${f.says}`);
  }
  const problems = findings.filter((f) => f.level === 'problem').length;
  const advice = findings.filter((f) => f.level === 'advice').length;
  lines.push('');
  lines.push(
    problems
      ? `${problems} problem${problems === 1 ? '' : 's'}: until ${problems === 1 ? 'it is' : 'they are'} fixed, schools' readers see only the plain help links.`
      : `No problems: schools' pages can load the kit from here.${advice ? ` ${advice} piece${advice === 1 ? '' : 's'} of advice above.` : ''}`,
  );
  return lines.join('\n');
}
