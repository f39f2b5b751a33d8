import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../index.js';
import type { CommunityTagSearch } from './tag-search.js';
import type { CommunityThreadList } from '../thread-list/thread-list.js';
import { createMemoryAdapter } from '../../adapters/memory/memory-adapter.js';
import { HttpStatusError, OfflineError } from '../../core/errors.js';
import type { CommunityAdapter, Tag } from '../../core/types.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { nextEvent, recordEvents } from '../../../test/helpers/events.js';
import { all, missingParts, render, shown } from '../../../test/helpers/render.js';
import { makeThreads } from '../../../test/helpers/threads.js';

/** Twelve threads: `sync` on the odd ones, `billing` on the even ones, `ios` on every third. */
const knownCommunity = () => createMemoryAdapter({ data: { threads: makeThreads(12) } });

/** An adapter whose tag answers the test releases one by one, to stage races and failures. */
function controlledAdapter() {
  const calls: Array<{
    text: string;
    signal?: AbortSignal;
    resolve(tags: Tag[]): void;
    reject(error: unknown): void;
  }> = [];
  const adapter: CommunityAdapter = {
    listThreads: async () => ({ threads: [] }),
    listPinned: async () => [],
    searchTags: (text, opts) =>
      new Promise((resolve, reject) => calls.push({ text, signal: opts?.signal, resolve, reject })),
    getOnboarding: async () => ({ title: '', message: {}, steps: [] }),
  };
  return { adapter, calls };
}

async function setUp(
  adapter: CommunityAdapter,
  content: TemplateResult = html`<community-tag-search for="list-a"></community-tag-search>
    <community-thread-list id="list-a" page-size="20"></community-thread-list>`,
) {
  const provider = await render<HTMLElement>(
    html`<community-provider .adapter=${adapter}>${content}</community-provider>`,
  );
  const search = provider.querySelector('community-tag-search')!;
  await shown(search, '[part~="input"]');
  return {
    provider,
    search,
    list: provider.querySelector<CommunityThreadList>('#list-a'),
  };
}

const input = (search: CommunityTagSearch) =>
  search.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
const expanded = (search: CommunityTagSearch) =>
  input(search).getAttribute('aria-expanded') === 'true';
const optionNames = (search: CommunityTagSearch) =>
  all(search, '[role="option"]').map((option) => option.firstElementChild!.textContent!.trim());
const activeOption = (search: CommunityTagSearch) => {
  const id = input(search).getAttribute('aria-activedescendant');
  return id ? search.shadowRoot!.getElementById(id) : null;
};
const chips = (search: CommunityTagSearch) =>
  all(search, '[part~="chip"]').map((chip) => chip.firstElementChild!.textContent!.trim());
const announced = (search: CommunityTagSearch) =>
  search.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const titles = (list: Element) =>
  all(list, '[part~="title"]').map((title) => title.textContent!.trim());
const focusedInside = (search: CommunityTagSearch) =>
  search.shadowRoot!.activeElement === input(search);
/** Where the caret is (or the selection runs) in the field: [start, end]. */
const caret = (search: CommunityTagSearch) => [
  input(search).selectionStart,
  input(search).selectionEnd,
];

async function listShows(list: Element, count: number): Promise<void> {
  await waitUntil(
    () => titles(list).length === count,
    `the list shows ${titles(list).length} threads, not ${count}`,
  );
}

