/**
 * The advice held to the guidance (../shared/FACTS.md) where a test can hold it: the staff card always ends in
 * "tell the DSL now" and never to look at an image; no content tells anyone to show, send or forward an image;
 * wherever blackmail is named, "don't pay"; the NSPCC's number never without "see the website for opening times";
 * the children's fallback never lists the adults' helpline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAll } from '../../src/build/compile-content.ts';
import { essentialHelp } from '../../src/build/essential-help.ts';
import { essentialHelpHtml } from '../../src/build/vite-plugin-frames.ts';
import type { Block, Inline, ResponseCard } from '../../src/content/types.ts';
import { contentFiles, NAMES_BLACKMAIL, SAYS_DONT_PAY, shareInstructions, tellsToShare } from './advice-scan.ts';
import { PROJECT } from './helpers.ts';

const content = compileAll();
const files = contentFiles(join(PROJECT, 'content'), PROJECT);
const text = (nodes: readonly Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : text(n.children))).join('');
const blocksText = (blocks: readonly Block[]): string =>
  blocks.map((b) => (b.type === 'list' ? b.items.map(blocksText).join(' ') : text(b.children))).join(' ');

/** The outcomes a reader can reach, each with the answers that lead there. */
function reachable(card: ResponseCard): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (id: string, path: string[]) => {
    const question = card.flow.questions.find((q) => q.id === id);
    if (!question) return void found.set(id, [...(found.get(id) ?? []), path.join(' → ')]);
    for (const answer of ['yes', 'no', 'notSure'] as const) walk(question[answer], [...path, `${id}: ${answer}`]);
  };
  walk(card.flow.start, []);
  return found;
}

const DO_NOT_VIEW = /do not view, copy, print, share, store or save any image/i;

test('every outcome of the staff card says "tell the DSL now" and not to view, copy or share any image', () => {
  const staff = content.response.find((c) => c.audience === 'staff')!;
  const outcomes = reachable(staff);
  assert.equal(outcomes.size, staff.flow.outcomes.length, 'every outcome is reached');
  for (const outcome of staff.flow.outcomes) {
    const steps = outcome.steps.map(text).join(' ');
    assert.match(steps, /tell the DSL now/i, `${outcome.id}, reached by ${outcomes.get(outcome.id)![0]}`);
    assert.match(steps, DO_NOT_VIEW, outcome.id);
    assert.match(steps, /deputy DSL/, `${outcome.id}: what to do if the DSL is not there`);
  }
  const body = blocksText(staff.body);
  assert.match(body, /If the DSL is not there, tell the deputy DSL/);
  assert.match(body, /seen an image by accident/i);
  // The under-13 line: the guidance's wording cannot be quoted here, so the card says the DSL decides.
  assert.match(body, /under 13 is involved: the DSL will decide whether to refer/);
  assert.doesNotMatch(`${body} ${staff.flow.outcomes.flatMap((o) => o.steps.map(text)).join(' ')}`, /\btell the DSL today\b|none of the reasons/i);
});

test('the parents\' card tells a parent to show or send the image to nobody, and to keep the device as it is', () => {
  const parents = content.response.find((c) => c.audience === 'parents')!;
  const all = `${parents.keyPoints.map(text).join(' ')} ${blocksText(parents.body)}`;
  assert.match(all, /Do not show or send the image to anyone, school staff included/);
  assert.match(all, /Keep the phone or account as it is/);
  assert.match(all, /police[^.]* will say what they need/);
});

test('no content tells anyone to show, send or forward an image', () => {
  assert.deepEqual(shareInstructions(files), []);
});

test('the scan finds a planted instruction to pass an image on, in any wording, and lets every "do not" through', () => {
  const bad = [
    '- Show the image to the school\'s designated safeguarding lead.',
    '- Send the picture to the police so they can act on it.',
    '- Forward the messages and photos to the school.',
    '- Do not delete anything yourself: the school or the police may need to see it.',
    '- If you can, take a screenshot of the image and send it to a teacher.',
    '- You can upload the video to the school\'s online form.',
    '- Ask your child to show you the picture.',
  ];
  for (const line of bad) {
    const planted = files.map(([f, t]): [string, string] => (f === 'content/response/parents.md' ? [f, `${t}\n${line}\n`] : [f, t]));
    const found = shareInstructions(planted);
    assert.equal(found.length, 1, `${line}: ${JSON.stringify(found)}`);
    assert.equal(found[0].file, 'content/response/parents.md');
  }
  for (const fine of [
    'Do not show or send the image to anyone, school staff included.',
    'Never ask a child to send or show it.',
    'If someone online asks you to send pictures of yourself, tell a grown-up.',
    'Only the DSL may view an image, and only in exceptional cases.',
    'Show your child how to block someone.',
  ]) {
    assert.equal(tellsToShare(fine, /image|picture/.test(fine)), false, fine);
  }
});

