/**
 * Choosing a thread's link. The host hears `community-thread-select` for
 * every way of opening it (analytics count them all) and may cancel a plain
 * click to open the thread its own way, e.g. in an in-app router. A click with
 * Ctrl, Cmd, Shift or Alt, or with the middle button, asks the browser for a
 * new tab or window: that choice is the reader's, so cancelling does not
 * take it away.
 */
import { html } from 'lit';
import { CommunityThreadSelectEvent } from '../core/events/thread-select.js';
import { safeUrl } from '../core/safe-url.js';
import type { Thread } from '../core/types.js';

// Cmd-click opens a new tab on Apple platforms only; elsewhere Meta means nothing to links.
const APPLE = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

function opensElsewhere(event: MouseEvent): boolean {
  return (
    event.button !== 0 ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (APPLE && event.metaKey)
  );
}

/** Use on the link's `@click` and `@auxclick`. */
export function selectThread(host: Element, event: MouseEvent, thread: Thread, source: string) {
  if (event.type === 'auxclick' && event.button !== 1) return;
  const select = new CommunityThreadSelectEvent({
    thread,
    source,
    opensElsewhere: opensElsewhere(event),
  });
  host.dispatchEvent(select);
  if (select.defaultPrevented && !select.detail.opensElsewhere) event.preventDefault();
}

/**
 * A thread's title: a link that reports `community-thread-select` when its
 * URL is safe, plain text when it is not. `dir="auto"`, so a title in another
 * script than the page keeps its own direction.
 */
export function renderThreadTitle(host: Element, thread: Thread, source: string) {
  const url = safeUrl(thread.url);
  if (!url) return html`<span class="title" part="title" dir="auto">${thread.title}</span>`;
  const select = (event: MouseEvent) => selectThread(host, event, thread, source);
  return html`<a
    class="title"
    part="title"
    dir="auto"
    href=${url}
    @click=${select}
    @auxclick=${select}
    >${thread.title}</a
  >`;
}
