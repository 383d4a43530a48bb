/**
 * A plain page for each alert (dist/alerts/<id>.html) and a list of the current ones (dist/alerts/index.html):
 * what a feed item links to, readable in any browser, e-mail client or Teams preview, with no JavaScript.
 * An expired alert keeps its page, marked as expired, so a link in an old e-mail never breaks.
 */
import type { Alert } from '../content/types.ts';
import { currentAlerts } from '../components/alerts/current.ts';
import { alertHtml, feedFile, FOR_WHOM, LEVEL_WORDS, NOT_FOR_PUBLISHING, type FeedSettings } from './alert-feeds.ts';
import { escapeHtml, inlineHtml } from './static-html.ts';

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const CSS = `*{box-sizing:border-box}body{max-width:40em;margin:0 auto;padding:1em;overflow-wrap:anywhere;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;color:#0b0c0c;background:#fff}
a{color:#1d4f91}a:focus{outline:3px solid #0b0c0c;background:#fd0;color:#0b0c0c}
.expired{padding:.75em 1em;border:.25em solid #a4101d}
li{margin-bottom:.5em}
`;

function page(title: string, main: string, s: FeedSettings): string {
  // A demo build's pages link to its feeds by relative address, and say at the top that they are not for publishing.
  const feeds = s.demo ? '../' : escapeHtml(s.publicUrl);
  const banner = s.demo ? `<p class="expired"><strong>${NOT_FOR_PUBLISHING}.</strong> Build the kit with npm run build:publish to publish it.</p>\n` : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="alerts.css">
<link rel="alternate" type="application/atom+xml" title="Online safety alerts (Atom)" href="${feeds}${feedFile(undefined, 'atom')}">
<link rel="alternate" type="application/feed+json" title="Online safety alerts (JSON Feed)" href="${feeds}${feedFile(undefined, 'json')}">
</head>
<body>
<main>
${banner}${main}
</main>
</body>
</html>
`;
}

function alertPage(alert: Alert, s: FeedSettings): string {
  const expired = alert.expires && alert.expires < s.today;
  return page(
    alert.title,
    `<h1>${escapeHtml(alert.title)}</h1>
${expired ? `<p class="expired"><strong>This alert expired on ${longDate(alert.expires!)}.</strong> It may no longer be current: see <a href="index.html">the current alerts</a>.</p>\n` : ''}<p>Published ${longDate(alert.published)}</p>
${alertHtml(alert)}
<p><a href="index.html">All current alerts</a></p>`,
    s,
  );
}

function indexPage(all: Alert[], s: FeedSettings): string {
  const current = currentAlerts(all, s.today);
  const list = current.length
    ? `<ul>\n${current
        .map(
          (a) =>
            `<li><a href="${a.id}.html">${escapeHtml(a.title)}</a><br>${LEVEL_WORDS[a.level]}, for ${FOR_WHOM(a.audiences)}, published ${longDate(a.published)}. ${inlineHtml(a.summary)}</li>`,
        )
        .join('\n')}\n</ul>`
    : '<p>No current alerts.</p>';
  const feeds = (['staff', 'parents'] as const)
    .map((x) => `<li>For ${x === 'staff' ? 'staff' : 'parents and carers'}: <a href="../${feedFile(x, 'atom')}">Atom</a> or <a href="../${feedFile(x, 'json')}">JSON Feed</a></li>`)
    .join('\n');
  return page(
    'Online safety alerts',
    `<h1>Online safety alerts</h1>
${list}
<h2>Get new alerts as they are published</h2>
<p>Add one of these addresses to a feed reader, to Microsoft Teams or to an e-mail-by-feed service:</p>
<ul>
<li>Every alert: <a href="../${feedFile(undefined, 'atom')}">Atom</a> or <a href="../${feedFile(undefined, 'json')}">JSON Feed</a></li>
${feeds}
</ul>`,
    s,
  );
}

/** Every page, by its name in dist/. Alerts not yet published get no page. */
export function alertPages(all: Alert[], s: FeedSettings): Record<string, string> {
  const files: Record<string, string> = { 'alerts/index.html': indexPage(all, s), 'alerts/alerts.css': CSS };
  for (const alert of all.filter((a) => a.published <= s.today)) files[`alerts/${alert.id}.html`] = alertPage(alert, s);
  return files;
}
