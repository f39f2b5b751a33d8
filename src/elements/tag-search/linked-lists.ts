/**
 * Drives the thread lists named in a tag search's `for`, with no host script:
 * finds them by id in the search's own document or shadow root, narrows them
 * by the selected tags (and the free-text query), and takes over their tag
 * chips, so a tag chosen on a thread joins the search instead of narrowing
 * that one list.
 *
 * A list's own `tags` and `query` are its scope (the iOS help list shows iOS
 * threads): the search narrows within it and gives it back exactly when the
 * search is empty again. Lists that were never driven are left alone while
 * the search is empty. When the page changes a linked list's `tags` or
 * `query` attribute later, that is the list's new scope.
 *
 * Lists may appear, upgrade or change id at any time; a MutationObserver on
 * the root keeps the links current.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Tag } from '../../core/types.js';
import { toTagNames } from './selection.js';

export interface ListFilters {
  tags: readonly string[];
  /** The text searched in free-text mode. */
  query?: string | undefined;
  freeText: boolean;
}

interface DrivenList extends HTMLElement {
  tags?: string[];
  query?: string | undefined;
}

/** What narrows a list: the properties the search reads and hands. */
interface ListNarrowing {
  tags: readonly string[];
  query: string | undefined;
}

interface Link {
  /** The list's own tags and query, from its page: what the search narrows within and gives back. */
  scope: ListNarrowing;
  /** What the search last handed the list; undefined when the list may hold something else now. */
  handed: ListNarrowing | undefined;
}

type Root = Document | ShadowRoot;

const SCOPE_ATTRIBUTES = ['tags', 'query'];

export class LinkedThreadLists implements ReactiveController {
  private root: Root | undefined;
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly links = new WeakMap<Element, Link>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ids: () => readonly string[],
    private readonly filters: () => ListFilters,
    private readonly onTagChosen: (tag: Tag) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    this.root = root instanceof Document || root instanceof ShadowRoot ? root : undefined;
    this.root?.addEventListener('community-tag-select', this.takeOverTagSelect);
    this.observe();
    // Properties set before a list upgrades are kept by Lit; handing them
    // again once it is defined costs nothing and covers any other element.
    void customElements.whenDefined('community-thread-list').then(() => {
      for (const list of this.lists()) this.forget(list);
      this.apply();
    });
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('community-tag-select', this.takeOverTagSelect);
    this.observer.disconnect();
    this.observing = false;
    this.root = undefined;
  }

  hostUpdated(): void {
    this.observe();
    this.apply();
  }

  /** The linked lists present right now, in `for` order. */
  lists(): DrivenList[] {
    const root = this.root;
    if (!root) return [];
    return this.ids()
      .map((id) => root.getElementById(id))
      .filter((list): list is DrivenList => list !== null && list !== this.host);
  }

  private observing = false;

  private observe(): void {
    const wanted = Boolean(this.root && this.ids().length);
    if (wanted === this.observing) return;
    this.observing = wanted;
    if (!wanted) {
      this.observer.disconnect();
      return;
    }
    this.observer.observe(this.root!, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['id', ...SCOPE_ATTRIBUTES],
    });
  }

  private apply(): void {
    const filters = this.filters();
    const searching = filters.tags.length > 0 || Boolean(filters.freeText && filters.query);
    for (const list of this.lists()) {
      let link = this.links.get(list);
      if (!link) {
        if (!searching) continue;
        const scope = ownNarrowing(list);
        link = { scope, handed: scope };
        this.links.set(list, link);
      }
      const next = narrowed(link.scope, filters);
      if (link.handed && sameNarrowing(next, link.handed)) continue;
      link.handed = next;
      list.tags = [...next.tags];
      list.query = next.query;
    }
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      const name = record.attributeName;
      if (!name || !SCOPE_ATTRIBUTES.includes(name)) continue;
      const list = record.target as DrivenList;
      const link = this.links.get(list);
      if (!link) continue;
      const written = list.getAttribute(name);
      const handed = link.handed;
      // A list that reflects its properties writes back what the search
      // handed it; only what someone else writes is a new scope.
      if (name === 'tags') {
        const tags = toTagNames(written) ?? [];
        if (handed && sameNames(tags, handed.tags)) continue;
        link.scope = { ...link.scope, tags };
      } else {
        const query = written ?? undefined;
        if (handed && query === handed.query) continue;
        link.scope = { ...link.scope, query };
      }
      // The list took the page's value as its property, so hand it the narrowing again.
      this.forget(list);
    }
    this.apply();
  }

  /** Hands the list its narrowing again on the next apply, whatever it was last handed. */
  private forget(list: Element): void {
    const link = this.links.get(list);
    if (link) link.handed = undefined;
  }

  private readonly takeOverTagSelect = (event: Event): void => {
    const tag = (event as CustomEvent<{ tag?: Tag } | undefined>).detail?.tag;
    if (!tag || typeof tag.name !== 'string') return;
    const path = event.composedPath();
    if (!this.lists().some((list) => path.includes(list))) return;
    // The list narrows itself unless told otherwise; the search does it for all.
    event.preventDefault();
    this.onTagChosen(tag);
  };
}

/** The list's tags and query as its page set them, read before the search touches it. */
function ownNarrowing(list: DrivenList): ListNarrowing {
  // Before the list upgrades, its properties are still only attributes.
  const tags = Array.isArray(list.tags) ? list.tags : toTagNames(list.getAttribute('tags'));
  const query = typeof list.query === 'string' ? list.query : list.getAttribute('query');
  return { tags: [...(tags ?? [])], query: query ?? undefined };
}

/** The scope narrowed by what a person chose; exactly the scope when they chose nothing. */
function narrowed(scope: ListNarrowing, filters: ListFilters): ListNarrowing {
  const text = filters.freeText ? filters.query?.trim() : undefined;
  return {
    tags: [...new Set([...scope.tags, ...filters.tags])],
    query: text ? [scope.query?.trim(), text].filter(Boolean).join(' ') : scope.query,
  };
}

function sameNarrowing(a: ListNarrowing, b: ListNarrowing): boolean {
  return a.query === b.query && sameNames(a.tags, b.tags);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
