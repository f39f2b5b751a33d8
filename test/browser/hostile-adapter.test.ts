// A hostile backend: every string field of every type carries a payload from
// DOMPurify's XSS corpus, and every widget renders it. Whatever the payload,
// nothing may execute, no dangerous URL or handler may reach the DOM, no
// style may come from data, and nothing may escape its widget's box.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type {
  CommunityAdapter,
  Onboarding,
  Tag,
  Thread,
  ThreadPage,
} from '../../src/core/types.js';
import { render, renderOn } from '../helpers/render.js';

interface Vector {
  title: string;
  payload: string;
}

const executed: string[] = [];

function installExecutionOracle(): void {
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      executed.push(`${name}(${args.map(String).join(', ')})`);
      return undefined;
    };
  Object.assign(window, {
    alert: record('alert'),
    confirm: record('confirm'),
    prompt: record('prompt'),
    print: record('print'),
  });
}

function hostileThread(index: number, payload: string): Thread {
  return {
    id: `hostile-${index}`,
    title: payload,
    url: index % 2 ? `javascript:alert(${index})` : payload,
    excerpt: payload,
    lang: payload,
    body: index % 2 ? { html: payload } : { markdown: payload },
    author: { id: payload, name: payload, avatarUrl: `javascript:alert(${index})`, url: payload },
    // Dates are checked at the adapter boundary (a bad one fails the whole
    // answer, see wrong-types.test.ts), so only text fields carry payloads.
    createdAt: '2026-01-02T03:04:05Z',
    lastActivityAt: '2026-01-03T03:04:05Z',
    updatedAt: '2026-01-02T03:04:05Z',
    replyCount: index,
    tags: [{ name: payload, label: payload }],
    category: {
      id: payload,
      name: payload,
      color: `red; background: url(javascript:alert(${index}))`,
      url: payload,
    },
    pinned: true,
    announcement: index === 0,
    solved: index % 3 === 0,
  };
}

function hostileAdapter(vectors: Vector[]): CommunityAdapter {
  const threads = vectors.map((vector, index) => hostileThread(index, vector.payload));
  const payload = (index: number) => vectors[index % vectors.length]!.payload;
  const onboarding: Onboarding = {
    title: payload(1),
    message: { html: payload(2) },
    author: {
      id: payload(3),
      name: payload(3),
      avatarUrl: 'data:image/svg+xml,<svg onload=alert(1)>',
    },
    guidelines: { summary: payload(4), url: 'javascript:alert("guidelines")' },
    steps: vectors.slice(5, 10).map((vector, index) => ({
      id: vector.payload,
      title: vector.payload,
      description: vector.payload,
      actionUrl: index % 2 ? 'vbscript:msgbox(1)' : vector.payload,
      actionLabel: vector.payload,
    })),
  };
  return {
    async listThreads(query): Promise<ThreadPage> {
      const size = query.pageSize ?? 10;
      const start = Number(query.cursor ?? 0);
      const page = threads.slice(start, start + size);
      const next = start + size < threads.length ? String(start + size) : undefined;
      return { threads: page, nextCursor: next, total: threads.length };
    },
    async listPinned(query) {
      // A thread with an unsafe link is dropped at the adapter boundary (the
      // list shows that); pinned posts get safe links so every body renders.
      return threads
        .slice(0, query.limit ?? 3)
        .map((thread, index) => ({ ...thread, url: `/t/pinned/${index}` }));
    },
    async searchTags(): Promise<Tag[]> {
      return vectors.slice(0, 10).map((vector, index) => ({
        name: vector.payload,
        label: vector.payload,
        count: index,
      }));
    },
    async getOnboarding() {
      return onboarding;
    },
    async getViewer() {
      return { id: payload(11), name: payload(11) };
    },
  };
}

/** Every element in the light DOM and in every open shadow root below the root. */
function everyElement(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...everyElement(element.shadowRoot));
  }
  return found;
}

const DANGEROUS_URL = /^\s*(javascript|data|vbscript)\s*:/i;
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster'];

