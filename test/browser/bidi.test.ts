// Backend text may carry bidi controls. An unterminated right-to-left
// override (U+202E) in a name or title must stay inside that value: the
// widget's own sentence around it keeps its order, in every widget. Checked
// where a person sees it, by where the glyphs land on screen.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { CommunityAdapter, Thread } from '../../src/core/types.js';
import { render, renderOn } from '../helpers/render.js';
import { makeThread } from '../helpers/threads.js';

const RLO = '\u202E';
const EVIL = `${RLO}Evil`;

/** Where `text` (the last occurrence within one text node under `root`) is drawn. */
export function drawnAt(root: Node, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let found: DOMRect | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.lastIndexOf(text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    found = range.getBoundingClientRect();
  }
  if (!found) throw new Error(`"${text}" is not drawn under <${(root as Element).localName}>`);
  return found;
}

/** The sentence's own words after the value are drawn after it, left to right. */
function expectDrawnAfter(root: Node, value: string, after: string): void {
  const valueBox = drawnAt(root, value);
  const afterBox = drawnAt(root, after);
  expect(afterBox.left, `"${after}" is drawn after "${value}"`).to.be.at.least(
    valueBox.right - 0.5,
  );
}

function adapterWith(threads: Thread[]): CommunityAdapter {
  return {
    listThreads: async () => ({ threads }),
    listPinned: async () => threads,
    searchTags: async () => [],
    getOnboarding: async () => ({ title: 'Welcome', message: {}, steps: [] }),
  };
}

describe('bidi controls in backend text', () => {
  it('pinned posts: "You dismissed “{title}”." keeps its closing quote and full stop after the title', async () => {
    const post = makeThread(0, { title: EVIL, pinned: true });
    const provider = await render<HTMLElement>(
      html`<community-provider .adapter=${adapterWith([post])}>
        <community-pinned-posts dismissible eager></community-pinned-posts>
      </community-provider>`,
    );
    const pinned = provider.querySelector('community-pinned-posts')!;
    await waitUntil(() => pinned.shadowRoot!.querySelector('button.dismiss'), 'no dismiss button');
    pinned.shadowRoot!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    await waitUntil(() => pinned.shadowRoot!.querySelector('#undo-message'), 'no undo bar');
    const sentence = pinned.shadowRoot!.querySelector('#undo-message')!;
    expect(sentence.textContent!.trim()).to.equal(`You dismissed “${EVIL}”.`);
    expectDrawnAfter(sentence, 'Evil', '”.');
  });

  it('thread list: an author name keeps its override, even when a host lays the meta line out as a block', async () => {
    const thread = makeThread(1, { author: { id: 'u1', name: EVIL }, replyCount: 2 });
    const style = document.createElement('style');
    style.textContent = 'community-thread-list::part(meta) { display: block; }';
    document.head.append(style);
    try {
      const provider = await render<HTMLElement>(
        html`<community-provider .adapter=${adapterWith([thread])}>
          <community-thread-list eager></community-thread-list>
        </community-provider>`,
      );
      const list = provider.querySelector('community-thread-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('[part~="meta"]'), 'no thread');
      const meta = list.shadowRoot!.querySelector('[part~="meta"]')!;
      expectDrawnAfter(meta, 'Evil', 'replies');
    } finally {
      style.remove();
    }
  });
  it('welcome card: "Welcome, {name}!" keeps its exclamation mark after the name', async () => {
    const adapter: CommunityAdapter = {
      ...adapterWith([]),
      getViewer: async () => ({ id: 'u1', name: EVIL }),
    };
    const card = await renderOn(
      adapter,
      html`<community-welcome-card eager></community-welcome-card>`,
    );
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="title"]'), 'no title');
    const title = card.shadowRoot!.querySelector('[part~="title"]')!;
    await waitUntil(() => title.textContent!.includes('Evil'), 'no greeting');
    expect(title.textContent!.trim()).to.equal(`Welcome, ${EVIL}!`);
    expectDrawnAfter(title, 'Evil', '!');
  });

  it('tag search: "No topics match “{text}”." keeps its closing quote after what was typed', async () => {
    const provider = await render<HTMLElement>(
      html`<community-provider .adapter=${adapterWith([])}>
        <community-tag-search debounce="0"></community-tag-search>
      </community-provider>`,
    );
    const search = provider.querySelector('community-tag-search')!;
    await waitUntil(() => search.shadowRoot!.querySelector('input'), 'no input');
    const input = search.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = EVIL;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const notice = () =>
      [...search.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent!.includes('Evil'));
    await waitUntil(notice, 'no "no matches" notice');
    expectDrawnAfter(notice()!, 'Evil', '”');
  });
});
