import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../index.js';
import type { CommunityWelcomeCard } from './welcome-card.js';
import { progressKey } from './progress-store.js';
import { createMemoryAdapter } from '../../adapters/memory/memory-adapter.js';
import { HttpStatusError, OfflineError } from '../../core/errors.js';
import type { CommunityAdapter, Onboarding, OnboardingProgress, Viewer } from '../../core/types.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { nextEvent, recordEvents } from '../../../test/helpers/events.js';
import { all, missingParts, render, shown } from '../../../test/helpers/render.js';
import { ONBOARDING as SHOWCASE_ONBOARDING } from '../../../test/helpers/showcase.js';

const STORAGE_PREFIX = 'community-widgets:onboarding';

/** The showcase's onboarding, with a message without links, so link counts here are the card's own. */
const ONBOARDING: Onboarding = {
  ...SHOWCASE_ONBOARDING,
  message: { markdown: 'We are **glad** you are here.' },
};

interface FakeOptions {
  onboarding?: Onboarding;
  getOnboarding?: CommunityAdapter['getOnboarding'];
  viewer?: Viewer | null;
  remoteProgress?: OnboardingProgress | null;
  save?: (progress: OnboardingProgress) => Promise<void>;
}

/** An adapter with only the optional methods a test asks for, as a host page might write one. */
function fakeAdapter(options: FakeOptions = {}): CommunityAdapter {
  const adapter: CommunityAdapter = {
    listThreads: async () => ({ threads: [] }),
    listPinned: async () => [],
    searchTags: async () => [],
    getOnboarding:
      options.getOnboarding ?? (async () => structuredClone(options.onboarding ?? ONBOARDING)),
  };
  if (options.viewer !== undefined) adapter.getViewer = async () => options.viewer ?? null;
  if (options.remoteProgress !== undefined)
    adapter.getOnboardingProgress = async () => options.remoteProgress ?? null;
  if (options.save) adapter.saveOnboardingProgress = options.save;
  return adapter;
}

/** One card at a time, as on a page: each is in view, since a card far below the fold waits to load. */
async function cardWith(
  adapter: CommunityAdapter,
  attributes: { dismissible?: boolean; community?: string; preview?: boolean; theme?: string } = {},
): Promise<CommunityWelcomeCard> {
  fixtureCleanup();
  const provider = await render<HTMLElement>(
    html`<community-provider .adapter=${adapter} theme=${attributes.theme ?? 'auto'}
      ><community-welcome-card
        ?dismissible=${attributes.dismissible}
        ?preview=${attributes.preview}
        community=${attributes.community ?? 'default'}
      ></community-welcome-card
    ></community-provider>`,
  );
  return provider.querySelector('community-welcome-card')!;
}

/** Removes the card and puts a new one in its place, as a reload would. */
async function recreate(card: CommunityWelcomeCard): Promise<CommunityWelcomeCard> {
  const parent = card.parentElement!;
  const next = card.cloneNode() as CommunityWelcomeCard;
  card.remove();
  parent.append(next);
  await next.updateComplete;
  return next;
}

/** Four steps, so that three ticked is progress and not yet completion. */
const FOUR_STEPS: Onboarding = {
  ...ONBOARDING,
  steps: [...ONBOARDING.steps, { id: 'search', title: 'Search before you ask' }],
};

/**
 * A backend that keeps progress as a REST server would (what was last saved
 * is what it serves), and whose saves a test can make fail.
 */
function progressBackend() {
  const backend = {
    progress: null as OnboardingProgress | null,
    failSavesWith: undefined as Error | undefined,
    saveAttempts: 0,
    adapter: fakeAdapter({ onboarding: FOUR_STEPS }),
  };
  backend.adapter.getOnboardingProgress = async () => structuredClone(backend.progress);
  backend.adapter.saveOnboardingProgress = async (progress) => {
    backend.saveAttempts++;
    if (backend.failSavesWith) throw backend.failSavesWith;
    backend.progress = structuredClone(progress);
  };
  return backend;
}

function saveFailedNoteShown(card: Element): boolean {
  return card.shadowRoot!.textContent!.includes('could not be saved');
}

function checkboxes(card: Element): HTMLInputElement[] {
  return all<HTMLInputElement>(card, 'input[type="checkbox"]');
}

