// Right to left: in Arabic every widget mirrors, whether the page says
// dir="rtl" or only lang="ar"; the page's own dir always has the last word.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import type { Onboarding } from '../../src/core/types.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { en } from '../../src/i18n/locales/en.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { all, render, shown } from '../helpers/render.js';
import { makeThread } from '../helpers/threads.js';

const threads = [
  makeThread(0, { pinned: true, body: { markdown: 'Full text.' } }),
  makeThread(1, { title: 'لا تعمل المزامنة على iOS', excerpt: 'توقفت المزامنة أمس.' }),
  makeThread(2),
];

const onboarding: Onboarding = {
  title: 'مرحبًا',
  message: { markdown: 'أهلًا بك.' },
  steps: [
    { id: 'one', title: 'الخطوة الأولى', actionUrl: '/one' },
    { id: 'two', title: 'الخطوة الثانية' },
  ],
};

const community = () => createMemoryAdapter({ data: { threads, onboarding } });

const box = (element: Element) => element.getBoundingClientRect();
const part = (element: Element, name: string) => shown(element, `[part~="${name}"]`);

/** Within a pixel: layouts round. */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1;
}

async function widgets(template: ReturnType<typeof html>) {
  const wrapper = await render<HTMLElement>(template);
  const list = wrapper.querySelector('community-thread-list')!;
  await part(list, 'avatar');
  return { wrapper, list };
}

/** Whether the thread list's first row has its avatar at the right of its title. */
async function avatarOnTheRight(list: Element): Promise<boolean> {
  const avatar = box(await part(list, 'avatar'));
  const title = box(await part(list, 'title'));
  return avatar.left >= title.right - 1;
}

