/**
 * Writes dist/content-report.html (and .json): every content file with the page its facts came from and the date
 * someone last checked them, oldest first, so council staff can see what is due for re-checking. Files not
 * reviewed for six months are marked, and named in the build's output.
 */
import type { Plugin } from 'vite';
import { escapeHtml } from './static-html.ts';
import { collections } from '../content/schema/index.ts';
import type { CompiledContent } from './compile-content.ts';

export interface ReportRow {
  file: string;
  title: string;
  source: string;
  reviewed: string;
  due: boolean;
}

const DUE_AFTER_DAYS = 183;

export function reportRows(content: CompiledContent, today = new Date()): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const [name, items] of Object.entries(content)) {
    const folder = collections[name as keyof typeof collections].folder;
    for (const item of items as unknown as Record<string, unknown>[]) {
      const reviewed = String(item.reviewed);
      rows.push({
        file: `content/${folder}/${String(item.id)}.md`,
        title: String(item.name ?? item.title ?? item.id),
        source: String(item.source),
        reviewed,
        due: (today.getTime() - Date.parse(reviewed)) / 86_400_000 > DUE_AFTER_DAYS,
      });
    }
  }
  return rows.sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.file.localeCompare(b.file));
}

function page(rows: ReportRow[]): string {
  const due = rows.filter((r) => r.due).length;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Content report</title>
<link rel="stylesheet" href="demo/demo.css"></head>
<body><main>
<h1>Content report</h1>
<p>${rows.length} files. ${due ? `<strong>${due} not reviewed for six months or more</strong>: check them against their source and update <code>reviewed:</code>.` : 'All reviewed within six months.'}</p>
<table>
<thead><tr><th scope="col">File</th><th scope="col">What</th><th scope="col">Last reviewed</th><th scope="col">Source</th></tr></thead>
<tbody>
${rows
  .map(
    (r) =>
      `<tr><td><code>${escapeHtml(r.file)}</code></td><td>${escapeHtml(r.title)}</td><td>${r.due ? `<strong>${r.reviewed} (due)</strong>` : r.reviewed}</td><td><a href="${escapeHtml(r.source)}">${escapeHtml(r.source)}</a></td></tr>`,
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
      const rows = reportRows(content);
      this.emitFile({ type: 'asset', fileName: 'content-report.json', source: JSON.stringify(rows, null, 2) });
      this.emitFile({ type: 'asset', fileName: 'content-report.html', source: page(rows) });
      const due = rows.filter((r) => r.due);
      if (due.length) {
        console.warn(`\n${due.length} content file(s) not reviewed for six months (see dist/content-report.html):\n${due.map((r) => `  ${r.file} (reviewed ${r.reviewed})`).join('\n')}\n`);
      }
    },
  };
}
