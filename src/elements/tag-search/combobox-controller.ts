/**
 * The keyboard and visual focus of an editable combobox with list
 * autocomplete, key for key as in the WAI-ARIA APG example "Editable Combobox
 * With List Autocomplete". DOM focus never leaves the text field; an option is
 * only ever active through `aria-activedescendant`.
 *
 * It owns whether the list is open, which option is active, which one to
 * activate once options arrive (after ArrowDown or ArrowUp opened the list),
 * keeping the active option scrolled into view, and what every key in the
 * field does to those. What the options are, how they load, and what
 * choosing one, Enter on plain text, clearing the text or Backspace in an
 * empty field mean stay with the host, through {@link ComboboxActions}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ListEnd = 'first' | 'last';

export interface ComboboxActions {
  /** How many options the listbox shows right now: 0 while it shows a message instead. */
  optionCount(): number;
  /**
   * The list is about to show: search for the text unless the options are
   * for it already. True when they are, so an arrow may activate one at once.
   */
  requestOptions(): boolean;
  /** Enter on the active option. */
  choose(index: number): void;
  /** Enter with no option active; call preventDefault to keep it from the form. */
  enterOnText(event: KeyboardEvent): void;
  /** Escape with the list closed; false when there was no text to clear. */
  clearText(): boolean;
  /** Backspace with no option active, before the browser deletes anything. */
  backspaceOnText(): void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export class ComboboxController implements ReactiveController {
  #open = false;
  #activeIndex = -1;
  #activateWhenOptionsArrive: ListEnd | undefined;
  #scrolledTo = -1;

  constructor(
    private readonly host: Host,
    private readonly actions: ComboboxActions,
  ) {
    host.addController(this);
  }

  /** The list (or its loading, empty or error message) is showing. */
  get open(): boolean {
    return this.#open;
  }

  /** The listbox shows options: what `aria-expanded` says. */
  get expanded(): boolean {
    return this.#open && this.actions.optionCount() > 0;
  }

  /** The index of the option with visual focus, or -1 while it is on the text. */
  get activeIndex(): number {
    return this.expanded && this.#activeIndex < this.actions.optionCount() ? this.#activeIndex : -1;
  }

  /** The value of the field's `aria-activedescendant`. */
  get activeDescendant(): string | undefined {
    const index = this.activeIndex;
    return index < 0 ? undefined : this.optionId(index);
  }

  optionId(index: number): string {
    return `option-${index}`;
  }

  /** Opens the list, activating its first or last option now or once options arrive. */
  show(activate?: ListEnd): void {
    const current = this.actions.requestOptions();
    const count = this.actions.optionCount();
    if (activate && current && count) {
      this.#setActive(activate === 'first' ? 0 : count - 1);
      this.#activateWhenOptionsArrive = undefined;
    } else {
      this.#activateWhenOptionsArrive = activate;
    }
    this.#setOpen(true);
  }

  close(): void {
    this.#setOpen(false);
    this.returnToText();
  }

  /** Visual focus back on the text, the list staying as it is. */
  returnToText(): void {
    this.#setActive(-1);
    this.#activateWhenOptionsArrive = undefined;
  }

  /** Someone typed or deleted text: the list shows what matches, with focus on the text. */
  textChanged(): void {
    this.returnToText();
    this.#setOpen(true);
  }

  /** No options are coming: an arrow that opened the list stops waiting for them. */
  optionsFailed(): void {
    this.#activateWhenOptionsArrive = undefined;
  }

  /** New options: an arrow that opened the list activates its end of them. */
  optionsArrived(): void {
    const count = this.actions.optionCount();
    const activate = this.#activateWhenOptionsArrive;
    this.#activateWhenOptionsArrive = undefined;
    this.#setActive(!count || !activate ? -1 : activate === 'first' ? 0 : count - 1);
  }

  onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const field = event.currentTarget as HTMLInputElement;
    const count = this.actions.optionCount();
    const expanded = this.expanded;
    const active = this.activeIndex;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) this.show();
        else if (!expanded) this.show('first');
        else this.#setActive(active >= count - 1 ? 0 : active + 1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.close();
        else if (!expanded) this.show('last');
        else this.#setActive(active <= 0 ? count - 1 : active - 1);
        return;
      case 'Enter':
        if (active < 0) {
          this.actions.enterOnText(event);
          return;
        }
        event.preventDefault();
        this.actions.choose(active);
        return;
      case 'Escape':
        if (this.#open) this.close();
        else if (!this.actions.clearText()) return;
        // Handled here, so a dialog around the search stays open.
        event.preventDefault();
        event.stopPropagation();
        return;
      case 'Tab':
        if (expanded) this.close();
        return;
      case 'Home':
      case 'End':
        if (active < 0) return;
        this.returnToText();
        // Shift and friends select or jump as the platform does; plain Home
        // and End place the caret, which not every platform does in a field.
        if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
        event.preventDefault();
        placeCaret(field, event.key === 'Home' ? 0 : field.value.length);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Delete':
        // The browser moves the caret or deletes, from where it was.
        this.returnToText();
        return;
      case 'Backspace':
        // With an option active, Backspace first returns to the text (and
        // deletes the character before the caret, if any), never a tag.
        if (active >= 0) this.returnToText();
        else this.actions.backspaceOnText();
        return;
      default:
        if (isPrintable(event)) this.returnToText();
    }
  }

  hostUpdated(): void {
    const index = this.activeIndex;
    if (index === this.#scrolledTo) return;
    this.#scrolledTo = index;
    if (index >= 0) {
      this.host.renderRoot
        .querySelector(`#${this.optionId(index)}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  #setOpen(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    this.host.requestUpdate();
  }

  #setActive(index: number): void {
    if (index === this.#activeIndex) return;
    this.#activeIndex = index;
    this.host.requestUpdate();
  }
}

function placeCaret(field: HTMLInputElement, at: number): void {
  field.setSelectionRange(at, at);
}

/** A key that types a character (a letter, a digit, a space), not a shortcut. */
function isPrintable(event: KeyboardEvent): boolean {
  return [...event.key].length === 1 && !event.ctrlKey && !event.metaKey;
}
