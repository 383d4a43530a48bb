/**
 * Writes dist/content-report.html (and .json): the council's review list. Every content item with the pages its
 * facts come from (its `source`, any other page its text cites, what the source does not support, and facts still
 * to check), the date someone last checked them, when the next check is due (12 months on, as content:check
 * warns) and its layer (national, or the council's folder): overdue first, then the next due. Overdue files are
 * also named in the build's output.
 */
import type { Plugin } from 'vite';
import { escapeHtml } from './static-html.ts';
import { addMonths, buildToday } from './today.ts';
import { originOf } from './layers/layers.ts';
import { REVIEW_MONTHS } from './content-check.ts';
import { collections } from '../content/schema/index.ts';
import type { CompiledContent } from './compile-content.ts';

export interface ReportRow {
  file: string;
  /** What the file is, in words: "Guide: TikTok". */
  title: string;
  /** The page its facts come from (`source:`). */
  source: string;
  /** That page, and any other page its text cites, `source` first. */
  sources: string[];
  /** What the source does and does not support (`source-note:`), where the file says. */
  sourceNote?: string;
  /** Facts reported but not yet checked against their own pages (`to-check:`). */
  toCheck: string[];
  reviewed: string;
  /** The day the next check is due: REVIEW_MONTHS after `reviewed`. */
  nextCheck: string;
  /** The next check has come: today or before. */
  due: boolean;
  /** "national", or the name of the council folder the item comes from. */
  layer: string;
}

/** What each folder holds, for the report's "What" column. */
const KIND: Record<string, string> = {
  services: 'Help service',
  agreement: 'Family agreement promises',
  alerts: 'Alert',
  'child-plan': "Child's plan",
  response: 'Response card',
  guides: 'Guide',
  schools: 'School',
};

/** Every https page an item's text links to, in the order they appear. */
function citedPages(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => citedPages(v, found));
  else if (value && typeof value === 'object') {
    const node = value as { type?: unknown; href?: unknown };
    if (node.type === 'link' && typeof node.href === 'string' && node.href.startsWith('https://') && !found.includes(node.href)) found.push(node.href);
    Object.values(value).forEach((v) => citedPages(v, found));
  }
  return found;
}

/**
 * @param today the day the report is for: a file last checked 12 months or more before it is due.
 */
export function reportRows(content: CompiledContent, today: Date): ReportRow[] {
  const day = today.toISOString().slice(0, 10);
  const rows: ReportRow[] = [];
  for (const [name, items] of Object.entries(content)) {
    const folder = collections[name as keyof typeof collections].folder;
    for (const item of items as unknown as Record<string, unknown>[]) {
      const reviewed = String(item.reviewed);
      const source = String(item.source);
      // "{device}" is filled in on the reader's page; here it reads as the word it stands for.
      const name = String(item.name ?? item.title ?? item.id).replace(/\{device\}/g, 'device');
      const origin = originOf(item);
      const nextCheck = addMonths(reviewed, REVIEW_MONTHS);
      rows.push({
        file: origin?.file ?? `content/${folder}/${String(item.id)}.md`,
        title: `${KIND[folder] ?? folder}: ${name}`,
        source,
        sources: [source, ...citedPages(item.body).filter((href) => href !== source)],
        sourceNote: typeof item.sourceNote === 'string' ? item.sourceNote : undefined,
        toCheck: Array.isArray(item.toCheck) ? item.toCheck.map(String) : [],
        reviewed,
        nextCheck,
        due: nextCheck <= day,
        layer: origin?.layer ?? 'national',
      });
    }
  }
  // The order to work down the list in: overdue first (the most overdue at the top), then whatever is due next.
  return rows.sort((a, b) => Number(b.due) - Number(a.due) || a.nextCheck.localeCompare(b.nextCheck) || a.file.localeCompare(b.file));
}

const longDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function sourcesCell(r: ReportRow): string {
  const links = r.sources.map((s, i) => `<li>${i ? 'Also cites: ' : ''}<a href="${escapeHtml(s)}">${escapeHtml(s)}</a></li>`).join('');
  const note = r.sourceNote ? `<p>${escapeHtml(r.sourceNote)}</p>` : '';
  const toCheck = r.toCheck.length ? `<p><strong>Still to check:</strong></p><ul>${r.toCheck.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : '';
  return `<ul>${links}</ul>${note}${toCheck}`;
}

export function reportPage(rows: ReportRow[], today: Date): string {
  const due = rows.filter((r) => r.due).length;
  const toCheck = rows.filter((r) => r.toCheck.length).length;
  const day = today.toISOString().slice(0, 10);
  const layers = [...new Set(rows.map((r) => r.layer))].sort((a, b) => Number(b === 'national') - Number(a === 'national'));
  const status = [
    due
      ? `<strong>${plural(due, 'file is', 'files are')} overdue for a check</strong> (last checked ${REVIEW_MONTHS} months ago or more): they are at the top. Check each against its sources, then change its <code>reviewed:</code> date.`
      : `Every file was checked against its sources within the last ${REVIEW_MONTHS} months.`,
    toCheck ? `<strong>${plural(toCheck, 'file has', 'files have')} facts still to check</strong>: they are listed with the file's sources, under "Still to check".` : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Content review list</title>
<link rel="stylesheet" href="demo/demo.css"></head>
<body><main>
<h1>Content review list</h1>
<p>Every content file, with the pages its facts come from, the date someone last checked it against them and when the next check is due: overdue first, then the next due. Built on ${longDate(day)}, from ${plural(rows.length, 'file', 'files')}${layers.length > 1 ? ` (${layers.map(escapeHtml).join(' and ')})` : ''}.</p>
${status.map((s) => `<p>${s}</p>`).join('\n')}
<table>
<thead><tr><th scope="col">Next check due</th><th scope="col">File</th><th scope="col">What</th><th scope="col">Layer</th><th scope="col">Last checked</th><th scope="col">Sources</th></tr></thead>
<tbody>
${rows
  .map(
    (r) =>
      `<tr><td>${r.due ? `<strong>${longDate(r.nextCheck)}: overdue</strong>` : longDate(r.nextCheck)}</td><td><code>${escapeHtml(r.file)}</code></td><td>${escapeHtml(r.title)}</td><td>${escapeHtml(r.layer)}</td><td>${longDate(r.reviewed)}</td><td>${sourcesCell(r)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</main></body>
</html>
`;
}

export function contentReport(options: { content: () => CompiledContent | undefined }): Plugin {
  return {
    name: 'safe-content-report',
    generateBundle() {
      const content = options.content();
      if (!content) return;
      // The report is for the day of the build: that is when the next checks are counted from.
      // The build's day (SAFE_KIT_TODAY previews another), at noon so no time zone moves it to another date.
      const today = new Date(`${buildToday()}T12:00:00Z`);
      const rows = reportRows(content, today);
      this.emitFile({ type: 'asset', fileName: 'content-report.json', source: JSON.stringify(rows, null, 2) });
      this.emitFile({ type: 'asset', fileName: 'content-report.html', source: reportPage(rows, today) });
      const due = rows.filter((r) => r.due);
      if (due.length) {
        console.warn(`\n${plural(due.length, 'content file is', 'content files are')} overdue for a check, last checked ${REVIEW_MONTHS} months ago or more (see dist/content-report.html):\n${due.map((r) => `  ${r.file} (last checked ${longDate(r.reviewed)})`).join('\n')}\n`);
      }
    },
  };
}
