/** A contact a response card names: a service id from content/services/, or the school's own safeguarding lead
 * (in a file of its own: only the card's code carries it to a reader; import it from here, not from types.ts). */
export const SCHOOL_DSL = 'school-dsl';
