import {
  checkedWholeNumber,
  wholeNumberConverter,
  type WholeNumberRange,
} from '../../core/whole-number.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { isOneOf, PINNED_LAYOUTS, type PinnedLayout } from '../../core/allowed-values.js';
import { hasBodyText } from '../../core/body-text.js';
import { toCommunityError } from '../../core/errors.js';
import { CommunityDismissEvent, CommunityLoadEvent } from '../../core/events/index.js';
import { safeLang } from '../../core/safe-lang.js';
import { safeUrl } from '../../core/safe-url.js';
import type { Body, PinnedQuery, Thread } from '../../core/types.js';
import { interpolate } from '../../i18n/format.js';
import { isolatedSentence } from '../../ui/isolated-sentence.js';
import type { Messages } from '../../i18n/messages.js';
import { addEnglish } from '../../i18n/catalogs.js';
import { pinnedPosts as english } from '../../i18n/locales/en/pinned-posts.js';
import { tokens } from '../../theme/tokens.js';
import { renderRelativeTime } from '../../ui/relative-time.js';
import { renderMarkdown } from '../../ui/markdown.js';
import { renderThreadTitle } from '../../ui/select-thread.js';
import { renderCategory, threadMetaStyles } from '../../ui/thread-meta.js';
import { keepPlaceBeforeHiding } from '../../ui/keep-place.js';
import { renderErrorState, stateStyles } from '../../ui/states.js';
import { CommunityElement } from '../community-element.js';
import { createDismissalStore, DISMISSED_POSTS_KEY, dismissalStamp } from './dismissal-store.js';
import { pinnedPostsStyles } from './pinned-posts.styles.js';

// This widget's English comes in its own chunk, not in the bundle every page loads.
addEnglish({ pinnedPosts: english });

const SOURCE = 'pinned-posts';
export const DEFAULT_MAX_ITEMS = 3;
export const MAX_MAX_ITEMS = 20;
/** Asking for more posts than allowed gets the most allowed. */
const MAX_ITEMS: WholeNumberRange = {
  min: 1,
  max: MAX_MAX_ITEMS,
  fallback: DEFAULT_MAX_ITEMS,
  clampAbove: true,
};
/** Posts asked for beyond max-items, so ones dismissed earlier are replaced by the next. */
const MAX_LOOKAHEAD = 5;
/** How long the Undo bar stays once focus has left it. It never goes while focus is on it. */
const UNDO_LINGER_MS = 8000;

// One store per page, so every instance (and every reload) agrees on what was dismissed,
// even where storage is unavailable and dismissals live in memory.
const dismissals = createDismissalStore();
/** Tells every instance on the page that a dismissal changed, so a post dismissed in one goes from all. */
const dismissalChanges = new EventTarget();

type PendingFocus =
  | { to: 'undo' }
  | { to: 'title'; postId: string }
  /** The post now at this position, else the last one; used when an Undo bar goes. */
  | { to: 'position'; index: number };

/**
 * Pinned posts and announcements from the community: the guidelines, a
 * release note, planned maintenance. Each shows its title, author, date, a
 * badge and a plain-text excerpt; "Read more" reveals the full post, whose
 * markdown or HTML is rendered through the sanitizing pipeline. That pipeline
 * (marked and DOMPurify) is downloaded only when a person first opens a post,
 * so a page that only shows excerpts never pays for it; the banner behaves
 * the same way, because its excerpt is what a callout should say.
 *
 * With `dismissible`, each post has a Dismiss button. A dismissed post stays
 * hidden across reloads until it is edited (the dismissal remembers the
 * post's last-edit time), and an Undo bar takes its place until focus moves on.
 *
 * Having no pinned posts is normal on most pages, so the empty state takes no
 * space at all: the element hides itself (it still fires `community-load` with
 * `count: 0`). The same goes once every post is dismissed and the Undo bar has
 * gone. Loading shows a skeleton the size of the expected posts, and failure
 * shows an error with Try again, as in every widget. Like every widget, it
 * asks the backend nothing until it nears the viewport, unless `eager`.
 *
 * @element community-pinned-posts
 *
 * @csspart item - One post.
 * @csspart title - The post's title link.
 * @csspart body - The plain-text excerpt, or the full post once opened.
 * @csspart meta - Author, date and category.
 * @csspart badge - The "Announcement" (site-wide) or "Pinned" badge.
 * @csspart button - Read more / Show less, Dismiss, Undo and Try again.
 *
 * @cssprop [--community-pinned-posts-gap=var(--community-space, 0.75rem)] - Space inside and between posts.
 * @cssprop [--community-pinned-posts-accent=var(--community-brand)] - The banner's accent stripe.
 *
 * @fires community-thread-select - A post's title was chosen. Cancelable: by default its link is followed.
 * @fires community-dismiss - A post was dismissed (`undone: false`) or brought back with Undo (`undone: true`).
 * @fires community-load - Pinned posts arrived; `count` is how many are shown (0 when there are none).
 * @fires community-error - Pinned posts could not be loaded; the element shows an error with Try again.
 */
