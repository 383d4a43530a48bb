import type { ChildPlanVersion } from '../../content/types.ts';
import { CHILD_PLAN_VERSIONS } from '../../content/child-plan-versions.ts';

/** Reads a `version` attribute forgivingly ("Younger", "primary", "secondary"); anything else means older. */
export function toVersion(value: string | null | undefined): ChildPlanVersion {
  const v = (value ?? '').trim().toLowerCase();
  if ((CHILD_PLAN_VERSIONS as readonly string[]).includes(v)) return v as ChildPlanVersion;
  if (v === 'primary' || v === 'young' || v === 'junior' || v === 'infant') return 'younger';
  return 'older';
}
