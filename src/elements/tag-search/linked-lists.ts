/**
 * Drives the thread lists named in a tag search's `for`, with no host script:
 * finds them by id in the search's own document or shadow root, hands them
 * the selected tags (and the free-text query) as properties, and takes over
 * their tag chips, so a tag chosen on a thread joins the search instead of
 * narrowing that one list.
 *
 * Lists may appear, upgrade or change id at any time; a MutationObserver on
 * the root keeps the links current. Lists that were never driven are left
 * alone while the search is empty, so a list's own `tags` attribute stands
 * until a person chooses something.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Tag } from '../../core/types.js';

export interface ListFilters {
  tags: readonly string[];
  /** Undefined leaves the lists' `query` alone (free-text mode is off). */
  query?: string | undefined;
  freeText: boolean;
}

interface DrivenList extends HTMLElement {
  tags?: string[];
  query?: string | undefined;
}

type Root = Document | ShadowRoot;

const EMPTY_KEY = filtersKey({ tags: [], freeText: false });

function filtersKey(filters: ListFilters): string {
  return JSON.stringify([filters.tags, filters.freeText ? (filters.query ?? '') : null]);
}

export class LinkedThreadLists implements ReactiveController {
  private root: Root | undefined;
  private readonly observer = new MutationObserver(() => this.apply());
  /** What each list was last handed, so a list is only touched when that changes. */
  private applied = new WeakMap<Element, string>();

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
      this.applied = new WeakMap();
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
      attributeFilter: ['id'],
    });
  }

  private apply(): void {
    const filters = this.filters();
    const key = filtersKey(filters);
    for (const list of this.lists()) {
      if ((this.applied.get(list) ?? EMPTY_KEY) === key) continue;
      this.applied.set(list, key);
      list.tags = [...filters.tags];
      if (filters.freeText) list.query = filters.query || undefined;
    }
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
