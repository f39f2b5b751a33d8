/**
 * The adapter for any backend that implements the documented REST contract
 * (docs/rest-api.openapi.yaml). Every answer is validated into domain types
 * before a widget sees it.
 */
import { HttpStatusError } from '../../core/errors.js';
import type { CommunityAdapter, OnboardingProgress, RequestOptions } from '../../core/types.js';
import { withCheckedAnswers } from '../../data/checked-adapter.js';
import { object, unchecked, validator } from '../../data/guards.js';
import { createHttpClient, type HttpClientOptions } from '../../data/http.js';

/**
 * Base URL, headers (fixed, or an async callback for SSO tokens),
 * credentials mode, timeout and retry tuning.
 */
export type RestAdapterOptions = HttpClientOptions;

/**
 * The contract's answers are the domain types, checked by the boundary every
 * adapter shares (withCheckedAnswers); here only the envelopes that wrap
 * lists in an object are opened.
 */
const asIs = validator(unchecked);
const pinnedAnswer = validator(object({ threads: unchecked }));
const tagsAnswer = validator(object({ tags: unchecked }));

/**
 * Anonymous visitors: the contract says 204, but backends behind a login
 * often answer 401, and 404 means the backend has no viewer endpoint.
 */
const NOBODY_STATUSES = new Set([401, 404]);

export function createRestAdapter(options: RestAdapterOptions): CommunityAdapter {
  const http = createHttpClient(options);

  return withCheckedAnswers({
    listThreads(query, opts) {
      const params = {
        tag: query.tags,
        category: query.category,
        q: query.text,
        status: query.status,
        sort: query.sort,
        cursor: query.cursor,
        page_size: query.pageSize,
      };
      return http.getJson('/threads', params, asIs, opts);
    },

    async listPinned(query, opts) {
      const params = { category: query.category, limit: query.limit };
      return (await http.getJson('/pinned', params, pinnedAnswer, opts)).threads;
    },

    async searchTags(text, opts) {
      const params = { q: text, limit: opts?.limit };
      return (await http.getJson('/tags', params, tagsAnswer, opts)).tags;
    },

    getOnboarding(opts) {
      return http.getJson('/onboarding', {}, asIs, opts);
    },

    async getViewer(opts?: RequestOptions) {
      try {
        return await http.getJson('/viewer', {}, asIs, opts);
      } catch (error) {
        if (error instanceof HttpStatusError && NOBODY_STATUSES.has(error.status)) return null;
        throw error;
      }
    },

    async getOnboardingProgress(opts?: RequestOptions) {
      return http.getJson('/onboarding/progress', {}, asIs, opts);
    },

    saveOnboardingProgress(progress: OnboardingProgress, opts?: RequestOptions) {
      const body: OnboardingProgress = {
        completed: progress.completed,
        dismissed: progress.dismissed,
      };
      return http.sendJson('PUT', '/onboarding/progress', body, opts);
    },
  });
}
