/**
 * Writes dist/frame/<name>.html for every component: a page to put in an <iframe> where a CMS allows nothing else
 * (Google Sites, Wix, SharePoint). Settings come from the address (?audience=parents).
 *
 * Each page is whole without JavaScript: the component's content for its default settings is written into it at
 * build time (src/build/frame-pages/), under a heading and the 999 line that stay in view when the frame is a
 * fixed box, with a link to the full version in a new tab. The component takes over once it has drawn (see
 * src/embed/frame-page.ts, built here into dist/frame/frame.js). Links carry no target: inside a sandbox that may not open tabs, a link that opens in the
 * frame still goes somewhere, and with JavaScript they open in a new tab wherever that is allowed.
 *
 * The guides' frames hold only the list's first view, so that they do not grow with the guides: each guide has a
 * page of its own, frame/guides/<id>.html, and one more page holds every card (src/build/frame-pages/guides.ts).
 */
import type { Plugin } from 'vite';
import { escapeHtml } from './static-html.ts';
import type { Audience, EssentialHelp } from '../content/types.ts';
import { essentialLinksFor } from '../content/essential-links.ts';
import type { CompiledContent } from './compile-content.ts';
import { componentEntries } from './component-entries.ts';
import { DEFAULT_EXIT_HREF } from '../components/exit/quick-exit.ts';
import { frameContent, type FrameContent } from './frame-pages/content.ts';
import { moreGuidesPages, type MoreFramePage } from './frame-pages/guides.ts';
import { tel } from './frame-pages/shared.ts';
import { FRAME_CSS } from './frame-pages/frame-css.ts';
import { classicScript } from './classic-script.ts';

export function essentialHelpHtml(help: EssentialHelp, audience?: Audience): string {
  const items = [
    ...help.emergency.slice(0, 1).map((p) => `<li><a href="${tel(p.number)}">In immediate danger, call ${escapeHtml(p.number)}</a></li>`),
    ...essentialLinksFor(help, audience).map(
      (l) =>
        `<li>${l.url ? `<a href="${escapeHtml(l.url)}">${escapeHtml(l.name)}</a>` : escapeHtml(l.name)}` +
        `${l.phone ? `: <a href="${tel(l.phone)}">${escapeHtml(l.phone)}</a>` : ''}${l.phone && l.note ? ` (${escapeHtml(l.note)})` : ''}` +
        // A frame's settings arrive only with JavaScript: without it, say which services are for adults.
        `${!audience && !l.audiences.includes('children') ? ' (for adults)' : ''}</li>`,
    ),
  ];
  return `<ul>${items.join('')}</ul>`;
}

const emergencyHtml = (help: EssentialHelp) =>
  help.emergency
    .slice(0, 1)
    .map((p) => `<p class="frame-emergency"><strong>In immediate danger, call <a href="${tel(p.number)}">${escapeHtml(p.number)}</a></strong></p>`)
    .join('');

const head = (name: string, title: string, up = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="safe-kit-frame" content="${name}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${up}frame.css">
</head>`;

/** The quick exit's frame is a button and nothing else: without JavaScript, a link that leaves the whole tab. */
const exitPage = () => `${head('exit', 'Exit this page')}
<body class="frame-exit">
<main><div data-safe-kit="exit"><a href="${escapeHtml(DEFAULT_EXIT_HREF)}" target="_top">Exit this page</a></div></main>
<script src="../embed.js" async></script>
<script src="frame.js" async></script>
</body>
</html>
`;

function framePage(name: string, help: EssentialHelp, content: CompiledContent | undefined, today: string): string {
  if (name === 'exit') return exitPage();
  return page(name, help, content && frameContent(name, content, today));
}

/**
 * A frame page for component `name`, with `own` content written in. `more` places a page beyond the components'
 * own (a guide's, frame/guides/<id>.html: src/build/frame-pages/guides.ts): its file, and the settings it is for,
 * written on the component's placeholder, which the frame's address can still change.
 */
function page(name: string, help: EssentialHelp, own: FrameContent | undefined, more?: MoreFramePage): string {
  const title = own?.title ?? name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const settings = new URLSearchParams(own?.settings).toString();
  const up = more?.file.includes('/') ? '../' : '';
  const data = Object.entries(more?.data ?? {}).map(([key, value]) => ` data-${key}="${escapeHtml(value)}"`).join('');
  return `${head(name, more?.pageTitle ?? title, up)}
<body>
<header class="frame-head">
<h2 class="frame-title" id="frame-title">${escapeHtml(title)}</h2>
${emergencyHtml(help)}
</header>
<main aria-labelledby="frame-title">
<div data-safe-kit="${name}"${data} hidden></div>
<div class="frame-static" data-safe-kit-static="${escapeHtml(settings)}">
${own?.html ?? ''}
<div data-safe-kit-help>
<h3>More help</h3>
${essentialHelpHtml(help, name === 'child-plan' ? 'children' : undefined)}
</div>
</div>
</main>
<footer class="frame-full"><a href="${more ? more.file.split('/').pop() : `${name}.html`}" target="_blank" data-safe-kit-full>Open the full version in a new tab</a></footer>
<script src="${up}../embed.js" async></script>
<script src="${up}frame.js" async></script>
</body>
</html>
`;
}

export function frames(options: { essential: () => EssentialHelp; content: () => CompiledContent | undefined; today: () => string }): Plugin {
  return {
    name: 'safe-frames',
    async generateBundle() {
      // The frame pages' own script, a classic script like embed.js (see src/embed/frame-page.ts).
      this.emitFile({ type: 'asset', fileName: 'frame/frame.js', source: await classicScript('../embed/frame-page.ts') });
      for (const name of Object.keys(componentEntries())) {
        this.emitFile({ type: 'asset', fileName: `frame/${name}.html`, source: framePage(name, options.essential(), options.content(), options.today()) });
      }
      // The guides' pages that keep the lists' first download the same size however many guides there are.
      const content = options.content();
      for (const more of content ? moreGuidesPages(content.guides) : []) {
        this.emitFile({ type: 'asset', fileName: `frame/${more.file}`, source: page(more.component, options.essential(), more.own, more) });
      }
      // A file, not inline, for strict CSPs.
      this.emitFile({ type: 'asset', fileName: 'frame/frame.css', source: FRAME_CSS });
    },
  };
}
