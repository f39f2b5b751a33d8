// A thread list and pinned posts on the Discourse adapter, against a real
// node:http server that answers like a Discourse forum with CORS enabled,
// reached cross-origin the way a portal reaches its forum.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { all, render, shown } from '../helpers/render.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

let forum: string;

before(async () => {
  const servers = (await (await fetch('/__test-servers.json')).json()) as { discourse?: string };
  if (!servers.discourse)
    throw new Error('The Discourse look-alike did not start beside the tests.');
  forum = servers.discourse;
});

describe('Discourse adapter in the widgets', () => {
  it('shows the forum’s topics, linking to them and showing their avatars', async () => {
    const provider = await render<HTMLElement>(
      html`<community-provider adapter="discourse" base-url=${forum}
        ><community-thread-list page-size="5"></community-thread-list
      ></community-provider>`,
    );
    const list = provider.querySelector('community-thread-list')!;
    await shown(list, '[part~="item"]');
    expect(all(list, '[part~="item"]')).to.have.length(5);
    for (const link of all<HTMLAnchorElement>(list, 'a[part~="title"]')) {
      expect(link.href).to.match(new RegExp(`^${forum}/t/[^/]+/\\d+$`));
    }
    const avatars = all<HTMLImageElement>(list, '[part~="avatar"] img');
    expect(avatars.length).to.be.greaterThan(0);
    for (const avatar of avatars) {
      expect(avatar.src.startsWith('http')).to.equal(true);
      expect(avatar.src).not.to.contain('{size}');
      expect(avatar.referrerPolicy).to.equal('no-referrer');
    }
    await expectNoAxeViolations(provider);
  });

  it('filters by a tag and pages with Load more', async () => {
    const provider = await render<HTMLElement>(
      html`<community-provider adapter="discourse" base-url=${forum}
        ><community-thread-list page-size="2"></community-thread-list
      ></community-provider>`,
    );
    const list = provider.querySelector('community-thread-list')!;
    await shown(list, '[part~="item"]');
    const loadMore = all(list, 'button').find((button) =>
      button.textContent!.includes('Load more'),
    )!;
    loadMore.click();
    await waitUntil(() => all(list, '[part~="item"]').length === 4, 'Load more did not append');
  });

  it('drops hostile URLs and colours from a hostile forum', async () => {
    const provider = await render<HTMLElement>(
      html`<community-provider adapter="discourse" base-url=${`${forum}/hostile`}
        ><community-thread-list page-size="5"></community-thread-list
      ></community-provider>`,
    );
    const list = provider.querySelector('community-thread-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="item"], [role="alert"], .empty'));
    for (const element of all(list, '[href], [src]')) {
      const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      expect(url).not.to.match(/^\s*(javascript|data|vbscript):/i);
    }
  });

  it('shows a clear error for a broken forum', async () => {
    const provider = await render<HTMLElement>(
      html`<community-provider adapter="discourse" base-url=${`${forum}/broken`}
        ><community-thread-list></community-thread-list
      ></community-provider>`,
    );
    const list = provider.querySelector('community-thread-list')!;
    const alert = await shown(list, '[role="alert"]');
    expect(alert.textContent).to.match(/could not read/);
  });
});
