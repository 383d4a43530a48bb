/**
 * Starts every file a component needs at once, as soon as the loader knows the component is on the page, instead
 * of one round trip after another (component → Lit and shared code → content): on a slow phone each round trip
 * costs about half a second. The build works out each component's files (__SAFE_KIT_PRELOAD__, beside the map of
 * components); the component's own imports then find them already loaded or on their way.
 *
 * A file that fails here is left to the component's own import, which shows the plain help if it fails too.
 */
declare const __SAFE_KIT_PRELOAD__: Record<string, string[]>;

export function preload(tag: string, base: URL): void {
  for (const file of __SAFE_KIT_PRELOAD__[tag] ?? []) {
    import(new URL(file, base).href).catch(() => undefined);
  }
}
