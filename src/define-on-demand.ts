/**
 * How the drop-in bundle registers the widgets that most pages do without:
 * each one's code is a chunk of its own, loaded and defined the first time
 * its tag appears in the document, so a page with one thread list never
 * downloads the tag search. (The provider and the thread list are in the
 * bundle itself: nearly every page has them, and one file compresses better
 * than its parts.)
 * One MutationObserver watches the document until every widget is defined,
 * then lets go; a chunk that failed to download is tried again when the
 * browser comes back online. Widgets created inside another component's
 * shadow root are out of its sight: `define(...names)` or `defineAll()`
 * registers them.
 *
 * Lit keeps properties set on an element before its definition arrives
 * (`pinned.maxItems = 1` on a not yet defined element), so a host page may
 * create and configure widgets at any time.
 */
import type { CommunityPinnedPosts } from './elements/pinned-posts/pinned-posts.js';
import type { CommunityTagSearch } from './elements/tag-search/tag-search.js';
import type { CommunityWelcomeCard } from './elements/welcome-card/welcome-card.js';
import { loadOnce } from './core/load-once.js';
import { defineElement } from './define-element.js';

const WIDGETS = {
  'community-pinned-posts': async (): Promise<typeof CommunityPinnedPosts> =>
    (await import('./elements/pinned-posts/pinned-posts.js')).CommunityPinnedPosts,
  'community-tag-search': async (): Promise<typeof CommunityTagSearch> =>
    (await import('./elements/tag-search/tag-search.js')).CommunityTagSearch,
  'community-welcome-card': async (): Promise<typeof CommunityWelcomeCard> =>
    (await import('./elements/welcome-card/welcome-card.js')).CommunityWelcomeCard,
};

type WidgetName = keyof typeof WIDGETS;
const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];
/** Defined when the bundle loads. */
const EAGER_NAMES = ['community-provider', 'community-thread-list'];

const isWidgetName = (name: string): name is WidgetName => Object.hasOwn(WIDGETS, name);
/** Each widget's download and definition, once; a chunk that did not download is tried again next time. */
const defineWidget = Object.fromEntries(
  WIDGET_NAMES.map((name) => [
    name,
    loadOnce(async () => defineElement(name, await WIDGETS[name]())),
  ]),
) as Record<WidgetName, () => Promise<void>>;

/**
 * Loads and defines the named elements; resolves when they are defined.
 * Names already defined (the provider and the thread list, or any by another
 * copy of the library) cost nothing.
 */
export async function define(...names: string[]): Promise<void> {
  await Promise.all(names.map(defineOne));
}

/** Loads and defines every widget. */
export function defineAll(): Promise<void> {
  return define(...WIDGET_NAMES);
}

function defineOne(name: string): Promise<void> {
  if (typeof customElements === 'undefined' || customElements.get(name)) return Promise.resolve();
  if (!isWidgetName(name)) {
    return Promise.reject(
      new TypeError(
        `community-widgets: there is no <${name}>; the elements are ${[...EAGER_NAMES, ...WIDGET_NAMES].join(', ')}.`,
      ),
    );
  }
  return defineWidget[name]();
}

/**
 * Defines every widget whose tag is in `root` now or is added later, and
 * stops watching once all of them are defined.
 */
export function defineWhenUsed(root: Document): void {
  if (typeof MutationObserver === 'undefined') {
    void defineAll().catch(reportLoadError);
    return;
  }
  const waiting = () => WIDGET_NAMES.filter((name) => !customElements.get(name));
  const uses = (node: Document | Element, selector: string) =>
    (node instanceof Element && node.matches(selector)) || node.querySelector(selector) !== null;
  const defineUsedIn = (node: Document | Element) => {
    const names = waiting();
    // The common case, a host's own nodes, costs one match and one query.
    if (!names.length || !uses(node, names.join(','))) return;
    for (const name of names) {
      if (uses(node, name)) void defineOne(name).then(stopWhenDone, retryWhenOnline);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) defineUsedIn(node as Element);
      }
    }
  });
  const stopWhenDone = () => {
    if (!waiting().length) observer.disconnect();
  };
  // A chunk that did not download (offline, a deploy in between) is tried
  // again when the browser is back online, for the tags still on the page.
  let retryQueued = false;
  const retryWhenOnline = (error: unknown) => {
    reportLoadError(error);
    if (retryQueued) return;
    retryQueued = true;
    root.defaultView?.addEventListener(
      'online',
      () => {
        retryQueued = false;
        defineUsedIn(root);
      },
      { once: true },
    );
  };
  observer.observe(root, { childList: true, subtree: true });
  defineUsedIn(root);
}

function reportLoadError(error: unknown): void {
  console.error('community-widgets: a widget could not be loaded.', error);
}
