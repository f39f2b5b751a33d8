/**
 * Defines one element unless it already is: a page that loads the library
 * twice, or next to another copy, keeps the first definition instead of
 * throwing NotSupportedError. A name some other script took is said in the
 * console, where the page's developer looks.
 */
import { isLibraryElement } from './core/library-element.js';

export function defineElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, element);
  else if (!isLibraryElement(existing)) {
    console.error(
      `community-widgets: <${name}> was defined by another script; the widgets cannot use it.`,
    );
  }
}
