/**
 * A small, fixed community for the request-layer and REST tests: stable dates
 * (so ETags are stable) and a few hostile values the REST adapter must drop.
 */
import type { CommunityData } from '../src/adapters/memory/memory-adapter.js';
import type { Thread } from '../src/core/types.js';

function thread(id: number, overrides: Partial<Thread> = {}): Thread {
  return {
    id: `t${id}`,
    title: `Thread ${id}`,
    url: `https://community.example.com/t/${id}`,
    excerpt: `Excerpt of thread ${id}`,
    createdAt: `2025-01-${String(id).padStart(2, '0')}T10:00:00.000Z`,
    replyCount: id,
    tags: [],
    ...overrides,
  };
}

export function createFixtureCommunity(): CommunityData {
  return {
    threads: [
      thread(1, {
        title: 'How do I rotate an API key?',
        tags: [{ name: 'api' }, { name: 'billing', label: 'Billing' }],
        author: {
          id: 'u1',
          name: 'Ada',
          avatarUrl: 'javascript:alert(1)',
          url: '/u/ada',
          role: 'staff',
        },
        category: { id: 'c1', name: 'Help', color: 'url(https://evil.example/x)', url: '/c/help' },
        solved: true,
      }),
      thread(2, {
        tags: [{ name: 'api' }],
        category: { id: 'c1', name: 'Help', color: '#3366ff' },
      }),
      thread(3, { title: 'Dangerous link', url: 'javascript:alert(document.cookie)' }),
      thread(4, {
        title: 'Scheduled maintenance',
        pinned: true,
        announcement: true,
        body: { markdown: '**Heads up:** maintenance on Sunday.' },
      }),
      thread(5, { tags: [{ name: 'billing' }] }),
    ],
    tags: [
      { name: 'api', label: 'API', count: 2 },
      { name: 'billing', label: 'Billing', count: 2 },
    ],
    onboarding: {
      title: 'Welcome!',
      message: { markdown: 'Say hello.' },
      guidelines: { summary: 'Be kind.', url: 'data:text/html,<script>alert(1)</script>' },
      steps: [
        { id: 'profile', title: 'Fill in your profile', actionUrl: '/my/profile' },
        { id: 'intro', title: 'Introduce yourself', actionUrl: 'vbscript:msgbox(1)' },
      ],
    },
    viewer: { id: 'u9', name: 'Grace', role: 'member' },
  };
}
