/**
 * A component's file can hang (a host that accepts the request and never answers, a filter holding it): the
 * import then neither loads nor fails. After a few seconds without the element being defined, its help is shown;
 * if the component arrives later it still draws over the help, as it would have.
 */

/** Long enough for a slow phone connection to fetch a component, short enough that a frightened reader has help. */
export const LOAD_TIME_OUT_MS = 4000;

/** The components given up on: an element of theirs that turns up later shows its help at once. */
export const timedOut = new Set<string>();

/** Shows the help (`showHelp` must do nothing where it is shown already) if `tag` is not defined in time. */
export function afterTimeOut(tag: string, showHelp: () => void): void {
  setTimeout(() => {
    if (customElements.get(tag)) return;
    timedOut.add(tag);
    showHelp();
  }, LOAD_TIME_OUT_MS);
}
