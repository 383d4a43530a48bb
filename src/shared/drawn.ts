/**
 * The kit's shared pieces drawn without Lit (./dom.ts: the 999 line, the plain help, the content's markdown), in a
 * Lit template: `${drawn(drawBlocks, card.body, level)}`. The nodes are drawn once and kept while the arguments
 * stay the same (compared with ===; content is module data, so the same object each time), so a Lit component
 * drawing again after a click does not replace them: a link in the text keeps its focus. When an argument does
 * change (a guide's text has arrived), the new nodes take the focus where the old had it, on the element with the
 * same id (the guide's heading), so a keyboard or screen reader user is not dropped at the top of the page.
 */
import { Directive, directive } from 'lit/directive.js';

class Drawn extends Directive {
  private last: readonly unknown[] | undefined;
  /** The nodes, not a fragment: a fragment is empty once Lit has put its nodes on the page. */
  private nodes: Node[] = [];

  render(draw: (...args: never[]) => Node, ...args: unknown[]): Node[] {
    const last = this.last;
    if (!last || last.length !== args.length || args.some((a, i) => a !== last[i])) {
      const focused = (this.nodes[0]?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
      const id = focused && this.nodes.some((n) => n.contains(focused)) ? focused.id : '';
      const node = (draw as (...args: unknown[]) => Node)(...args);
      this.nodes = node instanceof DocumentFragment ? [...node.childNodes] : [node];
      this.last = args;
      // After Lit has put the new nodes in place of the old (in this same update).
      if (id) queueMicrotask(() => this.withId(id)?.focus({ preventScroll: true }));
    }
    return this.nodes;
  }

  private withId(id: string): HTMLElement | undefined {
    for (const node of this.nodes) {
      const found = node instanceof HTMLElement && node.id === id ? node : node instanceof Element ? node.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
      if (found) return found;
    }
    return undefined;
  }
}

const drawnNodes = directive(Drawn);

/** `draw(...args)`'s nodes in a Lit template, drawn again only when an argument changes. */
export const drawn = <A extends unknown[]>(draw: (...args: A) => Node, ...args: A) => drawnNodes(draw as unknown as (...args: never[]) => Node, ...args);
