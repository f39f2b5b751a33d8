/**
 * The shape every catalog must fill. A catalog typed as `Messages` that misses
 * a key, or a plural that misses `other`, does not compile.
 *
 * Placeholders are written `{name}`; plurals pick a form through
 * Intl.PluralRules and put the formatted number in `{count}`.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A catalog for a language whose plural categories are `Forms` (what
 * `new Intl.PluralRules(tag).resolvedOptions().pluralCategories` lists): every
 * plural must give exactly those forms, so a missing or foreign form does not
 * compile. It is still a `Messages`.
 */
export type Catalog<Forms extends Intl.LDMLPluralRule> = {
  [Namespace in keyof Messages]: {
    [Key in keyof Messages[Namespace]]: Messages[Namespace][Key] extends Plural
      ? Record<Forms | 'other', string>
      : Messages[Namespace][Key];
  };
};

export interface Messages {
  common: {
    retry: string;
    loading: string;
    loadingFailed: string;
    errorNetwork: string;
    errorOffline: string;
    errorTimeout: string;
    errorHttp: string;
    errorNotFound: string;
    errorBadResponse: string;
    /** Shown when the widgets cannot work on this page as set up (another script took one of their element names). */
    errorSetup: string;
    askCommunity: string;
    contactSupport: string;
    /** Accessible name of an author's avatar when it is the only sign of them. */
    postedBy: string;
  };
  welcomeCard: {
    /** The card's accessible name when the community sends no title. */
    defaultTitle: string;
    /** The heading when the community knows who is reading; the community's own title follows it. */
    greeting: string;
    roleStaff: string;
    roleModerator: string;
    guidelines: string;
    readGuidelines: string;
    steps: string;
    /** `{done}` steps done of `{count}`; the form follows `{count}`. */
    progress: Plural;
    /** An action link's text when the step names none. */
    defaultAction: string;
    allSet: string;
    allSetHint: string;
    close: string;
    dismiss: string;
    /** Shown in place of a dismissed card, next to Undo. */
    hidden: string;
    undo: string;
    /** The community could not save the progress; this device keeps it. */
    saveFailed: string;
    /** Neither the community nor this device could keep the progress; saving goes on being tried. */
    saveRetrying: string;
  };
  threadList: {
    label: string;
    empty: string;
    emptyHint: string;
    emptyFiltered: string;
    loadMore: string;
    loadingMore: string;
    loadedMore: Plural;
    /** Announced when new filters (a tag chip, a linked tag search) change what the list shows. */
    shown: Plural;
    replies: Plural;
    views: Plural;
    likes: Plural;
    solved: string;
    pinned: string;
    closed: string;
    lastActivity: string;
    inCategory: string;
    filterByTag: string;
    tags: string;
    removeFilter: string;
  };
  tagSearch: {
    /** The visible label above the field, unless the `label` attribute says otherwise. */
    label: string;
    placeholder: string;
    /** Read after the label: how the keys work. */
    instructions: string;
    selected: string;
    /** A chip's remove button: `{tag}` is the tag's label. */
    removeTag: string;
    /** The chip of a free-text search: `{text}` is what was searched for. */
    textChip: string;
    removeText: string;
    /** Threads carrying a tag, read after its label in each option. */
    threads: Plural;
    /** Announced when results arrive. */
    matches: Plural;
    /** `{text}` is what was typed. */
    noMatches: string;
    noTags: string;
    /** Free-text mode, when no tag matches. */
    searchTextHint: string;
    loading: string;
    added: string;
    removed: string;
    searchingText: string;
  };
  pinnedPosts: {
    label: string;
    pinned: string;
    announcement: string;
    readMore: string;
    showLess: string;
    /** Accessible name of Read more, which starts with its visible text: `{title}` is the post's title. */
    readMoreAbout: string;
    /** Accessible name of Show less, which starts with its visible text: `{title}` is the post's title. */
    showLessAbout: string;
    /** Accessible name of a post's dismiss button: `{title}` is the post's title. */
    dismiss: string;
    /** Shown in place of a dismissed post, next to Undo. */
    dismissed: string;
    undo: string;
  };
}
