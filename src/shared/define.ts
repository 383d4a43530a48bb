/**
 * Defines a custom element once. A page may load the kit twice (two snippets, or two versions from different
 * hosts); the second definition would throw, so it is skipped, and a different version is noted in the console.
 */
/** package.json's version, filled in by the build. */
export const KIT_VERSION: string = __SAFE_KIT_VERSION__;

type KitElementClass = CustomElementConstructor & { kitVersion?: string };

export function defineElement(tag: string, element: KitElementClass): void {
  const existing = customElements.get(tag) as KitElementClass | undefined;
  if (!existing) {
    element.kitVersion = KIT_VERSION;
    customElements.define(tag, element);
  } else if (existing.kitVersion !== KIT_VERSION) {
    console.warn(`safe-kit: <${tag}> ${existing.kitVersion ?? '(unknown version)'} is already on this page; version ${KIT_VERSION} was not used.`);
  }
}
