/**
 * The alerts as feeds, so safeguarding staff can subscribe in a feed reader, Teams or an e-mail-by-feed service:
 * Atom 1.0 (alerts.atom) and JSON Feed 1.1 (alerts.json), for everyone and for each audience
 * (alerts-staff.*, alerts-parents.*).
 *
 * Ids never change between builds: each is a tag: URI (RFC 4151) made of the kit's host name and the alert's
 * file name, so a reader never shows the same alert twice. Only alerts current on the day of the build are in
 * the feeds: an alert reaches or leaves them when the kit is next built.
 */
import { ALERT_AUDIENCES, type Alert, type AlertAudience } from '../content/types.ts';
import { currentAlerts } from '../components/alerts/current.ts';
import { buildToday } from './today.ts';
import { blocksHtml, blocksText, escapeHtml, inlineHtml, inlineText } from './static-html.ts';

/** Where the kit is published and what the feeds say about themselves (see src/components/alerts/README.md). */
export interface FeedSettings {
  /**
   * A build without the kit's public address (the demo, the tests): its feeds hold no alerts and say "not for
   * publishing", and its alert pages say so too, rather than carry addresses that work only on this computer.
   */
  demo: boolean;
  /** The address dist/ is published at, ending "/": every link in a feed is absolute. Empty in a demo build. */
  publicUrl: string;
  /** The host name in every id. */
  idHost: string;
  /** Who publishes the alerts, as feed readers show it. */
  author: string;
  /** The day the feeds are for, YYYY-MM-DD. */
  today: string;
}

/** The host name in a demo build's feed ids: `.invalid` is reserved, so it can never be mistaken for a real one. */
export const DEMO_HOST = 'not-for-publishing.invalid';

/** Why a build for publishing stopped, in words for whoever runs it. */
export const NEEDS_PUBLIC_URL = `A build for publishing needs the kit's public address, so that the alerts' feeds and pages link to it.
Set SAFE_KIT_PUBLIC_URL to the address dist/ will be published at, for example:

  SAFE_KIT_PUBLIC_URL=https://www.example.gov.uk/online-safety/kit/ npm run build:publish

(On Windows: set SAFE_KIT_PUBLIC_URL=https://www.example.gov.uk/online-safety/kit/ then npm run build:publish.)
Nothing was built, and dist/ is as it was. To look at the kit on this computer instead, run npm start.`;

/**
 * Reads the settings from the environment, or says plainly what is wrong with them.
 * @param publishing true for a build meant for publishing (`npm run build:publish`): it must have the public
 *   address. Any other build without it is a demo build, whose feeds say "not for publishing".
 */
export function feedSettings(env: Record<string, string | undefined> = process.env, publishing = false): FeedSettings {
  const raw = env.SAFE_KIT_PUBLIC_URL?.trim();
  const today = buildToday(env);
  const author = env.SAFE_KIT_FEED_AUTHOR?.trim() || 'Online safety alerts';
  if (!raw) {
    if (publishing) throw new Error(NEEDS_PUBLIC_URL);
    return { demo: true, publicUrl: '', idHost: DEMO_HOST, author, today };
  }
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    throw new Error(`SAFE_KIT_PUBLIC_URL "${raw}" is not a web address: set it to where dist/ is published, e.g. https://www.example.gov.uk/online-safety/kit/`);
  }
  const url = new URL(raw);
  url.pathname = url.pathname.replace(/\/?$/, '/');
  url.search = url.hash = '';
  if (publishing && /^(localhost|127\.|\[::1\])/.test(url.hostname)) {
    throw new Error(`SAFE_KIT_PUBLIC_URL "${raw}" is an address on this computer: a build for publishing needs the address readers will use, e.g. https://www.example.gov.uk/online-safety/kit/`);
  }
  return { demo: false, publicUrl: url.href, idHost: env.SAFE_KIT_FEED_ID_HOST?.trim() || url.hostname, author, today };
}

/** The first year of the kit's feeds: part of the feed's own id (RFC 4151 needs a date), so never change it. */
const ID_YEAR = '2026';

export const feedId = (s: FeedSettings, audience?: AlertAudience) =>
  `tag:${s.idHost},${ID_YEAR}:online-safety-alerts${audience ? `/${audience}` : ''}`;
export const entryId = (s: FeedSettings, alert: Alert) => `tag:${s.idHost},${alert.published}:online-safety-alerts/${alert.id}`;
export const alertPage = (s: FeedSettings, alert: Alert) => `${s.publicUrl}alerts/${alert.id}.html`;
export const indexPage = (s: FeedSettings) => `${s.publicUrl}alerts/index.html`;

export const LEVEL_WORDS = { information: 'Information', advice: 'Advice', warning: 'Warning' } as const;
export const FOR_WHOM = (a: readonly AlertAudience[]) => (a.length === 2 ? 'staff and parents' : a[0] === 'staff' ? 'staff' : 'parents and carers');
const TITLE = (audience?: AlertAudience) =>
  audience === 'staff' ? 'Online safety alerts for staff' : audience === 'parents' ? 'Online safety alerts for parents and carers' : 'Online safety alerts for staff, parents and carers';
const DESCRIPTION = 'Current alerts about online trends and apps, with what to do, for school staff and for parents and carers.';

