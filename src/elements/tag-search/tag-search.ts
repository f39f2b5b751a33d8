import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { isAbortError, toCommunityError } from '../../core/errors.js';
import { CommunityTagsChangeEvent } from '../../core/events/index.js';
import type { Tag } from '../../core/types.js';
import { checkedWholeNumber, wholeNumberConverter } from '../../core/whole-number.js';
import { formatNumber, interpolate, plural } from '../../i18n/format.js';
import { isolatedSentence } from '../../ui/isolated-sentence.js';
import type { Messages } from '../../i18n/messages.js';
import { addEnglish } from '../../i18n/catalogs.js';
import { tagSearch as english } from '../../i18n/locales/en/tag-search.js';
import { tokens } from '../../theme/tokens.js';
import { errorMessage, stateStyles } from '../../ui/states.js';
import { CommunityElement } from '../community-element.js';
import { ComboboxController } from './combobox-controller.js';
import { highlightMatches } from './highlight.js';
import { LinkedThreadLists } from './linked-lists.js';
import {
  DEBOUNCE_MS,
  DEFAULT_DEBOUNCE_MS,
  exactTag,
  fromSavedState,
  tagNamesConverter,
  toFormData,
  toSavedState,
  toTagNames,
  withoutTag,
  withTag,
} from './selection.js';
import { tagSearchStyles } from './tag-search.styles.js';

// This widget's English comes in its own chunk, not in the bundle every page loads.
addEnglish({ tagSearch: english });

const SOURCE = 'tag-search';
const TAG_LIMIT = 10;

const removeIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="m4.5 4.5 7 7m0-7-7 7" />
</svg>`;

/**
 * A tag search with autocomplete, following the WAI-ARIA combobox pattern:
 * people type, pick topics from the list with the keyboard, mouse or touch,
 * and every thread list named in `for` shows only threads with those tags.
 * No host script needed. Inside a form it submits one `name` entry per tag.
 *
 * @element community-tag-search
 *
 * @csspart input - The text field (role combobox).
 * @csspart listbox - The popup list of matching tags.
 * @csspart option - One matching tag in the list.
 * @csspart chip - A selected tag (or, in free-text mode, the searched text).
 * @csspart button - A chip's remove button, and Try again.
 *
 * @cssprop [--community-tag-search-max-height=18rem] - Tallest the list grows before it scrolls.
 * @cssprop [--community-tag-search-z-index=10] - Stacking level while the list is open, above what follows the search.
 *
 * @cssstate open - The list (or its loading, empty or error message) is showing.
 *
 * @fires community-tags-change - The selection changed because a person chose or removed a tag (also on form reset); not when a host sets `value`.
 * @fires community-error - Tags could not be loaded; the list shows an error with Try again.
 */
export class CommunityTagSearch extends CommunityElement {
  static formAssociated = true;
  static override styles = [tokens, stateStyles, tagSearchStyles];

  /** Ids of the thread lists this search drives, space-separated, in the same document or shadow root. */
  @property() for: string | undefined;
  /** Let people choose several tags (threads must carry all of them); otherwise choosing replaces. */
  @property({ type: Boolean, reflect: true }) multiple = false;
  /** Hint shown in the empty field; defaults to the catalog's. */
  @property() placeholder: string | undefined;
  /** The visible label; defaults to "Search topics" in the page's language. */
  @property() label: string | undefined;
  /** The form field name; the form gets one entry per selected tag. */
  @property() name: string | undefined;
  /** Milliseconds to wait after the last keystroke before searching, 0 to 5000. */
  @property({ converter: wholeNumberConverter }) debounce = DEFAULT_DEBOUNCE_MS;
  /** Enter on text that is no tag searches the linked lists' thread text (their `query`). */
  @property({ type: Boolean, reflect: true, attribute: 'free-text' }) freeText = false;
  /** Selected tag names in the order chosen (space-separated in the attribute, which is also what a form reset returns to). */
  @property({ converter: tagNamesConverter }) value: string[] = [];

  @state() private inputText = '';
  /** The text of the newest search asked for; undefined until the list is first wanted. */
  @state() private searchText: string | undefined;
  @state() private options: Tag[] = [];
  @state() private appliedQuery: string | undefined;
  @state() private announcement = '';

  @query('#input') private input!: HTMLInputElement | null;

  /** Labels of tags seen in results or thread lists, so chips show labels rather than names. */
  readonly #knownTags = new Map<string, Tag>();
  #debounceTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #combobox = new ComboboxController(this, {
    optionCount: () => (this.#failed ? 0 : this.#visibleOptions.length),
    requestOptions: () => this.#requestOptions(),
    choose: (index) => this.#choose(this.#visibleOptions[index]!),
    enterOnText: (event) => this.#onEnterOnText(event),
    clearText: () => {
      if (!this.inputText) return false;
      this.#clearText();
      return true;
    },
    backspaceOnText: () => {
      if (this.inputText) return;
      if (this.appliedQuery) this.#removeQuery();
      else if (this.value.length) this.#removeTag(this.value[this.value.length - 1]!);
    },
  });

  readonly #tagsTask = new Task(this, {
    task: async ([loadAdapter, text], { signal }) => {
      if (text === undefined) return initialState;
      const { adapter } = await this.openAdapter(loadAdapter, signal);
      // Checked and cut to TAG_LIMIT at the adapter boundary (data/checked-adapter.ts).
      return adapter.searchTags(text, { signal, limit: TAG_LIMIT });
    },
    args: () => [this.config.loadAdapter, this.searchText] as const,
    onComplete: (tags) => this.#showResults(tags),
    onError: (error) => {
      if (!isAbortError(error)) this.#combobox.optionsFailed();
      // Back online, only a list still open is worth refreshing: opening it
      // again under a person who has moved on would be a surprise.
      this.reportLoadError(SOURCE, error, () => {
        if (this.#combobox.open) void this.#tagsTask.run();
      });
    },
  });

  readonly #linkedLists = new LinkedThreadLists(
    this,
    () => this.for?.split(/\s+/u).filter(Boolean) ?? [],
    () => ({ tags: this.value, query: this.appliedQuery, freeText: this.freeText }),
    (tag) => this.#addTag(tag),
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounceTimer);
    this.#debounceTimer = undefined;
    this.#combobox.close();
  }

  /** Moves focus into the text field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** The thread lists `for` names that are on the page right now. */
  get linkedThreadLists(): Element[] {
    return this.#linkedLists.lists();
  }

  formResetCallback(): void {
    clearTimeout(this.#debounceTimer);
    this.inputText = '';
    this.appliedQuery = undefined;
    this.#combobox.close();
    this.#changeSelection(tagNamesConverter.fromAttribute(this.getAttribute('value')));
  }

  formStateRestoreCallback(state: unknown): void {
    const tags = fromSavedState(state);
    if (tags) this.value = tags;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      const names = toTagNames(this.value);
      if (!names) {
        this.warnInvalid('value', this.value, '');
        this.value = [];
      } else if (!sameNames(names, this.value)) {
        this.value = names;
      }
    }
    if ((changed.has('value') || changed.has('multiple')) && !this.multiple) {
      if (this.value.length > 1) {
        if (changed.has('value')) this.warnInvalid('value', this.value.join(' '), this.value[0]);
        this.value = this.value.slice(0, 1);
      }
    }
    if (changed.has('debounce')) {
      this.debounce = checkedWholeNumber(this.debounce, DEBOUNCE_MS, (value, used) =>
        this.warnInvalid('debounce', value, used),
      );
    }
    if (changed.has('value') || changed.has('name')) {
      this.internals.setFormValue(toFormData(this.name, this.value), toSavedState(this.value));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#combobox.open) this.internals.states.add('open');
    else this.internals.states.delete('open');
  }

  override render() {
    const messages = this.messages;
    if (!messages) return this.#renderSkeleton();
    const text = messages.tagSearch;
    const options = this.#visibleOptions;
    const failed = this.#failed;
    const combobox = this.#combobox;
    const loading = combobox.open && this.#isLoading;
    const expanded = combobox.expanded;
    return html`<div class="tag-search" @focusout=${this.#closeWhenFocusLeaves}>
      <label class="label" id="label" for="input">${this.label || text.label}</label>
      <div class="combobox">
        <div class="field" @click=${this.#focusFromField}>
          ${this.#renderChips(messages)}
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${ifDefined(combobox.activeDescendant)}
            aria-describedby="instructions"
            autocomplete="off"
            autocapitalize="none"
            spellcheck="false"
            enterkeyhint=${this.freeText ? 'search' : 'done'}
            placeholder=${
              this.value.length || this.appliedQuery ? '' : (this.placeholder ?? text.placeholder)
            }
            .value=${live(this.inputText)}
            @input=${this.#onInput}
            @keydown=${(event: KeyboardEvent) => combobox.onKeydown(event)}
            @click=${() => combobox.show()}
          />
          <span class="spinner" aria-hidden="true" ?hidden=${!loading}></span>
        </div>
        <ul
          id="listbox"
          class="popup listbox"
          role="listbox"
          part="listbox"
          aria-labelledby="label"
          aria-busy=${loading ? 'true' : 'false'}
          ?hidden=${!expanded}
          @mousedown=${keepFocusInInput}
        >
          ${repeat(
            options,
            (tag) => tag.name,
            (tag, index) => this.#renderOption(tag, index, messages),
          )}
        </ul>
        ${combobox.open && !expanded ? this.#renderPopupMessage(messages, failed) : nothing}
      </div>
      <p id="instructions" class="visually-hidden">${text.instructions}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  #renderChips(messages: Messages) {
    const text = messages.tagSearch;
    const query = this.appliedQuery;
    if (!this.value.length && !query) return nothing;
    return html`<ul class="chips" role="list" aria-label=${text.selected}>
      ${this.value.map((name) => {
        const label = this.#knownTags.get(name)?.label ?? name;
        return html`<li class="chip" part="chip">
          <span class="chip-label">${label}</span>
          <button
            type="button"
            class="remove"
            part="button"
            aria-label=${interpolate(text.removeTag, { tag: label })}
            @click=${() => this.#removeTag(name)}
          >
            ${removeIcon}
          </button>
        </li>`;
      })}
      ${
        query
          ? html`<li class="chip text-chip" part="chip">
              <span class="chip-label">${isolatedSentence(text.textChip, { text: query })}</span>
              <button
                type="button"
                class="remove"
                part="button"
                aria-label=${interpolate(text.removeText, { text: query })}
                @click=${() => this.#removeQuery()}
              >
                ${removeIcon}
              </button>
            </li>`
          : nothing
      }
    </ul>`;
  }

  #renderOption(tag: Tag, index: number, messages: Messages) {
    const label = tag.label ?? tag.name;
    const count = tag.count;
    return html`<li
      id=${this.#combobox.optionId(index)}
      class="option"
      role="option"
      part="option"
      aria-selected=${index === this.#combobox.activeIndex ? 'true' : 'false'}
      @click=${() => this.#choose(tag)}
    >
      <span class="option-label"
        >${highlightMatches(label, this.inputText).map((segment) =>
          segment.match ? html`<mark>${segment.text}</mark>` : segment.text,
        )}</span
      >${
        count !== undefined
          ? html`<span class="count" aria-hidden="true"
                >${formatNumber(this.lang_, count, true)}</span
              ><span class="visually-hidden"
                >, ${plural(this.lang_, messages.tagSearch.threads, count)}</span
              >`
          : nothing
      }
    </li>`;
  }

  #renderPopupMessage(messages: Messages, failed: boolean) {
    const text = messages.tagSearch;
    if (failed) {
      return html`<div class="popup message error" role="alert" @mousedown=${keepFocusInInput}>
        <p>${errorMessage(messages, toCommunityError(this.#tagsTask.error))}</p>
        <button
          type="button"
          class="button"
          part="button"
          @click=${() => {
            void this.#tagsTask.run();
            this.input?.focus();
          }}
        >
          ${messages.common.retry}
        </button>
      </div>`;
    }
    if (this.#isLoading) {
      return html`<div class="popup message loading">
        <span class="spinner" aria-hidden="true"></span>
        <p>${text.loading}</p>
      </div>`;
    }
    const searched = this.searchText ?? '';
    return html`<div class="popup message empty">
      <p>${searched ? isolatedSentence(text.noMatches, { text: searched }) : text.noTags}</p>
      ${
        this.freeText && searched
          ? html`<p class="hint">${isolatedSentence(text.searchTextHint, { text: searched })}</p>`
          : nothing
      }
    </div>`;
  }

  #renderSkeleton() {
    return html`<div class="tag-search" aria-hidden="true">
      <span class="label skeleton-bar label-bar"></span>
      <div class="field skeleton-field"></div>
    </div>`;
  }

  /** Results not yet chosen: chosen tags are already chips. */
  get #visibleOptions(): Tag[] {
    return this.options.filter((tag) => !this.value.includes(tag.name));
  }

  get #failed(): boolean {
    return this.#tagsTask.status === TaskStatus.ERROR;
  }

  /** A search is waiting out its debounce or running. */
  get #isLoading(): boolean {
    const status = this.#tagsTask.status;
    return (
      this.#debounceTimer !== undefined ||
      status === TaskStatus.PENDING ||
      (status === TaskStatus.INITIAL && this.searchText !== undefined)
    );
  }

  #showResults(tags: Tag[]): void {
    this.options = tags;
    for (const tag of tags) if (tag.label) this.#knownTags.set(tag.name, tag);
    const count = this.#visibleOptions.length;
    this.#combobox.optionsArrived();
    const messages = this.messages;
    if (!this.#combobox.open || !messages) return;
    this.#announce(
      count
        ? plural(this.lang_, messages.tagSearch.matches, count)
        : this.searchText
          ? interpolate(messages.tagSearch.noMatches, { text: this.searchText })
          : messages.tagSearch.noTags,
    );
  }

  #search(text: string, delay: number): void {
    clearTimeout(this.#debounceTimer);
    this.#debounceTimer = undefined;
    if (delay <= 0) {
      this.searchText = text;
      return;
    }
    this.#debounceTimer = setTimeout(() => {
      this.#debounceTimer = undefined;
      this.searchText = text;
      // The same text as before starts no search, but the spinner must still go.
      this.requestUpdate();
    }, delay);
    this.requestUpdate();
  }

  /** The list is about to show: searches unless the options are for the text; true when they are. */
  #requestOptions(): boolean {
    const text = this.inputText.trim();
    const current = this.searchText === text && this.#tagsTask.status === TaskStatus.COMPLETE;
    if (!current && this.#debounceTimer === undefined) this.#search(text, 0);
    if (!this.#combobox.open && current && this.messages) {
      const count = this.#visibleOptions.length;
      this.#announce(count ? plural(this.lang_, this.messages.tagSearch.matches, count) : '');
    }
    return current;
  }

  #onInput(event: InputEvent): void {
    this.inputText = (event.target as HTMLInputElement).value;
    this.#combobox.textChanged();
    this.#search(this.inputText.trim(), this.debounce);
  }

  #onEnterOnText(event: KeyboardEvent): void {
    const text = this.inputText.trim();
    if (!text) {
      if (this.freeText && this.appliedQuery) this.#removeQuery();
      // Like Enter in a native text field: submit the form around it.
      else if (!this.#combobox.open) this.internals.form?.requestSubmit();
      return;
    }
    event.preventDefault();
    const typed = exactTag(this.options, text);
    if (typed) this.#choose(typed);
    else if (this.freeText) this.#applyQuery(text);
    else this.#combobox.show();
  }

  /** A person chose a tag in the list (or typed one exactly and pressed Enter). */
  #choose(tag: Tag): void {
    this.#clearText();
    this.#combobox.close();
    this.#addTag(tag);
    this.input?.focus();
  }

  #addTag(tag: Tag): void {
    this.#knownTags.set(tag.name, tag);
    const label = tag.label ?? tag.name;
    if (this.#changeSelection(withTag(this.value, tag.name, this.multiple)) && this.messages) {
      this.#announce(interpolate(this.messages.tagSearch.added, { tag: label }));
    }
  }

  #removeTag(name: string): void {
    const label = this.#knownTags.get(name)?.label ?? name;
    if (this.#changeSelection(withoutTag(this.value, name)) && this.messages) {
      this.#announce(interpolate(this.messages.tagSearch.removed, { tag: label }));
    }
    // The chip (and the button that may have had focus) is gone; the field is next to it.
    this.input?.focus();
  }

  #applyQuery(text: string): void {
    this.appliedQuery = text;
    this.#clearText();
    this.#combobox.close();
    if (this.messages) this.#announce(interpolate(this.messages.tagSearch.searchingText, { text }));
  }

  #removeQuery(): void {
    const text = this.appliedQuery;
    this.appliedQuery = undefined;
    if (text && this.messages) {
      this.#announce(interpolate(this.messages.tagSearch.removed, { tag: text }));
    }
    this.input?.focus();
  }

  #clearText(): void {
    clearTimeout(this.#debounceTimer);
    this.#debounceTimer = undefined;
    this.inputText = '';
    this.#combobox.returnToText();
  }

  /** Sets the selection a person made and tells the host; false when nothing changed. */
  #changeSelection(next: string[]): boolean {
    const tags = this.multiple ? next : next.slice(0, 1);
    if (sameNames(tags, this.value)) return false;
    this.value = tags;
    this.dispatchEvent(new CommunityTagsChangeEvent({ tags: [...tags] }));
    return true;
  }

  #announce(message: string): void {
    this.announcement = message;
  }

  #closeWhenFocusLeaves(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.#combobox.close();
  }

  #focusFromField(event: MouseEvent): void {
    if (event.target !== event.currentTarget) return;
    this.input?.focus();
    this.#combobox.show();
  }
}

function sameNames(a: readonly string[], b: unknown): boolean {
  return Array.isArray(b) && a.length === b.length && a.every((name, i) => name === b[i]);
}

/** Pressing an option must not take focus from the field, or the list would close under the pointer. */
function keepFocusInInput(event: MouseEvent): void {
  event.preventDefault();
}

declare global {
  interface HTMLElementTagNameMap {
    'community-tag-search': CommunityTagSearch;
  }
}
