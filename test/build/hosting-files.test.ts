/**
 * Each host's file in hosting/ sends what hosting/headers.json says (the statement the checker and the browser
 * tests use), and the build publishes the files hosts read from the published folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PROJECT } from './helpers.ts';
import { HOSTING_DIR, RULES, expectedHeaders, isJavaScriptType, maxAge } from '../../scripts/check-host/rules.ts';
import { PUBLISHED_HOST_FILES } from '../../src/build/vite-plugin-hosting.ts';

const read = (file: string) => readFileSync(join(HOSTING_DIR, file), 'utf8');
const SAMPLES = ['embed.js', 'frame/help-links.html', 'components/help-links-Ab12.js', 'chunks/lit-Cd34.js'];
/** What a host file must send for a sample file: the rules' headers, the content type aside. */
const wanted = (file: string) => {
  const { 'Content-Type': _type, ...headers } = expectedHeaders(file);
  return headers;
};

test('the rules themselves: CORS on every file, hashed files kept a year, embed.js and frames a few minutes', () => {
  assert.equal(RULES.everyFile['Access-Control-Allow-Origin'], '*');
  for (const file of ['components/a.js', 'chunks/b.js']) assert.ok(maxAge(expectedHeaders(file)['Cache-Control'])! >= 31536000);
  for (const file of ['embed.js', 'frame/guides.html']) assert.ok(maxAge(expectedHeaders(file)['Cache-Control'])! <= RULES.limits.shortCacheAtMostSeconds);
  assert.ok(isJavaScriptType(expectedHeaders('embed.js')['Content-Type']));
});

test('Netlify and Cloudflare Pages (_headers): every matching block applies, and together they send the rules', () => {
  const blocks: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of read('_headers').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
      blocks.push({ pattern, headers: {} });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      assert.ok(blocks.length, `header line before any path: ${line}`);
      const block = blocks[blocks.length - 1];
      assert.equal(block.headers[name], undefined, `${name} twice in one block`);
      block.headers[name] = value;
    }
  }
  for (const file of SAMPLES) {
    const sent: Record<string, string> = {};
    for (const block of blocks.filter((b) => b.pattern.test(`/${file}`))) {
      for (const [name, value] of Object.entries(block.headers)) {
        // Both hosts join a header set by two matching blocks with a comma: "*, *" would break CORS.
        assert.equal(sent[name], undefined, `${name} set by two blocks matching /${file}`);
        sent[name] = value;
      }
    }
    assert.deepEqual(sent, wanted(file), file);
  }
});

test('Azure Static Web Apps (staticwebapp.config.json): global headers and the first matching route', () => {
  const config = JSON.parse(read('staticwebapp.config.json')) as {
    globalHeaders: Record<string, string>;
    routes: { route: string; headers: Record<string, string> }[];
    mimeTypes: Record<string, string>;
  };
  for (const file of SAMPLES) {
    const route = config.routes.find((r) => new RegExp(`^${r.route.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(`/${file}`));
    assert.deepEqual({ ...config.globalHeaders, ...route?.headers }, wanted(file), file);
  }
  assert.ok(isJavaScriptType(config.mimeTypes['.js']));
});

test('IIS (web.config): headers for the folder, a short cache by default and a year for the hashed folders', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['add', 'remove', 'mimeMap', 'location'].includes(name) }).parse(read('web.config'));
  const server = xml.configuration['system.webServer'];
  const added = Object.fromEntries(server.httpProtocol.customHeaders.add.map((a: { name: string; value: string }) => [a.name, a.value]));
  assert.deepEqual(added, RULES.everyFile);
  const removed = server.httpProtocol.customHeaders.remove.map((r: { name: string }) => r.name);
  assert.deepEqual(removed.sort(), Object.keys(RULES.everyFile).sort(), 'each header is removed first, so it is never sent twice');
  const js = server.staticContent.mimeMap.find((m: { fileExtension: string }) => m.fileExtension === '.js');
  assert.ok(isJavaScriptType(js.mimeType));
  const seconds = (span: string) => {
    const [, days, h, m, s] = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)$/.exec(span)!;
    return Number(days ?? 0) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
  };
  assert.equal(seconds(server.staticContent.clientCache.cacheControlMaxAge), maxAge(wanted('embed.js')['Cache-Control']));
  const locations = Object.fromEntries(xml.configuration.location.map((l: { path: string; 'system.webServer': { staticContent: { clientCache: Record<string, string> } } }) => [l.path, l['system.webServer'].staticContent.clientCache]));
  assert.deepEqual(Object.keys(locations).sort(), ['chunks', 'components']);
  for (const cache of Object.values(locations)) {
    assert.equal(seconds(cache.cacheControlMaxAge), maxAge(wanted('components/a.js')['Cache-Control']));
    assert.match(cache.cacheControlCustom, /immutable/);
  }
});

test('Apache (.htaccess) and nginx: each sets every header, hashed folders for a year', () => {
  const apache = read('.htaccess');
  for (const [name, value] of Object.entries(RULES.everyFile)) assert.match(apache, new RegExp(`^\\s*Header set ${name} "${value.replace('*', '\\*')}"`, 'm'));
  assert.match(apache, /^AddType text\/javascript \.js$/m);
  assert.match(apache, new RegExp(`Header set Cache-Control "${wanted('embed.js')['Cache-Control']}"`));
  assert.match(apache, new RegExp(`<If "%\\{REQUEST_URI\\} =~ m#/\\(components\\|chunks\\)/[^\\n]*">\\s*Header set Cache-Control "${wanted('chunks/a.js')['Cache-Control']}"`));

  const nginx = read('nginx-kit.conf');
  const [outer, inner] = nginx.split(/location ~ \^\/kit\/\(components\|chunks\)\//);
  assert.ok(inner, 'a location for the hashed folders');
  // nginx drops outer add_header lines in a location with its own: each location must carry them all.
  for (const [part, file] of [[outer, 'embed.js'], [inner, 'components/a.js']] as const) {
    for (const [name, value] of Object.entries(wanted(file))) assert.ok(part.includes(`add_header ${name} "${value}";`), `${name} for ${file}`);
  }
});

test('Amazon S3: any page may read the kit with GET', () => {
  const [rule] = (JSON.parse(read('s3-cors.json')) as { CORSRules: { AllowedOrigins: string[]; AllowedMethods: string[] }[] }).CORSRules;
  assert.deepEqual(rule.AllowedOrigins, ['*']);
  assert.ok(rule.AllowedMethods.includes('GET'));
});

test('the build publishes the files hosts read from the published folder, unchanged', () => {
  for (const file of PUBLISHED_HOST_FILES) {
    assert.equal(readFileSync(join(PROJECT, 'dist', file), 'utf8'), read(file), `dist/${file}`);
  }
});