test('every card, plan and file that names blackmail or a demand for money says "don\'t pay"', () => {
  const naming = files.filter(([, t]) => NAMES_BLACKMAIL.test(t));
  assert.ok(naming.some(([f]) => f === 'content/response/parents.md') && naming.some(([f]) => f === 'content/child-plan/older.md'));
  for (const [file, t] of naming) assert.match(t, SAYS_DONT_PAY, file);
  // And where a question names it, the outcome its "yes" leads to says it too.
  for (const card of content.response) {
    for (const q of card.flow.questions.filter((q) => NAMES_BLACKMAIL.test(`${text(q.ask)} ${text(q.hint ?? [])}`))) {
      const outcome = card.flow.outcomes.find((o) => o.id === q.yes);
      if (outcome) assert.match(outcome.steps.map(text).join(' '), SAYS_DONT_PAY, `${card.id}: ${q.id} → ${outcome.id}`);
    }
  }
});

test('Report Remove is described as it is: a young person\'s own image, the open internet, not private chats or phones', () => {
  const service = content.services.find((s) => s.id === 'report-remove')!;
  const all = `${text(service.summary)} ${text(service.notFor ?? [])} ${blocksText(service.body)}`;
  assert.match(all, /own/);
  assert.match(all, /open internet/);
  assert.match(all, /private chats/);
  assert.match(all, /Internet Watch Foundation or the police/);
  for (const plan of content['child-plan']) {
    const help = plan.steps.flatMap((s) => s.help).find((h) => h.service === 'report-remove')!;
    assert.match(text(help.text), /private chat/, plan.id);
  }
});

test('the NSPCC number is never shown without "see the website for opening times", in content and in every fallback', () => {
  const NUMBER = '0808 800 5000';
  for (const [file, t] of files) {
    // In a services file the number's label is on the line after it.
    const lines = t.split('\n');
    lines.forEach((l, i) => l.includes(NUMBER) && assert.match(`${l} ${lines[i + 1] ?? ''}`, /opening times/, file));
  }
  const nspcc = content.services.find((s) => s.id === 'nspcc-helpline')!;
  assert.equal(nspcc.phones[0].label, 'see the website for opening times');
  assert.match(essentialHelpHtml(essentialHelp(content.services)), /0808 800 5000<\/a> \(see the website for opening times\)/);
  const dist = join(PROJECT, 'dist');
  const published = [
    join(dist, 'embed.js'),
    join(PROJECT, 'demo/get-the-code.js'),
    ...readdirSync(join(dist, 'frame')).filter((f) => f.endsWith('.html')).map((f) => join(dist, 'frame', f)),
  ];
  for (const file of published) {
    const t = readFileSync(file, 'utf8');
    if (!t.includes(NUMBER)) continue;
    assert.match(t, /see the website for opening times/, file);
    if (file.endsWith('.html')) assert.match(t, /0808 800 5000<\/a> \(see the website for opening times\)/, file);
  }
  assert.match(readFileSync(join(dist, 'embed.js'), 'utf8'), /see the website for opening times/);
});

test("the children's fallback lists only children's services; adults' services are marked where the audience is unknown", () => {
  const help = essentialHelp(content.services);
  const adultsOnly = help.links.filter((l) => !l.audiences.includes('children'));
  assert.ok(adultsOnly.some((l) => l.name === 'NSPCC Helpline'));
  const childPlanFrame = readFileSync(join(PROJECT, 'dist/frame/child-plan.html'), 'utf8');
  for (const l of adultsOnly) assert.ok(!childPlanFrame.includes(l.name), `${l.name} in the child's plan frame`);
  for (const l of help.links.filter((l) => l.audiences.includes('children'))) assert.ok(childPlanFrame.includes(l.name), l.name);
  assert.match(essentialHelpHtml(help), /NSPCC Helpline<\/a>: <a[^>]*>0808 800 5000<\/a> \(see the website for opening times\) \(for adults\)/);
});

test("the family agreement's promises are not presented as Childnet's", () => {
  for (const group of content.agreement) {
    if (!group.source.includes('childnet')) continue;
    assert.match(group.sourceNote ?? '', /own words, not Childnet's/, group.id);
  }
});

test('no guide shows an age rating as a minimum age, and no device guide promises controls for "any age"', () => {
  for (const g of content.guides) {
    const note = text(g.ageNote ?? []);
    if (g.minimumAge !== undefined) assert.doesNotMatch(note, /PEGI|rating|rated/i, g.id);
    assert.doesNotMatch(`${note} ${blocksText(g.body)}`, /any age/i, g.id);
  }
  const minecraft = content.guides.find((g) => g.id === 'minecraft')!;
  assert.equal(minecraft.minimumAge, undefined);
  assert.ok(minecraft.rating?.includes('PEGI 7'));
});
