/**
 * English, whole. Each widget's part is a module of its own (locales/en/),
 * so the drop-in bundle can hold only what its own elements read and leave
 * the rest to the chunks of the widgets that read it (catalogs.ts).
 */
import type { Catalog } from '../messages.js';
import { common } from './en/common.js';
import { pinnedPosts } from './en/pinned-posts.js';
import { tagSearch } from './en/tag-search.js';
import { threadList } from './en/thread-list.js';
import { welcomeCard } from './en/welcome-card.js';

export const en: Catalog<'one' | 'other'> = {
  common,
  welcomeCard,
  threadList,
  tagSearch,
  pinnedPosts,
};
