import { SafeExit } from './exit.ts';

/**
 * Defined as src/shared/define.ts defines the kit's other elements (once, with a note in the console if another
 * version is already on the page), but without importing it: that file is in the kit's shared chunk, which a page
 * with only the quick exit does not download.
 */
/** package.json's version, filled in by the build. */
const KIT_VERSION: string = __SAFE_KIT_VERSION__;
const existing = customElements.get('safe-exit') as (CustomElementConstructor & { kitVersion?: string }) | undefined;
if (!existing) {
  (SafeExit as typeof SafeExit & { kitVersion?: string }).kitVersion = KIT_VERSION;
  customElements.define('safe-exit', SafeExit);
} else if (existing.kitVersion !== KIT_VERSION) {
  console.warn(`safe-kit: <safe-exit> ${existing.kitVersion ?? '(unknown version)'} is already on this page; version ${KIT_VERSION} was not used.`);
}

export { SafeExit };
