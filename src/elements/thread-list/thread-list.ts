import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { isOneOf, THREAD_LIST_LAYOUTS, type ThreadListLayout } from '../../core/allowed-values.js';
import { isAbortError, toCommunityError, type CommunityError } from '../../core/errors.js';
import {
  CommunityErrorEvent,
  CommunityLoadEvent,
  CommunityTagSelectEvent,
} from '../../core/events/index.js';
import { safeLang } from '../../core/safe-lang.js';
import { safeUrl } from '../../core/safe-url.js';
import type { Tag, Thread, ThreadQuery, ThreadSort, ThreadStatus } from '../../core/types.js';
import { interpolate, plural } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { tokens } from '../../theme/tokens.js';
import { avatarStyles, renderAvatar } from '../../ui/avatar.js';
import { renderRelativeTime } from '../../ui/relative-time.js';
import { withSearchTerms, type SearchTerms } from '../../ui/hand-off-url.js';
import { renderThreadTitle } from '../../ui/select-thread.js';
import { renderCategory, threadMetaStyles } from '../../ui/thread-meta.js';
import { renderErrorState, renderHandOff, stateStyles } from '../../ui/states.js';
import { CommunityElement } from '../community-element.js';
import {
  DEFAULT_PAGE_SIZE,
  pageSizeConverter,
  tagListConverter,
  toThreadQuery,
} from './thread-list-query.js';
import { threadListStyles } from './thread-list.styles.js';
import type * as VirtualRows from './virtual-rows.js';
import type * as StructuredDataScript from './structured-data-script.js';

const SOURCE = 'thread-list';
const MAX_SKELETON_ROWS = 10;
/** Longer lists render only the rows near the viewport (virtual-rows.ts). */
const VIRTUALIZE_ABOVE = 200;

/** The control inside the list that had focus as an update began: where it was, and whether the person could see it. */
interface FocusBeforeRender {
  element: Element;
  top: number;
  inView: boolean;
}

// Code most lists never need, each a lazy chunk: kept once loaded, so later
// renders use it synchronously. A chunk that fails to download (offline, a
// deploy in between) is asked for again on the list's next change; until
// then a long list shows every row without virtualizing, and no JSON-LD is
// written.
let virtualRows: typeof VirtualRows | undefined;
let virtualRowsFailed = false;
let structuredDataScript: typeof StructuredDataScript | undefined;
const loadVirtualRows = async () => {
  virtualRows ??= await import('./virtual-rows.js').catch(() => undefined);
  virtualRowsFailed = !virtualRows;
  return virtualRows;
};
const loadStructuredDataScript = async () => {
  structuredDataScript ??= await import('./structured-data-script.js').catch(() => undefined);
  return structuredDataScript;
};

/**
 * A list of community threads: help threads for one product, the latest
 * discussions, unanswered questions. Filter it with `tags`, `category`,
 * `query` and `status`; order it with `sort`; page it with "Load more".
 * With `structured-data`, it also writes a `<script type="application/ld+json">`
 * into its own light DOM for search engines. A list that grows past 200
 * threads keeps only the rows near the viewport in the DOM, each saying
 * its place (`aria-posinset` of `aria-setsize`, the backend's total when it
 * tells); Tab still walks every row. Cards keep their grid and every card.
 *
 * @element community-thread-list
 *
 * @slot empty - Replaces the default "no threads" message and its links.
 *
 * @csspart item - One thread.
 * @csspart title - The thread's title link.
 * @csspart excerpt - The first lines of the thread, as plain text.
 * @csspart meta - Author, last activity, category and counts.
 * @csspart avatar - The author's avatar.
 * @csspart tag - A tag chip; choosing it narrows the list to that tag.
 * @csspart badge - A Solved, Pinned or Closed badge.
 * @csspart button - Load more, Try again, and the hand-off links.
 *
 * @cssprop [--community-thread-list-gap=var(--community-space, 0.75rem)] - Space inside and between threads.
 *
 * @fires community-thread-select - A thread was chosen. Cancelable: by default its link is followed.
 * @fires community-tag-select - A tag chip was chosen. Cancelable: by default the list narrows to that tag.
 * @fires community-load - A page of threads arrived (also when it is empty).
 * @fires community-error - Threads could not be loaded; the list shows an error with Try again.
 */
