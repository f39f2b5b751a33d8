/**
 * The language an element speaks: its own or its provider's explicit `locale`,
 * else the nearest `lang` above it (crossing shadow roots, so a widget inside
 * another component still follows the page), else the browser's, else English.
 * Nothing page-global is configured, so a host app's own i18n is untouched.
 */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

export function resolveLocale(element: Element, ...explicit: Array<string | undefined>): string {
  const candidates = [...explicit, inheritedLang(element), globalThis.navigator?.language, 'en'];
  for (const candidate of candidates) {
    if (candidate && isValidLocale(candidate)) return candidate;
  }
  return 'en';
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}

/** One observer for the whole page: widgets re-resolve when any `lang` changes. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: () => void): () => void {
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      // dir too: a widget's direction follows its language only where the page sets none.
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
