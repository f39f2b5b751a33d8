/**
 * Untrusted HTML to a DocumentFragment that holds only a small,
 * inert markdown subset.
 *
 * A DOMPurify instance of our own carries the hooks, so the global DOMPurify
 * (and a host page's configuration of it) is untouched. On a page that
 * requires Trusted Types, DOMPurify parses through its own policy, named
 * `dompurify`; nothing else here touches an injection sink.
 */
import createDOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';
import { safeUrl } from '../core/safe-url.js';

/** Text structure only: no forms, media, frames, SVG, MathML, styles or scripts. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'strong',
  'em',
  'del',
  // Inert phrasing that forum HTML (Discourse's `cooked`) uses.
  'b',
  'i',
  's',
  'sub',
  'sup',
  'kbd',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  // Discourse's [details] blocks; collapsed by default, no script needed.
  'details',
  'summary',
] as const;

/**
 * Which element may keep which attribute. No `id`/`name` (DOM clobbering),
 * `class`/`style` (the content must not restyle or impersonate the widget),
 * `on*` or `data-*`.
 */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};

const VALUE_PATTERNS: Readonly<Record<string, RegExp>> = {
  align: /^(?:left|center|right)$/i,
  width: /^\d{1,4}$/,
  height: /^\d{1,4}$/,
  start: /^\d{1,9}$/,
};

/** Links out of community content: no opener, no referrer, no ranking credit. */
export const LINK_REL = 'noopener noreferrer nofollow ugc';

const CONFIG = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...new Set(Object.values(ATTRIBUTES).flat())],
  FORBID_ATTR: ['id', 'name', 'class', 'style'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify's own URL check, behind safeUrl in the hook: http(s), mailto, relative.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

const purify = createDOMPurify(window);
/** The base URL of the body being sanitized; sanitizing is synchronous. */
let currentBase: URL | undefined;

purify.addHook(
  'uponSanitizeAttribute',
  (element: Element, event: UponSanitizeAttributeHookEvent) => {
    const value = checkedAttribute(element.localName, event.attrName, event.attrValue);
    if (value === undefined) event.keepAttr = false;
    else event.attrValue = value;
  },
);

purify.addHook('afterSanitizeAttributes', (element: Element) => {
  if (element.localName === 'a') {
    // No `target`: where a link opens is the host page's and the reader's choice.
    element.setAttribute('rel', LINK_REL);
  } else if (element.localName === 'img') {
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
    element.setAttribute('referrerpolicy', 'no-referrer');
  }
});

function checkedAttribute(tag: string, name: string, value: string): string | undefined {
  if (!ATTRIBUTES[tag]?.includes(name)) return undefined;
  if (name === 'href' || name === 'src') return checkedUrl(name, value);
  const pattern = VALUE_PATTERNS[name];
  return !pattern || pattern.test(value) ? value : undefined;
}

function checkedUrl(name: 'href' | 'src', value: string): string | undefined {
  const safe = safeUrl(value);
  if (safe === undefined) return undefined;
  const resolved = currentBase ? resolve(safe, currentBase) : safe;
  // An image is fetched, never navigated to: only http(s) or relative.
  if (name === 'src' && /^mailto:/i.test(resolved)) return undefined;
  return resolved;
}

/**
 * Relative URLs in a body are relative to where the body came from. A safe
 * URL resolved against an http(s) base stays http(s), mailto or relative.
 */
function resolve(url: string, base: URL): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * Sanitizes to a fragment, never a string, so no markup is parsed again
 * after sanitizing. The fragment belongs to an inert document: its images
 * load only once it is inserted into the page.
 */
export function sanitizeToFragment(html: string, base?: URL): DocumentFragment {
  currentBase = base;
  try {
    const fragment: unknown = purify.sanitize(html, CONFIG);
    if (fragment instanceof DocumentFragment) return fragment;
    // A <frameset> early on replaces the parsed document's body, so there is
    // nothing to keep.
    if (fragment === null && /<frameset/i.test(html)) return document.createDocumentFragment();
    // null otherwise: parsing failed, as when Trusted Types are required and
    // the `dompurify` policy is not allowed. A string: this browser lacks what
    // DOMPurify needs and it returned its input untouched. Neither is safe to show.
    throw new Error(
      fragment === null
        ? "DOMPurify could not parse the body; with Trusted Types, allow the policy 'dompurify'"
        : 'DOMPurify is not supported in this browser',
    );
  } finally {
    currentBase = undefined;
  }
}

/** A usable base URL: absolute http(s) (relative ones resolve against the page), else none. */
export function parseBaseUrl(baseUrl: string | undefined): URL | undefined {
  const safe = safeUrl(baseUrl);
  if (safe === undefined) return undefined;
  try {
    const base = new URL(safe, document.baseURI);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base : undefined;
  } catch {
    return undefined;
  }
}
