/**
 * The domain types every adapter maps its backend into and every widget reads.
 * Plain data only: ISO 8601 dates, absolute or root-relative URLs. Widgets
 * never see backend shapes.
 */
import type { SORTS, STATUSES } from './allowed-values.js';

export type ThreadSort = (typeof SORTS)[number];
export type ThreadStatus = (typeof STATUSES)[number];

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Skip any cached answer and ask the backend again, e.g. when a person
   * presses Try again or a host calls `refresh()`. Adapters may ignore it.
   */
  reload?: boolean;
}

export interface ThreadQuery {
  /** Threads must carry all of these tags. */
  tags?: string[];
  category?: string;
  text?: string;
  sort?: ThreadSort;
  status?: ThreadStatus;
  /** Opaque, from {@link ThreadPage.nextCursor}. */
  cursor?: string;
  pageSize?: number;
}

export interface ThreadPage {
  threads: Thread[];
  nextCursor?: string;
  total?: number;
}

export interface PinnedQuery {
  category?: string;
  limit?: number;
}

export interface Thread {
  id: string;
  /** Plain text. */
  title: string;
  /** Where selecting the thread goes. */
  url: string;
  /** Plain text. */
  excerpt?: string;
  /**
   * The BCP 47 language the thread is written in, when it differs from the
   * page's: widgets set it as `lang`, so screen readers pronounce it right.
   */
  lang?: string;
  /** Pinned posts show it; always rendered through the sanitizing pipeline. */
  body?: Body;
  author?: Person;
  createdAt: string;
  lastActivityAt?: string;
  /** When the post was last edited; dismissals of pinned posts key on it. */
  updatedAt?: string;
  replyCount: number;
  viewCount?: number;
  likeCount?: number;
  tags: Tag[];
  category?: Category;
  pinned?: boolean;
  /** Pinned for the whole site, shown as an announcement. */
  announcement?: boolean;
  solved?: boolean;
  closed?: boolean;
}

/** Both go through the sanitizer; markdown wins when both are present. */
export interface Body {
  markdown?: string;
  html?: string;
}

export interface Person {
  id: string;
  name: string;
  avatarUrl?: string;
  url?: string;
  role?: 'staff' | 'moderator' | 'member';
}

export type Viewer = Person;

export interface Tag {
  name: string;
  label?: string;
  count?: number;
}

export interface Category {
  id: string;
  name: string;
  /** A CSS colour; validated before it reaches CSS. */
  color?: string;
  url?: string;
}

export interface Onboarding {
  title: string;
  message: Body;
  author?: Person;
  guidelines?: { summary: string; url: string };
  steps: OnboardingStep[];
}

export interface OnboardingStep {
  id: string;
  title: string;
  description?: string;
  actionUrl?: string;
  actionLabel?: string;
}

export interface OnboardingProgress {
  completed: string[];
  dismissed: boolean;
}

/**
 * What a backend must provide. Write one in about 100 lines to reach any
 * community; the widgets feature-detect the optional methods.
 */
export interface CommunityAdapter {
  listThreads(query: ThreadQuery, opts?: RequestOptions): Promise<ThreadPage>;
  listPinned(query: PinnedQuery, opts?: RequestOptions): Promise<Thread[]>;
  searchTags(text: string, opts?: RequestOptions & { limit?: number }): Promise<Tag[]>;
  getOnboarding(opts?: RequestOptions): Promise<Onboarding>;
  getViewer?(opts?: RequestOptions): Promise<Viewer | null>;
  saveOnboardingProgress?(progress: OnboardingProgress, opts?: RequestOptions): Promise<void>;
  /** Optional: progress saved earlier, so a card can restore it. */
  getOnboardingProgress?(opts?: RequestOptions): Promise<OnboardingProgress | null>;
}
