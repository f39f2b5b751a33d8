/**
 * Discourse has no onboarding API: its own welcome is a pinned topic and the
 * "new user" tips, neither of which is readable as data. So the card shows
 * what the embedding page configured, or a default built from the forum's
 * public site info that points at the forum's own pages. A chunk of its own,
 * downloaded beside the site info, so a page without a welcome card never
 * pays for it.
 */
import type { Onboarding, OnboardingStep } from '../../core/types.js';
import { boolean, object, optional, string, validator } from '../../data/guards.js';
import type { ForumUrls } from './forum-urls.js';

/** `/site/basic-info.json`, read for the default onboarding card. */
export const siteBasicInfo = validator(
  object({
    title: optional(string),
    description: optional(string),
    login_required: optional(boolean),
  }),
);
export type RawSiteBasicInfo = ReturnType<typeof siteBasicInfo>;

/** The site info, or nothing when the answer is not what it should be: the card has defaults. */
export function readSiteInfo(raw: unknown): RawSiteBasicInfo | undefined {
  try {
    return siteBasicInfo(raw);
  } catch {
    return undefined;
  }
}

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()<>#+\-.!|~]/g;

export function defaultOnboarding(
  site: RawSiteBasicInfo | undefined,
  urls: ForumUrls,
  welcomeTopicUrl: string | undefined,
): Onboarding {
  const forumName = site?.title?.trim() || 'the community';
  const description = site?.description?.trim();
  const welcomeUrl = urls.absolute(welcomeTopicUrl);
  const steps: OnboardingStep[] = [
    ...(welcomeUrl !== undefined
      ? [
          {
            id: 'read-welcome',
            title: 'Read the welcome post',
            description: 'What this community is for and how to get the most out of it.',
            actionUrl: welcomeUrl,
            actionLabel: 'Read it',
          },
        ]
      : []),
    {
      id: 'search-first',
      title: 'Search before you ask',
      description: 'Someone may already have answered your question.',
      actionUrl: `${urls.root}/search`,
      actionLabel: 'Search',
    },
    {
      id: 'sign-up',
      title: 'Create your account',
      description: 'Sign up to ask questions, reply and follow topics.',
      actionUrl: `${urls.root}/signup`,
      actionLabel: 'Sign up',
    },
    {
      id: 'first-topic',
      title: 'Ask your first question',
      description: 'Pick the category that fits and describe what you tried.',
      actionUrl: `${urls.root}/new-topic`,
      actionLabel: 'New topic',
    },
  ];
  return {
    title: `Welcome to ${forumName}`,
    message: {
      // Site settings are plain text; escaped so the markdown pipeline shows them as written.
      markdown: description
        ? escapeMarkdown(description)
        : `Ask questions, share what you know and meet the people behind the product.`,
    },
    guidelines: {
      summary: 'Be kind, stay on topic, and search before you post.',
      url: `${urls.root}/guidelines`,
    },
    steps,
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIALS, (character) => `\\${character}`);
}
