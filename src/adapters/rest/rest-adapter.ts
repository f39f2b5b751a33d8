/**
 * The adapter for any backend that implements the documented REST contract
 * (docs/rest-api.openapi.yaml). Every answer is validated into domain types
 * before a widget sees it.
 */
import { HttpStatusError } from '../../core/errors.js';
import type { CommunityAdapter, OnboardingProgress, RequestOptions } from '../../core/types.js';
import {
  onboardingGuard,
  onboardingProgressGuard,
  personGuard,
  tagGuard,
  threadPageGuard,
  threadsGuard,
} from '../../data/domain-guards.js';
import { array, object, optional, validator } from '../../data/guards.js';
import { createHttpClient, type HttpClientOptions } from '../../data/http.js';

/**
 * Base URL, headers (fixed, or an async callback for SSO tokens),
 * credentials mode, timeout and retry tuning.
 */
export type RestAdapterOptions = HttpClientOptions;

const pinnedAnswer = validator(object({ threads: threadsGuard }));
const tagsAnswer = validator(object({ tags: array(tagGuard) }));
const threadPageAnswer = validator(threadPageGuard);
const onboardingAnswer = validator(onboardingGuard);
/** 204 (null) means "nobody signed in" / "nothing saved yet". */
const viewerAnswer = validator(optional(personGuard));
const progressAnswer = validator(optional(onboardingProgressGuard));

/**
 * Anonymous visitors: the contract says 204, but backends behind a login
 * often answer 401, and 404 means the backend has no viewer endpoint.
 */
const NOBODY_STATUSES = new Set([401, 404]);

export function createRestAdapter(options: RestAdapterOptions): CommunityAdapter {
  const http = createHttpClient(options);

  return {
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
      return http.getJson('/threads', params, threadPageAnswer, opts);
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
      return http.getJson('/onboarding', {}, onboardingAnswer, opts);
    },

    async getViewer(opts?: RequestOptions) {
      try {
        return (await http.getJson('/viewer', {}, viewerAnswer, opts)) ?? null;
      } catch (error) {
        if (error instanceof HttpStatusError && NOBODY_STATUSES.has(error.status)) return null;
        throw error;
      }
    },

    async getOnboardingProgress(opts?: RequestOptions) {
      return (await http.getJson('/onboarding/progress', {}, progressAnswer, opts)) ?? null;
    },

    saveOnboardingProgress(progress: OnboardingProgress, opts?: RequestOptions) {
      const body: OnboardingProgress = {
        completed: progress.completed,
        dismissed: progress.dismissed,
      };
      return http.sendJson('PUT', '/onboarding/progress', body, opts);
    },
  };
}
