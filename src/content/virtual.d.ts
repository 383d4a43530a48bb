/**
 * The compiled content modules (see src/build/vite-plugin-content.ts). The guides have no whole-collection module:
 * components read the index, and each guide's text is its own chunk, loaded when it is opened.
 */
declare module 'virtual:safe-content/services' {
  /** Without `source`, `reviewed` and `essential`, which are for the build and the content report. */
  const services: import('./types.ts').PanelService[];
  export default services;
}
declare module 'virtual:safe-content/alerts' {
  const alerts: import('./types.ts').Alert[];
  export default alerts;
}
declare module 'virtual:safe-content/essential-help' {
  const help: import('./types.ts').EssentialHelp;
  export default help;
}

declare module 'virtual:safe-content/agreement' {
  const groups: import('./types.ts').AgreementGroup[];
  export default groups;
}
declare module 'virtual:safe-content/topics' {
  /** In order, without `order`, `source` and `reviewed`, which are for the build and the content report. */
  const topics: Omit<import('./types.ts').Topic, 'source' | 'reviewed' | 'order'>[];
  export default topics;
}
declare module 'virtual:safe-content/child-plan' {
  const plans: import('./types.ts').ChildPlan[];
  export default plans;
}
declare module 'virtual:safe-content/response' {
  const cards: import('./types.ts').ResponseCard[];
  export default cards;
}
declare module 'virtual:safe-content/response-contacts' {
  const contacts: import('./types.ts').ServiceContact[];
  export default contacts;
}
/** The guides index: every guide without its steps, and a loader per guide for its body (a chunk of its own). */
declare module 'virtual:safe-content/guides-index' {
  const guides: import('./types.ts').GuideSummary[];
  export default guides;
  export const load: Record<string, () => Promise<{ default: import('./types.ts').Guide }>>;
}

/** The schools: a loader per school (each a chunk of its own), by the name a snippet gives in data-school. */
declare module 'virtual:safe-content/schools' {
  export const load: Record<string, () => Promise<{ default: import('./types.ts').School }>>;
}

/** package.json's version, filled in by the build. */
declare const __SAFE_KIT_VERSION__: string;
