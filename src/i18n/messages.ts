/**
 * The shape every catalog must fill. A catalog typed as `Messages` that misses
 * a key, or a plural that misses `other`, does not compile.
 *
 * Placeholders are written `{name}`; plurals pick a form through
 * Intl.PluralRules and put the formatted number in `{count}`.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

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
    askCommunity: string;
    contactSupport: string;
    /** Accessible name of an author's avatar when it is the only sign of them. */
    postedBy: string;
  };
  threadList: {
    label: string;
    empty: string;
    emptyHint: string;
    emptyFiltered: string;
    loadMore: string;
    loadingMore: string;
    loadedMore: Plural;
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
}
