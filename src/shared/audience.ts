import { AUDIENCES, type Audience } from '../content/types.ts';

/** Reads an `audience` attribute forgivingly ("Parents", "parent", "carers"); anything else means parents. */
export function toAudience(value: string | null | undefined, fallback: Audience = 'parents'): Audience {
  const v = (value ?? '').trim().toLowerCase();
  if ((AUDIENCES as readonly string[]).includes(v)) return v as Audience;
  if (v === 'child' || v === 'pupils' || v === 'students' || v === 'young-people') return 'children';
  if (v === 'parent' || v === 'carers' || v === 'carer' || v === 'families') return 'parents';
  if (v === 'teachers' || v === 'professionals' || v === 'school-staff') return 'staff';
  return fallback;
}
