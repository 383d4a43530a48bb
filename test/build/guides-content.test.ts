/**
 * A mistake in a parental-controls guide (content/guides/) names the file, the line and what to do. Each case
 * breaks one real guide in a copy of content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAll } from '../../src/build/compile-content.ts';
import { lineContaining, testBrokenFiles, type BrokenFile } from './helpers.ts';

const cases: BrokenFile[] = [
  {
    name: 'an unknown category',
    file: 'guides/tiktok.md',
    change: (t) => t.replace(/^category: social$/m, 'category: apps'),
    line: (t) => lineContaining(t, 'category:'),
    says: /category "apps": the category is one of: social, messaging, video, gaming, device, broadband-and-mobile/,
  },
  {
    name: 'a minimum age that is not a number',
    file: 'guides/snapchat.md',
    change: (t) => t.replace(/^minimum-age: 13$/m, 'minimum-age: 13+'),
    line: (t) => lineContaining(t, 'minimum-age:'),
    says: /minimum-age "13\+": write the minimum age as a whole number, e.g. 13/,
  },
  {
    name: 'no minimum age and no note saying why',
    file: 'guides/roblox.md',
    change: (t) => t.replace(/^age-note: .*\n/m, ''),
    line: () => 2,
    says: /"minimum-age" is missing: add a line "minimum-age: …" \(the platform's own minimum age, e.g. 13; where no source gives one, write an "age-note:" saying so instead\)/,
  },
  {
    name: 'a misspelt field',
    file: 'guides/discord.md',
    change: (t) => t.replace(/^minimum-age:/m, 'minimum-ages:'),
    line: (t) => lineContaining(t, 'minimum-ages:'),
    says: /unknown field "minimum-ages": did you mean "minimum-age"\?/,
  },
  {
    name: 'a section with no numbered steps',
    file: 'guides/whatsapp.md',
    change: (t) => t.replace(/^1\. Show your child how to \*\*block\*\*/m, '- Show your child how to **block**').replace(/^2\. Tell them/m, '- Tell them'),
    line: (t) => lineContaining(t, '## Block and report'),
    says: /this section has no numbered steps: add steps as "1\. …"/,
  },
  {
    name: 'a section heading with one #',
    file: 'guides/youtube-kids.md',
    change: (t) => t.replace(/^## Choose a content level$/m, '# Choose a content level'),
    line: (t) => lineContaining(t, '# Choose a content level'),
    says: /start each section with "## " \(two #\)/,
  },
  {
    name: 'steps with nothing before them for parents to know',
    file: 'guides/minecraft.md',
    change: (t) => t.replace(/^Minecraft has no minimum age of its own\..*\n/m, ''),
    line: (t) => t.split('\n').indexOf('---', 1) + 2,
    says: /start the text with what parents should know/,
  },
  {
    name: 'a guide with no sections of steps at all',
    file: 'guides/fortnite.md',
    change: (t) => t.slice(0, t.indexOf('## ')),
    line: (t) => t.trimEnd().split('\n').length,
    says: /add at least one section: a line "## What to do", then numbered steps/,
  },
  {
    name: 'a source that is not https',
    file: 'guides/instagram.md',
    change: (t) => t.replace(/^source: https:/m, 'source: http:'),
    line: (t) => lineContaining(t, 'source:'),
    says: /source "http:\/\/[^"]+": write the full address, starting https:\/\//,
  },
  {
    name: 'an age rating written as a minimum age',
    file: 'guides/minecraft.md',
    change: (t) => t.replace(/^age-note: .*$/m, 'minimum-age: 7\nage-note: This is its PEGI age rating.'),
    line: (t) => lineContaining(t, 'minimum-age:'),
    says: /this age is an age rating \(PEGI, App Store, Google Play\), not the platform's minimum age: write it as "rating: PEGI 7"/,
  },
  {
    name: 'a minimum age with no section for a younger child who uses it anyway',
    file: 'guides/snapchat.md',
    change: (t) => t.replace(/^## If your child is under 13 and uses it anyway$/m, '## If your child uses it anyway'),
    line: (t) => lineContaining(t, 'minimum-age:'),
    says: /add a section for a younger child who uses it anyway: a line "## If your child is under 13 and uses it anyway"/,
  },
];

testBrokenFiles("guides, ", cases);

test('the real guides have no problems, and cover every platform and device the campaign names', () => {
  const { guides } = compileAll();
  const ids = guides.map((g) => g.id);
  for (const id of [
    'tiktok', 'snapchat', 'instagram', 'facebook-and-messenger', 'whatsapp', 'youtube', 'youtube-kids', 'roblox', 'fortnite',
    'minecraft', 'discord', 'iphone-and-ipad', 'android-and-chromebook', 'xbox-and-windows', 'playstation', 'nintendo-switch',
    'home-broadband', 'mobile-networks',
  ]) {
    assert.ok(ids.includes(id), `content/guides/${id}.md`);
  }
  for (const g of guides) {
    assert.match(g.source, /^https:\/\//, g.id);
    assert.ok(g.minimumAge !== undefined || g.ageNote, `${g.id} has an age or a note`);
    assert.ok(g.body.some((b) => b.type === 'list' && b.ordered), `${g.id} has numbered steps`);
  }
});

test("steps that need the child's device as well as the parent's say so", () => {
  const { guides } = compileAll();
  // The guide's text with its markdown nodes flattened: every "text" value, in order.
  const text = (id: string) => [...JSON.stringify(guides.find((g) => g.id === id)!.body).matchAll(/"text":"([^"]*)"/g)].map((m) => m[1]).join('');
  assert.match(text('tiktok'), /with their phone as well as yours/);
  assert.match(text('discord'), /QR code[^"]*your child's device as well as yours/);
});
