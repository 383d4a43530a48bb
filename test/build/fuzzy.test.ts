/** The guides' search: forgiving of case, accents, spaces and small typos, but not of a different word. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matches } from '../../src/components/guides/fuzzy.ts';
import { editDistance as distance } from '../../src/shared/edit-distance.ts';

test('edit distance counts a swap of neighbouring letters as one edit', () => {
  assert.equal(distance('snapchta', 'snapchat'), 1);
  assert.equal(distance('tiktk', 'tiktok'), 1);
  assert.equal(distance('roblox', 'roblox'), 0);
  assert.equal(distance('', 'abc'), 3);
});

test('finds a name whatever the case, spacing and small typos', () => {
  for (const [query, text] of [
    ['TIKTOK', 'TikTok'],
    ['tik tok', 'TikTok'],
    ['you tube', 'YouTube Kids'],
    ['tiktk', 'TikTok'],
    ['Snapchta', 'Snapchat'],
    ['instagam', 'Instagram'],
    ['insta', 'Instagram'],
    ['instg', 'Instagram'],
    ['minecraf', 'Minecraft'],
    ['xbox windows', 'Xbox and Windows'],
    ['  ', 'anything'],
  ]) {
    assert.ok(matches(query, text), `"${query}" should find "${text}"`);
  }
});

test('does not find a different word', () => {
  for (const [query, text] of [
    ['roblox', 'Minecraft'],
    ['tiktok', 'Discord Family Center'],
    ['ee', 'Three'],
    ['snapchat', 'WhatsApp'],
    ['xbox playstation', 'Xbox and Windows'],
    // Another app whose name is one letter away: a parent looking for Twitch must not be sent to the Switch.
    ['twitch', 'Nintendo Switch Nintendo Switch 2 console Phones, tablets, computers and consoles'],
    ['switch', 'Twitch'],
  ]) {
    assert.ok(!matches(query, text), `"${query}" should not find "${text}"`);
  }
});