const time = (day: string) => `${day}T00:00:00Z`;
/** An alert changes when it is published and each time it is reviewed against its source. */
const updatedOf = (alert: Alert) => time(alert.reviewed > alert.published ? alert.reviewed : alert.published);

/** The full text of an alert as HTML: its level and audience, summary, body and source. */
export function alertHtml(alert: Alert, headingLevel = 2): string {
  return [
    `<p><strong>${LEVEL_WORDS[alert.level]}</strong> · for ${FOR_WHOM(alert.audiences)}</p>`,
    `<p>${inlineHtml(alert.summary)}</p>`,
    blocksHtml(alert.body, headingLevel),
    `<p>Source: <a href="${escapeHtml(alert.source)}">${escapeHtml(alert.source)}</a></p>`,
  ].join('\n');
}

function alertText(alert: Alert): string {
  return [`${LEVEL_WORDS[alert.level]}, for ${FOR_WHOM(alert.audiences)}.`, inlineText(alert.summary), blocksText(alert.body), `Source: ${alert.source}`].join('\n\n');
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function atomFeed(alerts: Alert[], s: FeedSettings, audience?: AlertAudience): string {
  const self = `${s.publicUrl}${feedFile(audience, 'atom')}`;
  const updated = alerts.map(updatedOf).sort().at(-1) ?? time(s.today);
  const entries = alerts.map(
    (a) => `  <entry>
    <id>${xml(entryId(s, a))}</id>
    <title type="text">${xml(a.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(alertPage(s, a))}"/>
    <link rel="related" href="${xml(a.source)}"/>
    <published>${time(a.published)}</published>
    <updated>${updatedOf(a)}</updated>
    <category term="${a.level}" label="${LEVEL_WORDS[a.level]}"/>
${a.audiences.map((x) => `    <category term="${x}"/>`).join('\n')}
    <summary type="text">${xml(inlineText(a.summary))}</summary>
    <content type="html">${xml(alertHtml(a))}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${xml(feedId(s, audience))}</id>
  <title type="text">${xml(TITLE(audience))}</title>
  <subtitle type="text">${xml(DESCRIPTION)}</subtitle>
  <updated>${updated}</updated>
  <author><name>${xml(s.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(indexPage(s))}"/>
  <generator>safe-kit</generator>
${entries.join('\n')}
</feed>
`;
}

export function jsonFeed(alerts: Alert[], s: FeedSettings, audience?: AlertAudience): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: TITLE(audience),
    home_page_url: indexPage(s),
    feed_url: `${s.publicUrl}${feedFile(audience, 'json')}`,
    description: DESCRIPTION,
    language: 'en-GB',
    authors: [{ name: s.author }],
    items: alerts.map((a) => ({
      id: entryId(s, a),
      url: alertPage(s, a),
      external_url: a.source,
      title: a.title,
      summary: inlineText(a.summary),
      content_html: alertHtml(a),
      content_text: alertText(a),
      date_published: time(a.published),
      date_modified: updatedOf(a),
      tags: [a.level, ...a.audiences],
      _safe_kit: { level: a.level, audiences: a.audiences, expires: a.expires ?? null },
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export const feedFile = (audience: AlertAudience | undefined, kind: 'atom' | 'json') => `alerts${audience ? `-${audience}` : ''}.${kind}`;

/** What a demo build's feeds and alert pages say instead of alerts: a feed reader shows it as the feed's name. */
export const NOT_FOR_PUBLISHING = 'Not for publishing: a demo build of the online safety alerts';
const NOT_FOR_PUBLISHING_NOTE =
  'This kit was built without its public address (SAFE_KIT_PUBLIC_URL), so its feeds hold no alerts. Build it with npm run build:publish to publish it.';

/** A demo build's feed: valid, with no alerts and no address, saying it is not for publishing. */
function demoFeeds(s: FeedSettings, audience?: AlertAudience): { atom: string; json: string } {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${xml(feedId(s, audience))}</id>
  <title type="text">${xml(NOT_FOR_PUBLISHING)}</title>
  <subtitle type="text">${xml(NOT_FOR_PUBLISHING_NOTE)}</subtitle>
  <updated>${time(s.today)}</updated>
  <author><name>${xml(s.author)}</name></author>
  <generator>safe-kit</generator>
</feed>
`;
  const json = `${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: NOT_FOR_PUBLISHING, description: NOT_FOR_PUBLISHING_NOTE, language: 'en-GB', authors: [{ name: s.author }], items: [] }, null, 2)}\n`;
  return { atom, json };
}

/** Every feed file, by its name in dist/. */
export function alertFeeds(all: Alert[], s: FeedSettings): Record<string, string> {
  const files: Record<string, string> = {};
  for (const audience of [undefined, ...ALERT_AUDIENCES]) {
    if (s.demo) {
      const demo = demoFeeds(s, audience);
      files[feedFile(audience, 'atom')] = demo.atom;
      files[feedFile(audience, 'json')] = demo.json;
      continue;
    }
    const alerts = currentAlerts(all, s.today, audience);
    files[feedFile(audience, 'atom')] = atomFeed(alerts, s, audience);
    files[feedFile(audience, 'json')] = jsonFeed(alerts, s, audience);
  }
  return files;
}
