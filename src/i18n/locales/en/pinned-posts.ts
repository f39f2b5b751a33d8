import type { Catalog } from '../../messages.js';

/** English for `<community-pinned-posts>`: loaded with the widget's own chunk (see addEnglish). */
export const pinnedPosts: Catalog<'one' | 'other'>['pinnedPosts'] = {
  label: 'Pinned posts',
  pinned: 'Pinned',
  announcement: 'Announcement',
  readMore: 'Read more',
  showLess: 'Show less',
  readMoreAbout: 'Read more: {title}',
  showLessAbout: 'Show less: {title}',
  dismiss: 'Dismiss: {title}',
  dismissed: 'You dismissed “{title}”.',
  undo: 'Undo',
};
