/**
 * Writes dist/frame/<name>.html for every component: a page to put in an <iframe> where a CMS allows nothing else
 * (Google Sites, Wix, SharePoint). Settings come from the address (?audience=parents). Without JavaScript the
 * page still shows the essential help as plain links, which the component draws over once it loads.
 */
import type { Plugin } from 'vite';
import { escapeHtml } from './static-html.ts';
import type { Audience, EssentialHelp } from '../content/types.ts';
import { essentialLinksFor } from '../content/essential-links.ts';
import { componentEntries } from './component-entries.ts';
import { DEFAULT_EXIT_HREF } from '../components/exit/quick-exit.ts';

const tel = (n: string) => `tel:${n.replace(/\s/g, '')}`;

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

/**
 * What the frame shows before its component draws, or without JavaScript: a quick exit is still an exit, and the
 * child's plan (always for children) lists only children's services.
 */
const plainContent = (name: string, help: EssentialHelp) =>
  name === 'exit'
    ? `<a href="${escapeHtml(DEFAULT_EXIT_HREF)}" target="_top">Exit this page</a>`
    : essentialHelpHtml(help, name === 'child-plan' ? 'children' : undefined);

function framePage(name: string, help: EssentialHelp): string {
  const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="safe-kit-frame" content="${name}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<base target="_blank">
<link rel="stylesheet" href="frame.css">
</head>
<body>
<div data-safe-kit="${name}">${plainContent(name, help)}</div>
<script src="../embed.js" async></script>
</body>
</html>
`;
}

export function frames(options: { essential: () => EssentialHelp }): Plugin {
  return {
    name: 'safe-frames',
    generateBundle() {
      for (const name of Object.keys(componentEntries())) {
        this.emitFile({ type: 'asset', fileName: `frame/${name}.html`, source: framePage(name, options.essential()) });
      }
      // The frame's body has no margin so that the component fills it; a file, not inline, for strict CSPs.
      this.emitFile({ type: 'asset', fileName: 'frame/frame.css', source: 'body{margin:0;background:transparent}\n' });
    },
  };
}
