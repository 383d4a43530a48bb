/**
 * Mistakes in the help panel's "What is it about?" topics (content/topics/) name the file, the line and the fix.
 * Each case breaks one real file in a copy of content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAll } from '../../src/build/compile-content.ts';
import { lineContaining, testBrokenFiles, type BrokenFile } from './helpers.ts';

const cases: BrokenFile[] = [
  {
    name: 'a service that does not exist',
    file: 'topics/bullying.md',
    change: (t) => t.replace('services: [nspcc-helpline, childline, report-harmful-content]', 'services: [nspcc-helpline, childlines, report-harmful-content]'),
    line: (t) => lineContaining(t, 'childlines'),
    says: /there is no service "childlines" in content\/services\/: use one of .*childline/,
  },
  {
    name: 'the emergency line named as a topic\'s service',
    file: 'topics/just-advice.md',
    change: (t) => t.replace('services: [nspcc-helpline, internet-matters, childnet]', 'services: [police, internet-matters]'),
    line: (t) => lineContaining(t, 'services:'),
    says: /"police" is the emergency line, which every panel shows first/,
  },
  {
    name: 'more than three services',
    file: 'topics/bullying.md',
    change: (t) => t.replace('services: [nspcc-helpline, childline, report-harmful-content]', 'services: [nspcc-helpline, childline, report-harmful-content, iwf]'),
    line: (t) => lineContaining(t, 'services:'),
    says: /a topic leads to two or three services.*no more than three/,
  },
  {
    name: 'an audience that does not exist',
    file: 'topics/image-shared.md',
    change: (t) => t.replace('audiences: [parents]', 'audiences: [carers]'),
    line: (t) => lineContaining(t, 'audiences:'),
    says: /the audiences are children, parents, staff/,
  },
];

testBrokenFiles('A topic with ', cases);

test('every topic for parents leads to two or three services that exist, none of them the emergency line', () => {
  const content = compileAll({});
  const parents = content.topics.filter((t) => t.audiences.includes('parents'));
  assert.ok(parents.length >= 5, 'the five worries of the parents\' panel');
  for (const topic of content.topics) {
    assert.ok(topic.services.length >= 2 && topic.services.length <= 3, topic.id);
    for (const id of topic.services) assert.ok(content.services.some((s) => s.id === id && !s.emergency), `${topic.id}: ${id}`);
  }
});