function problemsIn(root: Element): string[] {
  const problems: string[] = [];
  const rootBox = root.getBoundingClientRect();
  for (const element of everyElement(root)) {
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute) ?? '';
      if (attribute.startsWith('on')) problems.push(`<${element.localName} ${attribute}>`);
      if (URL_ATTRIBUTES.includes(attribute) && DANGEROUS_URL.test(value)) {
        problems.push(`<${element.localName} ${attribute}="${value.slice(0, 40)}">`);
      }
      if (attribute === 'style' && !/^(\s*--_[\w-]+:\s*#[\da-f]{3,8};?)*\s*$/i.test(value)) {
        problems.push(`<${element.localName} style="${value.slice(0, 60)}"> comes from data`);
      }
    }
    if (
      ['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'link'].includes(
        element.localName,
      )
    ) {
      if (!(
        element.localName === 'script' && element.getAttribute('type') === 'application/ld+json'
      )) {
        problems.push(`<${element.localName}> element`);
      }
    }
    const position = getComputedStyle(element).position;
    if (position === 'fixed') problems.push(`<${element.localName}> is position: fixed`);
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.left < rootBox.left - 2 || box.right > rootBox.right + 2)) {
      // The tag search's listbox may overlay below its box, but never wider than it.
      problems.push(`<${element.localName}> escapes its widget sideways`);
    }
  }
  return problems;
}

async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

