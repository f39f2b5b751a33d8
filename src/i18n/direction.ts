/**
 * Which way a widget's text runs. The page's own `dir` is always obeyed. But
 * a page that marks a region `lang="ar"` and says nothing about direction
 * there still gets a right-to-left widget, as does a widget given
 * `locale="ar"`; likewise an English widget inside a right-to-left page that
 * marks it `lang="en"` runs left to right. Only a `lang` (or `locale`) nearer
 * to the widget than any `dir` does this, so a page that sets both on the same
 * element, or a `dir` nearer in, always has the last word.
 */

export type TextDirection = 'ltr' | 'rtl';

// Scripts written right to left (ISO 15924), as CLDR's likely-subtags give them.
const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/** `ar`, `he`, `fa`, `ur`, `ckb`, `ks-Arab`… → rtl; everything else, and nonsense, → ltr. */
export function localeDirection(locale: string): TextDirection {
  try {
    const { script } = new Intl.Locale(locale).maximize();
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The element, then each element above it, crossing shadow roots. */
function* selfAndAncestors(element: Element): Generator<Element> {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) yield node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
}

/** Steps up from `element` (itself is 0) to the nearest element with `attribute`, at least `from` up. */
function distanceTo(element: Element, attribute: string, from: number): number {
  let distance = 0;
  for (const node of selfAndAncestors(element)) {
    if (distance >= from && node.hasAttribute(attribute)) return distance;
    distance++;
  }
  return Infinity;
}

/**
 * The direction `element` should set on itself to follow `locale`, or
 * undefined when the page's `dir` decides. `explicit`: the locale came from the
 * element's or its provider's `locale`, not from a `lang` in the page.
 */
export function directionFor(
  element: Element,
  locale: string,
  explicit: boolean,
): TextDirection | undefined {
  const languageDistance = explicit ? 0 : distanceTo(element, 'lang', 0);
  // From the browser's language, not the page's: nothing says this region is in it.
  if (languageDistance === Infinity) return undefined;
  if (distanceTo(element, 'dir', 1) <= languageDistance) return undefined;
  return localeDirection(locale);
}

/** The `dir` each widget set on itself, so an author's own `dir` is never touched. */
const appliedDirections = new WeakMap<Element, string>();

/**
 * Sets (or removes) `dir` on a widget's host so it follows its language, per
 * `directionFor`. An author's own `dir` on the widget always wins.
 * `explicitLocales`: the element's and its provider's `locale` values.
 */
export function syncDirection(
  element: Element,
  locale: string,
  explicitLocales: ReadonlyArray<string | undefined>,
): void {
  const own = element.getAttribute('dir');
  const applied = appliedDirections.get(element);
  if (own !== null && own !== applied) {
    appliedDirections.delete(element);
    return;
  }
  const direction = directionFor(element, locale, explicitLocales.includes(locale));
  if (direction) {
    appliedDirections.set(element, direction);
    if (own !== direction) element.setAttribute('dir', direction);
  } else if (applied !== undefined) {
    appliedDirections.delete(element);
    element.removeAttribute('dir');
  }
}