export class CommunityPinnedPosts extends CommunityElement {
  static override styles = [tokens, stateStyles, threadMetaStyles, pinnedPostsStyles];

  /** Show only posts pinned in this category (its id, slug or name, as the backend knows it). */
  @property() category: string | undefined;
  /** How many posts to show, 1 to 20 (default 3). The banner layout always shows one. */
  @property({ attribute: 'max-items', converter: wholeNumberConverter }) maxItems =
    DEFAULT_MAX_ITEMS;
  /** `banner` (the single most important post as a callout), `list` or `cards`. */
  @property({ reflect: true }) layout: PinnedLayout = 'list';
  /** Lets a person dismiss posts; they stay dismissed across reloads until edited. */
  @property({ type: Boolean, reflect: true }) dismissible = false;
  /** The region's accessible name; set it when a page has more than one. */
  @property() label: string | undefined;

  @state() private posts: Thread[] = [];
  /** Ids of posts whose full body is open. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** The post just dismissed, whose place an Undo bar holds. */
  @state() private undoPost: Thread | undefined;

  #currentQuery: PinnedQuery = { limit: DEFAULT_MAX_ITEMS };
  /** What this update shows, worked out once in willUpdate so storage is read once per render. */
  #shownPosts: Thread[] = [];
  #shownCount = DEFAULT_MAX_ITEMS;
  #pendingFocus: PendingFocus | undefined;
  #undoTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #postsTask = new Task(this, {
    task: async ([shouldLoad, loadAdapter, queryKey], { signal }) => {
      if (!shouldLoad) return initialState;
      const { adapter, reload } = await this.openAdapter(loadAdapter, signal);
      return adapter.listPinned(JSON.parse(queryKey) as PinnedQuery, { signal, reload });
    },
    args: () =>
      [
        this.eager || this.nearViewport,
        this.config.loadAdapter,
        JSON.stringify(this.#currentQuery),
      ] as const,
    onComplete: (posts) => {
      this.posts = posts;
      this.dispatchEvent(
        new CommunityLoadEvent({
          source: SOURCE,
          count: this.#visiblePosts().length,
          query: this.#currentQuery,
        }),
      );
    },
    onError: (error) => this.reportLoadError(SOURCE, error, () => this.refresh()),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    dismissalChanges.addEventListener('change', this.#onDismissalsChanged);
    // Another tab dismissed or restored a post.
    window.addEventListener('storage', this.#onDismissalsChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#undoTimer);
    dismissalChanges.removeEventListener('change', this.#onDismissalsChanged);
    window.removeEventListener('storage', this.#onDismissalsChanged);
  }

  readonly #onDismissalsChanged = (event: Event): void => {
    if (event instanceof StorageEvent && event.key !== null && event.key !== DISMISSED_POSTS_KEY)
      return;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout') && !isOneOf(PINNED_LAYOUTS, this.layout)) {
      this.warnInvalid('layout', this.layout, 'list');
      this.layout = 'list';
    }
    if (changed.has('maxItems') || changed.has('layout') || changed.has('category')) {
      this.#shownCount = this.layout === 'banner' ? 1 : this.#checkedMaxItems();
      const category = this.category?.trim();
      // Ask for a few more than shown, so posts dismissed on an earlier visit are replaced
      // (the count is taken here, not on every dismissal, to avoid refetching mid-session).
      const query: PinnedQuery = {
        limit: this.#shownCount + Math.min(dismissals.size, MAX_LOOKAHEAD),
      };
      if (category) query.category = category;
      this.#currentQuery = query;
    }
    this.#shownPosts = this.#visiblePosts();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const showsNothing =
      this.#postsTask.status === TaskStatus.COMPLETE && this.#shownPosts.length === 0;
    // Focus first: when the host is about to hide, it must still be displayed to take it.
    this.#applyPendingFocus(showsNothing);
    if (showsNothing) this.internals.states.add('empty');
    else this.internals.states.delete('empty');
  }

  /** Loads the posts again, e.g. after the host knows something was pinned. */
  refresh(): Promise<unknown> {
    this.requestReload();
    return this.#postsTask.run();
  }

  override render() {
    const messages = this.messages;
    if (!messages) return this.#renderSkeleton(this.label || undefined);
    const label = this.label || messages.pinnedPosts.label;
    return this.#postsTask.render({
      initial: () => this.#renderSkeleton(label),
      pending: () =>
        this.posts.length ? this.#renderPosts(messages, label, true) : this.#renderSkeleton(label),
      complete: () => this.#renderPosts(messages, label, false),
      error: (error) =>
        html`<section class="pinned-posts" aria-label=${label}>
          ${renderErrorState(messages, toCommunityError(error), () => void this.refresh())}
        </section>`,
    });
  }

