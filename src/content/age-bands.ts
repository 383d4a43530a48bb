/* The family agreement's age bands (content/agreement/): in a file of their own, so that only the agreement's code
 * carries them to a reader (import it from here, not from types.ts). */

/**
 * The age bands a family chooses from, each promise tagged with the ones it suits. They follow school stages:
 * under 8 (infant school), 8 to 11 (junior school, when many children get a first phone), 12 to 15 (secondary
 * school, when most social media allows an account from 13) and 16 or over.
 */
export const AGE_BANDS = [
  { id: 'under-8', label: 'Under 8', phrase: 'a child under 8' },
  { id: '8-11', label: '8 to 11', phrase: 'ages 8 to 11' },
  { id: '12-15', label: '12 to 15', phrase: 'ages 12 to 15' },
  { id: '16-plus', label: '16 or over', phrase: 'ages 16 and over' },
] as const;
