/**
 * schema.org JSON-LD for a page of threads: an ItemList of
 * DiscussionForumPosting, so search engines can see the community content a
 * page embeds. Pure, so it is tested in Node.
 */
import { safeUrl } from '../../core/safe-url.js';
import type { Thread } from '../../core/types.js';

export function threadsToJsonLd(threads: readonly Thread[], pageUrl: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: threads.flatMap((thread, index) => {
      const url = absoluteUrl(thread.url, pageUrl);
      if (!url) return [];
      return [
        {
          '@type': 'ListItem',
          position: index + 1,
          item: {
            '@type': 'DiscussionForumPosting',
            '@id': url,
            url,
            headline: thread.title,
            ...(thread.excerpt ? { text: thread.excerpt } : {}),
            ...(thread.lang ? { inLanguage: thread.lang } : {}),
            datePublished: thread.createdAt,
            ...(thread.lastActivityAt ? { dateModified: thread.lastActivityAt } : {}),
            ...(thread.author
              ? {
                  author: {
                    '@type': 'Person',
                    name: thread.author.name,
                    ...(absoluteUrl(thread.author.url, pageUrl)
                      ? { url: absoluteUrl(thread.author.url, pageUrl) }
                      : {}),
                  },
                }
              : {}),
            ...(thread.tags.length
              ? { keywords: thread.tags.map((tag) => tag.name).join(', ') }
              : {}),
            interactionStatistic: [
              counter('CommentAction', thread.replyCount),
              ...(thread.likeCount !== undefined ? [counter('LikeAction', thread.likeCount)] : []),
              ...(thread.viewCount !== undefined ? [counter('ViewAction', thread.viewCount)] : []),
            ],
          },
        },
      ];
    }),
  };
}

/**
 * JSON that can sit inside a <script> element in any serialisation: `<`
 * escaped, so no text from a thread can close the script or open a comment.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function counter(action: string, count: number) {
  return {
    '@type': 'InteractionCounter',
    interactionType: `https://schema.org/${action}`,
    userInteractionCount: count,
  };
}

function absoluteUrl(url: string | undefined, pageUrl: string): string | undefined {
  const safe = safeUrl(url);
  if (!safe || safe.startsWith('mailto:')) return undefined;
  try {
    return new URL(safe, pageUrl).href;
  } catch {
    return undefined;
  }
}
