import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startDiscourseServer,
  type DiscourseServer,
} from '../../../test/helpers/discourse-server.js';
import { BadResponseError } from '../../core/errors.js';
import type { Onboarding } from '../../core/types.js';
import { createDiscourseAdapter } from './index.js';

let server: DiscourseServer;
beforeAll(async () => {
  server = await startDiscourseServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const adapter = (path = '', options: { welcomeTopicUrl?: string; onboarding?: Onboarding } = {}) =>
  createDiscourseAdapter({ baseUrl: `${server.url}${path}`, retries: 0, ...options });

describe('pinned posts', () => {
  it('lists pinned topics from latest, site-wide announcements first, with the first post as body', async () => {
    const pinned = await adapter().listPinned({});

    expect(pinned.map((thread) => [thread.id, thread.announcement ?? false])).toEqual([
      ['1042', true],
      ['1187', false],
    ]);
    expect(server.requests).toEqual(
      expect.arrayContaining(['/latest.json', '/t/1042.json', '/t/1187.json']),
    );
    const [welcome] = pinned;
    expect(welcome).toMatchObject({
      title: 'Welcome to the Lumen Community: read this first',
      url: `${server.url}/t/welcome-to-the-lumen-community-read-this-first/1042`,
      pinned: true,
      updatedAt: '2025-11-03T09:12:44.517Z',
      author: { id: 'jane_m', role: 'staff' },
    });
    expect(welcome?.body?.markdown).toBeUndefined();
    expect(welcome?.body?.html).toContain('<p>Welcome! This is the place');
  });

  it('makes root-relative links and images in the body absolute, so they load on the host page', async () => {
    const [welcome, guide] = await adapter().listPinned({});
    expect(welcome?.body?.html).toContain(`src="${server.url}/images/emoji/twitter/wave.png?v=12"`);
    expect(welcome?.body?.html).toContain(`href="${server.url}/guidelines"`);
    expect(guide?.body?.html).toContain(
      `srcset="${server.url}/uploads/default/optimized/2X/4/4c1f0a9e7b3d52e8a6f1c0d9b8e7a6f5c4d3b2a1_2_690x388.png, ${server.url}/uploads/`,
    );
    expect(guide?.body?.html).not.toMatch(/\s(src|href|srcset)="\/(?!\/)/);
  });

  it('lists a category’s pinned topics, and honours the limit', async () => {
    const inCategory = await adapter().listPinned({ category: 'help-support' });
    expect(inCategory.map((thread) => thread.id)).toEqual(['1187']);
    expect(server.requests).toContain('/c/help-support/5/l/latest.json');

    const limited = await adapter().listPinned({ limit: 1 });
    expect(limited.map((thread) => thread.id)).toEqual(['1042']);
  });

  it('passes post HTML on untouched for the sanitizer, never as markdown', async () => {
    const [welcome] = await adapter('/hostile').listPinned({ limit: 1 });
    // Sanitizing is the markdown pipeline's job; the adapter only delivers.
    expect(welcome?.body).toEqual({ html: expect.stringContaining('<script>') as string });
  });

  it('still lists a pinned topic whose body cannot be loaded, with its excerpt', async () => {
    // The 2016 forum answers /t/13.json only, not the pinned topic's /t/8.json.
    const pinned = await adapter('/v2016').listPinned({});
    expect(pinned.map((thread) => thread.id)).toEqual(['8']);
    expect(pinned[0]?.body).toBeUndefined();
    expect(pinned[0]?.excerpt).toMatch(
      /^The first paragraph of this pinned topic .* It's important!/,
    );
  });
});

describe('tag search', () => {
  it('asks the tag autocomplete endpoint, folding synonyms into their tag', async () => {
    const tags = await adapter().searchTags('emb');
    expect(server.requests).toEqual(['/tags/filter/search.json?q=emb&limit=10']);
    expect(tags).toEqual([{ name: 'embedding', count: 6 }]);
  });

  it('returns popular tags for empty text, within the limit', async () => {
    const tags = await adapter().searchTags('', { limit: 3 });
    expect(tags).toHaveLength(3);
    expect(tags[0]).toEqual({ name: 'api', count: 8 });
  });

  it('falls back to filtering /tags.json where the endpoint is missing, and caches it', async () => {
    const discourse = adapter('/legacy');
    expect(await discourse.searchTags('EMB')).toEqual([{ name: 'embedding', count: 6 }]);
    // Prefix matches first, then by use; accents do not get in the way.
    expect(await discourse.searchTags('c')).toEqual([
      { name: 'cors', count: 3 },
      { name: 'vtičnik', count: 2 },
      { name: 'wydajność', count: 1 },
    ]);
    expect(server.requests).toEqual([
      '/legacy/tags/filter/search.json?q=EMB&limit=10',
      '/legacy/tags.json',
      '/legacy/tags/filter/search.json?q=c&limit=10',
    ]);
  });

  it('fails with BadResponseError when neither tag source is usable', async () => {
    await expect(adapter('/broken').searchTags('a')).rejects.toBeInstanceOf(BadResponseError);
  });
});

describe('onboarding and viewer', () => {
  it('returns the configured onboarding without asking the forum', async () => {
    const onboarding: Onboarding = {
      title: 'Welcome aboard',
      message: { markdown: 'Say **hi**.' },
      steps: [{ id: 'intro', title: 'Introduce yourself' }],
    };
    const discourse = adapter('', { onboarding });
    expect(await discourse.getOnboarding()).toEqual(onboarding);
    expect(server.requests).toEqual([]);
  });

  it('builds a default from the site info, linking the welcome topic', async () => {
    const onboarding = await adapter('', { welcomeTopicUrl: '/t/welcome/1042' }).getOnboarding();
    expect(server.requests).toEqual(['/site/basic-info.json']);
    expect(onboarding.title).toBe('Welcome to Lumen Community');
    expect(onboarding.message.markdown).toBe(
      'Questions, answers and ideas about Lumen lamps and hubs\\.',
    );
    expect(onboarding.guidelines?.url).toBe(`${server.url}/guidelines`);
    expect(onboarding.steps[0]).toMatchObject({
      id: 'read-welcome',
      actionUrl: `${server.url}/t/welcome/1042`,
    });
    expect(onboarding.steps.map((step) => step.id)).toEqual([
      'read-welcome',
      'search-first',
      'sign-up',
      'first-topic',
    ]);
  });

  it('still welcomes people when the site info is unavailable', async () => {
    const onboarding = await adapter('/v2016', {
      welcomeTopicUrl: 'javascript:alert(1)',
    }).getOnboarding();
    expect(onboarding.title).toBe('Welcome to the community');
    expect(onboarding.steps.map((step) => step.id)).not.toContain('read-welcome');
  });

  it('has no signed-in viewer', async () => {
    expect(await adapter().getViewer()).toBeNull();
  });
});
