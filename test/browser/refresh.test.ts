// refresh() is how a host says "the backend has changed, ask it again". The
// provider's request cache answers repeat questions for 30 seconds, so each
// widget must tell it to reload; otherwise refresh() shows the cached answer.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { CommunityAdapter } from '../../src/core/types.js';
import { render, shown } from '../helpers/render.js';
import { makeThread, makeThreads } from '../helpers/threads.js';

type Counted = 'listThreads' | 'listPinned' | 'getOnboarding';

/** An adapter that counts how often the backend is really asked (under the provider's cache). */
function countingAdapter() {
  const calls: Record<Counted, number> = { listThreads: 0, listPinned: 0, getOnboarding: 0 };
  const adapter: CommunityAdapter = {
    listThreads: async () => {
      calls.listThreads++;
      return { threads: makeThreads(2) };
    },
    listPinned: async () => {
      calls.listPinned++;
      return [makeThread(1, { pinned: true })];
    },
    searchTags: async () => [],
    getOnboarding: async () => {
      calls.getOnboarding++;
      return {
        title: 'Welcome',
        message: { markdown: 'Glad you are here.' },
        steps: [{ id: 'read', title: 'Read the guidelines' }],
      };
    },
  };
  return { adapter, calls };
}

const WIDGETS = [
  { tag: 'community-thread-list', method: 'listThreads', content: '[part~="item"]' },
  { tag: 'community-pinned-posts', method: 'listPinned', content: '[part~="item"]' },
  { tag: 'community-welcome-card', method: 'getOnboarding', content: '[part~="step"]' },
] as const;

describe('refresh()', () => {
  for (const { tag, method, content } of WIDGETS) {
    it(`asks the backend again for <${tag}>, even inside the cache's freshness window`, async () => {
      const { adapter, calls } = countingAdapter();
      const provider = await render<HTMLElement>(
        html`<community-provider .adapter=${adapter}></community-provider>`,
      );
      const widget = document.createElement(tag);
      widget.eager = true;
      provider.append(widget);
      await shown(widget, content);
      expect(calls[method]).to.equal(1);

      await widget.refresh();
      await waitUntil(() => calls[method] === 2, `refresh() did not reach the backend`);
      await shown(widget, content);
    });
  }
});