  #renderPosts(messages: Messages, label: string, busy: boolean) {
    const posts = this.#shownPosts;
    if (!posts.length) return nothing;
    return html`<section
      class="pinned-posts"
      aria-label=${label}
      aria-busy=${busy ? 'true' : 'false'}
    >
      <ul class="posts" role="list">
        ${repeat(
          posts,
          (post) => post.id,
          (post, index) =>
            post.id === this.undoPost?.id
              ? this.#renderUndoBar(post, messages)
              : this.#renderPost(post, index, messages),
        )}
      </ul>
    </section>`;
  }

  #renderPost(post: Thread, index: number, messages: Messages) {
    const { pinnedPosts } = messages;
    const expanded = this.expanded.has(post.id);
    const bodyId = `pinned-post-${index}-body`;
    // Whether there is more to read than the excerpt.
    const body = hasBodyText(post.body) ? post.body : undefined;
    return html`<li
      class=${post.announcement ? 'post announcement' : 'post'}
      part="item"
      lang=${ifDefined(safeLang(post.lang))}
    >
      <div class="headline">
        <div class="heading">
          <span class="badge" part="badge"
            >${post.announcement ? pinnedPosts.announcement : pinnedPosts.pinned}</span
          >
          ${renderThreadTitle(this, post, SOURCE)}
        </div>
        ${
          this.dismissible
            ? html`<button class="dismiss" part="button" @click=${() => this.#dismiss(post)}>
                <svg viewBox="0 0 16 16" aria-hidden="true"><path d="m4 4 8 8m0-8-8 8" /></svg>
                <span class="visually-hidden"
                  >${interpolate(pinnedPosts.dismiss, { title: post.title })}</span
                >
              </button>`
            : nothing
        }
      </div>
      <div class="meta" part="meta">
        ${post.author ? html`<span class="author">${post.author.name}</span>` : nothing}
        ${renderRelativeTime(this.lang_, post.createdAt)} ${renderCategory(post.category)}
      </div>
      ${
        post.excerpt && !(body && expanded)
          ? html`<p class="excerpt" part="body" dir="auto">${post.excerpt}</p>`
          : nothing
      }
      ${
        body
          ? html`<div class="body" part="body" dir="auto" id=${bodyId} ?hidden=${!expanded}>
                ${expanded ? this.#renderBody(post, body) : nothing}
              </div>
              <button
                class="disclosure"
                part="button"
                aria-expanded=${expanded ? 'true' : 'false'}
                aria-controls=${bodyId}
                aria-label=${interpolate(
                  expanded ? pinnedPosts.showLessAbout : pinnedPosts.readMoreAbout,
                  { title: post.title },
                )}
                @click=${() => this.#toggle(post)}
              >
                ${expanded ? pinnedPosts.showLess : pinnedPosts.readMore}
                <svg viewBox="0 0 16 16" aria-hidden="true"><path d="m4 6 4 4 4-4" /></svg>
              </button>`
          : nothing
      }
    </li>`;
  }

  /** Only reached once a post is opened: that is when the markdown pipeline first downloads. */
  #renderBody(post: Thread, body: Body) {
    return renderMarkdown(body, {
      // Relative links in a post are relative to the post.
      baseUrl: safeUrl(post.url),
      placeholder: html`<span class="skeleton-bar"></span><span class="skeleton-bar"></span
        ><span class="skeleton-bar short"></span>`,
    });
  }

  #renderUndoBar(post: Thread, messages: Messages) {
    return html`<li
      class="undo"
      @focusin=${() => clearTimeout(this.#undoTimer)}
      @focusout=${(event: FocusEvent) => this.#onUndoBarFocusOut(event)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.#closeUndoBar(true);
      }}
    >
      <p id="undo-message">
        ${isolatedSentence(messages.pinnedPosts.dismissed, { title: post.title })}
      </p>
      <button
        class="button"
        part="button"
        aria-describedby="undo-message"
        @click=${() => this.#undoDismiss(post)}
      >
        ${messages.pinnedPosts.undo}
      </button>
    </li>`;
  }

  /** Unnamed until the catalog arrives, rather than named in the wrong language. */
  #renderSkeleton(label: string | undefined) {
    return html`<section class="pinned-posts" aria-label=${label ?? nothing} aria-busy="true">
      <ul class="posts skeleton" role="presentation">
        ${Array.from(
          { length: this.#shownCount },
          () =>
            html`<li class="post">
              <span class="skeleton-bar title-bar"></span>
              <span class="skeleton-bar meta-bar"></span>
              <span class="skeleton-bar excerpt-bar"></span>
              <span class="skeleton-bar excerpt-bar short"></span>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** The posts on show: not dismissed (except the one whose Undo bar is up), at most max-items. */
  #visiblePosts(): Thread[] {
    if (!this.posts.length) return [];
    const dismissed = dismissals.current();
    return this.posts
      .filter(
        (post) =>
          post.id === this.undoPost?.id || !dismissed.has(String(post.id), dismissalStamp(post)),
      )
      .slice(0, this.#shownCount);
  }

  #checkedMaxItems(): number {
    return checkedWholeNumber(this.maxItems, MAX_ITEMS, (value, used) =>
      this.warnInvalid('max-items', value, used),
    );
  }

  #toggle(post: Thread): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(post.id)) expanded.add(post.id);
    this.expanded = expanded;
  }

  #dismiss(post: Thread): void {
    clearTimeout(this.#undoTimer);
    dismissals.dismiss(String(post.id), dismissalStamp(post));
    dismissalChanges.dispatchEvent(new Event('change'));
    this.undoPost = post;
    this.#pendingFocus = { to: 'undo' };
    this.dispatchEvent(new CommunityDismissEvent({ source: SOURCE, id: post.id, undone: false }));
  }

  #undoDismiss(post: Thread): void {
    clearTimeout(this.#undoTimer);
    dismissals.restore(String(post.id));
    dismissalChanges.dispatchEvent(new Event('change'));
    this.undoPost = undefined;
    this.#pendingFocus = { to: 'title', postId: post.id };
    this.dispatchEvent(new CommunityDismissEvent({ source: SOURCE, id: post.id, undone: true }));
  }

  #onUndoBarFocusOut(event: FocusEvent): void {
    const bar = event.currentTarget as HTMLElement;
    if (bar.contains(event.relatedTarget as Node | null)) return;
    // Focus moved on: the person has seen the bar. Leave it a little while, then tidy up.
    clearTimeout(this.#undoTimer);
    this.#undoTimer = setTimeout(() => this.#closeUndoBar(false), UNDO_LINGER_MS);
  }

  #closeUndoBar(moveFocus: boolean): void {
    clearTimeout(this.#undoTimer);
    const post = this.undoPost;
    if (!post) return;
    const index = this.#shownPosts.findIndex((shown) => shown.id === post.id);
    this.undoPost = undefined;
    if (moveFocus) this.#pendingFocus = { to: 'position', index };
  }

  #applyPendingFocus(aboutToHide: boolean): void {
    const pending = this.#pendingFocus;
    if (!pending) return;
    this.#pendingFocus = undefined;
    if (pending.to === 'undo') {
      this.renderRoot.querySelector<HTMLElement>('.undo button')?.focus();
      return;
    }
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.post')];
    const item =
      pending.to === 'title'
        ? items[this.#shownPosts.findIndex((post) => post.id === pending.postId)]
        : (items[pending.index] ?? items.at(-1));
    if (item) item.querySelector<HTMLElement>('a.title, button')?.focus();
    else if (aboutToHide) keepPlaceBeforeHiding(this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'community-pinned-posts': CommunityPinnedPosts;
  }
}
