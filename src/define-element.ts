/**
 * Defines one element unless it already is: a page that loads the library
 * twice, or next to another copy, keeps the first definition instead of
 * throwing NotSupportedError.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, element);
}