describe('a hostile adapter rendered by every widget', () => {
  let vectors: Vector[];

  before(async () => {
    installExecutionOracle();
    const corpus = (await (
      await fetch(new URL('../fixtures/xss/dompurify-vectors.json', import.meta.url))
    ).json()) as Vector[];
    vectors = corpus.filter(
      (vector) => typeof vector.payload === 'string' && vector.payload.length,
    );
  });

  it('executes nothing and lets no dangerous markup, URL or style through', async () => {
    const adapter = hostileAdapter(vectors);
    const provider = await render<HTMLElement>(
      html`<community-provider .adapter=${adapter}>
        <div style="inline-size: 640px">
          <community-welcome-card dismissible eager></community-welcome-card>
          <community-pinned-posts max-items="20" eager></community-pinned-posts>
          <community-tag-search for="hostile-list"></community-tag-search>
          <community-thread-list id="hostile-list" page-size="100" eager></community-thread-list>
        </div>
      </community-provider>`,
    );
    const list = provider.querySelector('community-thread-list')!;
    await waitUntil(
      () => list.shadowRoot!.querySelectorAll('[part~="item"]').length > 0,
      'no threads',
      {
        timeout: 10_000,
      },
    );
    // Everything that renders markup: open every pinned post and the tag listbox, load more.
    const pinned = provider.querySelector('community-pinned-posts')!;
    await waitUntil(
      () => pinned.shadowRoot!.querySelector('button[aria-expanded]'),
      'no pinned posts',
      {
        timeout: 10_000,
      },
    );
    for (const button of pinned.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      'button[aria-expanded="false"]',
    )) {
      button.click();
    }
    const search = provider.querySelector('community-tag-search')!;
    const input = search.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
    input.focus();
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
    );
    const loadMore = [...list.shadowRoot!.querySelectorAll('button')].find((button) =>
      button.textContent!.includes('Load more'),
    );
    loadMore?.click();
    await settle(1500);

    // The payloads really were rendered, and the listbox really opened.
    // Threads whose own link is unsafe are dropped at the adapter boundary: about half.
    expect(list.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(40);
    expect(search.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
    expect(
      pinned.shadowRoot!.querySelectorAll('button[aria-expanded="true"]').length,
    ).to.be.greaterThan(5);

    expect(executed, 'nothing executed').to.deep.equal([]);
    for (const widget of provider.querySelectorAll(
      'community-thread-list, community-pinned-posts, community-welcome-card',
    )) {
      expect(problemsIn(widget), widget.localName).to.deep.equal([]);
    }
    const tagProblems = problemsIn(search).filter((problem) => !problem.includes('escapes'));
    expect(tagProblems, 'tag search').to.deep.equal([]);
  });

  it('would catch a real injection (the oracle and the inspector bite)', async () => {
    const box = await render<HTMLElement>(html`<div style="inline-size: 200px"></div>`);
    const injected = document.createElement('div');
    // Deliberately unsafe, to prove the checks above would fail on it.
    injected.innerHTML =
      '<img src="/no-such.png" onerror="alert(\'caught\')"><a href="javascript:void 0">x</a>';
    box.append(injected);
    await waitUntil(() => executed.length > 0, 'the oracle missed an executed handler');
    expect(executed).to.deep.equal(['alert(caught)']);
    const problems = problemsIn(box);
    expect(problems.some((problem) => problem.includes('onerror'))).to.equal(true);
    expect(problems.some((problem) => problem.includes('javascript:'))).to.equal(true);
    executed.length = 0;
  });

  it('renders a bounded amount of a huge answer: a 5 MB excerpt and 100,000 tags on each of 150 threads', async () => {
    const huge = 'An excerpt that never ends. '.repeat(180_000);
    const tags = Array.from({ length: 100_000 }, (_, index) => ({ name: `tag-${index}` }));
    const threads = Array.from({ length: 150 }, (_, index) => ({
      ...hostileThread(index, `Thread ${index}`),
      url: `/t/${index}`,
      excerpt: huge,
      tags,
    }));
    const adapter: CommunityAdapter = {
      listThreads: async () => ({ threads }),
      listPinned: async () => [],
      searchTags: async () => [],
      getOnboarding: async () => ({ title: 'Hi', message: {}, steps: [] }),
    };
    const list = await renderOn(
      adapter,
      html`<community-thread-list page-size="5" eager></community-thread-list>`,
    );
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="item"]'), 'no threads', {
      timeout: 20_000,
    });
    const rows = list.shadowRoot!.querySelectorAll('[part~="item"]');
    // A list shows what a page holds (page-size bounds what it asks).
    expect(rows.length, 'rows').to.equal(150);
    const excerpt = rows[0]!.querySelector('[part~="excerpt"]')!.textContent!.trim();
    expect(excerpt.length, 'excerpt length').to.be.at.most(1_000);
    expect(rows[0]!.querySelectorAll('[part~="tag"]').length, 'tags shown').to.be.at.most(30);
  });

  it('finishes a 1 MB body and 10,000-deep nesting without freezing the page', async () => {
    const huge = `# Huge\n\n${'A long paragraph of community text. '.repeat(30_000)}`;
    const deep = `${'> '.repeat(10_000)}deep\n\n${'- '.repeat(5_000)}list`;
    const adapter: CommunityAdapter = {
      async listThreads() {
        return { threads: [] };
      },
      async listPinned() {
        return [
          { ...hostileThread(0, 'Huge'), title: 'Huge', body: { markdown: huge } },
          {
            ...hostileThread(1, 'Deep'),
            title: 'Deep',
            url: '/t/deep/1',
            body: { markdown: deep },
          },
        ];
      },
      async searchTags() {
        return [];
      },
      async getOnboarding() {
        return { title: 'Deep', message: { markdown: deep }, steps: [] };
      },
    };
    const provider = await render<HTMLElement>(
      html`<community-provider .adapter=${adapter}>
        <community-pinned-posts max-items="2" eager></community-pinned-posts>
        <community-welcome-card eager preview></community-welcome-card>
      </community-provider>`,
    );
    const pinned = provider.querySelector('community-pinned-posts')!;
    await waitUntil(
      () => pinned.shadowRoot!.querySelectorAll('button[aria-expanded]').length === 2,
      'no posts',
      {
        timeout: 10_000,
      },
    );
    // A frozen main thread would stop this timer from ticking while the bodies render.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    for (const button of pinned.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      'button[aria-expanded]',
    )) {
      button.click();
    }
    await waitUntil(
      () => (pinned.shadowRoot!.textContent ?? '').includes('A long paragraph'),
      'the 1 MB body never rendered',
      { timeout: 20_000 },
    );
    await settle(500);
    clearInterval(timer);
    expect(ticks, 'the page kept running').to.be.greaterThan(0);
    expect(executed).to.deep.equal([]);
  });
});