describe('right to left', () => {
  // Progress is remembered per community: each card gets its own, so no run sees another's.
  let cards = 0;

  describe('under lang="ar" dir="rtl"', () => {
    async function arabicPage() {
      const wrapper = await render<HTMLElement>(
        html`<div lang="ar" dir="rtl">
          <community-provider .adapter=${community()}>
            <community-pinned-posts dismissible eager></community-pinned-posts>
            <community-tag-search multiple .value=${['billing', 'sync']}></community-tag-search>
            <community-thread-list eager></community-thread-list>
            <community-welcome-card
              dismissible
              eager
              community="rtl-${++cards}"
            ></community-welcome-card>
          </community-provider>
        </div>`,
      );
      const [pinned, search, list, card] = [
        'community-pinned-posts',
        'community-tag-search',
        'community-thread-list',
        'community-welcome-card',
      ].map((name) => wrapper.querySelector(name)!);
      return { wrapper, pinned: pinned!, search: search!, list: list!, card: card! };
    }

    it('puts the thread list’s avatars on the right, and its tags flow right to left', async () => {
      const { list } = await arabicPage();
      const item = box(await part(list, 'item'));
      const avatar = box(await part(list, 'avatar'));
      expect(await avatarOnTheRight(list)).to.equal(true);
      expect(avatar.right).to.be.greaterThan(item.right - 24);
      const [first, second] = all(list, '[part~="tag"]');
      expect(box(first!).left).to.be.greaterThan(box(second!).left);
    });

    it('lines chips up from the right, then the field, and hangs the list from the right edge', async () => {
      const { search } = await arabicPage();
      await waitUntil(() => all(search, '[part~="chip"]').length === 2);
      const [first, second] = all(search, '[part~="chip"]').map(box);
      const input = search.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
      expect(first!.left).to.be.greaterThan(second!.left);
      expect(box(input).right).to.be.at.most(second!.left + 1);

      input.focus();
      await sendKeys({ type: 'i' });
      const option = await shown(search, '[role="option"]');
      const listbox = box(await part(search, 'listbox'));
      expect(
        near(listbox.right, box(search).right),
        `${listbox.right} ≠ ${box(search).right}`,
      ).to.equal(true);
      // The tag's name at the right, its thread count at the left.
      const count = option.querySelector('[aria-hidden="true"]')!;
      expect(box(option.firstElementChild!).right).to.be.greaterThan(box(count).right);
    });

    it('fills the welcome card’s progress from the right and points its arrows left', async () => {
      const { card } = await arabicPage();
      const checkbox = await shown(card, 'input[type="checkbox"]');
      (checkbox as HTMLInputElement).click();
      const progress = card.shadowRoot!.querySelector('[part~="progress"] progress')!;
      await waitUntil(() => (progress as HTMLProgressElement).value === 1);
      expect(getComputedStyle(progress).direction).to.equal('rtl');
      // The checkbox at the right of its step, the dismiss button at the left of the heading.
      const label = card.shadowRoot!.querySelector(`label[for="${checkbox.id}"]`)!;
      expect(box(checkbox).left).to.be.greaterThan(box(label).right - 1);
      const dismiss = card.shadowRoot!.querySelector(`[aria-label="${ar.welcomeCard.dismiss}"]`)!;
      expect(box(dismiss).right).to.be.at.most(box(await part(card, 'title')).left + 1);
      const arrow = (await part(card, 'action')).querySelector('svg')!;
      expect(new DOMMatrix(getComputedStyle(arrow).transform).a).to.equal(-1);
    });

    it('puts the pinned posts’ badge at the right of the title and Dismiss at the inline end', async () => {
      const { pinned } = await arabicPage();
      const title = box(await part(pinned, 'title'));
      const badge = box(await part(pinned, 'badge'));
      const dismiss = all(pinned, '[part~="button"]').find((button) =>
        button.textContent!.includes(ar.pinnedPosts.dismiss.split(':')[0]!),
      )!;
      expect(badge.left).to.be.at.least(title.right - 1);
      expect(box(dismiss).right).to.be.at.most(title.left + 1);
    });

    it('is axe-clean', async () => {
      const { wrapper, list, card, pinned } = await arabicPage();
      await part(pinned, 'item');
      await part(card, 'step');
      await part(list, 'item');
      await expectNoAxeViolations(wrapper);
    });
  });

  describe('whose direction wins', () => {
    it('a widget under lang="ar" and no dir lays itself out right to left', async () => {
      const { list } = await widgets(
        html`<div lang="ar">
          <community-provider .adapter=${community()}>
            <community-thread-list eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      await waitUntil(() => list.getAttribute('dir') === 'rtl');
      expect(getComputedStyle(list).direction).to.equal('rtl');
      expect(await avatarOnTheRight(list)).to.equal(true);
    });

    it('so does a widget with locale="ar" on a left-to-right page', async () => {
      const { list } = await widgets(
        html`<div lang="en" dir="ltr">
          <community-provider .adapter=${community()}>
            <community-thread-list locale="ar" eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      await waitUntil(() => list.getAttribute('dir') === 'rtl');
      expect(await avatarOnTheRight(list)).to.equal(true);
    });

    it('an English region of a right-to-left page runs left to right', async () => {
      const { list } = await widgets(
        html`<div lang="ar" dir="rtl">
          <section lang="en">
            <community-provider .adapter=${community()}>
              <community-thread-list eager></community-thread-list>
            </community-provider>
          </section>
        </div>`,
      );
      await waitUntil(() => list.getAttribute('dir') === 'ltr');
      expect(await avatarOnTheRight(list)).to.equal(false);
    });

    it('the page’s dir next to the lang wins, and so does the widget’s own dir', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div lang="ar" dir="ltr">
          <community-provider .adapter=${community()}>
            <community-thread-list eager></community-thread-list>
            <community-thread-list dir="ltr" locale="ar" eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      const [underPageDir, ownDir] = wrapper.querySelectorAll('community-thread-list');
      for (const list of [underPageDir!, ownDir!]) {
        await shown(list, `[aria-label="${ar.threadList.label}"]`);
        expect(await avatarOnTheRight(list)).to.equal(false);
      }
      expect(underPageDir!.hasAttribute('dir')).to.equal(false);
      expect(ownDir!.getAttribute('dir')).to.equal('ltr');
    });

    it('follows the page when it sets dir or lang later', async () => {
      const { wrapper, list } = await widgets(
        html`<div lang="ar">
          <community-provider .adapter=${community()}>
            <community-thread-list eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      await waitUntil(() => list.getAttribute('dir') === 'rtl');
      wrapper.dir = 'ltr';
      await waitUntil(() => !list.hasAttribute('dir'), 'the page’s dir should take over');
      expect(await avatarOnTheRight(list)).to.equal(false);
      wrapper.removeAttribute('dir');
      wrapper.lang = 'en';
      await shown(list, `[aria-label="${en.threadList.label}"]`);
      await waitUntil(() => list.getAttribute('dir') === 'ltr');
      expect(await avatarOnTheRight(list)).to.equal(false);
    });
  });

  describe('community content', () => {
    it('runs in its own direction, so its punctuation stays where its writer put it', async () => {
      const { list } = await widgets(
        html`<div lang="ar" dir="rtl">
          <community-provider .adapter=${community()}>
            <community-thread-list eager></community-thread-list>
          </community-provider>
          <community-provider .adapter=${community()}>
            <community-thread-list lang="en" dir="ltr" eager></community-thread-list>
          </community-provider>
        </div>`,
      );
      const english =
        list.parentElement!.parentElement!.querySelectorAll('community-thread-list')[1]!;
      await part(english, 'title');
      const direction = (element: Element, title: string) => {
        const match = all(element, '[part~="title"], [part~="excerpt"]').filter((node) =>
          node.closest('[part~="item"]')!.textContent!.includes(title),
        );
        return match.map((node) => getComputedStyle(node).direction);
      };
      expect(direction(list, 'Thread number 2')).to.deep.equal(['ltr', 'ltr']);
      expect(direction(english, 'لا تعمل المزامنة')).to.deep.equal(['rtl', 'rtl']);
    });
  });
});
