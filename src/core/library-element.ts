/**
 * Marks the library's element classes, whichever copy of the library defined
 * them (Symbol.for is one symbol across copies): a name already taken by one
 * of ours is fine, two copies on a page share their elements; a name taken by
 * some other script is a setup problem worth saying, and never a reason to
 * fall back to demo data.
 */
export const LIBRARY_ELEMENT = Symbol.for('community-widgets.element');

export function isLibraryElement(definition: unknown): boolean {
  return typeof definition === 'function' && LIBRARY_ELEMENT in definition;
}
