import { z } from 'zod';
import { AUDIENCES, type Audience, type Topic } from '../types.ts';
import { provenance, type Collection } from './common.ts';

/* "What is it about?": content/topics/<id>.md, one worry per file, leading to two or three services. */

const AUDIENCE_LIST = AUDIENCES.join(', ');

export const topicFrontMatter = z
  .strictObject({
    title: z
      .string({ error: 'write the worry as a parent would say it, e.g. "Someone is asking my child for images"' })
      .min(1, 'write the worry as a parent would say it, e.g. "Someone is asking my child for images"')
      .max(80, 'keep the worry short (under 80 characters): it is a button on a phone')
      .describe('the worry, in the reader\'s own words, e.g. "Someone is asking my child for images"'),
    order: z.int('write the order as a whole number, 1 for first').min(1, 'use 1 for first').optional().describe('its place in the list, 1 first'),
    audiences: z
      .array(z.enum(AUDIENCES, { error: `the audiences are ${AUDIENCE_LIST}` }), { error: `list the panels that offer it, e.g. [parents]; they are ${AUDIENCE_LIST}` })
      .min(1, `list at least one of ${AUDIENCE_LIST}`)
      .describe(`the panels that offer this topic, e.g. [parents]; they are ${AUDIENCE_LIST}`),
    services: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'write the service\'s file name without .md, e.g. nspcc-helpline'), {
        error: 'list the services by their file names in content/services/, e.g. [ceop-safety-centre, nspcc-helpline]',
      })
      .min(2, 'a topic leads to two or three services: list at least two')
      .max(3, 'a topic leads to two or three services, so a worried reader can choose: list no more than three')
      .describe('two or three services, by their file names in content/services/, best first, e.g. [ceop-safety-centre, nspcc-helpline]'),
    ...provenance,
  })
  .transform(
    (fm): Omit<Topic, 'id' | 'body'> => ({
      title: fm.title,
      order: fm.order ?? 99,
      audiences: AUDIENCES.filter((a: Audience) => fm.audiences.includes(a)),
      services: fm.services,
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

export const topics: Collection<Topic> = {
  folder: 'topics',
  frontMatter: topicFrontMatter,
  /** Every service a topic names exists (a services file with a problem of its own is reported there, not here). */
  checkAll(items, earlier) {
    const files = earlier.files.services ?? [];
    const emergency = new Set(((earlier.items.services ?? []) as { id: string; emergency: boolean }[]).filter((s) => s.emergency).map((s) => s.id));
    const problems: { id: string; field: string; message: string; path?: PropertyKey[] }[] = [];
    for (const topic of items) {
      topic.services.forEach((id, i) => {
        if (!files.includes(id)) {
          problems.push({ id: topic.id, path: ['services', i], field: `services → "${id}"`, message: `there is no service "${id}" in content/services/: use one of ${files.join(', ')}` });
        } else if (emergency.has(id)) {
          problems.push({ id: topic.id, path: ['services', i], field: `services → "${id}"`, message: `"${id}" is the emergency line, which every panel shows first: name other services here` });
        }
      });
    }
    return problems;
  },
  sort: (a, b) => a.order - b.order || a.title.localeCompare(b.title),
};
