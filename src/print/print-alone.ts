/**
 * Prints one component on its own (the family agreement, the response card). The element sits inside a school's
 * page, and the browser prints the whole page: while the family prints, a style sheet (constructed, so a strict Content-Security-Policy allows it) hides
 * everything on the page except the element and the elements around it, and takes away their margins and layout.
 * It applies to print only, and is removed when printing ends.
 *
 * Not in src/shared/: everything there is in the shared chunk every embed loads, and only the components with
 * a print button need this; they fetch it (import()) when the reader first prints, so that it is not part of what
 * a reader downloads to see the card or agreement.
 */

/** The attribute the element carries while it is being printed. */
export const PRINTING = 'data-safe-printing';

// Written without spaces: it is sent to every reader of a card or agreement. It hides the page only while an element
// carries the attribute, so a sheet left behind (an element removed mid-print) hides nothing.
const PAGE_CSS = `@media print{@page{margin:15mm}body:has([${PRINTING}]) *:not(:has([${PRINTING}])):not([${PRINTING}]){display:none!important}html,body,:has([${PRINTING}]),[${PRINTING}]{display:block!important;position:static!important;float:none!important;width:auto!important;max-width:none!important;height:auto!important;min-height:0!important;margin:0!important;padding:0!important;border:0!important;box-shadow:none!important;overflow:visible!important;background:#fff!important;transform:none!important}}`;

let sheet: CSSStyleSheet | undefined;

export function printAlone(element: HTMLElement): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  element.setAttribute(PRINTING, '');
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** After printing: the page is as it was. */
export function printingDone(element: HTMLElement): void {
  element.removeAttribute(PRINTING);
  if (sheet && !document.querySelector(`[${PRINTING}]`)) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
