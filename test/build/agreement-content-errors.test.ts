/**
 * Mistakes in the family agreement's content (content/agreement/) name the file, the line and the fix.
 * Each case breaks one real file in a copy of content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll } from '../../src/build/compile-content.ts';
import { AGE_BANDS } from '../../src/content/age-bands.ts';
import { copyOfContent, lineContaining, testBrokenFiles, type BrokenFile } from './helpers.ts';

const cases: BrokenFile[] = [
  {
    name: 'an age band that does not exist',
    file: 'agreement/child-apps-and-games.md',
    change: (t) => t.replace('ages: [8-11]', 'ages: [8-12]'),
    line: (t) => lineContaining(t, '[8-12]'),
    says: /promises → ages "8-12": the age bands are under-8, 8-11, 12-15 and 16-plus/,
  },
  {
    name: 'a promise without its age bands',
    file: 'agreement/parent-example.md',
    change: (t) => t.replace(/(  - text: I will ask you before.*\n)    ages: all\n/, '$1'),
    line: (t) => lineContaining(t, 'I will ask you before'),
    says: /"promises → ages" is missing: add a line "ages: …" \(the age bands it suits/,
  },
  {
    name: 'a link inside a promise',
    file: 'agreement/child-telling-someone.md',
    change: (t) => t.replace('talk to Childline if', 'talk to [Childline](https://www.childline.org.uk/) if'),
    line: (t) => lineContaining(t, '[Childline]'),
    says: /a promise cannot hold a link.*"contacts:"/,
  },
  {
    name: 'a misspelt {device}',
    file: 'agreement/child-time.md',
    change: (t) => t.replace('away at meals', 'away at meals with my {devise}'),
    line: (t) => lineContaining(t, '{devise}'),
    says: /the only word in braces allowed is \{device\}/,
  },
  {
    name: 'a contact that is not a service',
    file: 'agreement/child-telling-someone.md',
    change: (t) => t.replace('contacts: [childline]', 'contacts:\n  - childline\n  - childlne'),
    line: (t) => lineContaining(t, '- childlne'),
    says: /there is no service "childlne" in content\/services\/\. Known: .*childline/,
  },
  {
    name: 'whose promises, misspelt',
    file: 'agreement/parent-listen.md',
    change: (t) => t.replace('who: parent', 'who: carer'),
    line: (t) => lineContaining(t, 'who:'),
    says: /who "carer": who is child or parent/,
  },
  {
    name: 'a misspelt field',
    file: 'agreement/child-time.md',
    change: (t) => t.replace('promises:', 'promise:'),
    line: (t) => lineContaining(t, 'promise:'),
    says: /unknown field "promise": did you mean "promises"\?/,
  },
  {
    name: 'no source',
    file: 'agreement/child-time.md',
    change: (t) => t.replace(/^source: .*\n/m, ''),
    line: () => 2,
    says: /"source" is missing: add a line "source: …"/,
  },
];

testBrokenFiles("family agreement, ", cases);

test('an agreement without any parent’s promises says so', () => {
  const copy = copyOfContent();
  for (const f of ['parent-listen.md', 'parent-setting-up.md', 'parent-example.md']) rmSync(join(copy.content, 'agreement', f));
  assert.throws(() => compileAll({ contentDir: copy.content }), /content\/agreement\/[a-z-]+\.md:1: who: no group has "who: parent"/);
});

test('the real agreement content compiles, every promise suits at least one age band, and every band has promises for both', () => {
  const { agreement } = compileAll();
  for (const g of agreement) {
    assert.match(g.source, /^https:\/\//, g.id);
    assert.match(g.reviewed, /^\d{4}-\d{2}-\d{2}$/, g.id);
    for (const p of g.promises) assert.ok(p.ages.length > 0, g.id);
    for (const c of g.contacts) assert.ok(c.name && (c.phone || c.url), `${g.id}: ${c.id} is filled in from content/services/`);
  }
  for (const band of AGE_BANDS) {
    for (const who of ['child', 'parent']) {
      assert.ok(agreement.some((g) => g.who === who && g.promises.some((p) => p.ages.includes(band.id))), `${band.id} ${who}`);
    }
  }
});
