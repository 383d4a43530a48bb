/**
 * Starts every file a component needs to run at once, beside the component's own file, as soon as the loader
 * knows the component is on the page, instead of one round trip after another (component → Lit and shared code):
 * on a slow phone each round trip costs about half a second. The build works out each component's files
 * (__SAFE_KIT_PRELOAD__, beside the map of components); the component's own imports then find them loaded or on
 * their way. Its content it asks for itself, once it runs (see filesToStart in vite-plugin-embed-loader.ts).
 *
 * A file that fails here is left to the component's own import, which shows the plain help if it fails too.
 */
declare const __SAFE_KIT_PRELOAD__: Record<string, string[]>;

export function preload(tag: string, base: URL): void {
  for (const file of __SAFE_KIT_PRELOAD__[tag] ?? []) {
    import(new URL(file, base).href).catch(() => undefined);
  }
}
