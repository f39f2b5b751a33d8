/**
 * Entry of dist/community-widgets.js, the bundle a portal admin loads with one
 * script tag. It registers every element and exposes `configure` on
 * `window.CommunityWidgets`; adapters, languages and demo data load lazily
 * from sibling chunks, by URLs relative to this file, so any CDN path works.
 */
import { defineElements } from './define.js';
import { configure } from './elements/provider/page-config.js';
import { version } from './version.js';

export { configure, version };

declare global {
  interface Window {
    CommunityWidgets?: { configure: typeof configure; version: string };
  }
}

defineElements();
window.CommunityWidgets ??= { configure, version };
