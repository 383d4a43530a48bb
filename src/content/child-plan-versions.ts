/** The versions of a child's plan: content/child-plan/<version>.md (in a file of their own: only the plan's code
 * carries them to a reader; import it from here, not from types.ts). */
export const CHILD_PLAN_VERSIONS = ['younger', 'older'] as const;