export class CommunityThreadList extends CommunityElement {
  static override styles = [tokens, avatarStyles, stateStyles, threadMetaStyles, threadListStyles];

  /** Show only threads that carry all of these tags (space-separated in the attribute). */
  @property({ converter: tagListConverter }) tags: string[] = [];
  /** Show only threads in this category (its id, slug or name, as the backend knows it). */
  @property() category: string | undefined;
  /** Show only threads whose text contains this. */
  @property() query: string | undefined;
  /** `latest`, `top`, `new` or `unanswered`. */
  @property() sort: ThreadSort = 'latest';
  /** `any`, `solved` or `unsolved`. */
  @property() status: ThreadStatus = 'any';
  /** Threads per page, 1 to 100. */
  @property({ attribute: 'page-size', converter: pageSizeConverter })
  pageSize: number = DEFAULT_PAGE_SIZE;
  /** `list`, `compact` (one line each, for side panels) or `cards`. */
  @property({ reflect: true }) layout: ThreadListLayout = 'list';
  /** The list's accessible name; set it when a page has more than one list. */
  @property() label: string | undefined;
  /** Where "Ask the community" goes from the empty state; overrides the provider's. */
  @property({ attribute: 'ask-url' }) askUrl: string | undefined;
  /** Where "Contact support" goes from the empty state; overrides the provider's. */
  @property({ attribute: 'support-url' }) supportUrl: string | undefined;
  /**
   * Writes the shown threads as schema.org JSON-LD (an ItemList of
   * DiscussionForumPosting) into a script in the light DOM, for search engines.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Tags a person added by choosing a chip; shown as removable filters. */
  @state() private chosenTags: string[] = [];
  @state() private threads: Thread[] = [];
  @state() private nextCursor: string | undefined;
  @state() private loadingMore = false;
  @state() private loadMoreError: CommunityError | undefined;
  @state() private announcement = '';

  #currentQuery: ThreadQuery = {};
  /** Counts first-page loads: a Load more answer from before the latest one is stale. */
  #firstPageRun = 0;
  /** The backend's count of matching threads, when it tells. */
  #total: number | undefined;
  /** After refresh(), later pages skip the cache too, or they would be from before the refresh. */
  #reloadPages = false;
  #loadMoreController: AbortController | undefined;
  /** After Load more: the row to focus, and what had focus when the person asked (the button). */
  #focusRowAfterRender: { index: number; from: Element | null } | undefined;
  /** What had focus inside the list as this update began, and where, for #keepFocusInSight. */
  #focusBeforeRender: FocusBeforeRender | undefined;
  /** After Try again, focus goes back into the list instead of falling to <body>. */
  #focusListAfterLoad = false;
  /** New filters after a first load: say what the list now shows, since nothing else will. */
  #announceNextLoad = false;

