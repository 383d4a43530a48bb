/** A school's own details: content/schools/<school>.md, or schools/<school>.md in a council's folder. */
import { z } from 'zod';
import type { School } from '../types.ts';
import { httpsUrl, phoneNumber, provenance, type Collection } from './common.ts';

const email = z.email('write one e-mail address, e.g. office@school.example');

export const schoolFrontMatter = z
  .strictObject({
    name: z.string().min(1).describe('the school\'s name as parents know it, e.g. "Hillside Primary School"'),
    phone: phoneNumber.describe('the school office\'s number, digits and spaces: used whenever no lead\'s number is given'),
    email: email.optional().describe('the school office\'s e-mail address'),
    'online-safety-page': httpsUrl.optional().describe('the https:// address of the school\'s own online-safety page'),
    lead: z.string().min(1).optional().describe('the designated safeguarding lead\'s name as the school publishes it, e.g. "Ms A Patel"'),
    'lead-phone': phoneNumber.optional().describe('the lead\'s own number, if the school publishes one'),
    'lead-email': email.optional().describe('the lead\'s own e-mail address, if the school publishes one'),
    deputy: z.string().min(1).optional().describe('the deputy designated safeguarding lead\'s name'),
    council: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'write the name of the council\'s folder, e.g. "northshire"')
      .optional()
      .describe('the name of the council folder whose local contacts apply to this school'),
    ...provenance,
  })
  .transform(
    (fm): Omit<School, 'id'> => ({
      name: fm.name,
      phone: fm.phone,
      email: fm.email,
      onlineSafetyPage: fm['online-safety-page'],
      lead: fm.lead,
      leadPhone: fm['lead-phone'],
      leadEmail: fm['lead-email'],
      deputy: fm.deputy,
      council: fm.council,
      source: fm.source,
      reviewed: fm.reviewed,
    }),
  );

export const schools: Collection<School> = {
  folder: 'schools',
  frontMatter: schoolFrontMatter as unknown as z.ZodType<Omit<School, 'id' | 'body'>>,
  checkAll(items, earlier) {
    const built = earlier.council;
    return items
      .filter((s) => s.council && s.council !== built)
      .map((s) => ({
        id: s.id,
        field: 'council',
        path: ['council'],
        message: built
          ? `this school is in "${s.council}", but this kit is built with the council folder "${built}" — move the file to that council's own kit, or correct the name`
          : `this school is in "${s.council}", but this kit is built without a council folder — set SAFE_KIT_COUNCIL (or "council:" in safe-kit.yml) to that council's folder, or remove the line`,
      }));
  },
  sort: (a, b) => a.id.localeCompare(b.id),
};
