/**
 * Minifies the components' styles (Lit's css`…` in src/**\/*.styles.ts and src/shared/*.styles.ts) at build time.
 * The JavaScript minifier leaves a template literal's text alone, so without this every comment, indent and line
 * break of the styles would reach readers' phones. Only plain templates (no `${…}`) are touched, and only what
 * CSS itself ignores goes: comments, and white space around braces, semicolons and commas, and after colons (not
 * before one: `.kit :where(a)` is not `.kit:where(a)`).
 */
import type { Plugin } from 'vite';

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyStyles(): Plugin {
  return {
    name: 'safe-kit-minify-css',
    apply: 'build',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return undefined;
      // Strings in CSS (content: '← ') keep their inner spaces: only a template without quotes' runs of spaces matters.
      const out = code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
