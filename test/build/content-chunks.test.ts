/**
 * What a reader downloads for a component's content, read from the built dist/ and compared with the compiled real
 * content: one chunk per audience or version, holding that audience's content whole (every number, note and
 * line as the content files say) and nothing else: not other audiences' services or cards, not the fields only the
 * build and the content report use (src/build/content-chunks.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT } from './helpers.ts';
import { compileAll } from '../../src/build/compile-content.ts';
import { ALERT_AUDIENCES, AUDIENCES, RESPONSE_AUDIENCES } from '../../src/content/types.ts';
import { CHOICES } from '../../src/build/content-chunks.ts';
import { PANEL_WORDS } from '../../src/components/help-links/words.ts';

const CHILD_PLAN_VERSIONS = CHOICES['child-plan'];

const CHUNKS = join(PROJECT, 'dist', 'chunks');
const content = compileAll();

/** The built chunk `name` (chunks/<name>-<hash>.js): there is exactly one. */
async function chunk(name: string): Promise<Record<string, unknown>> {
  const files = readdirSync(CHUNKS).filter((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
  assert.equal(files.length, 1, `one chunks/${name}-<hash>.js: ${files.join() || 'none'}`);
  return import(pathToFileURL(join(CHUNKS, files[0])).href);
}

/** A copy without the named fields (nor those left undefined, which a chunk, being JSON, cannot hold). */
const without = <T extends object>(item: T, ...fields: string[]) =>
  Object.fromEntries(Object.entries(item).filter(([key, value]) => !fields.includes(key) && value !== undefined));
/** As a chunk holds it: JSON. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Every key anywhere in a value. */
const keysIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysIn) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]) : [];

for (const audience of AUDIENCES) {
  test(`the ${audience} help panel downloads its own services and topics, whole, and no one else's`, async () => {
    const { default: services, topics, words } = (await chunk(`services-${audience}`)) as { default: { id: string }[]; topics: { id: string }[]; words: unknown };
    assert.deepEqual(words, asJson(PANEL_WORDS[audience]), "the panel's own words, its audience's only");
    const offered = content.topics.filter((t) => t.audiences.includes(audience));
    assert.ok(offered.length + services.length > 0);
    assert.deepEqual(topics, asJson(offered.map((t) => without(t, 'source', 'reviewed', 'order', 'audiences'))));
    const named = new Set(offered.flatMap((t) => t.services));
    const inList = (s: (typeof content.services)[number]) => !s.emergency && s.audiences[audience] !== undefined;
    const listed = content.services.filter((s) => inList(s) || named.has(s.id));
    const inOrder = [...listed].sort(
      (a, b) => (inList(a) ? a.audiences[audience]! : Infinity) - (inList(b) ? b.audiences[audience]! : Infinity) || a.name.localeCompare(b.name, 'en'),
    );
    assert.deepEqual(
      services,
      asJson(inOrder.map((s) => ({ ...without(s, 'source', 'reviewed', 'essential', 'emergency', 'audiences'), ...(inList(s) ? { listed: true } : {}) }))),
    );
    const others = content.services.filter((s) => !listed.includes(s)).map((s) => s.id);
    assert.ok(others.length > 0, 'some services are not for this audience');
    for (const id of others) assert.ok(!services.some((s) => s.id === id), `${id} is not in the ${audience} panel`);
  });
}

test("the children's panel has Childline's free number; the adults' the NSPCC with its opening-times note", async () => {
  const phones = async (audience: string, id: string) =>
    ((await chunk(`services-${audience}`)).default as { id: string; phones: { number: string }[]; linkText?: string }[]).find((s) => s.id === id);
  assert.equal((await phones('children', 'childline'))?.phones[0]?.number, '0800 1111');
  assert.equal(await phones('children', 'nspcc-helpline'), undefined);
  for (const adults of ['parents', 'staff']) assert.match((await phones(adults, 'nspcc-helpline'))?.linkText ?? '', /opening times/);
});

for (const audience of RESPONSE_AUDIENCES) {
  test(`the ${audience} response card downloads its own card, whole, and only the services it names`, async () => {
    const { default: cards, contacts } = (await chunk(`response-${audience}`)) as { default: unknown[]; contacts: { id: string }[] };
    const card = content.response.find((c) => c.audience === audience)!;
    assert.deepEqual(cards, asJson([card]));
    const named = new Set([...card.contacts, ...card.flow.outcomes.flatMap((o) => o.contacts)]);
    assert.deepEqual(
      contacts,
      asJson(content.services.filter((s) => named.has(s.id)).map(({ id, name, summary, phones, url, linkText }) => ({ id, name, summary, phones, url, linkText }))),
    );
  });
}

for (const audience of ALERT_AUDIENCES) {
  test(`the ${audience} alerts panel downloads its own alerts, without the date they were checked`, async () => {
    const { default: alerts } = await chunk(`alerts-${audience}`);
    const mine = content.alerts.filter((a) => a.audiences.includes(audience));
    assert.ok(mine.length > 0);
    assert.deepEqual(alerts, asJson(mine.map((a) => ({ ...without(a, 'reviewed'), audiences: [audience] }))));
  });
}

for (const version of CHILD_PLAN_VERSIONS) {
  test(`the ${version} child's plan downloads its own plan, without its provenance`, async () => {
    const { default: plans } = await chunk(`child-plan-${version}`);
    assert.deepEqual(plans, asJson([without(content['child-plan'].find((p) => p.id === version)!, 'source', 'reviewed')]));
  });
}

test('the family agreement downloads its groups in order, without their order and provenance', async () => {
  const { default: groups } = await chunk('agreement');
  assert.deepEqual(groups, asJson(content.agreement.map((g) => without(g, 'order', 'source', 'sourceNote', 'reviewed'))));
});

test("no content chunk carries the content report's fields, but the response card, which shows its source and date", async () => {
  const names = [
    ...AUDIENCES.map((a) => `services-${a}`),
    ...ALERT_AUDIENCES.map((a) => `alerts-${a}`),
    ...CHILD_PLAN_VERSIONS.map((v) => `child-plan-${v}`),
    'agreement',
  ];
  for (const name of names) {
    const keys = keysIn(Object.values(await chunk(name)));
    for (const field of ['reviewed', 'sourceNote', 'essential', 'order']) assert.ok(!keys.includes(field), `${name} has no "${field}"`);
  }
  // A whole collection for every audience is no longer built.
  const whole = readdirSync(CHUNKS).filter((f) => /^(services|topics|response|response-contacts|alerts|child-plan)-[\w-]{8}\.js$/.test(f));
  assert.deepEqual(whole, []);
});
