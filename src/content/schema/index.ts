/**
 * The content schema: every field a content file may have, in this folder, one file per collection.
 *
 * Field names are written in the files as `kebab-case` (what editors see in the YAML) and arrive in the
 * components as the camelCase types of ../types.ts. Each field's `.describe()` text is the hint an editor sees
 * when the field is missing, so write it as an instruction.
 *
 * Runs at build time only: zod never reaches a school's page.
 */
import { services } from './services.ts';
import { agreement } from './agreement.ts';
import { alerts } from './alerts.ts';
import { childPlan } from './child-plan.ts';
import { response } from './response.ts';
import { guides } from './guides.ts';
import { topics } from './topics.ts';
import { schools } from './schools.ts';

export type { Collection, EarlierContent } from './common.ts';

/**
 * Every collection the build compiles, by its folder's name in content/. Components import what they show of it
 * (`virtual:safe-content/services-parents`: src/build/content-chunks.ts). Services come first: later collections
 * name services by id.
 */
export const collections = { services, agreement, alerts, 'child-plan': childPlan, response, guides, topics, schools } as const;
export type CollectionName = keyof typeof collections;
