// Widgets on the REST adapter against the real reference server (node:http on
// 127.0.0.1, started beside the test runner), reached cross-origin as a
// portal would reach its backend. Faults are injected over the server's own
// /__faults endpoint; nothing here mocks fetch.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { createRestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import type { CommunityThreadList } from '../../src/elements/thread-list/thread-list.js';
import type { CommunityAdapter } from '../../src/core/types.js';
import { all, render, shown } from '../helpers/render.js';
import { recordEvents } from '../helpers/events.js';

let restUrl: string;

async function server(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${restUrl}${path}`, init);
}

async function injectFault(fault: Record<string, unknown>): Promise<void> {
  await server('/__faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: '/threads', ...fault }),
  });
}

async function requestCount(path = '/threads'): Promise<number> {
  const stats = (await (await server('/__stats')).json()) as { paths: Record<string, number> };
  return stats.paths[path] ?? 0;
}

/** A fresh adapter for each test, so the request cache starts empty; retries kept quick. */
function restAdapter(options: { timeoutMs?: number } = {}): CommunityAdapter {
  return createRestAdapter({ baseUrl: restUrl, retryBaseMs: 20, ...options });
}

async function listOn(adapter: CommunityAdapter, pageSize = 5): Promise<CommunityThreadList> {
  const provider = await render<HTMLElement>(
    html`<community-provider .adapter=${adapter}
      ><community-thread-list page-size=${pageSize}></community-thread-list
    ></community-provider>`,
  );
  return provider.querySelector('community-thread-list')!;
}

before(async () => {
  const servers = (await (await fetch('/__test-servers.json')).json()) as { rest?: string };
  if (!servers.rest) throw new Error('The REST reference server did not start beside the tests.');
  restUrl = servers.rest;
});

beforeEach(async () => {
  await server('/__faults', { method: 'DELETE' });
  await server('/__stats', { method: 'DELETE' });
});

describe('REST adapter against the reference server', () => {
  it('shows the community from base-url, with links and categories', async () => {
    const provider = await render<HTMLElement>(
      html`<community-provider adapter="rest" base-url=${restUrl}
        ><community-thread-list page-size="4"></community-thread-list
      ></community-provider>`,
    );
    const list = provider.querySelector('community-thread-list')!;
    await shown(list, '[part~="item"]');
    expect(all(list, '[part~="item"]')).to.have.length(4);
    const href = all(list, 'a[part~="title"]')[0]!.getAttribute('href')!;
    expect(href).to.match(/^\/t\/[\w-]+\/\d+$/);
  });

  const faults: Array<[string, Record<string, unknown>, RegExp]> = [
    ['HTTP 404', { status: 404 }, /could not find this/i],
    ['HTTP 500', { status: 500 }, /error 500/],
    ['HTTP 503 that outlasts the retries', { status: 503 }, /error 503/],
    ['HTTP 429 with a long Retry-After', { status: 429, retryAfter: 120 }, /error 429/],
    ['a wrong shape', { body: 'wrong-shape' }, /could not read/],
    ['truncated JSON', { body: 'truncated' }, /could not read/],
    ['an HTML page with 200', { body: 'html' }, /could not read/],
  ];
  for (const [name, fault, message] of faults) {
    it(`shows a clear error for ${name}, and Try again recovers once the server heals`, async () => {
      await injectFault(fault);
      const list = await listOn(restAdapter());
      const events = recordEvents(list, 'community-error');
      const alert = await shown(list, '[role="alert"]');
      expect(alert.textContent).to.match(message);
      expect(events).to.have.length(1);
      await server('/__faults', { method: 'DELETE' });
      alert.querySelector('button')!.click();
      await shown(list, '[part~="item"]');
      // The Load more row keeps an empty alert region ready; nothing may be in any.
      const alerts = all(list, '[role="alert"]').map((region) => region.textContent!.trim());
      expect(alerts.join('')).to.equal('');
    });
  }

  it('shows a timeout error when the server hangs, and recovers', async () => {
    await injectFault({ hang: true, times: 1 });
    const list = await listOn(restAdapter({ timeoutMs: 400 }));
    const alert = await shown(list, '[role="alert"]');
    expect(alert.textContent).to.match(/taking too long/);
    alert.querySelector('button')!.click();
    await shown(list, '[part~="item"]');
  });

  it('waits out a short Retry-After on 503 and shows content without an error', async () => {
    await injectFault({ status: 503, retryAfter: 1, times: 1 });
    const list = await listOn(restAdapter());
    const events = recordEvents(list, 'community-error');
    await shown(list, '[part~="item"]', 8000);
    expect(events).to.have.length(0);
    expect(await requestCount()).to.equal(2);
  });

  it('makes one request when four widgets ask the same thing', async () => {
    const adapter = restAdapter();
    const provider = await render<HTMLElement>(
      html`<community-provider .adapter=${adapter}>
        <community-thread-list page-size="3" tags="sync"></community-thread-list>
        <community-thread-list page-size="3" tags="sync"></community-thread-list>
        <community-thread-list page-size="3" tags="sync"></community-thread-list>
        <community-thread-list page-size="3" tags="sync"></community-thread-list>
      </community-provider>`,
    );
    const lists = [...provider.querySelectorAll('community-thread-list')];
    for (const list of lists) await shown(list, '[part~="item"]');
    expect(await requestCount()).to.equal(1);

    // A re-render inside the freshness window asks nothing again.
    for (const list of lists) list.requestUpdate();
    await Promise.all(lists.map((list) => list.updateComplete));
    expect(await requestCount()).to.equal(1);
  });

  it('lets a newer query win over a slower older one', async () => {
    const list = await listOn(restAdapter(), 3);
    await shown(list, '[part~="item"]');
    await injectFault({ latencyMs: 600, times: 1 });
    list.sort = 'top';
    await new Promise((resolve) => setTimeout(resolve, 50));
    list.tags = ['billing'];
    const allBilling = () => {
      const items = all(list, '[part~="item"]');
      return (
        items.length > 0 &&
        items.every((item) =>
          [...item.querySelectorAll('[part~="tag"]')].some((tag) =>
            /billing/i.test(tag.textContent!),
          ),
        )
      );
    };
    await waitUntil(allBilling, 'the newer query did not win', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(allBilling(), 'the stale answer never replaces the newer one').to.equal(true);
  });
  it('twenty lists on a backend that answers every request in 600 ms: none says "taking too long"', async () => {
    // Chromium queues all but six HTTP/1.1 requests per host; time spent in
    // that queue must not count against a request's (here 1 s) timeout.
    await injectFault({ latencyMs: 600 });
    const adapter = restAdapter({ timeoutMs: 1000 });
    const provider = await render<HTMLElement>(
      html`<community-provider .adapter=${adapter}>
        ${Array.from(
          { length: 20 },
          (_, index) =>
            html`<community-thread-list eager tags=${`topic-${index}`}></community-thread-list>`,
        )}
      </community-provider>`,
    );
    const lists = [...provider.querySelectorAll('community-thread-list')];
    await waitUntil(
      () => lists.every((list) => list.shadowRoot!.querySelector('.state')),
      'some lists never finished loading',
      { timeout: 12_000 },
    );
    const timedOut = lists.filter((list) =>
      list.shadowRoot!.textContent!.includes('taking too long'),
    );
    expect(timedOut.length, 'lists that timed out').to.equal(0);
  });
});
