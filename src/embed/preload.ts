/**
 * Starts every file a component needs to run at once, beside the component's own file, as soon as the loader
 * knows the component is on the page, instead of one round trip after another (component → shared code):
 * on a slow phone each round trip costs about half a second. The build works out each component's files
 * (__SAFE_KIT_PRELOAD__, beside the map of components); the component's own imports then find them loaded or on
 * their way. Its content is started apart, for each element (preloadContent, below).
 *
 * A file that fails here is left to the component's own import, which shows the plain help if it fails too.
 */
declare const __SAFE_KIT_PRELOAD__: Record<string, string[]>;

export function preload(tag: string, base: URL): void {
  for (const file of __SAFE_KIT_PRELOAD__[tag] ?? []) {
    import(new URL(file, base).href).catch(() => undefined);
  }
}

/** Each component's setting that chooses its content, and the content chunk for each value (src/build/content-chunks.ts). */
declare const __SAFE_KIT_CONTENT__: Record<string, [string, Record<string, string>]>;

/**
 * Starts the content chunk an element's audience or version names, so that it arrives with the component's own
 * files, not one round trip after them. A microtask later: after the loader has started the files of every
 * component it found on the page, so that a content file that hangs on a slow host takes a connection only after
 * the components' own files have theirs. A value the map does not name starts nothing (the component fetches its own);
 * a misspelt guide's name starts a file that is not there, which fails quietly here and shows help in the component.
 */
export function preloadContent(element: Element, base: URL): void {
  const [setting, files] = __SAFE_KIT_CONTENT__[element.localName] ?? [];
  // No setting (one content chunk for everyone): getAttribute('') is null, so the chunk is files[''].
  const value = (element.getAttribute(setting!) ?? '').trim().toLowerCase();
  // A guide's file is named by the guide (`*` in the address), which must be a guide's name: letters, digits, hyphens.
  const named = typeof files?.['*'] === 'string' && /^[a-z0-9-]+$/.test(value) ? files['*'].replace('*', value) : undefined;
  const file = named ?? files?.[value];
  // A string check, not `in`: a name such as `constructor` finds Object's own, never a file.
  if (typeof file === 'string') queueMicrotask(() => void import(new URL(file, base).href).catch(() => undefined));
}