async function openWith(search: CommunityTagSearch, ...names: string[]): Promise<void> {
  await waitUntil(
    () => expanded(search) && names.every((name) => optionNames(search).includes(name)),
    `the list did not open with ${names.join(', ')}: ${optionNames(search).join(', ')}`,
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<community-tag-search>', () => {
  describe('accessibility', () => {
    it('is a labelled combobox that controls a listbox, focus staying in the field', async () => {
      const { search } = await setUp(knownCommunity());
      const field = input(search);
      expect(field.getAttribute('role')).to.equal('combobox');
      expect(field.getAttribute('aria-autocomplete')).to.equal('list');
      expect(field.getAttribute('aria-expanded')).to.equal('false');
      expect(field.labels![0]!.textContent!.trim()).to.equal('Search topics');
      const listbox = search.shadowRoot!.getElementById(field.getAttribute('aria-controls')!)!;
      expect(listbox.getAttribute('role')).to.equal('listbox');
      expect(listbox.getAttribute('part')).to.equal('listbox');
    });

    it('has no axe violations closed, open, with no match, while loading and on error', async () => {
      const { search } = await setUp(knownCommunity());
      await expectNoAxeViolations(search);

      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'sync');
      await expectNoAxeViolations(search);

      await sendKeys({ type: 'zzz' });
      await waitUntil(() => announced(search).includes('No topics match “zzz”'));
      await expectNoAxeViolations(search);

      const controlled = controlledAdapter();
      const { search: failing } = await setUp(controlled.adapter);
      const errors = recordEvents(failing, 'community-error');
      input(failing).focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => controlled.calls.length === 1);
      await shown(failing, '[aria-busy="true"], .loading');
      expect(failing.shadowRoot!.textContent).to.contain('Looking for topics…');
      await expectNoAxeViolations(failing);

      controlled.calls[0]!.reject(new HttpStatusError(500, '/tags'));
      const alert = await shown(failing, '[role="alert"]');
      expect(alert.textContent).to.contain('error 500');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.source).to.equal('tag-search');
      await expectNoAxeViolations(failing);

      alert.querySelector('button')!.click();
      await waitUntil(() => controlled.calls.length === 2, 'Try again did not ask again');
      controlled.calls[1]!.resolve([{ name: 'sync', count: 3 }]);
      await openWith(failing, 'sync');
    });

    it('announces how many topics match, with Slovenian plurals', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'sync', 'billing', 'ios');
      expect(announced(search)).to.equal('3 topics match.');

      const wrapper = await render<HTMLElement>(
        html`<div lang="sl">
          <community-provider .adapter=${knownCommunity()}
            ><community-tag-search></community-tag-search
          ></community-provider>
        </div>`,
      );
      const slovenian = wrapper.querySelector('community-tag-search')!;
      await shown(slovenian, '[part~="input"]');
      await waitUntil(() => input(slovenian).labels![0]!.textContent!.includes('oznakah'));
      input(slovenian).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(slovenian, 'ios');
      expect(announced(slovenian)).to.equal('Ujemajo se 3 oznake.');
      await sendKeys({ type: 'sy' });
      await waitUntil(() => announced(slovenian) === 'Ujema se 1 oznaka.', announced(slovenian));
    });
  });

  describe('keyboard', () => {
    it('type, arrow to a tag, Enter: a chip, an event, a narrowed list; Escape closes; Backspace widens it again', async () => {
      const { search, list } = await setUp(knownCommunity());
      await listShows(list!, 12);
      const changes = recordEvents(search, 'community-tags-change');

      input(search).focus();
      await sendKeys({ type: 'sy' });
      await openWith(search, 'sync');
      expect(activeOption(search)).to.equal(null);
      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search)!.textContent).to.contain('sync');
      expect(activeOption(search)!.getAttribute('aria-selected')).to.equal('true');

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(search).length === 1);
      expect(chips(search)).to.deep.equal(['sync']);
      expect(changes.map((event) => event.detail.tags)).to.deep.equal([['sync']]);
      expect(input(search).value).to.equal('');
      expect(expanded(search)).to.equal(false);
      expect(focusedInside(search)).to.equal(true);
      await listShows(list!, 6);
      expect(list!.tags).to.deep.equal(['sync']);
      expect(titles(list!).every((title) => Number(title.split(' ').pop()) % 2 === 1)).to.equal(
        true,
      );

      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'billing');
      expect(optionNames(search)).not.to.include('sync');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !expanded(search));

      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => chips(search).length === 0);
      expect(changes.map((event) => event.detail.tags)).to.deep.equal([['sync'], []]);
      expect(announced(search)).to.equal('Removed sync.');
      await listShows(list!, 12);
    });

    it('closes on the first Escape and clears the text on the second', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ type: 'bil' });
      await openWith(search, 'billing');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !expanded(search));
      expect(input(search).value).to.equal('bil');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => input(search).value === '');
    });

    it('moves through the options with the arrows, wrapping at both ends', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'sync', 'billing', 'ios');
      await waitUntil(() => activeOption(search) !== null, 'ArrowDown did not reach the first');
      const names = optionNames(search);
      const activeName = () => activeOption(search)!.firstElementChild!.textContent!.trim();
      expect(activeName()).to.equal(names[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(activeName(), 'wraps to the last').to.equal(names.at(-1));
      await sendKeys({ press: 'ArrowDown' });
      expect(activeName(), 'wraps to the first').to.equal(names[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(activeName()).to.equal(names[1]);
      await sendKeys({ press: 'ArrowUp' });
      expect(activeName()).to.equal(names[0]);
      expect(all(search, '[aria-selected="true"]')).to.have.length(1);
    });

    // The rest of the WAI-ARIA APG "Editable Combobox With List Autocomplete"
    // keyboard table: with an option active, editing keys return to the text.

    it('returns from an option to the text on ArrowLeft and ArrowRight, moving the caret one character', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ type: 'sy' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'ArrowLeft' });
      expect(caret(search)).to.deep.equal([1, 1]);

      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search), 'ArrowDown did not reach sync').not.to.equal(null);
      expect(caret(search), 'the caret waits while an option is active').to.deep.equal([1, 1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(all(search, '[aria-selected="true"]')).to.have.length(0);
      expect(expanded(search), 'the list stays open').to.equal(true);
      expect(caret(search)).to.deep.equal([2, 2]);

      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search)).not.to.equal(null);
      await sendKeys({ press: 'ArrowLeft' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(expanded(search)).to.equal(true);
      expect(caret(search)).to.deep.equal([1, 1]);
      expect(input(search).value).to.equal('sy');
    });

    it('returns from an option to the text on Home and End, with the caret at the start or the end', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ type: 'sy' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'ArrowLeft' });

      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search), 'ArrowDown did not reach sync').not.to.equal(null);
      await sendKeys({ press: 'Home' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(expanded(search), 'the list stays open').to.equal(true);
      expect(caret(search)).to.deep.equal([0, 0]);

      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search)).not.to.equal(null);
      await sendKeys({ press: 'End' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(expanded(search)).to.equal(true);
      expect(caret(search)).to.deep.equal([2, 2]);

      // Delete at the end of the text deletes nothing, and still returns to the text.
      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search)).not.to.equal(null);
      await sendKeys({ press: 'Delete' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input(search).value).to.equal('sy');

      // With the caret already in the text, Home is the field's own.
      await sendKeys({ press: 'Home' });
      expect(caret(search)).to.deep.equal([0, 0]);
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('returns from an option to the text on a printable character, typing it at the caret', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ type: 'y' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search), 'ArrowDown did not reach sync').not.to.equal(null);
      await sendKeys({ type: 's' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input(search).value).to.equal('sy');
      expect(caret(search)).to.deep.equal([1, 1]);
      await openWith(search, 'sync');
      expect(activeOption(search), 'new results activate nothing').to.equal(null);
    });

    it('returns from an option to the text on Backspace, deleting the character before the caret and never a tag', async () => {
      const { search } = await setUp(
        knownCommunity(),
        html`<community-tag-search multiple value="billing"></community-tag-search>`,
      );
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'sync');
      await waitUntil(() => activeOption(search) !== null, 'ArrowDown did not reach the first');
      await sendKeys({ press: 'Backspace' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(expanded(search), 'the list stays open').to.equal(true);
      expect(chips(search), 'no tag goes while an option is active').to.deep.equal(['billing']);

      await sendKeys({ type: 'sy' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search)).not.to.equal(null);
      await sendKeys({ press: 'Backspace' });
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input(search).value).to.equal('s');
      expect(caret(search)).to.deep.equal([1, 1]);
      expect(chips(search)).to.deep.equal(['billing']);

      // From the text, Backspace deletes, and in an empty field removes the last tag.
      await sendKeys({ press: 'Backspace' });
      expect(input(search).value).to.equal('');
      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => chips(search).length === 0, 'Backspace left the tag');
    });

    it('closes on Escape from an option, returning to the text and keeping it', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ type: 'sy' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'ArrowDown' });
      expect(activeOption(search), 'ArrowDown did not reach sync').not.to.equal(null);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !expanded(search));
      expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input(search).value).to.equal('sy');
      expect(caret(search)).to.deep.equal([2, 2]);
      expect(focusedInside(search)).to.equal(true);
    });

    it('keeps the active option on Alt+ArrowDown while the list is open', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'sync', 'billing', 'ios');
      await sendKeys({ press: 'ArrowDown' });
      const active = activeOption(search);
      expect(active).not.to.equal(null);
      await sendKeys({ press: 'Alt+ArrowDown' });
      expect(activeOption(search)).to.equal(active);
      expect(expanded(search)).to.equal(true);
    });

    it('opens with Alt+ArrowDown without choosing an option, and closes with Alt+ArrowUp', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ press: 'Alt+ArrowDown' });
      await openWith(search, 'sync');
      expect(activeOption(search)).to.equal(null);
      await sendKeys({ press: 'Alt+ArrowUp' });
      await waitUntil(() => !expanded(search));
      expect(focusedInside(search)).to.equal(true);
    });

    it('opens with ArrowUp on the last option', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ press: 'ArrowUp' });
      await openWith(search, 'ios');
      await waitUntil(() => activeOption(search)?.textContent?.includes('ios') === true);
    });

    it('closes when Tab moves on, without choosing', async () => {
      const { search } = await setUp(knownCommunity());
      const changes = recordEvents(search, 'community-tags-change');
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => !expanded(search));
      expect(changes).to.have.length(0);
    });

    it('adds a tag typed in full with Enter', async () => {
      const { search } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ type: 'iOS' });
      await openWith(search, 'ios');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(search).join() === 'ios');
    });
  });

  describe('hostile adapters', () => {
    it('renders no more options than it asked for, however many tags the adapter sends', async () => {
      const limits: Array<number | undefined> = [];
      const flooding: CommunityAdapter = {
        ...knownCommunity(),
        searchTags: async (_text, opts) => {
          limits.push(opts?.limit);
          return Array.from({ length: 100_000 }, (_, i) => ({ name: `tag-${i}`, count: 1 }));
        },
      };
      const { search } = await setUp(flooding);
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'tag-0');
      expect(limits).to.have.length(1);
      expect(limits[0]).to.be.within(1, 100);
      expect(all(search, '[role="option"]')).to.have.length(limits[0]!);
      await sendKeys({ press: 'ArrowUp' });
      expect(activeOption(search)!.textContent).to.contain(`tag-${limits[0]! - 1}`);
    });
  });

  describe('mouse and touch', () => {
    it('opens on a click in the field, adds a clicked option, and keeps focus in the field', async () => {
      const { search, list } = await setUp(knownCommunity());
      input(search).click();
      input(search).focus();
      await openWith(search, 'ios');
      const ios = all(search, '[role="option"]').find((option) =>
        option.textContent!.includes('ios'),
      )!;
      const pressed = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
      ios.dispatchEvent(pressed);
      expect(pressed.defaultPrevented, 'pressing an option keeps focus in the field').to.equal(
        true,
      );
      ios.click();
      await waitUntil(() => chips(search).join() === 'ios');
      expect(focusedInside(search)).to.equal(true);
      await listShows(list!, 4);
    });

    it('removes a chip with its labelled remove button', async () => {
      const { search, list } = await setUp(
        knownCommunity(),
        html`<community-tag-search for="list-a" multiple value="sync ios"></community-tag-search>
          <community-thread-list id="list-a" page-size="20"></community-thread-list>`,
      );
      await listShows(list!, 2);
      expect(chips(search)).to.deep.equal(['sync', 'ios']);
      const remove = all(search, '[part~="chip"] [part~="button"]');
      expect(remove.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
        'Remove topic sync',
        'Remove topic ios',
      ]);
      const changed = nextEvent<CustomEvent>(search, 'community-tags-change');
      remove[0]!.click();
      expect((await changed).detail.tags).to.deep.equal(['ios']);
      expect(chips(search)).to.deep.equal(['ios']);
      expect(focusedInside(search), 'focus moves to the field').to.equal(true);
      await listShows(list!, 4);
    });
  });

  describe('attributes and properties', () => {
    it('replaces the tag when single, and collects tags when multiple', async () => {
      const { search, list } = await setUp(knownCommunity());
      input(search).focus();
      await sendKeys({ type: 'sync' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(search).join() === 'sync');
      await sendKeys({ type: 'ios' });
      await openWith(search, 'ios');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(search).join() === 'ios', chips(search).join());
      expect(search.value).to.deep.equal(['ios']);

      search.multiple = true;
      await sendKeys({ type: 'sync' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(search).join() === 'ios,sync');
      expect(search.getAttribute('multiple')).to.equal('');
      await waitUntil(
        () => titles(list!).join() === 'Thread number 3,Thread number 9',
        titles(list!).join(),
      );
    });

    it('mirrors attributes and properties, with the catalog label and placeholder by default', async () => {
      const { search } = await setUp(
        knownCommunity(),
        html`<community-tag-search
          label="Find help"
          placeholder="e.g. sync"
          free-text
          debounce="0"
          value="ios"
        ></community-tag-search>`,
      );
      expect(input(search).labels![0]!.textContent!.trim()).to.equal('Find help');
      expect(search.freeText).to.equal(true);
      expect(search.debounce).to.equal(0);
      expect(search.value).to.deep.equal(['ios']);
      expect(input(search).placeholder, 'no placeholder next to chips').to.equal('');
      search.value = [];
      await search.updateComplete;
      expect(input(search).placeholder).to.equal('e.g. sync');
      search.placeholder = undefined;
      search.removeAttribute('label');
      await search.updateComplete;
      expect(input(search).placeholder).to.equal('Type a topic, e.g. billing');
      expect(input(search).labels![0]!.textContent!.trim()).to.equal('Search topics');
    });

    it('falls back to defaults, with one warning, for nonsense values', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const { search } = await setUp(
          knownCommunity(),
          html`<community-tag-search debounce="soon" value="sync ios"></community-tag-search>`,
        );
        expect(search.debounce).to.equal(150);
        expect(search.value, 'single keeps the first').to.deep.equal(['sync']);
        (search as unknown as { value: unknown }).value = 42;
        await search.updateComplete;
        expect(search.value).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('debounce="soon"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('value="sync ios"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('value="42"'))).to.have.length(1);
    });

    it('waits out the debounce: quick keystrokes make one search', async () => {
      const memory = knownCommunity();
      const asked: string[] = [];
      const counting: CommunityAdapter = {
        ...memory,
        searchTags: (text, opts) => {
          asked.push(text);
          return memory.searchTags(text, opts);
        },
      };
      const { search } = await setUp(
        counting,
        html`<community-tag-search debounce="300"></community-tag-search>`,
      );
      input(search).focus();
      await sendKeys({ type: 'sync' });
      await openWith(search, 'sync');
      await pause(350);
      expect(asked).to.deep.equal(['sync']);
    });

    it('lets the newest query win over a slower older one', async () => {
      const { adapter, calls } = controlledAdapter();
      const { search } = await setUp(
        adapter,
        html`<community-tag-search debounce="0"></community-tag-search>`,
      );
      input(search).focus();
      await sendKeys({ type: 's' });
      await waitUntil(() => calls.length === 1);
      await sendKeys({ type: 'y' });
      await waitUntil(() => calls.length === 2);
      expect(calls.map((call) => call.text)).to.deep.equal(['s', 'sy']);
      expect(calls[0]!.signal!.aborted, 'the stale request is aborted').to.equal(true);
      calls[1]!.resolve([{ name: 'sync', count: 6 }]);
      calls[0]!.resolve([{ name: 'stale', count: 1 }]);
      await openWith(search, 'sync');
      await pause(50);
      expect(optionNames(search)).to.deep.equal(['sync']);
    });

    it('highlights the typed text, ignoring accents, as text and never as HTML', async () => {
      const community = createMemoryAdapter({
        data: {
          threads: makeThreads(2),
          tags: [
            { name: 'racuni', label: 'Računi', count: 2 },
            { name: 'x', label: '<img src=x onerror="window.__pwned=1">', count: 1 },
          ],
        },
      });
      const { search } = await setUp(
        community,
        html`<community-tag-search debounce="0"></community-tag-search>`,
      );
      input(search).focus();
      await sendKeys({ type: 'rac' });
      await openWith(search, 'Računi');
      const marks = all(search, '[role="option"] mark').map((mark) => mark.textContent);
      expect(marks).to.deep.equal(['Rač']);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await sendKeys({ type: 'img' });
      await openWith(search, '<img src=x onerror="window.__pwned=1">');
      expect(search.shadowRoot!.querySelector('[role="option"] img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows counts, and stays inside a 320 px wide page', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div style="inline-size: 320px">
          <community-provider .adapter=${knownCommunity()}
            ><community-tag-search
              multiple
              value="sync a-rather-long-tag-name-that-would-overflow-a-phone-screen"
            ></community-tag-search
          ></community-provider>
        </div>`,
      );
      const search = wrapper.querySelector('community-tag-search')!;
      await shown(search, '[part~="input"]');
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'billing');
      const billing = all(search, '[role="option"]').find((option) =>
        option.textContent!.includes('billing'),
      )!;
      expect(billing.textContent).to.contain('6 threads');
      const bounds = wrapper.getBoundingClientRect();
      for (const piece of [
        search.shadowRoot!.querySelector('[part~="listbox"]')!,
        ...all(search, '[part~="chip"]'),
        input(search),
      ]) {
        const box = piece.getBoundingClientRect();
        expect(box.left, piece.localName).to.be.at.least(bounds.left);
        expect(box.right, piece.localName).to.be.at.most(bounds.right);
      }
      expect(search.scrollWidth).to.be.at.most(320);
      for (const target of all(search, 'button, [role="option"]')) {
        const box = target.getBoundingClientRect();
        expect(Math.min(box.width, box.height), 'target size').to.be.at.least(24);
      }
    });
  });

  describe('linked thread lists', () => {
    it('drives every list in for, and takes over their tag chips', async () => {
      const { search, provider, list } = await setUp(
        knownCommunity(),
        html`<community-tag-search for="list-a list-b" multiple></community-tag-search>
          <community-thread-list id="list-a" page-size="20"></community-thread-list>
          <community-thread-list id="list-b" page-size="20"></community-thread-list>`,
      );
      const other = provider.querySelector<CommunityThreadList>('#list-b')!;
      await listShows(list!, 12);
      await listShows(other, 12);
      expect(search.linkedThreadLists).to.deep.equal([list, other]);

      const changed = nextEvent<CustomEvent>(search, 'community-tags-change');
      const iosOnThread = all(list!, '[part~="tag"]').find(
        (tag) => tag.textContent!.trim() === 'ios',
      )!;
      iosOnThread.click();
      expect((await changed).detail.tags).to.deep.equal(['ios']);
      expect(chips(search)).to.deep.equal(['ios']);
      await listShows(list!, 4);
      await listShows(other, 4);
      expect(
        all(list!, '[part~="button"]').some((button) =>
          button.getAttribute('aria-label')?.startsWith('Remove filter'),
        ),
        'the list did not narrow on its own',
      ).to.equal(false);
    });

    it('finds lists added later or whose id changes, and leaves lists alone until something is chosen', async () => {
      const { search, provider } = await setUp(
        knownCommunity(),
        html`<community-tag-search for="late" value="ios"></community-tag-search>
          <community-thread-list id="untouched" tags="sync"></community-thread-list>`,
      );
      const untouched = provider.querySelector<CommunityThreadList>('#untouched')!;
      const late = document.createElement('community-thread-list');
      late.id = 'late';
      provider.append(late);
      await waitUntil(() => late.tags.join() === 'ios', 'a list added later was not driven');

      const renamed = document.createElement('community-thread-list');
      renamed.id = 'something-else';
      provider.append(renamed);
      search.setAttribute('for', 'late renamed');
      renamed.id = 'renamed';
      await waitUntil(
        () => renamed.tags.join() === 'ios',
        'a list whose id changed was not driven',
      );

      const empty = await setUp(
        knownCommunity(),
        html`<community-tag-search for="own"></community-tag-search>
          <community-thread-list id="own" tags="sync"></community-thread-list>`,
      );
      await pause(50);
      expect(empty.provider.querySelector<CommunityThreadList>('#own')!.tags).to.deep.equal([
        'sync',
      ]);
      expect(untouched.tags).to.deep.equal(['sync']);
    });

    it('searches thread text in free-text mode when Enter is pressed on text that is no tag', async () => {
      const { search, list } = await setUp(
        knownCommunity(),
        html`<community-tag-search for="list-a" free-text debounce="0"></community-tag-search>
          <community-thread-list id="list-a" page-size="20"></community-thread-list>`,
      );
      await listShows(list!, 12);
      input(search).focus();
      await sendKeys({ type: 'number 11' });
      await waitUntil(() =>
        search.shadowRoot!.textContent!.includes('Press Enter to search the threads'),
      );
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => list!.query === 'number 11');
      await listShows(list!, 1);
      expect(titles(list!)).to.deep.equal(['Thread number 11']);
      expect(chips(search)).to.deep.equal(['Text: number 11']);
      expect(announced(search)).to.equal('Showing threads that mention “number 11”.');
      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => list!.query === undefined);
      await listShows(list!, 12);
    });
    it('narrows a list within its own tags, and gives them back when the chip goes', async () => {
      const { search, provider } = await setUp(
        knownCommunity(),
        html`<community-tag-search for="ios-help"></community-tag-search>
          <community-thread-list id="ios-help" tags="ios" page-size="20"></community-thread-list>`,
      );
      const iosHelp = provider.querySelector<CommunityThreadList>('#ios-help')!;
      const iosOnly = ['Thread number 0', 'Thread number 3', 'Thread number 6', 'Thread number 9'];
      const showsExactly = (expected: string[]) =>
        waitUntil(
          () => titles(iosHelp).sort().join() === expected.join(),
          `the list shows ${titles(iosHelp).join(', ')}`,
        );
      await showsExactly(iosOnly);

      input(search).focus();
      await sendKeys({ type: 'sync' });
      await openWith(search, 'sync');
      await sendKeys({ press: 'Enter' });
      await showsExactly(['Thread number 3', 'Thread number 9']);
      expect(iosHelp.tags).to.deep.equal(['ios', 'sync']);

      all(search, '[part~="chip"] [part~="button"]')[0]!.click();
      await waitUntil(() => chips(search).length === 0);
      await showsExactly(iosOnly);
      expect(iosHelp.tags).to.deep.equal(['ios']);
      expect(iosHelp.getAttribute('tags')).to.equal('ios');
    });

    it("takes a list's tags attribute, changed by the page later, as its new scope", async () => {
      const { search, provider } = await setUp(
        knownCommunity(),
        html`<community-tag-search for="help" value="ios"></community-tag-search>
          <community-thread-list id="help" tags="sync" page-size="20"></community-thread-list>`,
      );
      const help = provider.querySelector<CommunityThreadList>('#help')!;
      await waitUntil(() => titles(help).sort().join() === 'Thread number 3,Thread number 9');

      help.setAttribute('tags', 'billing');
      await waitUntil(
        () => titles(help).sort().join() === 'Thread number 0,Thread number 6',
        `billing and ios: ${titles(help).join(', ')}`,
      );
      expect(help.tags).to.deep.equal(['billing', 'ios']);

      all(search, '[part~="chip"] [part~="button"]')[0]!.click();
      await listShows(help, 6);
      expect(help.tags).to.deep.equal(['billing']);
    });

    it("searches text within a list's own query in free-text mode, and gives it back", async () => {
      const { search, list } = await setUp(
        knownCommunity(),
        html`<community-tag-search for="list-a" free-text debounce="0"></community-tag-search>
          <community-thread-list
            id="list-a"
            query="number 1"
            page-size="20"
          ></community-thread-list>`,
      );
      await waitUntil(
        () => titles(list!).sort().join() === 'Thread number 1,Thread number 10,Thread number 11',
        titles(list!).join(', '),
      );
      input(search).focus();
      await sendKeys({ type: '11' });
      await waitUntil(() =>
        search.shadowRoot!.textContent!.includes('Press Enter to search the threads'),
      );
      await sendKeys({ press: 'Enter' });
      await listShows(list!, 1);
      expect(titles(list!)).to.deep.equal(['Thread number 11']);

      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => chips(search).length === 0);
      await listShows(list!, 3);
      expect(list!.query).to.equal('number 1');
    });
  });

  describe('errors', () => {
    it('asks again by itself once the browser is back online, while the list is open', async () => {
      const { adapter, calls } = controlledAdapter();
      const { search } = await setUp(
        adapter,
        html`<community-tag-search debounce="0"></community-tag-search>`,
      );
      const errors = recordEvents(search, 'community-error');
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => calls.length === 1);
      calls[0]!.reject(new OfflineError());
      const alert = await shown(search, '[role="alert"]');
      expect(alert.textContent).to.contain('You are offline. We will try again');
      expect(errors.map((event) => event.detail.error.kind)).to.deep.equal(['offline']);

      window.dispatchEvent(new Event('online'));
      await waitUntil(() => calls.length === 2, 'it did not ask again once online');
      calls[1]!.resolve([{ name: 'sync', count: 6 }]);
      await openWith(search, 'sync');
      expect(search.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('stays closed when back online if the person has moved on', async () => {
      const { adapter, calls } = controlledAdapter();
      const { search } = await setUp(
        adapter,
        html`<community-tag-search debounce="0"></community-tag-search>`,
      );
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => calls.length === 1);
      calls[0]!.reject(new OfflineError());
      await shown(search, '[role="alert"]');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => search.shadowRoot!.querySelector('[role="alert"]') === null);

      window.dispatchEvent(new Event('online'));
      await pause(50);
      expect(calls).to.have.length(1);
      expect(expanded(search)).to.equal(false);
      expect(search.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  });

  describe('forms', () => {
    it('submits one entry per tag under its name and returns to its value on reset', async () => {
      const form = await render<HTMLFormElement>(
        html`<form>
          <community-provider .adapter=${knownCommunity()}
            ><community-tag-search name="topics" multiple value="sync"></community-tag-search
          ></community-provider>
        </form>`,
      );
      const search = form.querySelector('community-tag-search')!;
      await shown(search, '[part~="input"]');
      expect(new FormData(form).getAll('topics')).to.deep.equal(['sync']);

      input(search).focus();
      await sendKeys({ type: 'ios' });
      await openWith(search, 'ios');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(search).length === 2);
      expect(new FormData(form).getAll('topics')).to.deep.equal(['sync', 'ios']);

      const submitted = nextEvent<SubmitEvent>(form, 'submit');
      form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
      await sendKeys({ press: 'Enter' });
      const submission = await submitted;
      expect(new FormData(submission.target as HTMLFormElement).getAll('topics')).to.deep.equal([
        'sync',
        'ios',
      ]);

      const reset = nextEvent<CustomEvent>(search, 'community-tags-change');
      form.reset();
      expect((await reset).detail.tags).to.deep.equal(['sync']);
      await search.updateComplete;
      expect(chips(search)).to.deep.equal(['sync']);
      expect(new FormData(form).getAll('topics')).to.deep.equal(['sync']);
    });
  });

  describe('backends', () => {
    let servers: { rest?: string; discourse?: string };
    before(async () => {
      servers = (await (await fetch('/__test-servers.json')).json()) as typeof servers;
    });

    for (const backend of ['rest', 'discourse'] as const) {
      it(`finds and applies tags on the ${backend} adapter, against its local server`, async () => {
        const baseUrl = servers[backend];
        if (!baseUrl) throw new Error(`The ${backend} test server did not start.`);
        const provider = await render<HTMLElement>(
          html`<community-provider adapter=${backend} base-url=${baseUrl}
            ><community-tag-search for="list-a"></community-tag-search>
            <community-thread-list id="list-a"></community-thread-list
          ></community-provider>`,
        );
        const search = provider.querySelector('community-tag-search')!;
        const list = provider.querySelector('community-thread-list')!;
        await shown(list, '[part~="item"]');
        await shown(search, '[part~="input"]');
        input(search).focus();
        await sendKeys({ press: 'ArrowDown' });
        await waitUntil(() => activeOption(search) !== null, 'no tags came back', {
          timeout: 5000,
        });
        const first = optionNames(search)[0]!;
        const loaded = nextEvent<CustomEvent>(list, 'community-load');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => chips(search).length === 1);
        expect(chips(search)).to.deep.equal([first]);
        const answer = await loaded;
        expect(answer.detail.query.tags).to.have.length(1);
        expect(answer.detail.count).to.be.greaterThan(0);
      });
    }
  });

  describe('parts', () => {
    it('exposes the documented parts', async () => {
      const { search } = await setUp(
        knownCommunity(),
        html`<community-tag-search value="sync"></community-tag-search>`,
      );
      input(search).focus();
      await sendKeys({ press: 'ArrowDown' });
      await openWith(search, 'billing');
      expect(
        missingParts(search, ['input', 'listbox', 'option', 'chip', 'button']),
        'parts missing',
      ).to.deep.equal([]);
    });
  });
});
