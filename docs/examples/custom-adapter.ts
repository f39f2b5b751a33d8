/**
 * A complete custom adapter, about 100 lines: it connects the widgets to a
 * fictional "Acme Answers" Q&A service whose JSON looks nothing like ours.
 * `npm test` type-checks this file, so it stays true to the adapter contract.
 *
 * Usage:
 *   document.querySelector('community-provider').adapter =
 *     createAcmeAdapter({ baseUrl: 'https://answers.acme.example/api' });
 */
import type {
  CommunityAdapter,
  Onboarding,
  RequestOptions,
  Tag,
  Thread,
  ThreadPage,
  ThreadQuery,
} from 'community-widgets';
import { BadResponseError, HttpStatusError, NetworkError, safeUrl } from 'community-widgets';

/** What Acme's API sends back for one question. */
interface AcmeQuestion {
  question_id: number;
  headline: string;
  permalink: string;
  summary?: string;
  asked_by?: { handle: string; display_name: string; picture?: string };
  asked_at: number; // Unix seconds
  active_at?: number;
  answers: number;
  views?: number;
  votes?: number;
  labels: string[];
  accepted: boolean;
  locked: boolean;
}

interface AcmeSearchResult {
  items: AcmeQuestion[];
  next_page_token?: string;
  total?: number;
}

const SORT_PARAM: Record<NonNullable<ThreadQuery['sort']>, string> = {
  latest: 'activity',
  top: 'votes',
  new: 'created',
  unanswered: 'unanswered',
};

export function createAcmeAdapter(options: { baseUrl: string; token?: () => Promise<string> }) {
  async function get<T>(path: string, params: URLSearchParams, opts?: RequestOptions): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.token) headers.Authorization = `Bearer ${await options.token()}`;
    let response: Response;
    try {
      response = await fetch(`${options.baseUrl}${path}?${params}`, {
        headers,
        signal: opts?.signal,
      });
    } catch (error) {
      // An abort is not a failure: let it through for the widget to ignore.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(undefined, { cause: error });
    }
    if (!response.ok) throw new HttpStatusError(response.status, response.url);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new BadResponseError(`Acme answered ${path} with something that is not JSON.`, {
        cause: error,
      });
    }
  }

  function toThread(question: AcmeQuestion): Thread {
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
    return {
      id: String(question.question_id),
      title: question.headline,
      url: safeUrl(question.permalink) ?? '#',
      excerpt: question.summary,
      author: question.asked_by && {
        id: question.asked_by.handle,
        name: question.asked_by.display_name,
        avatarUrl: safeUrl(question.asked_by.picture),
      },
      createdAt: iso(question.asked_at),
      lastActivityAt: question.active_at ? iso(question.active_at) : undefined,
      replyCount: question.answers,
      viewCount: question.views,
      likeCount: question.votes,
      tags: question.labels.map((name): Tag => ({ name })),
      solved: question.accepted,
      closed: question.locked,
    };
  }

  const adapter: CommunityAdapter = {
    async listThreads(query, opts): Promise<ThreadPage> {
      const params = new URLSearchParams({ sort: SORT_PARAM[query.sort ?? 'latest'] });
      for (const tag of query.tags ?? []) params.append('label', tag);
      if (query.text) params.set('q', query.text);
      if (query.category) params.set('space', query.category);
      if (query.status && query.status !== 'any')
        params.set('accepted', String(query.status === 'solved'));
      if (query.cursor) params.set('page_token', query.cursor);
      params.set('limit', String(query.pageSize ?? 10));
      const result = await get<AcmeSearchResult>('/questions', params, opts);
      return {
        threads: result.items.map(toThread),
        nextCursor: result.next_page_token,
        total: result.total,
      };
    },
    async listPinned(query, opts) {
      const params = new URLSearchParams({ featured: 'true', limit: String(query.limit ?? 3) });
      const result = await get<AcmeSearchResult>('/questions', params, opts);
      return result.items.map((question) => ({ ...toThread(question), pinned: true }));
    },
    async searchTags(text, opts) {
      const params = new URLSearchParams({ prefix: text, limit: String(opts?.limit ?? 10) });
      const labels = await get<Array<{ name: string; uses: number }>>('/labels', params, opts);
      return labels.map((label) => ({ name: label.name, count: label.uses }));
    },
    async getOnboarding(): Promise<Onboarding> {
      // Acme has no onboarding API: the content lives here, in the page's code.
      return {
        title: 'Welcome to Acme Answers',
        message: {
          markdown: 'Ask anything about **Acme**. Be kind, and mark the answer that helped.',
        },
        steps: [
          { id: 'profile', title: 'Add a photo to your profile', actionUrl: '/profile' },
          { id: 'ask', title: 'Ask your first question', actionUrl: '/ask' },
        ],
      };
    },
  };
  return adapter;
}