function progressText(card: Element): string {
  return card.shadowRoot!.querySelector('[part~="progress"]')?.textContent?.trim() ?? '';
}

function button(card: Element, name: string): HTMLButtonElement | undefined {
  return all<HTMLButtonElement>(card, 'button').find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent!.trim()) === name,
  );
}

/** Rendered nothing and takes no space: what a dismissed card should be after a reload. */
async function expectGone(card: CommunityWelcomeCard): Promise<void> {
  await waitUntil(() => card.getBoundingClientRect().height === 0, 'the card still takes space');
  expect(card.shadowRoot!.querySelector('section, [part]')).to.equal(null);
}

function clearStoredProgress(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}

describe('<community-welcome-card>', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  describe('the issue’s done-when, on a bare page', () => {
    it('shows the demo welcome, keeps progress and dismissal across reloads', async () => {
      const page = await render<HTMLElement>(
        html`<div><community-welcome-card dismissible></community-welcome-card></div>`,
      );
      let card = page.querySelector('community-welcome-card')!;
      const title = await shown(card, '[part~="title"]');
      expect(title.textContent!.trim()).to.equal('Welcome, Sam Rivera!');
      expect(card.shadowRoot!.textContent).to.include('Welcome to the Tidewater Community');
      expect((await shown(card, '[part~="body"] strong')).textContent).to.equal('Maya');
      const steps = all(card, '[part~="step"]');
      expect(steps.length).to.be.at.least(3);
      expect(progressText(card)).to.equal(`0 of ${steps.length} done`);

      checkboxes(card)[1]!.click();
      await waitUntil(() => progressText(card) === `1 of ${steps.length} done`);

      card = await recreate(card);
      await shown(card, '[part~="step"]');
      await waitUntil(() => checkboxes(card)[1]?.checked, 'progress did not survive a reload');
      expect(checkboxes(card)[0]!.checked).to.equal(false);
      expect(progressText(card)).to.equal(`1 of ${steps.length} done`);

      button(card, 'Dismiss the welcome card')!.click();
      await shown(card, '.undo-bar');
      card = await recreate(card);
      await expectGone(card);

      // Put the page's shared demo adapter back as it was, through the UI.
      card.preview = true;
      await shown(card, '[part~="step"]');
      button(card, 'Dismiss the welcome card')!.click();
      await waitUntil(() => button(card, 'Undo'));
      button(card, 'Undo')!.click();
      await shown(card, '[part~="step"]');
      checkboxes(card)[1]!.click();
      await waitUntil(() => progressText(card).startsWith('0 of'));
    });
  });

  describe('accessibility', () => {
    it('has no axe violations with content, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const card = await cardWith(fakeAdapter({ viewer: { id: 'u1', name: 'Sam' } }), {
          dismissible: true,
          theme,
        });
        await shown(card, '[part~="body"] strong');
        await expectNoAxeViolations(card.parentElement!);
      }
    });

    it('has no axe violations while loading, on error, completed and dismissed', async () => {
      let fail = false;
      const releases: Array<() => void> = [];
      const adapter = fakeAdapter({
        getOnboarding: () =>
          new Promise((resolve, reject) =>
            releases.push(() =>
              fail
                ? reject(new HttpStatusError(500, '/onboarding'))
                : resolve(structuredClone(ONBOARDING)),
            ),
          ),
      });
      const card = await cardWith(adapter, { dismissible: true });
      await waitUntil(
        () => releases.length === 1 && card.shadowRoot!.querySelector('[aria-busy="true"]'),
      );
      await expectNoAxeViolations(card);

      fail = true;
      releases[0]!();
      await shown(card, '[role="alert"]');
      await expectNoAxeViolations(card);

      fail = false;
      button(card, 'Try again')!.click();
      await waitUntil(() => releases.length === 2);
      releases[1]!();
      await shown(card, '[part~="step"]');
      for (const box of checkboxes(card)) box.click();
      await waitUntil(() => button(card, 'Close'));
      // Contrast is judged on the finished celebration, not on a frame of its fade-in.
      await Promise.all(card.shadowRoot!.getAnimations().map((animation) => animation.finished));
      await expectNoAxeViolations(card);

      button(card, 'Close')!.click();
      await shown(card, '.undo-bar');
      await expectNoAxeViolations(card);
    });

    it('labels each checkbox with its step and describes it, and names the progress bar', async () => {
      const card = await cardWith(fakeAdapter());
      await shown(card, '[part~="step"]');
      const [first, second] = checkboxes(card);
      expect(first!.labels![0]!.textContent!.trim()).to.equal('Read the guidelines');
      const description = card.shadowRoot!.getElementById(first!.getAttribute('aria-describedby')!);
      expect(description!.textContent).to.equal('Two minutes on how we keep this place friendly.');
      expect(second!.hasAttribute('aria-describedby')).to.equal(false);
      const bar = card.shadowRoot!.querySelector('progress')!;
      const label = card.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!);
      expect(label!.textContent!.trim()).to.equal('0 of 3 done');
      expect(card.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(
        'title',
      );
      expect(all(card, 'ol > li')).to.have.length(3);
    });

    it('works with the keyboard alone: Space checks a step, Enter dismisses, Undo restores, Escape hides the bar', async () => {
      const card = await cardWith(fakeAdapter(), { dismissible: true });
      await shown(card, '[part~="step"]');
      const active = () => card.shadowRoot!.activeElement as HTMLElement | null;

      for (
        let presses = 0;
        presses < 10 && !active()?.matches('input[type="checkbox"]');
        presses++
      ) {
        await sendKeys({ press: 'Tab' });
      }
      expect((active() as HTMLInputElement).labels![0]!.textContent!.trim()).to.equal(
        'Read the guidelines',
      );
      await sendKeys({ press: 'Space' });
      await waitUntil(() => progressText(card) === '1 of 3 done');
      expect(checkboxes(card)[0]!.checked).to.equal(true);

      for (
        let presses = 0;
        presses < 10 && active()?.getAttribute('aria-label') !== 'Dismiss the welcome card';
        presses++
      ) {
        await sendKeys({ press: 'Shift+Tab' });
      }
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active()?.textContent?.trim() === 'Undo', 'focus did not move to Undo');
      expect(card.shadowRoot!.textContent).to.include('Welcome card hidden.');

      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => active()?.getAttribute('aria-label') === 'Dismiss the welcome card',
        'focus did not return to Dismiss',
      );
      expect(checkboxes(card)[0]!.checked).to.equal(true);

      // Buttons on both sides: Tab from the top of the page would also reach the one after.
      card.before(Object.assign(document.createElement('button'), { textContent: 'Before' }));
      card.after(Object.assign(document.createElement('button'), { id: 'after-card' }));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active()?.textContent?.trim() === 'Undo');
      await sendKeys({ press: 'Escape' });
      await expectGone(card);
      // The person's place is kept: Tab goes on to what follows, not back to the top.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after-card');
      expect(card.hasAttribute('tabindex')).to.equal(false);
    });
  });

  describe('attributes and properties', () => {
    it('restores progress from this browser when the adapter keeps none', async () => {
      const card = await cardWith(fakeAdapter({ viewer: { id: 'u1', name: 'Sam' } }));
      await shown(card, '[part~="step"]');
      checkboxes(card)[2]!.click();
      await waitUntil(() => progressText(card) === '1 of 3 done');

      // A reload also forgets the adapter object, so only storage can restore it.
      const again = await cardWith(fakeAdapter({ viewer: { id: 'u1', name: 'Sam' } }));
      await shown(again, '[part~="step"]');
      expect(checkboxes(again).map((box) => box.checked)).to.deep.equal([false, false, true]);

      const someoneElse = await cardWith(fakeAdapter({ viewer: { id: 'u2', name: 'Kim' } }));
      await shown(someoneElse, '[part~="step"]');
      expect(progressText(someoneElse)).to.equal('0 of 3 done');
    });

    it('keeps separate progress per community attribute', async () => {
      const card = await cardWith(fakeAdapter(), { community: 'acme' });
      await shown(card, '[part~="step"]');
      checkboxes(card)[0]!.click();
      const other = await cardWith(fakeAdapter(), { community: 'globex' });
      await shown(other, '[part~="step"]');
      expect(progressText(other)).to.equal('0 of 3 done');
      const same = await cardWith(fakeAdapter(), { community: 'acme' });
      await shown(same, '[part~="step"]');
      expect(progressText(same)).to.equal('1 of 3 done');
    });

    it('greets a known viewer by name, and uses the community’s title otherwise', async () => {
      const known = await cardWith(
        fakeAdapter({ viewer: { id: 'u1', name: 'Sam <b>Rivera</b>' } }),
      );
      const title = await shown(known, '[part~="title"]');
      expect(title.textContent!.trim()).to.equal('Welcome, Sam <b>Rivera</b>!');
      expect(known.shadowRoot!.textContent).to.include('Welcome to Acme');

      const anonymous = await cardWith(fakeAdapter({ viewer: null }));
      expect((await shown(anonymous, '[part~="title"]')).textContent!.trim()).to.equal(
        'Welcome to Acme',
      );
    });

    it('shows the author, the guidelines and step links, dropping unsafe URLs', async () => {
      const card = await cardWith(
        fakeAdapter({
          onboarding: {
            ...ONBOARDING,
            guidelines: { summary: 'Be kind.', url: 'javascript:alert(1)' },
            steps: [
              { id: 'a', title: 'Safe', actionUrl: 'https://example.com/a' },
              { id: 'b', title: 'Unsafe', actionUrl: 'javascript:alert(1)', actionLabel: 'Click' },
            ],
          },
        }),
      );
      await shown(card, '[part~="step"]');
      const text = card.shadowRoot!.textContent!;
      expect(text).to.include('Maya Okafor');
      expect(text).to.include('Community team');
      // Guidelines whose only link is unsafe have nothing to offer: the adapter boundary leaves them out.
      expect(text).not.to.include('Be kind.');
      const links = all<HTMLAnchorElement>(card, 'a');
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://example.com/a',
      ]);
      expect(links[0]!.textContent!.trim()).to.equal('Get started');
    });

    it('saves through the adapter when it can, one change at a time and in order', async () => {
      const saved: OnboardingProgress[] = [];
      const card = await cardWith(
        fakeAdapter({
          save: async (progress) => {
            await new Promise((resolve) => setTimeout(resolve, 20));
            saved.push(progress);
          },
        }),
        { dismissible: true },
      );
      await shown(card, '[part~="step"]');
      checkboxes(card)[2]!.click();
      checkboxes(card)[0]!.click();
      button(card, 'Dismiss the welcome card')!.click();
      await waitUntil(() => saved.length === 3, 'not every change was saved');
      expect(saved).to.deep.equal([
        { completed: ['hello'], dismissed: false },
        { completed: ['read', 'hello'], dismissed: false },
        { completed: ['read', 'hello'], dismissed: true },
      ]);
    });

    it('says so, without blocking, when a save fails, and keeps the progress here', async () => {
      const card = await cardWith(
        fakeAdapter({ save: async () => Promise.reject(new HttpStatusError(503, '/progress')) }),
      );
      await shown(card, '[part~="step"]');
      checkboxes(card)[0]!.click();
      await waitUntil(() => card.shadowRoot!.textContent!.includes('could not be saved'));
      expect(checkboxes(card)[0]!.checked).to.equal(true);
      const again = await cardWith(fakeAdapter());
      await shown(again, '[part~="step"]');
      expect(progressText(again)).to.equal('1 of 3 done');
    });

    it('keeps steps ticked while saves failed over the backend’s older copy, and saves them on the next visit', async () => {
      const backend = progressBackend();
      let card = await cardWith(backend.adapter);
      await shown(card, '[part~="step"]');
      checkboxes(card)[0]!.click();
      await waitUntil(
        () => backend.progress?.completed.length === 1,
        'the first step was not saved',
      );

      backend.failSavesWith = new HttpStatusError(500, '/onboarding/progress');
      checkboxes(card)[1]!.click();
      checkboxes(card)[2]!.click();
      await waitUntil(() => saveFailedNoteShown(card), 'no word that saving failed');
      await waitUntil(() => backend.saveAttempts === 3);
      expect(backend.progress).to.deep.equal({ completed: ['read'], dismissed: false });

      backend.failSavesWith = undefined;
      card = await recreate(card);
      await shown(card, '[part~="step"]');
      expect(checkboxes(card).map((box) => box.checked)).to.deep.equal([true, true, true, false]);
      expect(progressText(card)).to.equal('3 of 4 done');
      await waitUntil(
        () => backend.progress?.completed.length === 3,
        'the unsaved steps were not sent again',
      );
      expect(backend.progress).to.deep.equal({
        completed: ['read', 'profile', 'hello'],
        dismissed: false,
      });
      expect(saveFailedNoteShown(card)).to.equal(false);

      // Saved at last, so the backend's copy is the truth again (say, after a change on another device).
      await waitUntil(
        () => !localStorage.getItem(`${STORAGE_PREFIX}:default:anonymous`)!.includes('unsynced'),
      );
      backend.progress = { completed: ['search'], dismissed: false };
      card = await recreate(card);
      await shown(card, '[part~="step"]');
      expect(checkboxes(card).map((box) => box.checked)).to.deep.equal([false, false, false, true]);
    });

    it('sends progress again by itself when the browser is back online after a save failed', async () => {
      const backend = progressBackend();
      const card = await cardWith(backend.adapter);
      await shown(card, '[part~="step"]');
      backend.failSavesWith = new OfflineError();
      checkboxes(card)[1]!.click();
      await waitUntil(() => saveFailedNoteShown(card), 'no word that saving failed');
      expect(backend.progress).to.equal(null);

      backend.failSavesWith = undefined;
      window.dispatchEvent(new Event('online'));
      await waitUntil(
        () => backend.progress?.completed[0] === 'profile',
        'not sent again when back online',
      );
      await waitUntil(() => !saveFailedNoteShown(card), 'still says saving failed');
      expect(backend.saveAttempts).to.equal(2);
    });

    it('sends a dismissal that could not be saved on the next visit, while the card stays away', async () => {
      const backend = progressBackend();
      let card = await cardWith(backend.adapter, { dismissible: true });
      await shown(card, '[part~="step"]');
      backend.failSavesWith = new OfflineError();
      button(card, 'Dismiss the welcome card')!.click();
      await waitUntil(() => backend.saveAttempts === 1);
      expect(backend.progress).to.equal(null);

      backend.failSavesWith = undefined;
      card = await recreate(card);
      await expectGone(card);
      await waitUntil(
        () => backend.progress?.dismissed === true,
        'the dismissal was not sent again',
      );
    });

    it('prefers the progress the backend remembers over this browser’s copy', async () => {
      const local = await cardWith(fakeAdapter());
      await shown(local, '[part~="step"]');
      checkboxes(local)[0]!.click();
      const card = await cardWith(
        fakeAdapter({ remoteProgress: { completed: ['profile', 'hello'], dismissed: false } }),
      );
      await shown(card, '[part~="step"]');
      expect(checkboxes(card).map((box) => box.checked)).to.deep.equal([false, true, true]);
    });

    it('survives hostile or corrupt stored progress', async () => {
      localStorage.setItem(
        `${STORAGE_PREFIX}:default:anonymous`,
        '{"completed":"read","dismissed":"no"',
      );
      const card = await cardWith(fakeAdapter());
      await shown(card, '[part~="step"]');
      expect(progressText(card)).to.equal('0 of 3 done');

      localStorage.setItem(
        `${STORAGE_PREFIX}:default:anonymous`,
        JSON.stringify({
          completed: ['read', 42, '<img src=x onerror=alert(1)>', 'nope'],
          dismissed: 'yes',
        }),
      );
      localStorage.setItem(`${STORAGE_PREFIX}-viewer:default`, '{"evil":true}');
      const again = await cardWith(fakeAdapter());
      await shown(again, '[part~="step"]');
      expect(progressText(again)).to.equal('1 of 3 done');
      expect(again.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('keeps progress in memory when storage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      try {
        const card = await cardWith(fakeAdapter(), { community: 'sandboxed' });
        await shown(card, '[part~="step"]');
        checkboxes(card)[1]!.click();
        const again = await recreate(card);
        await shown(again, '[part~="step"]');
        expect(progressText(again)).to.equal('1 of 3 done');
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
      }
    });

    it('keeps a tick another tab saved when this tab ticks another, in storage and on the backend', async () => {
      const backend = progressBackend();
      const card = await cardWith(backend.adapter);
      await shown(card, '[part~="step"]');
      const [first, second] = FOUR_STEPS.steps.map((step) => step.id);
      // Another tab, opened earlier, ticks the second step and saves it.
      localStorage.setItem(
        progressKey('default', undefined),
        JSON.stringify({ completed: [second], dismissed: false }),
      );
      backend.progress = { completed: [second!], dismissed: false };
      checkboxes(card)[0]!.click();
      await waitUntil(
        () => backend.progress?.completed.length === 2,
        'the other tab’s tick was lost',
      );
      expect(backend.progress!.completed).to.have.members([first, second]);
      const stored = JSON.parse(localStorage.getItem(progressKey('default', undefined))!);
      expect(stored.completed).to.have.members([first, second]);
      expect(progressText(card)).to.equal('2 of 4 done');
    });

    it('keeps a dismissal another tab saved when this tab ticks a step', async () => {
      const backend = progressBackend();
      const card = await cardWith(backend.adapter, { dismissible: true });
      await shown(card, '[part~="step"]');
      localStorage.setItem(
        progressKey('default', undefined),
        JSON.stringify({ completed: [], dismissed: true }),
      );
      checkboxes(card)[0]!.click();
      await waitUntil(() => backend.saveAttempts === 1, 'nothing was saved');
      expect(backend.progress!.dismissed, 'the backend keeps the dismissal').to.equal(true);
      const stored = JSON.parse(localStorage.getItem(progressKey('default', undefined))!);
      expect(stored.dismissed, 'storage keeps the dismissal').to.equal(true);
    });

    it('shows at once what another tab saved', async () => {
      const card = await cardWith(fakeAdapter({ onboarding: FOUR_STEPS }));
      await shown(card, '[part~="step"]');
      const key = progressKey('default', undefined);
      const newValue = JSON.stringify({ completed: [FOUR_STEPS.steps[1]!.id], dismissed: false });
      localStorage.setItem(key, newValue);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
      await waitUntil(() => checkboxes(card)[1]!.checked, 'the other tab’s tick is not shown');
      expect(progressText(card)).to.equal('1 of 4 done');
    });

    it('says truly that nothing is kept when storage and the backend both fail, and keeps trying until the backend takes it', async () => {
      const backend = progressBackend();
      backend.failSavesWith = new HttpStatusError(503, '/onboarding/progress');
      const { setItem } = Storage.prototype;
      const element = customElements.get('community-welcome-card') as typeof CommunityWelcomeCard;
      const retryMs = element.saveRetryMs;
      element.saveRetryMs = 40;
      try {
        const card = await cardWith(backend.adapter, { community: 'blocked' });
        await shown(card, '[part~="step"]');
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        checkboxes(card)[0]!.click();
        await waitUntil(() => saveFailedNoteShown(card), 'no note about the failed save');
        const note = card.shadowRoot!.querySelector('.save-note')!.textContent!;
        expect(note).to.contain('We will keep trying');
        expect(note).not.to.contain('kept on this device');
        await waitUntil(() => backend.saveAttempts >= 3, 'the save was not tried again', {
          timeout: 3000,
        });
        backend.failSavesWith = undefined;
        await waitUntil(
          () => backend.progress?.completed.length === 1 && !saveFailedNoteShown(card),
          'the backend never got the tick',
          { timeout: 3000 },
        );
      } finally {
        Storage.prototype.setItem = setItem;
        element.saveRetryMs = retryMs;
      }
    });

    it('stays away once completed, after the person has seen the celebration; preview shows it', async () => {
      const card = await cardWith(fakeAdapter());
      await shown(card, '[part~="step"]');
      for (const box of checkboxes(card)) box.click();
      await waitUntil(() => card.shadowRoot!.textContent!.includes('You’re all set!'));
      expect(progressText(card)).to.equal('3 of 3 done');
      expect(button(card, 'Close')).to.not.equal(undefined);

      const later = await cardWith(fakeAdapter());
      await expectGone(later);
      later.preview = true;
      await shown(later, '[part~="step"]');
      expect(progressText(later)).to.equal('3 of 3 done');
    });

    it('offers Dismiss only when dismissible', async () => {
      const card = await cardWith(fakeAdapter());
      await shown(card, '[part~="step"]');
      expect(button(card, 'Dismiss the welcome card')).to.equal(undefined);
      card.dismissible = true;
      await card.updateComplete;
      expect(card.hasAttribute('dismissible')).to.equal(true);
      expect(button(card, 'Dismiss the welcome card')).to.not.equal(undefined);
    });
  });

  describe('events', () => {
    it('fires community-onboarding-step with the step and the counts', async () => {
      const card = await cardWith(fakeAdapter());
      await shown(card, '[part~="step"]');
      const checked = nextEvent<CustomEvent>(card, 'community-onboarding-step');
      checkboxes(card)[1]!.click();
      expect((await checked).detail).to.deep.equal({
        stepId: 'profile',
        done: true,
        completedCount: 1,
        totalCount: 3,
      });
      const unchecked = nextEvent<CustomEvent>(document, 'community-onboarding-step');
      checkboxes(card)[1]!.click();
      expect((await unchecked).detail).to.deep.include({
        stepId: 'profile',
        done: false,
        completedCount: 0,
      });
    });

    it('fires community-dismiss on dismiss and again, undone, on Undo', async () => {
      const card = await cardWith(fakeAdapter(), { dismissible: true });
      await shown(card, '[part~="step"]');
      const events = recordEvents(document, 'community-dismiss');
      button(card, 'Dismiss the welcome card')!.click();
      await waitUntil(() => button(card, 'Undo'));
      button(card, 'Undo')!.click();
      await shown(card, '[part~="step"]');
      expect(events.map((event) => event.detail)).to.deep.equal([
        { source: 'welcome-card', id: 'welcome-card', undone: false },
        { source: 'welcome-card', id: 'welcome-card', undone: true },
      ]);
      expect(events.every((event) => event.bubbles && event.composed)).to.equal(true);
    });

    it('fires community-load and community-error for analytics', async () => {
      const loaded = nextEvent<CustomEvent>(document, 'community-load');
      await cardWith(fakeAdapter());
      expect((await loaded).detail).to.deep.equal({ source: 'welcome-card', count: 3 });
      const failed = nextEvent<CustomEvent>(document, 'community-error');
      await cardWith(
        fakeAdapter({
          getOnboarding: async () => Promise.reject(new HttpStatusError(500, '/onboarding')),
        }),
      );
      expect((await failed).detail.source).to.equal('welcome-card');
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading, and an error in plain words whose Try again recovers', async () => {
      let attempts = 0;
      const card = await cardWith(
        fakeAdapter({
          getOnboarding: async () => {
            attempts++;
            await new Promise((resolve) => setTimeout(resolve, 50));
            if (attempts === 1) throw new HttpStatusError(503, '/onboarding');
            return structuredClone(ONBOARDING);
          },
        }),
      );
      await shown(card, '[aria-busy="true"]');
      const alert = await shown(card, '[role="alert"]');
      expect(alert.textContent).to.include('The community server had a problem (error 503)');
      button(card, 'Try again')!.click();
      await shown(card, '[part~="step"]');
    });

    it('says so when offline, and loads by itself when the browser is back online', async () => {
      let attempts = 0;
      const card = await cardWith(
        fakeAdapter({
          getOnboarding: async () => {
            attempts++;
            if (attempts === 1) throw new OfflineError();
            return structuredClone(ONBOARDING);
          },
        }),
      );
      const alert = await shown(card, '[role="alert"]');
      expect(alert.textContent).to.include('You are offline');
      window.dispatchEvent(new Event('online'));
      await shown(card, '[part~="step"]');
      expect(attempts).to.equal(2);
      expect(card.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('celebrates a completion only in front of the person, and not in motion when they prefer less', async () => {
      const card = await cardWith(fakeAdapter());
      await shown(card, '[part~="step"]');
      for (const box of checkboxes(card)) box.click();
      const badge = (await shown(card, '.all-set [aria-hidden="true"]')) as HTMLElement;
      expect(getComputedStyle(badge).animationName).to.not.equal('none');
      expect(card.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'You’re all set!',
      );
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(badge).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('renders the message’s markdown or HTML through the sanitizing pipeline only', async () => {
      const hostile = fakeAdapter({
        onboarding: {
          ...ONBOARDING,
          message: {
            markdown:
              'We are **glad**.\n\n<img src="x" onerror="window.__welcomePwned = 1"><script>window.__welcomePwned = 1</script>\n\n[Guide](javascript:alert(1)) and [FAQ](/faq)',
          },
        },
      });
      const card = await cardWith(hostile);
      const body = await shown(card, '[part~="body"] strong');
      expect(body.textContent).to.equal('glad');
      const message = card.shadowRoot!.querySelector('[part~="body"]')!;
      expect(message.querySelector('script, [onerror]')).to.equal(null);
      expect(message.innerHTML).not.to.include('javascript:');
      expect(message.querySelector('a[href="/faq"]')).to.not.equal(null);
      expect((window as { __welcomePwned?: number }).__welcomePwned).to.equal(undefined);

      const fromHtml = await cardWith(
        fakeAdapter({
          onboarding: {
            ...ONBOARDING,
            message: { html: '<p>Hi <b>there</b></p><iframe src="https://example.com"></iframe>' },
          },
        }),
      );
      await shown(fromHtml, '[part~="body"] b');
      expect(fromHtml.shadowRoot!.querySelector('iframe')).to.equal(null);
    });

    it('without steps, shows the welcome and the provider’s hand-off links', async () => {
      const adapter = fakeAdapter({ onboarding: { title: 'Hi', message: {}, steps: [] } });
      const provider = await render<HTMLElement>(
        html`<community-provider .adapter=${adapter} ask-url="/ask"
          ><community-welcome-card></community-welcome-card
        ></community-provider>`,
      );
      const card = provider.querySelector('community-welcome-card')!;
      expect((await shown(card, '[part~="title"]')).textContent!.trim()).to.equal('Hi');
      expect(card.shadowRoot!.querySelector('[part~="progress"]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('a[href="/ask"]')).to.not.equal(null);
      await expectNoAxeViolations(card);
    });

    it('works with the memory adapter’s own data', async () => {
      const card = await cardWith(
        createMemoryAdapter({
          data: { threads: [], onboarding: ONBOARDING, viewer: { id: 'v', name: 'Ana' } },
        }),
      );
      expect((await shown(card, '[part~="title"]')).textContent!.trim()).to.equal('Welcome, Ana!');
    });
  });

  describe('parts', () => {
    it('exposes the documented parts', async () => {
      const card = await cardWith(fakeAdapter(), { dismissible: true });
      await shown(card, '[part~="step"]');
      expect(
        missingParts(card, ['title', 'body', 'step', 'progress', 'button', 'action', 'avatar']),
        'parts missing',
      ).to.deep.equal([]);
    });
  });

  describe('deferred loading', () => {
    it('asks nothing until it nears the viewport, unless eager', async () => {
      const requests = { far: 0, eager: 0 };
      const counting = (name: keyof typeof requests) =>
        fakeAdapter({
          getOnboarding: async () => {
            requests[name]++;
            return structuredClone(ONBOARDING);
          },
        });
      const page = await render<HTMLElement>(
        html`<div>
          <div class="spacer"></div>
          <community-provider .adapter=${counting('far')}
            ><community-welcome-card></community-welcome-card
          ></community-provider>
          <community-provider .adapter=${counting('eager')}
            ><community-welcome-card eager></community-welcome-card
          ></community-provider>
        </div>`,
      );
      // A CSSOM size: the suite keeps to what a strict CSP allows.
      page.querySelector<HTMLElement>('.spacer')!.style.blockSize = '5000px';
      const [far, eager] = [...page.querySelectorAll('community-welcome-card')] as [
        CommunityWelcomeCard,
        CommunityWelcomeCard,
      ];
      await shown(eager, '[part~="step"]');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests.far).to.equal(0);
      expect(far.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
      far.scrollIntoView();
      await shown(far, '[part~="step"]');
      expect(requests).to.deep.equal({ far: 1, eager: 1 });
    });
  });

  describe('language', () => {
    it('speaks Slovenian with its plural forms', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="sl">
          <community-provider .adapter=${fakeAdapter()}
            ><community-welcome-card dismissible></community-welcome-card
          ></community-provider>
        </div>`,
      );
      const card = wrapper.querySelector('community-welcome-card')!;
      await shown(card, '[part~="step"]');
      await waitUntil(
        () => progressText(card) === 'Opravljeno: 0 od 3 korakov',
        progressText(card),
      );
      expect(button(card, 'Skrij pozdravno kartico')).to.not.equal(undefined);
    });
  });
});