  readonly #threadsTask = new Task(this, {
    task: async ([shouldLoad, loadAdapter, queryKey], { signal }) => {
      if (!shouldLoad) return initialState;
      // A new first page (new filters, another adapter, refresh) outdates any Load more in flight.
      this.#firstPageRun++;
      this.#loadMoreController?.abort();
      const { adapter, reload } = await this.openAdapter(loadAdapter, signal);
      return adapter.listThreads(JSON.parse(queryKey) as ThreadQuery, { signal, reload });
    },
    args: () =>
      [
        this.eager || this.nearViewport,
        this.config.loadAdapter,
        JSON.stringify(this.#currentQuery),
      ] as const,
    onComplete: (page) => {
      if (this.#announceNextLoad) {
        this.#announceNextLoad = false;
        const threadList = this.messages?.threadList;
        if (threadList) {
          void this.#announce(
            page.threads.length
              ? plural(this.lang_, threadList.shown, page.threads.length)
              : threadList.emptyFiltered,
          );
        }
      }
      this.threads = page.threads;
      this.#total = page.total;
      this.nextCursor = page.nextCursor;
      this.loadMoreError = undefined;
      this.dispatchEvent(
        new CommunityLoadEvent({
          source: SOURCE,
          count: page.threads.length,
          total: page.total,
          query: this.#currentQuery,
        }),
      );
    },
    onError: (error) => this.reportLoadError(SOURCE, error, () => this.refresh()),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Only new threads can move or replace the focused row (see #keepFocusInSight).
    const focused = (changed as PropertyValues).has('threads') && this.shadowRoot?.activeElement;
    if (focused) {
      const { top, bottom } = focused.getBoundingClientRect();
      this.#focusBeforeRender = { element: focused, top, inView: bottom > 0 && top < innerHeight };
    } else {
      this.#focusBeforeRender = undefined;
    }
    if (changed.has('layout') && !isOneOf(THREAD_LIST_LAYOUTS, this.layout)) {
      this.warnInvalid('layout', this.layout, 'list');
      this.layout = 'list';
    }
    const query = toThreadQuery(
      {
        tags: [...this.tags, ...this.chosenTags],
        category: this.category,
        query: this.query,
        sort: this.sort,
        status: this.status,
        pageSize: this.pageSize,
      },
      (attribute, value, fallback) => this.warnInvalid(attribute, value, fallback),
    );
    if (JSON.stringify(query) !== JSON.stringify(this.#currentQuery)) {
      // A newer query always wins: the Task aborts its own stale run; this
      // forgets the old query's paging, so Load more can never fetch the old
      // cursor under the new filters.
      this.#forgetPaging();
      this.#reloadPages = false;
      // Only a change after something was shown: the first load speaks for itself.
      this.#announceNextLoad = this.#threadsTask.status !== TaskStatus.INITIAL;
      this.#currentQuery = query;
    }
  }

  #forgetPaging(): void {
    this.#loadMoreController?.abort();
    this.loadingMore = false;
    this.nextCursor = undefined;
    this.loadMoreError = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadMoreController?.abort();
    this.loadingMore = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (
      changed.has('structuredData') ||
      changed.has('layout') ||
      (changed as PropertyValues).has('threads')
    ) {
      this.#writeStructuredData();
      if (this.#wantsVirtualRows() && !virtualRows) {
        void loadVirtualRows().then(() => this.requestUpdate());
      }
    }
    const status = this.#threadsTask.status;
    if (
      this.#focusListAfterLoad &&
      (status === TaskStatus.COMPLETE || status === TaskStatus.ERROR)
    ) {
      this.#focusListAfterLoad = false;
      // The Try again button left the DOM; unless the person has gone elsewhere
      // meanwhile, focus the first thread, or the next Try again.
      if (this.#focusIsLost()) {
        (status === TaskStatus.ERROR
          ? (this.renderRoot.querySelector<HTMLElement>('.state .button') ?? this.#list())
          : this.#firstThreadOrList()
        )?.focus();
      }
    }
    if (this.#focusRowAfterRender) {
      void this.#focusRow(this.#focusRowAfterRender.index, this.#focusRowAfterRender.from);
      this.#focusRowAfterRender = undefined;
    } else if (!this.#focusListAfterLoad && (changed as PropertyValues).has('threads')) {
      this.#keepFocusInSight(this.#focusBeforeRender);
    }
  }

  /**
   * New results can move the row that held focus far up (a tag chosen from a
   * row narrows the list, and that thread now leads it), and moving a node in
   * the DOM drops its focus to the page; or they can replace the row. Focus
   * must neither fall to the page nor stay out of sight: it stays on (or
   * returns to) what had it, brought into view, or, when that left, goes to
   * the first thread. Only what was in sight is kept in sight: a focused row
   * the person has scrolled away from stays where they left it, even when a
   * refresh brings new data.
   */
  #keepFocusInSight(before: FocusBeforeRender | undefined): void {
    if (!before) return;
    const focused = before.element;
    const stillFocused = this.shadowRoot!.activeElement === focused;
    const moved = Math.abs(focused.getBoundingClientRect().top - before.top) >= 1;
    if (stillFocused && !(moved && before.inView)) return;
    if (!stillFocused && !this.#focusIsLost()) return;
    const target = focused.isConnected ? (focused as HTMLElement) : this.#firstThreadOrList();
    if (!target) return;
    if (!stillFocused) target.focus({ preventScroll: true });
    // The whole row, and its focus ring, not only the control.
    if (before.inView) (target.closest('.thread') ?? target).scrollIntoView({ block: 'nearest' });
  }

  /** The list itself: focusable (tabindex -1), for when no control inside it is left to take focus. */
  #list(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('section');
  }

