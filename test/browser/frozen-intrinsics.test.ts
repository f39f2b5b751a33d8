// A hardened page (SES-style lockdown) freezes the intrinsics before any
// library runs. Then assigning a property that a frozen prototype already
// has, such as `this.name = …` on an Error, throws (the "override mistake").
// Each test file runs in a page of its own, so freezing here touches no other.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import {
  BadResponseError,
  HttpStatusError,
  NetworkError,
  OfflineError,
  TimeoutError,
} from '../../src/core/errors.js';
import type { CommunityAdapter } from '../../src/core/types.js';
import type { CommunityThreadList } from '../../src/elements/thread-list/thread-list.js';
import { renderOn } from '../helpers/render.js';

Object.freeze(Error.prototype);

describe('a page that froze Error.prototype', () => {
  it('can still make every kind of failure, each with its name', () => {
    const made = [
      new NetworkError(),
      new OfflineError(),
      new HttpStatusError(503, '/threads'),
      new TimeoutError(10_000),
      new BadResponseError('threads: expected array, got object'),
    ];
    expect(made.map((error) => error.name)).to.deep.equal([
      'NetworkError',
      'OfflineError',
      'HttpStatusError',
      'TimeoutError',
      'BadResponseError',
    ]);
    expect(String(made[4])).to.equal('BadResponseError: threads: expected array, got object');
  });

  it('shows a valid list whose authors have no (or an unknown) role, and a bad answer as an error', async () => {
    let answer: unknown = {
      threads: [
        {
          id: 1,
          title: 'Refunds for annual plans',
          url: '/t/1',
          createdAt: '2026-01-02T03:04:05Z',
          replyCount: 4,
          author: { id: 9, name: 'Ada' },
          tags: [],
        },
        {
          id: 2,
          title: 'Invoices in another currency',
          url: '/t/2',
          createdAt: '2026-01-02T03:04:05Z',
          replyCount: 1,
          // A role the contract does not know is dropped, through a caught failure.
          author: { id: 10, name: 'Grace', role: 'wizard' },
        },
      ],
    };
    const adapter = {
      listThreads: async () => answer,
      listPinned: async () => [],
      searchTags: async () => [],
      getOnboarding: async () => null,
    } as unknown as CommunityAdapter;
    const list = await renderOn<CommunityThreadList>(
      adapter,
      html`<community-thread-list eager></community-thread-list>`,
    );
    await waitUntil(
      () => list.shadowRoot!.querySelectorAll('[part~="item"]').length === 2,
      'the list never showed its thread',
    );

    answer = { threads: 'not a list' };
    list.refresh();
    await waitUntil(
      () => list.shadowRoot!.querySelector('[role="alert"]'),
      'a bad answer showed no error',
    );
    expect(list.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'could not read',
    );
  });
});
