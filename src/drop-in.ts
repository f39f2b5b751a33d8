/**
 * Entry of dist/community-widgets.js, the bundle a portal admin loads with one
 * script tag. It registers `<community-provider>` and `<community-thread-list>`
 * at once and every other widget the first time its tag is on the page
 * (define-on-demand.ts), and exposes
 * `configure`, `define` and `defineAll` on `window.CommunityWidgets`.
 * Widgets, adapters, languages, markdown and demo data load lazily from
 * sibling chunks, by URLs relative to this file, so any CDN path works.
 */
import { defineElement } from './define-element.js';
import { define, defineAll, defineWhenUsed } from './define-on-demand.js';
import { CommunityProvider } from './elements/provider/provider.js';
import { CommunityThreadList } from './elements/thread-list/thread-list.js';
import { configure } from './elements/provider/page-config.js';
import { version } from './version.js';

export { configure, define, defineAll, version };

declare global {
  interface Window {
    CommunityWidgets?: {
      configure: typeof configure;
      /** Loads and defines the named elements, e.g. for widgets inside your own shadow roots. */
      define: typeof define;
      /** Loads and defines every element. */
      defineAll: typeof defineAll;
      version: string;
    };
  }
}

type CommunityWidgetsApi = NonNullable<Window['CommunityWidgets']>;

/**
 * Where the first copy on the page leaves its API. Not `window.CommunityWidgets`
 * itself: the browser exposes an element with `id="CommunityWidgets"` there.
 */
const FIRST_COPY = Symbol.for('community-widgets.drop-in');
const page = globalThis as typeof globalThis & { [FIRST_COPY]?: CommunityWidgetsApi };

// A second copy on the page (the snippet pasted twice, another CDN path)
// leaves everything to the first, so nothing is downloaded twice.
let api = page[FIRST_COPY];
if (!api) {
  api = page[FIRST_COPY] = { configure, define, defineAll, version };
  defineElement('community-provider', CommunityProvider);
  defineElement('community-thread-list', CommunityThreadList);
  defineWhenUsed(document);
}
// Assigning shadows an element named by id, which stays reachable by getElementById.
if (window.CommunityWidgets !== api) window.CommunityWidgets = api;
