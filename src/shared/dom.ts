/**
 * How the kit draws: every component (./plain-element.ts) and the pieces they share (the 999 line, the plain help,
 * the content's markdown) build their nodes with these calls, with no UI library for a reader to download.
 *
 * Text is always text (`append` of a string makes a text node) and attributes are set one by one: no HTML string
 * is ever made, so nothing here needs a Trusted Types policy.
 */

/** What an element may hold: nodes, text, and nothing (null, undefined, false) where a part is left out. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes by name: `true` sets an empty one, `false`, null and undefined leave it out; a function listens for `on<event>`. */
export type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

const flat = (children: readonly Child[]): (Node | string)[] =>
  children.flatMap((child) =>
    child == null || child === false ? [] : Array.isArray(child) ? flat(child) : [typeof child === 'number' ? `${child}` : (child as Node | string)],
  );

/** An element: `h('p', { class: 'name', role: 'heading', 'aria-level': 3 }, service.name)`. */
export function h(tag: string, attributes?: Attributes | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value != null && value !== false) element.setAttribute(name, `${value}`);
  }
  element.append(...flat(children));
  return element;
}

/** Several nodes with no element around them. */
export function fragment(...children: Child[]): DocumentFragment {
  const nodes = document.createDocumentFragment();
  nodes.append(...flat(children));
  return nodes;
}
