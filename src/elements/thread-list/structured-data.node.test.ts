import { describe, expect, it } from 'vitest';
import { serializeJsonLd, threadsToJsonLd } from './structured-data.js';
import type { Thread } from '../../core/types.js';

const thread: Thread = {
  id: '1',
  title: 'Sync stuck </script><script>alert(1)</script>',
  url: '/t/sync-stuck/1',
  excerpt: 'Since 4.2 the sync stops at 99%.',
  author: { id: 'u', name: 'Ana Novak', url: '/u/ana' },
  createdAt: '2026-11-20T10:00:00.000Z',
  lastActivityAt: '2026-11-21T10:00:00.000Z',
  replyCount: 3,
  likeCount: 5,
  viewCount: 120,
  tags: [{ name: 'sync' }, { name: 'ios' }],
  lang: 'en',
};

describe('structured data for search engines', () => {
  it('describes threads as an ItemList of DiscussionForumPosting with absolute URLs', () => {
    const data = threadsToJsonLd([thread], 'https://help.example.com/portal/') as {
      itemListElement: Array<{ position: number; item: Record<string, unknown> }>;
    };
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'ItemList' });
    const [entry] = data.itemListElement;
    expect(entry!.position).toBe(1);
    expect(entry!.item).toMatchObject({
      '@type': 'DiscussionForumPosting',
      url: 'https://help.example.com/t/sync-stuck/1',
      headline: thread.title,
      datePublished: thread.createdAt,
      dateModified: thread.lastActivityAt,
      author: { '@type': 'Person', name: 'Ana Novak', url: 'https://help.example.com/u/ana' },
      keywords: 'sync, ios',
      inLanguage: 'en',
    });
    expect(entry!.item.interactionStatistic).toEqual([
      expect.objectContaining({
        interactionType: 'https://schema.org/CommentAction',
        userInteractionCount: 3,
      }),
      expect.objectContaining({
        interactionType: 'https://schema.org/LikeAction',
        userInteractionCount: 5,
      }),
      expect.objectContaining({
        interactionType: 'https://schema.org/ViewAction',
        userInteractionCount: 120,
      }),
    ]);
  });

  it('leaves out threads whose URL is unsafe', () => {
    const data = threadsToJsonLd(
      [{ ...thread, url: 'javascript:alert(1)' }],
      'https://help.example.com/',
    ) as { itemListElement: unknown[] };
    expect(data.itemListElement).toEqual([]);
  });

  it('serialises so thread text can never close the script element', () => {
    const json = serializeJsonLd(threadsToJsonLd([thread], 'https://help.example.com/'));
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('<');
    expect(JSON.parse(json).itemListElement[0].item.headline).toBe(thread.title);
  });
});
