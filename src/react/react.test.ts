// The React wrappers, rendered by React DOM in a real browser the way an app
// renders them. Plain createElement calls (no JSX) keep the test runner's
// TypeScript setup as it is.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, createRef, type ComponentProps, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CommunityProvider, CommunityThreadList } from './index.js';
import { createMemoryAdapter } from '../adapters/memory/index.js';
import type { CommunityThreadSelectEvent } from '../core/events/index.js';
import { all } from '../../test/helpers/render.js';
import { makeThreads } from '../../test/helpers/threads.js';

let container: HTMLElement;
let root: Root;

/** Renders and commits at once, so a test acts on what React has applied. */
function renderApp(app: ReactNode): void {
  flushSync(() => root.render(app));
}

function titles(list: Element): string[] {
  return all(list, '[part~="title"]').map((title) => title.textContent!.trim());
}

async function listShowing(expected: string[]): Promise<Element> {
  let list: Element | null = null;
  await waitUntil(
    () => {
      list = container.querySelector('community-thread-list');
      return list && titles(list).join('|') === expected.join('|');
    },
    `the list did not show ${expected.join(', ')}`,
  );
  return list!;
}

/** Six threads: even numbers are tagged billing, odd numbers sync. */
const adapter = createMemoryAdapter({ data: { threads: makeThreads(6) } });

function app(props: ComponentProps<typeof CommunityThreadList>): ReactNode {
  return createElement(CommunityProvider, { adapter }, createElement(CommunityThreadList, props));
}

describe('community-widgets/react', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  describe('properties', () => {
    it('passes objects and arrays as properties: the adapter to the provider, tags to the list', async () => {
      renderApp(app({ tags: ['billing'] }));
      await listShowing(['Thread number 0', 'Thread number 2', 'Thread number 4']);
      const provider = container.querySelector('community-provider')!;
      expect(provider.adapter).to.equal(adapter);
      expect(provider.hasAttribute('adapter')).to.equal(false);
    });

    it('re-queries when React re-renders with new props', async () => {
      renderApp(app({ tags: ['billing'] }));
      await listShowing(['Thread number 0', 'Thread number 2', 'Thread number 4']);
      renderApp(app({ tags: ['sync'], pageSize: 2 }));
      await listShowing(['Thread number 1', 'Thread number 3']);
    });

    it('gives a ref the element itself', async () => {
      const ref = createRef<HTMLElementTagNameMap['community-thread-list']>();
      renderApp(app({ ref, sort: 'top' }));
      await waitUntil(() => ref.current, 'the ref was never set');
      expect(ref.current!.localName).to.equal('community-thread-list');
      expect(ref.current!.sort).to.equal('top');
    });
  });

  describe('events', () => {
    it('calls onThreadSelect with the typed event, and can cancel its default', async () => {
      const selected: CommunityThreadSelectEvent[] = [];
      renderApp(
        app({
          onThreadSelect: (event) => {
            event.preventDefault();
            selected.push(event);
          },
        }),
      );
      const list = await listShowing(makeThreads(6).map((thread) => thread.title));
      const before = location.href;
      all<HTMLAnchorElement>(list, 'a[part~="title"]')[1]!.click();
      expect(selected.map((event) => event.detail.thread.title)).to.deep.equal(['Thread number 1']);
      expect(location.href).to.equal(before);
    });

    it('calls onLoad when threads arrive', async () => {
      const counts: number[] = [];
      renderApp(app({ tags: ['sync'], onLoad: (event) => counts.push(event.detail.count) }));
      await listShowing(['Thread number 1', 'Thread number 3', 'Thread number 5']);
      expect(counts).to.deep.equal([3]);
    });

    it('calls only the newest handler after a re-render replaces it', async () => {
      const calls: string[] = [];
      const handler = (name: string) => (event: CommunityThreadSelectEvent) => {
        event.preventDefault();
        calls.push(name);
      };
      renderApp(app({ onThreadSelect: handler('first') }));
      const list = await listShowing(makeThreads(6).map((thread) => thread.title));
      renderApp(app({ onThreadSelect: handler('second') }));
      all<HTMLAnchorElement>(list, 'a[part~="title"]')[0]!.click();
      expect(calls).to.deep.equal(['second']);
    });
  });
});
