// A small, fully known community for element tests, so assertions can name
// exact titles. The demo community is tested on its own.
import type { Thread } from '../../src/core/types.js';

const HOUR = 3600_000;

export function makeThread(index: number, overrides: Partial<Thread> = {}): Thread {
  const created = new Date(Date.now() - (index + 1) * HOUR).toISOString();
  return {
    id: `t${index}`,
    title: `Thread number ${index}`,
    url: `/t/thread-${index}/${index}`,
    excerpt: `Excerpt of thread ${index}.`,
    author: { id: `u${index % 3}`, name: ['Ana Novak', 'Jonas Berg', 'Mei Lin'][index % 3]! },
    createdAt: created,
    lastActivityAt: created,
    replyCount: index % 4,
    viewCount: 10 * index,
    likeCount: index % 5,
    tags: [{ name: index % 2 ? 'sync' : 'billing' }, ...(index % 3 === 0 ? [{ name: 'ios' }] : [])],
    category: { id: 'help', name: 'Help', color: '#0088cc' },
    solved: index % 4 === 1,
    ...overrides,
  };
}

export function makeThreads(count: number): Thread[] {
  return Array.from({ length: count }, (_, index) => makeThread(index));
}
