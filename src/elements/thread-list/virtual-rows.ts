/**
 * Long lists (after many "Load more", or an adapter that answers with
 * thousands of threads): only the rows near the viewport are in the DOM,
 * placed by @lit-labs/virtualizer as the page scrolls. Its own chunk, loaded
 * the first time a list grows past VIRTUALIZE_ABOVE threads.
 *
 * Each row says where it stands (`aria-posinset` of `aria-setsize`), so a
 * screen reader still hears "12 of 5,000". Tab keeps working from row to
 * row: the virtualizer renders a screen or so beyond the viewport, and the
 * browser scrolls each focused link into view, which brings the next rows in.
 */
import { html, type TemplateResult } from 'lit';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Thread } from '../../core/types.js';

export type RenderRow = (thread: Thread, index: number) => TemplateResult;

const threadKey = (thread: Thread) => thread.id;
// One layout for every list: a new one per render would rebuild the virtualizer's.
const LAYOUT = flow();

export function renderVirtualRows(threads: Thread[], renderRow: RenderRow): TemplateResult {
  const rows = virtualize({
    items: threads,
    keyFunction: threadKey,
    renderItem: renderRow,
    layout: LAYOUT,
  });
  return html`<ul class="threads virtual" role="list">
    ${rows}
  </ul>`;
}

/** How long to wait for a row to be rendered: a layout takes a frame or two, a slow machine's many more. */
const MAX_FRAMES = 120;
/** How often to ask the virtualizer to scroll again: an ask before its first layout does nothing. */
const SCROLL_EVERY = 5;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The row of the thread at `index` once the virtualizer has rendered it,
 * scrolled into view if it was not (e.g. the first thread "Load more"
 * added); null if it is not rendered within MAX_FRAMES or the list left the
 * page. (Not the virtualizer's `layoutComplete`: it settles only when a
 * layout cycle is pending, so with none it would wait for the next scroll.)
 */
export async function virtualRow(list: Element, index: number): Promise<HTMLElement | null> {
  const find = () => list.querySelector<HTMLElement>(`:scope > [aria-posinset="${index + 1}"]`);
  for (let frame = 0; frame < MAX_FRAMES && list.isConnected; frame++) {
    const row = find();
    if (row) return row;
    if (frame % SCROLL_EVERY === 0) {
      const virtualizer = (list as VirtualizerHostElement)[virtualizerRef];
      virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    }
    await nextFrame();
  }
  return null;
}
