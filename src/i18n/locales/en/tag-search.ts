import type { Catalog } from '../../messages.js';

/** English for `<community-tag-search>`: loaded with the widget's own chunk (see addEnglish). */
export const tagSearch: Catalog<'one' | 'other'>['tagSearch'] = {
  label: 'Search topics',
  placeholder: 'Type a topic, e.g. billing',
  instructions:
    'Use the up and down arrows to choose a tag and Enter to add it. Backspace removes the last tag.',
  selected: 'Selected topics',
  removeTag: 'Remove topic {tag}',
  textChip: 'Text: {text}',
  removeText: 'Stop searching for {text}',
  threads: { one: '{count} thread', other: '{count} threads' },
  matches: { one: '{count} topic matches.', other: '{count} topics match.' },
  noMatches: 'No topics match “{text}”.',
  noTags: 'There are no topics yet.',
  searchTextHint: 'Press Enter to search the threads for “{text}”.',
  loading: 'Looking for topics…',
  added: 'Added {tag}.',
  removed: 'Removed {tag}.',
  searchingText: 'Showing threads that mention “{text}”.',
};
