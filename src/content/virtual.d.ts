/**
 * The compiled content modules (see src/build/vite-plugin-content.ts). The guides have no whole-collection module:
 * the list reads the index, and each guide is a file of its own, loaded when it is opened (src/build/guides-index.ts).
 */
/**
 * What a component shows, one chunk per audience or version (see src/build/content-chunks.ts), each with only what
 * the component reads: a reader downloads their own panel's content, not everyone's.
 */

/** The help panel for one audience (`services-parents`): its services, its topics as `topics`, and its `words`. */
declare module 'virtual:safe-content/services-*' {
  const services: import('./types.ts').PanelService[];
  export default services;
  export const topics: import('./types.ts').PanelTopic[];
  export const words: import('../components/help-links/words.ts').PanelWords;
}
/** The response card for one audience (`response-staff`), and the services it names as `contacts`. */
declare module 'virtual:safe-content/response-*' {
  const cards: import('./types.ts').ResponseCard[];
  export default cards;
  export const contacts: import('./types.ts').ServiceContact[];
}
/** The alerts for one audience (`alerts-parents`). */
declare module 'virtual:safe-content/alerts-*' {
  const alerts: import('./types.ts').AlertContent[];
  export default alerts;
}
/** One version of the child's plan (`child-plan-younger`). */
declare module 'virtual:safe-content/child-plan-*' {
  const plans: import('./types.ts').ChildPlanContent[];
  export default plans;
}
declare module 'virtual:safe-content/agreement' {
  const groups: import('./types.ts').AgreementGroupContent[];
  export default groups;
}
declare module 'virtual:safe-content/essential-help' {
  const help: import('./types.ts').EssentialHelp;
  export default help;
}

/** The guides list's first view (src/build/guides-index.ts): the first cards, how many there are, the rest's loader. */
declare module 'virtual:safe-content/guides-index' {
  const first: import('./types.ts').GuideCard[];
  export default first;
  export const total: number;
  /** Every other card, or null when the first view holds them all. */
  export const rest: null | (() => Promise<{ default: import('./types.ts').GuideCard[] }>);
}
declare module 'virtual:safe-content/guides-rest' {
  const rest: import('./types.ts').GuideCard[];
  export default rest;
}
/** The part of every guide's own file name that changes with the guides: chunks/guide-<id>-<this>.js. */
declare module 'virtual:safe-content/guides-address' {
  const set: string;
  export default set;
}

/** The schools: a loader per school (each a chunk of its own), by the name a snippet gives in data-school. */
declare module 'virtual:safe-content/schools' {
  export const load: Record<string, () => Promise<{ default: import('./types.ts').School }>>;
}

/** package.json's version, filled in by the build. */
declare const __SAFE_KIT_VERSION__: string;