  /** Where focus goes when the list has new content and the control that had it is gone. */
  #firstThreadOrList(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.thread .title[href]') ?? this.#list();
  }

  /** Whether a list past VIRTUALIZE_ABOVE threads renders only the rows near the viewport (cards keep their grid). */
  #virtualizes(): boolean {
    return this.#wantsVirtualRows() && !virtualRowsFailed;
  }

  #wantsVirtualRows(): boolean {
    return this.threads.length > VIRTUALIZE_ABOVE && this.layout !== 'cards';
  }

  /**
   * Whether focus is where this list left it: fallen to the page (the
   * focused button left the DOM), or on `within` (or anywhere in the list
   * when not given). Focus is never taken from where the person moved it.
   */
  #focusIsLost(within?: Element | null): boolean {
    const active = document.activeElement;
    if (!active || active === document.body) return true;
    if (active !== this) return false;
    return !within || this.shadowRoot!.activeElement === within;
  }

  /** After Load more: the first new row, once it is rendered (a virtual list renders it later). */
  async #focusRow(index: number, from: Element | null): Promise<void> {
    if (this.#virtualizes()) {
      await loadVirtualRows();
      await this.updateComplete;
    }
    const list = this.renderRoot.querySelector('.threads');
    const row =
      list && virtualRows && list.classList.contains('virtual')
        ? await virtualRows.virtualRow(list, index)
        : this.renderRoot.querySelectorAll<HTMLElement>('.thread')[index];
    if (!this.#focusIsLost(from)) return;
    (row?.querySelector<HTMLElement>('.title, button') ?? row)?.focus();
    // Focus scrolls only its link into view; the rest of the row, and its focus ring, too.
    row?.scrollIntoView({ block: 'nearest' });
  }

  /** The JSON-LD script in the light DOM, its code loaded only once a list asks for it. */
  #writeStructuredData(): void {
    if (structuredDataScript) {
      structuredDataScript.writeStructuredData(this, this.structuredData ? this.threads : []);
    } else if (this.structuredData) {
      void loadStructuredDataScript().then((loaded) => loaded && this.#writeStructuredData());
    }
  }

  /** Loads the list again, e.g. after the host knows the backend has changed. */
  refresh(): Promise<unknown> {
    this.#forgetPaging();
    this.requestReload();
    this.#reloadPages = true;
    return this.#threadsTask.run();
  }

  #retry(): void {
    this.#focusListAfterLoad = true;
    void this.refresh();
  }

  override render() {
    const messages = this.messages;
    const status = this.#threadsTask.status;
    const busy = !messages || status === TaskStatus.INITIAL || status === TaskStatus.PENDING;
    return html`<section
      class="thread-list"
      tabindex="-1"
      aria-label=${ifDefined(this.label || messages?.threadList.label)}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${messages ? this.#renderFilters(messages) : nothing}
      ${
        messages
          ? this.#threadsTask.render({
              initial: () => this.#renderSkeleton(),
              pending: () =>
                this.threads.length ? this.#renderThreads(messages) : this.#renderSkeleton(),
              complete: () =>
                this.threads.length ? this.#renderThreads(messages) : this.#renderEmpty(messages),
              error: (error) =>
                renderErrorState(messages, toCommunityError(error), () => this.#retry()),
            })
          : this.#renderSkeleton()
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  #renderFilters(messages: Messages) {
    if (!this.chosenTags.length) return nothing;
    return html`<div class="filters">
      ${this.chosenTags.map(
        (name) =>
          html`<button
            class="filter-chip"
            part="button"
            aria-label=${interpolate(messages.threadList.removeFilter, { tag: name })}
            @click=${() => this.#removeChosenTag(name)}
          >
            <bdi>#${name}</bdi> <span aria-hidden="true">×</span>
          </button>`,
      )}
    </div>`;
  }

  #renderThreads(messages: Messages) {
    return html`${this.#renderRows(messages)}${this.#renderMore(messages)}`;
  }

  #renderRows(messages: Messages) {
    const threads = this.threads;
    const virtual = this.#virtualizes();
    if (virtual && virtualRows) {
      // The whole set, not just what is loaded: the backend's total when it
      // tells, otherwise -1 ("unknown") while more pages wait behind Load more.
      const setSize = this.#total ?? (this.nextCursor ? -1 : threads.length);
      return virtualRows.renderVirtualRows(threads, (thread, index) =>
        this.#renderThread(thread, messages, {
          index,
          setSize: setSize === -1 ? -1 : Math.max(setSize, threads.length),
        }),
      );
    }
    // Until the virtualizer arrives (once per page; updated() asks for it), the first rows stand in.
    return html`<ul class="threads" role="list">
      ${repeat(
        virtual ? threads.slice(0, VIRTUALIZE_ABOVE) : threads,
        (thread) => thread.id,
        (thread) => this.#renderThread(thread, messages),
      )}
    </ul>`;
  }

  /** `position` is given when the list is virtual: only some rows are in the DOM, so each says where it stands. */
  #renderThread(thread: Thread, messages: Messages, position?: { index: number; setSize: number }) {
    const { threadList } = messages;
    const compact = this.layout === 'compact';
    const locale = this.lang_;
    return html`<li
      class="thread"
      part="item"
      lang=${ifDefined(safeLang(thread.lang))}
      aria-posinset=${ifDefined(position && position.index + 1)}
      aria-setsize=${ifDefined(position?.setSize)}
    >
      ${compact ? nothing : renderAvatar(thread.author)}
      <div class="content">
        <div class="headline">
          ${renderThreadTitle(this, thread, SOURCE)}
          ${
            thread.solved
              ? html`<span class="badge solved" part="badge"
                  ><svg viewBox="0 0 16 16" aria-hidden="true"><path d="m3 8.5 3 3 7-7" /></svg
                  >${threadList.solved}</span
                >`
              : nothing
          }
          ${
            thread.pinned
              ? html`<span class="badge pinned" part="badge">${threadList.pinned}</span>`
              : nothing
          }
          ${
            thread.closed
              ? html`<span class="badge closed" part="badge">${threadList.closed}</span>`
              : nothing
          }
        </div>
        ${
          thread.excerpt && !compact
            ? html`<p class="excerpt" part="excerpt" dir="auto">${thread.excerpt}</p>`
            : nothing
        }
        <div class="meta" part="meta">
          ${thread.author ? html`<span class="author">${thread.author.name}</span>` : nothing}
          ${renderRelativeTime(locale, thread.lastActivityAt ?? thread.createdAt)}
          ${renderCategory(thread.category)}
          <span>${plural(locale, threadList.replies, thread.replyCount, true)}</span>
          ${
            thread.viewCount !== undefined
              ? html`<span>${plural(locale, threadList.views, thread.viewCount, true)}</span>`
              : nothing
          }
          ${
            thread.likeCount !== undefined && !compact
              ? html`<span>${plural(locale, threadList.likes, thread.likeCount, true)}</span>`
              : nothing
          }
        </div>
        ${compact ? nothing : this.#renderTags(thread.tags, messages)}
      </div>
    </li>`;
  }

  #renderTags(tags: Tag[], messages: Messages) {
    // Answers are checked before they arrive (data/checked-adapter.ts): tags is a list of tags.
    if (!tags.length) return nothing;
    return html`<ul class="tags" role="list" aria-label=${messages.threadList.tags}>
      ${tags.map(
        (tag) =>
          html`<li>
            <button
              class="tag"
              part="tag"
              aria-label=${interpolate(messages.threadList.filterByTag, {
                tag: tag.label ?? tag.name,
              })}
              @click=${() => this.#selectTag(tag)}
            >
              ${tag.label ?? tag.name}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  #renderMore(messages: Messages) {
    if (!this.nextCursor || this.#threadsTask.status === TaskStatus.PENDING) return nothing;
    // One button whose label changes, so focus stays on it through loading and failure.
    const label = this.loadingMore
      ? messages.threadList.loadingMore
      : this.loadMoreError
        ? messages.common.retry
        : messages.threadList.loadMore;
    return html`<div class="more">
      <p class=${this.loadMoreError ? 'error failed' : 'error'} role="alert">
        ${this.loadMoreError ? messages.common.loadingFailed : nothing}
      </p>
      <button
        class="button"
        part="button"
        aria-disabled=${this.loadingMore ? 'true' : 'false'}
        @click=${() => void this.#loadMore()}
      >
        ${label}
      </button>
    </div>`;
  }

  #renderEmpty(messages: Messages) {
    const filtered = Boolean(
      this.#currentQuery.tags || this.#currentQuery.text || this.#currentQuery.category,
    );
    return html`<div class="state empty">
      <slot name="empty">
        <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 5h16v11H8l-4 4V5Zm4 4h8m-8 3h5" />
        </svg>
        <p class="state-text">
          ${filtered ? messages.threadList.emptyFiltered : messages.threadList.empty}
        </p>
        <p class="state-hint">${messages.threadList.emptyHint}</p>
        ${renderHandOff(messages, {
          askUrl: withSearchTerms(safeUrl(this.askUrl) ?? this.config.askUrl, this.#searchTerms()),
          supportUrl: withSearchTerms(
            safeUrl(this.supportUrl) ?? this.config.supportUrl,
            this.#searchTerms(),
          ),
        })}
      </slot>
    </div>`;
  }

  /** What the person searched for, carried to the hand-off pages. */
  #searchTerms(): SearchTerms {
    return { text: this.#currentQuery.text, tags: this.#currentQuery.tags };
  }

  #renderSkeleton() {
    const rows = Math.min(this.#currentQuery.pageSize ?? DEFAULT_PAGE_SIZE, MAX_SKELETON_ROWS);
    return html`<ul class="threads skeleton" role="presentation">
      ${Array.from(
        { length: rows },
        () =>
          html`<li class="thread">
            ${this.layout === 'compact' ? nothing : html`<span class="avatar skeleton-bar"></span>`}
            <span class="content">
              <span class="skeleton-bar title-bar"></span>
              <span class="skeleton-bar excerpt-bar"></span>
              <span class="skeleton-bar meta-bar"></span>
            </span>
          </li>`,
      )}
    </ul>`;
  }

  #selectTag(tag: Tag): void {
    const select = new CommunityTagSelectEvent({ tag, source: SOURCE });
    this.dispatchEvent(select);
    if (select.defaultPrevented) return;
    if (!this.tags.includes(tag.name) && !this.chosenTags.includes(tag.name)) {
      this.chosenTags = [...this.chosenTags, tag.name];
    }
  }

  async #removeChosenTag(name: string): Promise<void> {
    const index = this.chosenTags.indexOf(name);
    this.chosenTags = this.chosenTags.filter((tag) => tag !== name);
    await this.updateComplete;
    // Focus the chip that took its place, or the list once no filter is left.
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('.filter-chip');
    (chips[Math.min(index, chips.length - 1)] ?? this.#list())?.focus();
  }

  /** Clears the live region first, so the same words twice are still announced twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  async #loadMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (this.loadingMore || !cursor) return;
    this.#loadMoreController?.abort();
    const controller = (this.#loadMoreController = new AbortController());
    const query = this.#currentQuery;
    const run = this.#firstPageRun;
    // What had focus when the person asked (the button): the new row takes focus only from it.
    const from = this.shadowRoot!.activeElement;
    this.loadingMore = true;
    this.loadMoreError = undefined;
    try {
      const adapter = await this.config.loadAdapter();
      const page = await adapter.listThreads(
        { ...query, cursor },
        { signal: controller.signal, reload: this.#reloadPages },
      );
      if (controller.signal.aborted || run !== this.#firstPageRun) return;
      // Offset cursors shift when someone posts between pages: never show a thread twice.
      const shown = new Set(this.threads.map((thread) => thread.id));
      const added = page.threads.filter((thread) => !shown.has(thread.id));
      // Focus the first new thread; with none, stay on Load more, or take the
      // last thread when the button goes away.
      if (added.length) this.#focusRowAfterRender = { index: this.threads.length, from };
      else if (!page.nextCursor)
        this.#focusRowAfterRender = { index: this.threads.length - 1, from };
      this.threads = [...this.threads, ...added];
      this.#total = page.total ?? this.#total;
      this.nextCursor = page.nextCursor;
      void this.#announce(plural(this.lang_, this.messages!.threadList.loadedMore, added.length));
      this.dispatchEvent(
        new CommunityLoadEvent({
          source: SOURCE,
          count: this.threads.length,
          total: page.total,
          query,
          append: true,
        }),
      );
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error) || run !== this.#firstPageRun) return;
      const failure = toCommunityError(error);
      this.loadMoreError = failure;
      this.dispatchEvent(new CommunityErrorEvent({ source: SOURCE, error: failure }));
    } finally {
      if (this.#loadMoreController === controller) this.loadingMore = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'community-thread-list': CommunityThreadList;
  }
}
