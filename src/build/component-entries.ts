import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMPONENTS = fileURLToPath(new URL('../components/', import.meta.url));

/**
 * Every folder under src/components/ with a define.ts is a component, loaded as `safe-<folder>`: adding a
 * component needs no list to be kept anywhere else.
 */
export function componentEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(COMPONENTS).sort()) {
    const file = `${COMPONENTS}${name}/define.ts`;
    if (existsSync(file)) entries[name] = file;
  }
  return entries;
}
